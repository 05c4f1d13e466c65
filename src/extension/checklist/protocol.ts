// The checklist webview's message protocol: what the host sends (the state to show) and what the webview may ask for.
// Types, and the view type: media/checklist.js imports them through JSDoc, and the host checks every incoming message (validate-message.ts).

import type { CapabilityItem } from '../../engine/checklist/capabilities';
import type { PracticeStatus } from '../../engine/checklist/summary';
import type { PracticeId } from '../../engine/model/practice';
import type { Severity } from '../../engine/model/types';

/** The checklist panel's webview type (its serializer is registered under it at activation). */
export const VIEW_TYPE = 'secureActions.checklist';

/** One finding as the panel lists it. `file` is the file's key (a URI string), `label` its workspace-relative name. */
export interface FindingView {
  file: string;
  label: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  ruleId: string;
  severity: Severity;
  /** Masked by the engine: never a secret value. */
  message: string;
  fixable: boolean;
}

export interface PracticeView {
  id: PracticeId;
  title: string;
  why: string;
  status: PracticeStatus;
  counts: Record<Severity, number>;
  notApplicableReason?: string;
  findings: FindingView[];
}

/** One action the bot may call; every string came from a file (show it as text only). */
export type CapabilityView = CapabilityItem;

export interface ConnectionView {
  file: string;
  label: string;
  name: string;
  baseUrl: string;
  auth: string;
  can: { read: CapabilityView[]; change: CapabilityView[]; delete: CapabilityView[] };
  cannot: string[];
  personalData: string[];
}

export interface ManualCheckView {
  id: string;
  practice: PracticeId;
  title: string;
  checked: boolean;
}

/** Everything the panel shows; plain JSON. */
export interface ChecklistState {
  workspace: string;
  /** ISO 8601. */
  generatedAt: string;
  /** False in Restricted Mode: the panel then offers nothing that writes. */
  trusted: boolean;
  totals: Record<Severity, number> & { actionFiles: number; sourceFiles: number };
  /** What "Fix all safe problems in workspace" would touch. */
  fixAll: { files: number; findings: number };
  practices: PracticeView[];
  /** Problems with the files' own structure (parse and schema errors): no practice's. */
  definitionFindings: FindingView[];
  connections: ConnectionView[];
  manualChecks: ManualCheckView[];
}

/** What the webview keeps across reloads: open sections (by id) and the scroll position. */
export interface UiState {
  expanded: string[];
  scrollY: number;
}

/** Host to webview. `ui` comes with the first state after `ready`: the last UI state the host saw. */
export type HostMessage = { type: 'state'; state: ChecklistState; ui?: UiState };

/** Webview to host. The webview is untrusted: the host validates each one (validate-message.ts) before acting. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'reveal'; file: string; line: number; column: number }
  | { type: 'fixAllSafe' }
  | { type: 'toggleManual'; id: string; checked: boolean }
  | { type: 'export' }
  | { type: 'setUiState'; ui: UiState };

/** The part of VS Code's webview API the script uses (`acquireVsCodeApi()`). */
export interface WebviewApi {
  postMessage(message: WebviewMessage): void;
  getState(): UiState | undefined;
  setState(state: UiState): void;
}
