import * as assert from 'assert';
import { lint } from '../../../src/engine/lint';
import { RULES } from '../../../src/engine/rules';
import type { Rule } from '../../../src/engine/rules/rule';

describe('internal-error', () => {
  it('reports a rule that throws as one internal-error finding and still runs the others', () => {
    const registry = RULES as Rule[];
    const broken: Rule = {
      id: 'zz-broken-rule', title: 'Breaks', severity: 'error', practice: 'definition', why: 'A rule that always throws.',
      details: 'test only', fixable: false, appliesTo: ['action'],
      check() {
        throw new Error('boom');
      },
    };
    registry.push(broken);
    try {
      const { findings } = lint({ fileName: 'a.actions.yaml', text: 'version: 1\nconnection: {name: x, baseUrl: "http://api.example.com", auth: {type: none}}\nactions: []\n' });
      const internal = findings.filter((f) => f.ruleId === 'internal-error');
      assert.strictEqual(internal.length, 1);
      assert.match(internal[0]?.message ?? '', /Rule "zz-broken-rule" failed on this file: boom/);
      assert.ok(findings.some((f) => f.ruleId === 'insecure-http-url'), 'the other rules still ran');
    } finally {
      registry.pop();
    }
  });
});
