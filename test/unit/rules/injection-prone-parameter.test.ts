import * as assert from 'assert';
import { applyFixes } from '../../../src/engine/fix/apply';
import { lint } from '../../../src/engine/lint';
import { injectionProneParameter } from '../../../src/engine/rules/injection-prone-parameter';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester.run(injectionProneParameter, {
  valid: [
    fixture('injection-prone-parameter/valid/constrained-inputs.actions.yaml'),
    { ...fixture('injection-prone-parameter/valid/enum-inputs.actions.json'), name: 'risky names held to an enum, and a boolean named like HTML' },
    fixture('secure/batch2-secure.actions.yaml'),
  ],
  invalid: [
    {
      name: 'query, redirect, file path and filter inputs bounded only in length',
      source: fixture('injection-prone-parameter/invalid/free-text-inputs.actions.yaml'),
      findings: [
        { path: 'actions[0].parameters[0].name', line: 12, messageIncludes: 'SQL/NoSQL injection' },
        { path: 'actions[0].parameters[1].name', line: 14, messageIncludes: '("search")' },
        { path: 'actions[0].parameters[2].name', line: 19, messageIncludes: 'SSRF or open redirect' },
        { path: 'actions[0].parameters[3].name', line: 22, messageIncludes: 'path traversal' },
        { path: 'actions[0].parameters[4].name', line: 23 },
      ],
    },
    {
      name: 'command, HTML and callback-URL inputs in JSON',
      source: fixture('injection-prone-parameter/invalid/free-text-inputs.actions.json'),
      findings: [
        { path: 'actions[0].parameters[0].name', line: 16, messageIncludes: 'command injection' },
        { path: 'actions[0].parameters[1].name', line: 17, messageIncludes: 'XSS' },
        { path: 'actions[0].parameters[2].name', line: 18, messageIncludes: '"X-Callback-Url"' },
      ],
    },
  ],
});

describe('injection-prone-parameter quick fixes', () => {
  const source = fixture('injection-prone-parameter/invalid/free-text-inputs.actions.yaml');
  const findings = lint({ text: source.text, fileName: source.fileName }).findings.filter((f) => f.ruleId === injectionProneParameter.id);

  it('offers a conservative pattern to review, never as the automatic fix', () => {
    assert.ok(findings.every((f) => f.fix === undefined));
    const alternatives = findings.flatMap((f) => f.alternativeFixes ?? []);
    assert.ok(alternatives.length > 0 && alternatives.every((fix) => !fix.safe && fix.title.includes('(review it)')));
  });

  it('offers no pattern for a URL or for a parameter without a schema', () => {
    const byName = (name: string) => findings.find((f) => f.message.includes(`"${name}"`));
    assert.strictEqual(byName('redirect_uri')?.alternativeFixes, undefined);
    assert.strictEqual(byName('q')?.alternativeFixes, undefined);
  });

  it('puts the pattern on the array items and in the schema, keeping the YAML style', () => {
    const { text } = applyFixes(source.text, findings.flatMap((f) => f.alternativeFixes ?? []));
    assert.ok(text.includes('items: { type: string, maxLength: 50, pattern: "^[A-Za-z0-9 _.,@-]{1,100}$" }'), text);
    assert.ok(text.includes('          maxLength: 100   # short, but "\' OR 1=1 --" is short too\n          pattern: "^[A-Za-z0-9 _.,@-]{1,100}$"\n'), text);
    const relinted = lint({ text, fileName: source.fileName }).findings.filter((f) => f.ruleId === injectionProneParameter.id);
    assert.deepStrictEqual(relinted.map((f) => f.path?.[3]), [0, 2]);
  });
});
