// Which action files the editor offers as MCP servers, and how each is started: pure, so it is unit-tested without VS Code.

import * as path from 'path';
import type { Finding } from '../../engine';

/** What the extension knows about one analysed file, as far as serving it goes. */
export interface ServableCandidate {
  /** Absolute path of the file. */
  readonly file: string;
  /** What the user sees (the path relative to its folder). */
  readonly label: string;
  readonly kind: string;
  readonly findings: readonly Pick<Finding, 'severity'>[];
}

/** One `secure-actions serve FILE` process over stdio. */
export interface ServerLaunch {
  /** The action file served (absolute path). */
  readonly file: string;
  readonly label: string;
  readonly command: string;
  readonly args: string[];
  /** The file's folder: the default audit log and relative paths are beside the file. */
  readonly cwd: string;
}

export interface LaunchOptions {
  /** The Node.js that runs the bundle (VS Code's own: `process.execPath`). */
  readonly node: string;
  /** The bundled CLI, `dist/cli.js` inside the extension. */
  readonly cli: string;
  /** The env file `${env:NAME}` reads for a file in `folder`, if any. */
  readonly envFileFor: (folder: string) => string | undefined;
}

/** One launch per action file with no error finding, in label order; nothing at all in an untrusted workspace. */
export function serverLaunches(candidates: readonly ServableCandidate[], trusted: boolean, options: LaunchOptions): ServerLaunch[] {
  if (!trusted) {
    return [];
  }
  return candidates
    .filter((candidate) => candidate.kind === 'action' && !candidate.findings.some((finding) => finding.severity === 'error'))
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((candidate) => {
      const cwd = path.dirname(candidate.file);
      const envFile = options.envFileFor(cwd);
      return {
        file: candidate.file,
        label: `Secure Actions: ${candidate.label}`,
        command: options.node,
        args: [options.cli, 'serve', candidate.file, ...(envFile ? ['--env-file', envFile] : [])],
        cwd,
      };
    });
}
