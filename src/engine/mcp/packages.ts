// What a local MCP server runs: the package or image a launcher (npx, uvx, docker run...) fetches, and whether its version is pinned.

import type { McpServer } from './servers';

export interface LaunchedPackage {
  /** `npm`, `PyPI` or `container`: how the message says to pin it. */
  registry: 'npm' | 'PyPI' | 'container';
  /** The package or image as written. */
  spec: string;
  /** Index of the spec in `args`. */
  argIndex: number;
  /** Why it is not pinned; undefined when it is. */
  problem: string | undefined;
}

/** Docker/Podman `run` options that take a value in the next argument. */
const DOCKER_VALUE_FLAGS = new Set([
  '-e', '--env', '--env-file', '-v', '--volume', '--mount', '-p', '--publish', '--name', '--network', '--net', '-w', '--workdir',
  '-u', '--user', '--entrypoint', '--platform', '-l', '--label', '--add-host', '--cpus', '-m', '--memory', '--pull', '--hostname', '-h',
]);
/** npx/uvx options that take a value in the next argument (the package itself comes with -p/--package or --from). */
const RUNNER_VALUE_FLAGS = new Set(['--registry', '--cache', '--userconfig', '--python', '-p', '--with', '--index', '--index-url', '--spec', '--prefix', '--workspace', '-w']);

/** The package a server's command launches, or undefined when it runs something local (node, python, a path). */
export function launchedPackage(server: McpServer): LaunchedPackage | undefined {
  const command = (server.command ?? '').split(/[\\/]/).pop()?.replace(/\.(cmd|exe)$/i, '').toLowerCase() ?? '';
  const args = server.args;
  if (command === 'npx' || command === 'bunx' || command === 'pnpx') {
    return npmPackage(args, 0);
  }
  if ((command === 'npm' && args[0] === 'exec') || ((command === 'pnpm' || command === 'yarn' || command === 'bun') && (args[0] === 'dlx' || args[0] === 'x'))) {
    return npmPackage(args, 1);
  }
  if (command === 'uvx' || (command === 'uv' && args[0] === 'tool' && args[1] === 'run') || (command === 'pipx' && args[0] === 'run')) {
    return pythonPackage(args, command === 'uvx' ? 0 : command === 'uv' ? 2 : 1);
  }
  if ((command === 'docker' || command === 'podman') && args[0] === 'run') {
    return containerImage(args);
  }
  return undefined;
}

function npmPackage(args: readonly string[], from: number): LaunchedPackage | undefined {
  const explicit = valueOf(args, from, ['-p', '--package']);
  const index = explicit ?? firstOperand(args, from, RUNNER_VALUE_FLAGS);
  const spec = index === undefined ? undefined : args[index];
  if (index === undefined || spec === undefined || isLocal(spec)) {
    return undefined;
  }
  const version = /^(@[^/@\s]+\/)?[^@\s]+(?:@(.*))?$/.exec(spec)?.[2];
  return { registry: 'npm', spec, argIndex: index, problem: versionProblem(version) };
}

function pythonPackage(args: readonly string[], from: number): LaunchedPackage | undefined {
  const index = valueOf(args, from, ['--from']) ?? firstOperand(args, from, RUNNER_VALUE_FLAGS);
  const spec = index === undefined ? undefined : args[index];
  if (index === undefined || spec === undefined || isLocal(spec)) {
    return undefined;
  }
  const exact = /^[A-Za-z0-9._[\],-]+(?:==|@)(\d[\w.+!-]*)$/.exec(spec);
  const problem = exact ? undefined : /[<>=~!]=?|@/.test(spec) ? `a version range (${spec}) may resolve to a new release` : 'no version, so each start may install a new release';
  return { registry: 'PyPI', spec, argIndex: index, problem: exact?.[1] === 'latest' ? 'the "latest" tag moves with every release' : problem };
}

function containerImage(args: readonly string[]): LaunchedPackage | undefined {
  const index = firstOperand(args, 1, DOCKER_VALUE_FLAGS);
  const spec = index === undefined ? undefined : args[index];
  if (index === undefined || spec === undefined || spec.includes('${')) {
    return undefined;
  }
  if (/@sha256:[0-9a-f]{64}$/i.test(spec)) {
    return { registry: 'container', spec, argIndex: index, problem: undefined };
  }
  const tag = /:([\w][\w.-]{0,127})$/.exec(spec.slice(spec.lastIndexOf('/') + 1))?.[1];
  const problem = tag === undefined ? 'no tag, so Docker runs "latest", which moves with every release'
    : tag === 'latest' ? 'the "latest" tag moves with every release' : undefined;
  return { registry: 'container', spec, argIndex: index, problem };
}

function versionProblem(version: string | undefined): string | undefined {
  if (version === undefined || version === '') {
    return 'no version, so each start may fetch a new release';
  }
  if (/^v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(version)) {
    return undefined;
  }
  return /^[a-z]/i.test(version) ? `the "${version}" tag moves with every release` : `a version range (${version}) may resolve to a new release`;
}

/** The index of the value of the first of `flags` (`-p pkg` or `--package=pkg` is not split, so only the spaced form counts). */
function valueOf(args: readonly string[], from: number, flags: readonly string[]): number | undefined {
  for (let i = from; i < args.length - 1; i++) {
    if (flags.includes(args[i] ?? '')) {
      return i + 1;
    }
  }
  return undefined;
}

/** The first argument that is neither an option nor an option's value. */
function firstOperand(args: readonly string[], from: number, valueFlags: ReadonlySet<string>): number | undefined {
  for (let i = from; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      return i + 1 < args.length ? i + 1 : undefined;
    }
    if (!arg.startsWith('-')) {
      return i;
    }
    if (valueFlags.has(arg)) {
      i++;
    }
  }
  return undefined;
}

/** A path, URL or variable: not a registry package. */
function isLocal(spec: string): boolean {
  return /^(?:\.{0,2}\/|~|[A-Za-z]:\\|file:|git\+|https?:|github:|\$)/.test(spec) || spec.includes('${');
}
