import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG, lint } from '../../../src/engine';
import { RULES } from '../../../src/engine/rules';
import { FIXTURES_DIR } from '../../helpers/fixtures';

/** Every action definition among the rule fixtures (valid and invalid), the files the rules were written against. */
function actionFixtures(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (/\.actions\.(ya?ml|json)$/.test(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(FIXTURES_DIR);
  return files;
}

describe('lint: errorsOnly (serve\'s start-up check)', () => {
  const files = actionFixtures();

  it('finds exactly the error findings a full lint finds, on every action fixture', () => {
    assert.ok(files.length > 50, `only ${files.length} fixtures found`);
    let errors = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const errorsOf = (errorsOnly: boolean): string[] => lint({ text, fileName: file, kind: 'action', errorsOnly }).findings
        .filter((finding) => finding.severity === 'error')
        .map((finding) => `${finding.ruleId}@${finding.range.start}: ${finding.message}`);
      const full = errorsOf(false);
      assert.deepStrictEqual(errorsOf(true), full, path.relative(FIXTURES_DIR, file));
      errors += full.length;
    }
    assert.ok(errors > 20, 'the fixtures hold error findings to compare');
  });

  it('runs a rule raised to error by the configuration, and skips one lowered below it', () => {
    const file = path.join(FIXTURES_DIR, 'action-description-missing');
    const fixture = actionFixtures().find((candidate) => candidate.startsWith(file) && candidate.includes('invalid'));
    assert.ok(fixture);
    const text = fs.readFileSync(fixture, 'utf8');
    const raised = lint({ text, fileName: fixture, kind: 'action', errorsOnly: true, config: { ...DEFAULT_CONFIG, rules: { 'action-description-missing': 'error' } } });
    assert.ok(raised.findings.some((finding) => finding.ruleId === 'action-description-missing' && finding.severity === 'error'));
    const errorRule = RULES.find((rule) => rule.severity === 'error' && rule.appliesTo.includes('action'));
    assert.ok(errorRule);
    const lowered = lint({ text, fileName: fixture, kind: 'action', errorsOnly: true, config: { ...DEFAULT_CONFIG, rules: { [errorRule.id]: 'warning' } } });
    assert.ok(!lowered.findings.some((finding) => finding.ruleId === errorRule.id));
  });
});
