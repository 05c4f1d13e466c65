import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LineIndex, PRACTICE_IDS, lint, locateFindings, renderChecklistMarkdown, MANUAL_CHECKS } from '../../../src/engine';
import { maskUrlSecrets } from '../../../src/engine/checklist/capabilities';
import { buildChecklistState, isWorkspaceSafeFix, toReportInput, type AnalysedFile, type WorkspaceInput } from '../../../src/extension/checklist/state';
import { PROJECT_ROOT } from '../../helpers/fixtures';

const EXAMPLE = path.join(PROJECT_ROOT, 'examples', 'support-bot');
const HOSTILE = `version: 1
connection:
  name: "evil<script>window.pwned=1</script>"
  baseUrl: https://api.example.com
  auth: { type: bearer, token: "\${env:EVIL_TOKEN}" }
  timeoutMs: 5000
  rateLimit: { requests: 10, per: minute }
actions:
  - id: getThing
    description: "<img src=x onerror=window.pwned=1> [click](javascript:window.pwned=1)"
    method: GET
    path: /things
`;

/** An analysed file as the extension hands it over: real engine findings, keyed by a file URI. */
function analysed(label: string, text = fs.readFileSync(path.join(EXAMPLE, label), 'utf8')): AnalysedFile {
  const result = lint({ text, fileName: label });
  return {
    key: `file:///ws/${label}`,
    label,
    kind: result.document ? 'action' : 'source',
    findings: locateFindings(result.findings, label, new LineIndex(text)),
    safeFixTitles: result.findings.filter(isWorkspaceSafeFix).map((f) => f.fix?.title ?? ''),
    ...(result.document ? { document: result.document } : {}),
  };
}

function workspace(files: AnalysedFile[], manual: string[] = []): WorkspaceInput {
  return { workspace: 'support-bot', files, manualChecked: new Set(manual), trusted: true, generatedAt: new Date('2026-01-02T03:04:05Z') };
}

