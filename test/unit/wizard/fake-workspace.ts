// An in-memory workspace for the wizard's steps: real spec texts (the corpus) under file:///ws, an optional .env.

import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, parseEnvKeys, planEnvExampleEnsure, planGitignoreEnsure } from '../../../src/engine';
import { loadOpenApi } from '../../../src/engine/openapi';
import { WIZARD_ENGINE } from '../../../src/extension/wizard/engine-deps';
import { runWizard } from '../../../src/extension/wizard/flow';
import { sniffVersion } from '../../../src/extension/wizard/sniff';
import type { SideFileChange, SpecFile, WizardResult, WizardWorkspace } from '../../../src/extension/wizard/types';
import { CORPUS_DIR } from '../../helpers/fixtures';
import type { ScriptedPrompter } from './scripted-prompter';

export const ROOT = 'file:///ws';

export function corpusText(name: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, 'openapi', name), 'utf8');
}

/** Files by workspace-relative path. Nothing here can write: the flow only returns what Create would write. */
export class FakeWorkspace implements WizardWorkspace {
  readonly loads: string[] = [];

  constructor(readonly files: Map<string, string>) {}

  static with(entries: Record<string, string>): FakeWorkspace {
    return new FakeWorkspace(new Map(Object.entries(entries)));
  }

  specFile(relative: string): SpecFile {
    const text = this.files.get(relative);
    if (text === undefined) {
      throw new Error(`no ${relative}`);
    }
    const slash = relative.lastIndexOf('/');
    const version = sniffVersion(text.slice(0, 2048));
    return {
      uri: `${ROOT}/${relative}`, label: relative, dirInWorkspace: slash < 0 ? '' : relative.slice(0, slash), folder: ROOT, size: text.length,
      ...(version !== undefined ? { version } : {}),
    };
  }

  async findSpecFiles(): Promise<SpecFile[]> {
    return [...this.files.keys()].filter((name) => /\.(ya?ml|json)$/.test(name) && !/\.actions\./.test(name) && sniffVersion((this.files.get(name) ?? '').slice(0, 2048)) !== undefined)
      .map((name) => this.specFile(name));
  }

  async describeFile(uri: string): Promise<SpecFile | { error: string }> {
    const relative = uri.startsWith(`${ROOT}/`) ? uri.slice(ROOT.length + 1) : uri;
    return this.files.has(relative) ? this.specFile(relative) : { error: `${relative} does not exist.` };
  }

  async loadSpec(file: SpecFile, isCancelled: () => Promise<boolean>) {
    this.loads.push(file.label);
    if (await isCancelled()) {
      return undefined;
    }
    return loadOpenApi({ text: this.files.get(file.label) ?? '', fileName: file.label });
  }

  async envKeys(): Promise<ReadonlyMap<string, boolean>> {
    return new Map([...parseEnvKeys(this.files.get('.env') ?? '')].map(([name, { value }]) => [name, value !== '']));
  }

  async exists(_file: SpecFile, relative: string): Promise<boolean> {
    return this.files.has(relative);
  }

  engineConfig() {
    return DEFAULT_CONFIG;
  }

  async planSideFiles(_file: SpecFile, envNames: readonly string[]): Promise<{ envExample: SideFileChange; gitignore: SideFileChange }> {
    const example = this.files.get('.env.example');
    const gitignore = this.files.get('.gitignore');
    const added = [...parseEnvKeys(planEnvExampleEnsure(example, envNames).map((e) => e.newText).join('')).keys()].map((name) => `${name}=`);
    const ignored = planGitignoreEnsure(gitignore, '.env').map((e) => e.newText.trim()).filter((line) => line !== '');
    return {
      envExample: { path: '.env.example', created: example === undefined, added },
      gitignore: { path: '.gitignore', created: gitignore === undefined, added: ignored },
    };
  }
}

/** Runs the whole wizard on the fake workspace with the scripted prompter. */
export function run(workspace: FakeWorkspace, prompter: ScriptedPrompter, spec?: string): Promise<WizardResult | undefined> {
  const log: string[] = [];
  return runWizard({ prompter, workspace, engine: WIZARD_ENGINE, log: (line) => log.push(line) }, spec === undefined ? undefined : workspace.specFile(spec));
}
