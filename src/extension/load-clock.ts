// Imported first by main.ts, so it is the first module of the bundle to run: the moment the extension's code started loading.

/** performance.now() when the bundle's first module ran (just after the host read and compiled the file). */
export const LOAD_STARTED = performance.now();