describe('checklist state', () => {
  const crm = analysed('actions/crm.actions.yaml');
  const orders = analysed('actions/orders.actions.yaml');
  const bot = analysed('bot/index.js');

  it('lists the ten practices in the product order with statuses and counts from the findings', () => {
    const state = buildChecklistState(workspace([orders, crm, bot]));
    assert.deepStrictEqual(state.practices.map((p) => p.id), [...PRACTICE_IDS]);
    const https = state.practices.find((p) => p.id === 'https');
    assert.strictEqual(https?.status, 'fail');
    assert.strictEqual(https?.counts.error, crm.findings.filter((f) => f.practice === 'https' && f.severity === 'error').length);
    const total = state.practices.reduce((n, p) => n + p.findings.length, 0) + state.definitionFindings.length;
    assert.strictEqual(total, crm.findings.length + orders.findings.length + bot.findings.length, 'every finding appears once');
    assert.deepStrictEqual(state.totals, { error: state.totals.error, warning: state.totals.warning, info: state.totals.info, actionFiles: 2, sourceFiles: 1 });
  });

  it('points every finding at its file key and 1-based position, for reveal', () => {
    const state = buildChecklistState(workspace([crm]));
    const insecure = state.practices.find((p) => p.id === 'https')?.findings.find((f) => f.ruleId === 'insecure-http-url');
    assert.deepStrictEqual(insecure && { file: insecure.file, label: insecure.label, line: insecure.line }, { file: 'file:///ws/actions/crm.actions.yaml', label: 'actions/crm.actions.yaml', line: 5 });
    assert.ok((insecure?.column ?? 0) >= 1);
  });

  it('passes a secure file\'s practices and marks those with nothing to judge not applicable', () => {
    const state = buildChecklistState(workspace([orders]));
    assert.deepStrictEqual(state.practices.filter((p) => p.status === 'fail' || p.status === 'warning').map((p) => p.id), []);
    const empty = buildChecklistState(workspace([]));
    assert.ok(empty.practices.every((p) => p.status === 'not-applicable'));
    assert.deepStrictEqual(empty.connections, []);
  });

  it('describes each connection\'s capabilities with the file key of its definition', () => {
    const state = buildChecklistState(workspace([crm, orders]));
    assert.deepStrictEqual(state.connections.map((c) => [c.name, c.file]), [['crm-api', 'file:///ws/actions/crm.actions.yaml'], ['orders-api', 'file:///ws/actions/orders.actions.yaml']]);
    const ordersView = state.connections[1];
    assert.deepStrictEqual(ordersView?.can.delete.map((i) => [i.actionId, i.confirm, i.line]), [['cancelOrder', true, 32]]);
    assert.ok(ordersView?.cannot.includes('Make more than 60 calls per minute.'));
  });

  it('counts only safe fixes that move no secret toward "fix all in workspace"', () => {
    const state = buildChecklistState(workspace([crm, bot, orders]));
    const crmLint = lint({ text: fs.readFileSync(path.join(EXAMPLE, 'actions/crm.actions.yaml'), 'utf8'), fileName: 'actions/crm.actions.yaml' });
    assert.ok(crmLint.findings.some((f) => f.fix?.safe && f.fix.envEntries?.length), 'the fixture has a secret move');
    assert.ok(!crm.safeFixTitles.some((title) => /\.env/.test(title)), 'a secret move counted');
    assert.deepStrictEqual(bot.safeFixTitles, [], 'the bot script\'s only fix moves a secret');
    assert.deepStrictEqual(state.fixAll, { files: 1, findings: crm.safeFixTitles.length });
    assert.ok(state.fixAll.findings > 0);
  });

  it('carries the manual checks with the workspace\'s ticks', () => {
    const id = MANUAL_CHECKS[1]?.id ?? '';
    const state = buildChecklistState(workspace([orders], [id]));
    assert.deepStrictEqual(state.manualChecks.filter((c) => c.checked).map((c) => c.id), [id]);
    assert.strictEqual(state.manualChecks.length, MANUAL_CHECKS.length);
  });

  it('passes text from files through as plain data and escapes it in the Markdown export', () => {
    const evil = analysed('evil.actions.yaml', HOSTILE);
    const state = buildChecklistState(workspace([evil]));
    assert.strictEqual(state.connections[0]?.name, 'evil<script>window.pwned=1</script>', 'the panel gets the text as is and shows it with textContent');
    assert.strictEqual(state.connections[0]?.can.read[0]?.summary, '<img src=x onerror=window.pwned=1> [click](javascript:window.pwned=1)');
    const markdown = renderChecklistMarkdown(toReportInput(workspace([evil], [MANUAL_CHECKS[0]?.id ?? ''])));
    assert.ok(!markdown.includes('<script>') && !markdown.includes('<img'));
    assert.ok(markdown.includes(`- [x] ${MANUAL_CHECKS[0]?.title}`));
  });

  it('masks query values in base URLs, in the panel and in the export', () => {
    const keyed = analysed('keyed.actions.yaml', 'version: 1\nconnection:\n  name: keyed\n  baseUrl: "https://api.example.com/v1?region=eu&token=sk_live_51HqJ2bK8mZP4xVnQ7rT3sLwY9cF#x"\n  auth: { type: none }\nactions: []\n');
    assert.strictEqual(buildChecklistState(workspace([keyed])).connections[0]?.baseUrl, 'https://api.example.com/v1?region=…&token=…#x');
    assert.ok(!renderChecklistMarkdown(toReportInput(workspace([keyed]))).includes('sk_live_'));
    assert.strictEqual(maskUrlSecrets('https://api.example.com/v1'), 'https://api.example.com/v1');
    assert.strictEqual(maskUrlSecrets('https://bot:hunter2@api.example.com/v1'), 'https://…@api.example.com/v1');
  });

  it('is plain JSON, as postMessage needs', () => {
    const state = buildChecklistState(workspace([crm, orders, bot]));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(state)), state);
  });
});
