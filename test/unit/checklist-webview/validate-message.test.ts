import * as assert from 'assert';
import { MANUAL_CHECKS } from '../../../src/engine';
import { LIMITS, parseUiState, parseWebviewMessage } from '../../../src/extension/checklist/validate-message';

const FILE = 'file:///ws/actions/crm.actions.yaml';
const MANUAL_ID = MANUAL_CHECKS[0]?.id ?? '';

describe('checklist webview message validation', () => {
  it('accepts each well-formed message and returns a copy of exactly its fields', () => {
    const valid: unknown[] = [
      { type: 'ready' },
      { type: 'fixAllSafe' },
      { type: 'export' },
      { type: 'reveal', file: FILE, line: 5, column: 3 },
      { type: 'toggleManual', id: MANUAL_ID, checked: true },
      { type: 'setUiState', ui: { expanded: ['practice:https', `connection:${FILE}`], scrollY: 120.5 } },
    ];
    for (const message of valid) {
      assert.deepStrictEqual(parseWebviewMessage(message), message);
    }
  });

  it('rejects what is not a plain object with a known type', () => {
    const hostile: unknown[] = [
      undefined, null, 'ready', 42, [], [{ type: 'ready' }], { type: 'READY' }, { type: 'eval', code: 'alert(1)' }, {},
      Object.create({ type: 'ready' }), new (class { type = 'ready'; })(),
      { type: 'ready', extra: 1 }, { type: 'export', file: FILE },
    ];
    for (const message of hostile) {
      assert.strictEqual(parseWebviewMessage(message), undefined, JSON.stringify(message) ?? String(message));
    }
  });

  it('rejects reveals with a missing, odd or out-of-bounds file, line or column', () => {
    const bad: unknown[] = [
      { type: 'reveal', file: FILE, line: 5 },
      { type: 'reveal', file: '', line: 1, column: 1 },
      { type: 'reveal', file: 7, line: 1, column: 1 },
      { type: 'reveal', file: 'x'.repeat(LIMITS.fileLength + 1), line: 1, column: 1 },
      { type: 'reveal', file: `${FILE}\n`, line: 1, column: 1 },
      { type: 'reveal', file: FILE, line: 0, column: 1 },
      { type: 'reveal', file: FILE, line: -3, column: 1 },
      { type: 'reveal', file: FILE, line: 1.5, column: 1 },
      { type: 'reveal', file: FILE, line: '5', column: 1 },
      { type: 'reveal', file: FILE, line: Number.NaN, column: 1 },
      { type: 'reveal', file: FILE, line: LIMITS.maxPosition + 1, column: 1 },
      { type: 'reveal', file: FILE, line: 1, column: Infinity },
      { type: 'reveal', file: FILE, line: 1, column: 1, command: 'workbench.action.terminal.new' },
      JSON.parse('{"type":"reveal","file":"x","line":1,"column":1,"__proto__":{"polluted":true}}'),
    ];
    for (const message of bad) {
      assert.strictEqual(parseWebviewMessage(message), undefined, JSON.stringify(message));
    }
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
  });

  it('rejects manual-check toggles for unknown ids or without a boolean', () => {
    for (const message of [
      { type: 'toggleManual', id: 'no-such-check', checked: true },
      { type: 'toggleManual', id: '__proto__', checked: true },
      { type: 'toggleManual', id: MANUAL_ID },
      { type: 'toggleManual', id: MANUAL_ID, checked: 'true' },
    ]) {
      assert.strictEqual(parseWebviewMessage(message), undefined, JSON.stringify(message));
    }
  });

  it('rejects UI states that are malformed, oversized or carry control characters', () => {
    for (const ui of [
      undefined, null, { expanded: [] }, { scrollY: 0 }, { expanded: 'practice:https', scrollY: 0 },
      { expanded: [1], scrollY: 0 }, { expanded: [''], scrollY: 0 }, { expanded: ['a\u0000b'], scrollY: 0 },
      { expanded: ['x'.repeat(LIMITS.expandedLength + 1)], scrollY: 0 },
      { expanded: Array.from({ length: LIMITS.expandedEntries + 1 }, (_, i) => `s${i}`), scrollY: 0 },
      { expanded: [], scrollY: -1 }, { expanded: [], scrollY: Number.POSITIVE_INFINITY }, { expanded: [], scrollY: '10' },
      { expanded: [], scrollY: 0, html: '<img src=x onerror=alert(1)>' },
    ]) {
      assert.strictEqual(parseUiState(ui), undefined, JSON.stringify(ui));
      assert.strictEqual(parseWebviewMessage({ type: 'setUiState', ui }), undefined);
    }
  });
});
