import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { mcpSecretShared } from '../../../src/engine/rules/mcp-secret-shared';
import { fixture } from '../../helpers/fixtures';
import { inline, ruleTester } from '../../helpers/rule-tester';

const GITHUB_TOKEN = 'ghp_R7mK2xQ9vLp4Tn8WcZ3bYh6Jd5Fs1Ga0EuNq';

ruleTester.run(mcpSecretShared, {
  valid: [
    { ...fixture('mcp-secret-shared/valid/.mcp.json'), name: 'one ${VAR} reference used by two servers' },
    { ...inline('.mcp.json', `{ "mcpServers": { "gh": { "command": "gh-mcp", "args": ["--token", "${GITHUB_TOKEN}"], "env": { "GH_TOKEN": "${GITHUB_TOKEN}" } } } }`), name: 'the same token twice in one server' },
  ],
  invalid: [
    {
      name: 'one Stripe key in a flag, an env value and a header of three servers',
      source: fixture('mcp-secret-shared/invalid/.mcp.json'),
      findings: [
        { path: 'mcpServers.refunds.env.STRIPE_SECRET_KEY', line: 4, severity: 'warning', messageIncludes: 'Server "refunds" uses the same secret (sk_l…sHf) as server "payments"' },
        { path: 'mcpServers.reports.headers.Authorization', line: 5, messageIncludes: 'as server "payments"' },
      ],
    },
  ],
});

describe('mcp-secret-shared related location', () => {
  it('points at the first server holding the secret', () => {
    const source = fixture('mcp-secret-shared/invalid/.mcp.json');
    const finding = lint({ text: source.text, fileName: source.fileName }).findings.find((f) => f.ruleId === mcpSecretShared.id);
    const related = finding?.related?.[0]?.range;
    assert.ok(related);
    assert.strictEqual(source.text.slice(related.start, related.end), 'sk_live_9Kq2LmXv7RtB4nWz8YpD3sHf');
    assert.strictEqual(source.text.slice(0, related.start).split('\n').length, 3);
  });
});
