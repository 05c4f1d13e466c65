// RuleTester, after eslint's: valid cases give no finding, invalid cases give exactly the listed ones, fixes are checked and idempotent.

import * as assert from 'assert';
import { applyFixes } from '../../src/engine/fix/apply';
import { lint } from '../../src/engine/lint';
import type { DocumentKind, Finding, JsonPath, Severity } from '../../src/engine/model/types';
import type { Rule } from '../../src/engine/rules/rule';
import type { Fixture } from './fixtures';

export { inline } from './fixtures';

export interface ExpectedFinding {
  /** Dotted JSON path, e.g. `connection.auth.token` or `actions[0].confirm`. */
  path?: string;
  /** 1-based line of the finding's start. */
  line?: number;
  messageIncludes?: string;
  severity?: Severity;
}

export interface ValidCase extends Fixture {
  name?: string;
  kind?: DocumentKind;
  envKeys?: ReadonlyMap<string, string>;
}

export interface InvalidCase {
  name: string;
  source: Fixture;
  kind?: DocumentKind;
  envKeys?: ReadonlyMap<string, string>;
  findings: ExpectedFinding[];
  /** The text after applying every fix of this rule; required when the rule is fixable. */
  output?: Fixture | string;
}

export function pathToString(path: JsonPath | undefined): string | undefined {
  if (!path) {
    return undefined;
  }
  return path.reduce<string>((acc, step) => (typeof step === 'number' ? `${acc}[${step}]` : acc ? `${acc}.${step}` : step), '');
}

function findingsOf(rule: Rule, source: Fixture, kind?: DocumentKind, envKeys?: ReadonlyMap<string, string>): Finding[] {
  const all = lint({ text: source.text, fileName: source.fileName, kind, envKeys }).findings;
  const crashed = all.find((f) => f.ruleId === 'internal-error' && f.message.includes(`"${rule.id}"`));
  assert.ok(!crashed, crashed?.message);
  return all.filter((f) => f.ruleId === rule.id);
}

function describeFindings(findings: Finding[], source: Fixture): string {
  return findings.map((f) => `${pathToString(f.path) ?? '?'} @${lineOf(source.text, f.range.start)}: ${f.message}`).join('\n') || '(none)';
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(rule.id, () => {
      const names = new Set<string>();
      for (const testCase of [...cases.valid.map((c) => c.name ?? c.fileName), ...cases.invalid.map((c) => c.name)]) {
        assert.ok(testCase, `${rule.id}: every case needs a name`);
        assert.ok(!names.has(testCase), `${rule.id}: duplicate case "${testCase}"`);
        names.add(testCase);
      }
      assert.ok(cases.valid.length > 0 && cases.invalid.length > 0, `${rule.id}: needs valid and invalid cases`);

      for (const valid of cases.valid) {
        it(`accepts ${valid.name ?? valid.fileName}`, () => {
          const findings = findingsOf(rule, valid, valid.kind, valid.envKeys);
          assert.strictEqual(findings.length, 0, `expected no ${rule.id} finding, got:\n${describeFindings(findings, valid)}`);
        });
      }

      for (const invalid of cases.invalid) {
        it(`reports ${invalid.name}`, () => {
          const findings = findingsOf(rule, invalid.source, invalid.kind, invalid.envKeys);
          assert.strictEqual(findings.length, invalid.findings.length,
            `expected ${invalid.findings.length} finding(s), got:\n${describeFindings(findings, invalid.source)}`);
          invalid.findings.forEach((expected, i) => {
            const actual = findings[i] as Finding;
            if (expected.path !== undefined) {
              assert.strictEqual(pathToString(actual.path), expected.path, `finding ${i} path`);
            }
            if (expected.line !== undefined) {
              assert.strictEqual(lineOf(invalid.source.text, actual.range.start), expected.line, `finding ${i} line`);
            }
            if (expected.messageIncludes !== undefined) {
              assert.ok(actual.message.includes(expected.messageIncludes), `finding ${i} message "${actual.message}" lacks "${expected.messageIncludes}"`);
            }
            if (expected.severity !== undefined) {
              assert.strictEqual(actual.severity, expected.severity, `finding ${i} severity`);
            }
            assert.ok(actual.range.end >= actual.range.start && actual.range.end <= invalid.source.text.length, 'range within the text');
          });

          const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
          if (rule.fixable && invalid.output === undefined && fixes.length > 0) {
            assert.fail(`${rule.id} is fixable: case "${invalid.name}" needs an output`);
          }
          if (invalid.output !== undefined) {
            const expected = typeof invalid.output === 'string' ? invalid.output : invalid.output.text;
            const { text } = applyFixes(invalid.source.text, fixes);
            assert.notStrictEqual(text, invalid.source.text, 'the fix must change the text');
            assert.strictEqual(text, expected);
            const again = findingsOf(rule, { fileName: invalid.source.fileName, text }, invalid.kind, invalid.envKeys);
            const fixedPaths = findings.filter((f) => f.fix).map((f) => pathToString(f.path));
            const repeated = again.filter((f) => f.path && fixedPaths.includes(pathToString(f.path)));
            assert.strictEqual(repeated.length, 0, `the fix is not idempotent:\n${describeFindings(repeated, { fileName: '', text })}`);
          }
        });
      }
    });
  },
};
