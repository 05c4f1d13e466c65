import * as assert from 'assert';
import { DEFAULT_CONFIG } from '../../../src/engine/config/config';
import { lint } from '../../../src/engine/lint';
import { MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, fileNotAnalysed, notAnalysedFinding } from '../../../src/engine/rules/file-not-analysed';
import { fixture } from '../../helpers/fixtures';
import { ruleTester } from '../../helpers/rule-tester';

const PLANTED = `sk_live_${'Zq8Xw2Lm5Vb9Nt4Rk7Ps3Hd6Gf1Jc0Ya'}`;

/** An action definition of about `bytes` characters: a real header, padding comments, and a literal key in the middle. */
function largeDefinition(bytes: number): string {
  const head = fixture('file-not-analysed/valid/secure.actions.yaml').text;
  const padding = `# ${'generated notes that make this definition very large '.repeat(2)}\n`.repeat(Math.ceil(bytes / 2 / 110));
  return `${head}${padding}x-debug-key: "${PLANTED}"\n${padding}`;
}

ruleTester.run(fileNotAnalysed, {
  valid: [
    fixture('file-not-analysed/valid/secure.actions.yaml'),
    { ...fixture('file-not-analysed/valid/bot.js'), name: 'a script that writes a NUL as an escape sequence is text, not binary' },
  ],
  invalid: [
    {
      name: 'a binary file named like an action definition',
      source: fixture('file-not-analysed/invalid/binary.actions.yaml'),
      findings: [{ line: 1, severity: 'warning', messageIncludes: 'a binary file' }],
    },
    {
      name: 'a database file named like JSON',
      source: fixture('file-not-analysed/invalid/sqlite.json'),
      findings: [{ line: 1, severity: 'warning', messageIncludes: 'NUL bytes' }],
    },
  ],
});

describe('file-not-analysed on size', () => {
  it('reports a text over the read limit as an error and runs no other rule on it', () => {
    const result = lint({ fileName: 'dump.json', text: `{"key": "${PLANTED}", "data": "${'a'.repeat(MAX_TEXT_LENGTH)}"}` });
    assert.deepStrictEqual(result.findings.map((f) => [f.ruleId, f.severity, f.range.start]), [['file-not-analysed', 'error', 0]]);
    assert.match(result.findings[0]?.message ?? '', /too large \(50\.0 MB; the limit is 50 MB\)/);
    assert.ok(result.skipped);
  });

  it('still finds a planted secret in a definition too large for the definition rules, and says it was only scanned', () => {
    const text = largeDefinition(MAX_DEFINITION_LENGTH + 1024 * 1024);
    const result = lint({ fileName: 'big.actions.yaml', text });
    const ids = result.findings.map((f) => f.ruleId);
    assert.deepStrictEqual(ids, ['file-not-analysed', 'hardcoded-secret']);
    assert.match(result.findings[0]?.message ?? '', /Only scanned for secrets/);
    assert.strictEqual(result.findings[0]?.severity, 'error');
    assert.strictEqual(result.findings[1]?.range.start, text.indexOf(PLANTED));
    assert.strictEqual(result.skipped, undefined, 'the secret scan ran, so the file counts as checked');
    assert.strictEqual(result.document, undefined, 'no definition model is built');
  });

  it('analyses a definition just under the limit with every rule', () => {
    const text = largeDefinition(MAX_DEFINITION_LENGTH - 1024 * 1024);
    const result = lint({ fileName: 'big.actions.yaml', text });
    assert.ok(!result.findings.some((f) => f.ruleId === 'file-not-analysed'));
    assert.ok(result.document, 'parsed as a definition');
  });

  it('follows the configured severity, and reports nothing when the rule is off', () => {
    const binary = { kind: 'binary', named: false } as const;
    assert.strictEqual(notAnalysedFinding(binary, DEFAULT_CONFIG)[0]?.severity, 'info');
    assert.strictEqual(notAnalysedFinding(binary, { ...DEFAULT_CONFIG, rules: { 'file-not-analysed': 'error' } })[0]?.severity, 'error');
    assert.deepStrictEqual(notAnalysedFinding(binary, { ...DEFAULT_CONFIG, rules: { 'file-not-analysed': 'off' } }), []);
    const text = fixture('file-not-analysed/invalid/binary.actions.yaml').text;
    assert.deepStrictEqual(lint({ fileName: 'b.actions.yaml', text, config: { ...DEFAULT_CONFIG, rules: { 'file-not-analysed': 'off' } } }).findings, []);
  });
});
