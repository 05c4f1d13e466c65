// Public API of the secret detector: a pure engine module (strings in, matches out).

export type { SecretConfidence, SecretMatch } from './types';
export { scanText } from './scan';
export { classifyValue } from './classify';
export { isReferenceOrPlaceholder } from './placeholder';
export { isSecretLikeKeyName } from './key-names';
export { maskSecret } from './mask';
