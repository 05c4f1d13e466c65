// Step: pick the OpenAPI file, from the workspace files that look like one, or anywhere with "Browse…".

import type { PickEntry } from '../prompter';
import type { SpecFile, Step, WizardDeps } from '../types';

type SpecChoice = SpecFile | 'browse';

/** The workspace's spec files (searched once per wizard run, while the prompt already shows), then "Browse…". */
export function pickSpecStep(deps: WizardDeps): Step {
  let found: Promise<SpecFile[]> | undefined;
  return async (state, at) => {
    for (;;) {
      found ??= deps.workspace.findSpecFiles();
      const answer = await deps.prompter.pick<SpecChoice>({
        ...at,
        title: 'OpenAPI file',
        placeholder: 'The API\'s OpenAPI file (Swagger 2.0, OpenAPI 3.0 or 3.1)',
        items: found.then(specItems),
        isActive: (item) => item.value !== 'browse' && item.value.uri === state.spec?.uri,
        matchOnDescription: true,
      });
      if (answer === undefined || answer === 'back') {
        return answer;
      }
      if (answer.value !== 'browse') {
        state.spec = answer.value;
        return 'next';
      }
      const uri = await deps.prompter.browse({ title: 'OpenAPI file', openLabel: 'Use This OpenAPI File', extensions: ['yaml', 'yml', 'json'] });
      if (uri === undefined) {
        continue;
      }
      const file = await deps.workspace.describeFile(uri);
      if ('error' in file) {
        deps.prompter.showError(file.error);
        continue;
      }
      state.spec = file;
      return 'next';
    }
  };
}

/** One item per file (name, then version and folder), sorted by path, then "Browse…". */
function specItems(files: readonly SpecFile[]): PickEntry<SpecChoice>[] {
  const sorted = [...files].sort((a, b) => a.label.localeCompare(b.label));
  const items: PickEntry<SpecChoice>[] = sorted.map((file) => {
    const slash = file.label.lastIndexOf('/');
    const folder = slash < 0 ? '' : file.label.slice(0, slash);
    return {
      label: `$(file-code) ${file.label.slice(slash + 1)}`,
      description: [file.version, folder].filter((part) => part !== undefined && part !== '').join(' · '),
      value: file,
    };
  });
  return [
    ...items,
    { separator: items.length > 0 ? 'Elsewhere' : 'No OpenAPI file found in the workspace' },
    { label: '$(folder-opened) Browse…', description: 'an OpenAPI file on disk', value: 'browse', alwaysShow: true },
  ];
}
