// What the checklist remembers per workspace (workspaceState): the ticked manual checks and the panel's last UI state.

import type * as vscode from 'vscode';
import { isManualCheckId } from '../../engine/checklist/manual-checks';
import type { UiState } from './protocol';
import { parseUiState } from './validate-message';

const MANUAL_KEY = 'secureActions.checklist.manualChecked';
const UI_KEY = 'secureActions.checklist.ui';

/** Reads back only what is still valid: an unknown check id or a malformed UI state from an older version is dropped. */
export class ChecklistMemory {
  constructor(private readonly state: vscode.Memento) {}

  manualChecked(): Set<string> {
    const stored = this.state.get<unknown>(MANUAL_KEY);
    return new Set(Array.isArray(stored) ? stored.filter(isManualCheckId) : []);
  }

  async setManualChecked(id: string, checked: boolean): Promise<void> {
    const ids = this.manualChecked();
    if (checked) {
      ids.add(id);
    } else {
      ids.delete(id);
    }
    await this.state.update(MANUAL_KEY, [...ids].sort());
  }

  ui(): UiState | undefined {
    return parseUiState(this.state.get<unknown>(UI_KEY));
  }

  async setUi(ui: UiState): Promise<void> {
    await this.state.update(UI_KEY, ui);
  }
}
