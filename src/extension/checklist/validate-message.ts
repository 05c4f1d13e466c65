// Checks the shape of every message from the checklist webview: the webview is untrusted, so anything off is dropped.

import { isManualCheckId } from '../../engine/checklist/manual-checks';
import type { UiState, WebviewMessage } from './protocol';

/** Bounds that no honest message comes near. */
export const LIMITS = { fileLength: 4096, maxPosition: 10_000_000, expandedEntries: 200, expandedLength: 300, maxScroll: 10_000_000 } as const;

type Fields = Record<string, unknown>;

/**
 * The message as a WebviewMessage when its shape is exactly right, else undefined: a plain object with a known
 * `type`, exactly that type's keys, and values of the right type within bounds. Whether a `reveal` names a file
 * the panel listed is for the caller to check.
 */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isPlainObject(value)) {
    return undefined;
  }
  switch (value.type) {
    case 'ready':
    case 'fixAllSafe':
    case 'export':
      return hasExactly(value, ['type']) ? { type: value.type } : undefined;
    case 'reveal':
      return hasExactly(value, ['type', 'file', 'line', 'column']) && isFileKey(value.file) && isPosition(value.line) && isPosition(value.column)
        ? { type: 'reveal', file: value.file, line: value.line, column: value.column }
        : undefined;
    case 'toggleManual':
      return hasExactly(value, ['type', 'id', 'checked']) && isManualCheckId(value.id) && typeof value.checked === 'boolean'
        ? { type: 'toggleManual', id: value.id, checked: value.checked }
        : undefined;
    case 'setUiState': {
      const ui = hasExactly(value, ['type', 'ui']) ? parseUiState(value.ui) : undefined;
      return ui ? { type: 'setUiState', ui } : undefined;
    }
    default:
      return undefined;
  }
}

/** A UiState with exactly the right shape (also used for what workspaceState and the serializer hand back). */
export function parseUiState(value: unknown): UiState | undefined {
  if (!isPlainObject(value) || !hasExactly(value, ['expanded', 'scrollY'])) {
    return undefined;
  }
  const { expanded, scrollY } = value;
  const validEntries = Array.isArray(expanded) && expanded.length <= LIMITS.expandedEntries
    && expanded.every((entry) => typeof entry === 'string' && entry.length > 0 && entry.length <= LIMITS.expandedLength && !hasControlCharacter(entry));
  const validScroll = typeof scrollY === 'number' && Number.isFinite(scrollY) && scrollY >= 0 && scrollY <= LIMITS.maxScroll;
  return validEntries && validScroll ? { expanded: [...(expanded as string[])], scrollY } : undefined;
}

function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function hasExactly(value: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

function isFileKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.fileLength && !hasControlCharacter(value);
}

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= LIMITS.maxPosition;
}

function hasControlCharacter(text: string): boolean {
   
  return /[\u0000-\u001f\u007f]/.test(text);
}
