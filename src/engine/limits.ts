// Size limits shared by the engine and its callers, in a module of their own so a caller can read them without loading the rules.

const MB = 1024 * 1024;

/**
 * Above this, a file is not read at all. Measured (see the changelog): the secret scan is linear, ~25 ms CPU per MB,
 * 50 MB in 1.1 s and 190 MB of memory; nothing a bot is made of is this big, and reading more only costs memory.
 */
export const MAX_TEXT_LENGTH = 50 * MB;

/**
 * Above this, an action definition gets the secret scan only: the definition rules cost ~1.3 s CPU per MB of dense
 * actions (GitHub's whole API scaffolded is 2.2 MB and takes 3.4 s), so 20 MB would take half a minute and GBs.
 */
export const MAX_DEFINITION_LENGTH = 5 * MB;

/** A NUL in the first 8 KB: how git and grep tell a binary file from text. */
export function isBinaryText(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}
