import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  type LocatedFinding, LineIndex, describeCapabilities, lint, locateFindings, renderChecklistMarkdown, summarizePractices, MANUAL_CHECKS,
} from '../../../src/engine';
import { parseDocumentText } from '../../../src/engine/parse';
import { PROJECT_ROOT } from '../../helpers/fixtures';

function load(relative: string): { findings: LocatedFinding[]; text: string } {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, relative), 'utf8');
  return { text, findings: locateFindings(lint({ text, fileName: relative }).findings, relative, new LineIndex(text)) };
}

const SECURE = 'examples/support-bot/actions/orders.actions.yaml';
const INSECURE = 'examples/support-bot/actions/crm.actions.yaml';

describe('checklist capabilities', () => {
  it('says what the bot can read, change and delete, and what it cannot, per connection', () => {
    const caps = describeCapabilities(SECURE, parseDocumentText(SECURE, load(SECURE).text));
    assert.ok(caps);
    assert.deepStrictEqual(caps.can.read.map((i) => i.actionId), ['getOrderStatus', 'getCustomerContact']);
    assert.deepStrictEqual(caps.can.delete.map((i) => i.actionId), ['cancelOrder']);
    assert.strictEqual(caps.can.delete[0]?.confirm, true);
    assert.strictEqual(caps.can.read[0]?.line, 16);
    assert.ok(caps.cannot.includes('Delete, cancel or revoke anything without the user confirming first.'));
    assert.ok(caps.cannot.includes('Reach admin, role or permission endpoints.'));
    assert.deepStrictEqual(caps.personalData, ['email (returned by getCustomerContact, masked)', 'phone (returned by getCustomerContact, masked)']);
  });

  it('flags the admin endpoint and does not claim limits an insecure connection lacks', () => {
    const caps = describeCapabilities(INSECURE, parseDocumentText(INSECURE, load(INSECURE).text));
    assert.ok(caps?.can.change.some((i) => i.actionId === 'grantAdminRole' && i.admin));
    assert.ok(!caps?.cannot.some((c) => /admin|allowlist|calls per/.test(c)));
  });
});

describe('checklist practice summary', () => {
  it('fails a practice with an error, warns on warnings, and passes or marks not applicable otherwise', () => {
    const secure = load(SECURE);
    const insecure = load(INSECURE);
    const capabilities = [SECURE, INSECURE].map((f) => describeCapabilities(f, parseDocumentText(f, load(f).text))).filter((c) => c !== undefined);
    const summary = summarizePractices([...secure.findings, ...insecure.findings], { actionFiles: 2, sourceFiles: 0, capabilities });
    assert.strictEqual(summary.length, 10);
    assert.strictEqual(summary.find((p) => p.practice === 'https')?.status, 'fail');
    const secureOnly = summarizePractices(secure.findings, { actionFiles: 1, sourceFiles: 0, capabilities: capabilities.slice(0, 1) });
    assert.deepStrictEqual(secureOnly.filter((p) => p.status === 'fail').map((p) => p.practice), []);
    const empty = summarizePractices([], { actionFiles: 0, sourceFiles: 3, capabilities: [] });
    assert.deepStrictEqual(empty.filter((p) => p.status !== 'not-applicable').map((p) => p.practice), ['secrets']);
  });
});

describe('checklist Markdown report', () => {
  it('escapes hostile text from files and lists the manual checks with their ticks', () => {
    const hostile = `version: 1
connection: { name: "evil<script>alert(1)</script>", baseUrl: "https://api.example.com", auth: { type: bearer, token: "\${env:T}" } }
actions:
  - id: getThing
    description: "<img src=x onerror=alert(1)> [click](javascript:alert(1)) | broken | table"
    method: GET
    path: /things
`;
    const doc = parseDocumentText('evil.actions.yaml', hostile);
    const caps = describeCapabilities('evil.actions.yaml', doc);
    assert.ok(caps);
    const markdown = renderChecklistMarkdown({
      workspace: 'ws', generatedAt: new Date('2026-01-02T03:04:05Z'), capabilities: [caps],
      practices: summarizePractices([], { actionFiles: 1, sourceFiles: 0, capabilities: [caps] }),
      manualChecked: new Set([MANUAL_CHECKS[0]?.id ?? '']), definitionFindings: [],
    });
    assert.ok(!markdown.includes('<script>') && !markdown.includes('<img'), 'raw HTML from a file');
    assert.ok(!/(?<!\\)\]\(javascript:/.test(markdown), 'a live javascript: link (an unescaped "]" before it)');
    assert.ok(markdown.includes('&lt;script&gt;'));
    assert.ok(markdown.includes(`- [x] ${MANUAL_CHECKS[0]?.title}`));
    assert.ok(markdown.includes(`- [ ] ${MANUAL_CHECKS[1]?.title}`));
  });
});
