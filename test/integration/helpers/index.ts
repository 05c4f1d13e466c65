// Helpers for integration tests that run inside the extension host.
export { waitFor, WaitOptions } from './wait-for';
export { waitForDiagnostics } from './diagnostics';
export { workspaceRoot, workspaceFile, openFixture, readDiskFile } from './workspace';
