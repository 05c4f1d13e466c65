// Public surface of the scaffold generator: OpenAPI spec in, secure-by-default action definition text out.

export { scaffoldActions, SCAFFOLD_DEFAULTS } from './scaffold';
export { toConnectionName, toEnvNames, toEnvPrefix } from './names';
export { toPlainText } from './plain-text';
export type * from './types';
