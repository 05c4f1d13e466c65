// The checklist's pure core, shared by the webview panel and `check --format markdown`.

export { describeCapabilities, type CapabilityItem, type ConnectionCapabilities } from './capabilities';
export { MANUAL_CHECKS, isManualCheckId, type ManualCheck } from './manual-checks';
export { summarizePractices, type PracticeStatus, type PracticeSummary, type WorkspaceScope } from './summary';
export { renderChecklistMarkdown, escapeMarkdown, type ReportInput } from './markdown';
