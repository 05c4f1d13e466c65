// Size limits shared by the engine and its callers, in a module of their own so a caller can read them without loading the rules.

/** Above this, a file is reported instead of analysed: no action definition or bot script is this big. */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;
