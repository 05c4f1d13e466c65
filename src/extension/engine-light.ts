// The engine's light modules that the extension host needs from its first moment, imported by path on purpose.
//
// The engine's index evaluates ajv, both YAML parsers and every rule (~130 ms here), which activation must not pay:
// linting and fixing run in the lint pool's worker threads, and the wizard and checklist load the engine when used.
// Everything here evaluates in a few milliseconds. Types still come from the index (`import type` costs nothing).

export { CONFIG_FILE_NAME, DEFAULT_CONFIG } from '../engine/config/config';
export { createClassifier } from '../engine/config/classify';
export { gitignoreLayer, isIgnoredByLayers, sortLayers } from '../engine/config/gitignore-layers';
export { parseEnvKeys, planEnvAppend, planEnvExampleEnsure, planGitignoreEnsure } from '../engine/env';
export { MAX_TEXT_LENGTH } from '../engine/limits';
export { LineIndex } from '../engine/parse/line-index';
export { checkEnvFiles } from '../engine/rules/env-file-not-ignored';
export { docsUrl } from '../engine/rules/docs-url';
export { DISABLE_NEXT_LINE } from '../engine/suppress';

/** The whole engine (the wizard, the checklist, config validation), evaluated on first use. */
export function loadEngine(): Promise<typeof import('../engine')> {
  return import('../engine');
}
