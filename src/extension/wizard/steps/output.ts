// Step: where the action file goes: `<connection>.actions.yaml` beside the spec (or at the workspace root); asks before replacing a file.

import type { Validation } from '../prompter';
import type { Step, WizardDeps, WizardState } from '../types';

type Existing = 'overwrite' | 'rename';

export function outputStep(deps: WizardDeps): Step {
  return async (state, at) => {
    const spec = state.spec;
    if (spec === undefined) {
      return undefined;
    }
    let value = state.output?.path ?? defaultOutputPath(state);
    for (;;) {
      const typed = await deps.prompter.input({
        ...at,
        title: 'Output file',
        prompt: 'The action definition file to create, relative to the workspace folder',
        value,
        validate: async (text) => validateOutputPath(text) ?? (await existsWarning(deps, state, text)),
      });
      if (typed === undefined || typed === 'back') {
        return typed;
      }
      value = normalizeOutputPath(typed.value);
      if (!(await deps.workspace.exists(spec, value))) {
        state.output = { path: value, overwrite: false };
        return 'next';
      }
      const choice = await deps.prompter.pick<Existing>({
        ...at,
        back: true,
        title: 'Output file exists',
        placeholder: `${value} exists. Replace it?`,
        items: [
          { label: `$(replace-all) Overwrite ${value}`, description: 'its content is replaced; one Undo brings it back', value: 'overwrite' },
          { label: '$(edit) Choose another name', value: 'rename' },
        ],
        isActive: (item) => item.value === (state.output?.overwrite === true ? 'overwrite' : 'rename'),
      });
      if (choice === undefined) {
        return undefined;
      }
      if (choice !== 'back' && choice.value === 'overwrite') {
        state.output = { path: value, overwrite: true };
        return 'next';
      }
    }
  };
}

/** `<connection>.actions.yaml` in the spec's folder when it is inside the workspace, else at the workspace root. */
export function defaultOutputPath(state: WizardState): string {
  const dir = state.spec?.dirInWorkspace;
  const name = `${state.connectionName ?? 'api'}.actions.yaml`;
  return dir ? `${dir}/${name}` : name;
}

/** Forward slashes, no leading `./`, surrounding spaces dropped. */
function normalizeOutputPath(text: string): string {
  return text.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** A relative path inside the workspace folder, named like an action definition so that it is checked. */
export function validateOutputPath(text: string): Validation | undefined {
  const path = normalizeOutputPath(text);
  if (path === '') {
    return { severity: 'error', message: 'Enter a file name, e.g. orders-api.actions.yaml' };
  }
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').some((segment) => segment === '..' || segment === '')) {
    return { severity: 'error', message: 'Enter a path inside the workspace folder, e.g. actions/orders-api.actions.yaml' };
  }
  if (!/\.actions\.ya?ml$/i.test(path) || /^\.actions\.ya?ml$/i.test(path.split('/').pop() ?? '')) {
    return { severity: 'error', message: 'The name must end in .actions.yaml (or .actions.yml), so Secure Actions checks the file.' };
  }
  return undefined;
}

async function existsWarning(deps: WizardDeps, state: WizardState, text: string): Promise<Validation | undefined> {
  const path = normalizeOutputPath(text);
  return state.spec !== undefined && (await deps.workspace.exists(state.spec, path))
    ? { severity: 'warning', message: `${path} exists: you will be asked before it is replaced.` }
    : undefined;
}
