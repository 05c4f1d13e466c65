// The js-yaml fast path must build the same positioned tree as the yaml package, or decline.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DocNode } from '../../../src/engine/parse';
import { parseDocumentText } from '../../../src/engine/parse';
import { parseYaml } from '../../../src/engine/parse/parse-yaml';
import { parseYamlFast } from '../../../src/engine/parse/parse-yaml-fast';
import { actionFile } from '../../bench/generate';
import { CORPUS_DIR, PROJECT_ROOT } from '../../helpers/fixtures';

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? (entry.name === 'node_modules' ? [] : yamlFiles(full)) : /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

/** The first difference between two trees, or undefined. Block collections may end before trailing blanks or comments. */
function difference(fast: DocNode, full: DocNode, where: string, text: string): string | undefined {
  const blankBetween = (a: number, b: number): boolean => /^(\s|#[^\n]*)*$/.test(text.slice(Math.min(a, b), Math.max(a, b)));
  if (fast.kind !== full.kind) {
    return `${where}: ${fast.kind} vs ${full.kind}`;
  }
  const endMatches = fast.range.end === full.range.end || (fast.kind !== 'scalar' && !fast.flow && blankBetween(fast.range.end, full.range.end));
  if (fast.range.start !== full.range.start || !endMatches) {
    return `${where}: range ${JSON.stringify(fast.range)} vs ${JSON.stringify(full.range)}`;
  }
  if (fast.kind !== 'scalar' && fast.flow !== full.flow) {
    return `${where}: flow ${fast.flow} vs ${full.flow}`;
  }
  if (fast.kind === 'scalar' && JSON.stringify(fast.scalar) !== JSON.stringify(full.scalar)) {
    return `${where}: ${JSON.stringify(fast.scalar)} vs ${JSON.stringify(full.scalar)}`;
  }
  const fastEntries = fast.entries ?? [];
  const fullEntries = full.entries ?? [];
  if (fastEntries.length !== fullEntries.length || (fast.items ?? []).length !== (full.items ?? []).length) {
    return `${where}: different number of children`;
  }
  for (const [i, entry] of fastEntries.entries()) {
    const other = fullEntries[i];
    if (!other || entry.key !== other.key || entry.keyRange.start !== other.keyRange.start || entry.keyRange.end !== other.keyRange.end) {
      return `${where}: key ${entry.key} at ${JSON.stringify(entry.keyRange)}`;
    }
    const inner = difference(entry.node, other.node, `${where}.${entry.key}`, text);
    if (inner) {
      return inner;
    }
  }
  for (const [i, item] of (fast.items ?? []).entries()) {
    const inner = difference(item, full.items?.[i] as DocNode, `${where}[${i}]`, text);
    if (inner) {
      return inner;
    }
  }
  return undefined;
}

describe('parseYamlFast', () => {
  const inputs = [
    ...[...yamlFiles(path.join(PROJECT_ROOT, 'test')), ...yamlFiles(path.join(PROJECT_ROOT, 'examples')), ...yamlFiles(path.join(CORPUS_DIR, 'openapi'))]
      .map((file) => ({ name: path.relative(PROJECT_ROOT, file), text: fs.readFileSync(file, 'utf8') })),
    { name: 'a generated 2,000-line action file', text: actionFile(4242, 118) },
  ];

  it(`builds the same tree and value as the yaml package on every YAML file here (${inputs.length} files), or declines`, () => {
    let compared = 0;
    for (const { name, text } of inputs) {
      const fast = parseYamlFast(name, text);
      if (!fast) {
        continue;
      }
      const full = parseYaml(name, text);
      assert.deepStrictEqual(full.syntaxProblems, [], `${name}: the fast path accepted a file with syntax errors`);
      assert.strictEqual(difference(fast.root as DocNode, full.root as DocNode, '$', text), undefined, name);
      assert.deepStrictEqual(fast.value, full.value, `${name}: value`);
      compared++;
    }
    assert.ok(compared > inputs.length * 0.9, `only ${compared} of ${inputs.length} files took the fast path`);
  });

  it('declines broken YAML, so the yaml package reports it with its position', () => {
    const broken = 'version: 1\nconnection:\n  name: [unclosed\nactions: []\n';
    assert.strictEqual(parseYamlFast('a.actions.yaml', broken), undefined);
    assert.ok(parseDocumentText('a.actions.yaml', broken).syntaxProblems.length > 0);
  });

  it('declines anchors, aliases, merge keys, tags, block scalars, duplicate keys and empty files', () => {
    const declined = [
      'defaults: &limits { requests: 60, per: minute }\nrateLimit: *limits\n',
      'base: { a: 1 }\nother:\n  <<: { b: 2 }\n',
      'version: !!int 1\n',
      'description: |\n  two\n  lines\n',
      'description: >-\n  folded\n',
      'a: 1\na: 2\n',
      '',
      '# only a comment\n',
      'list: [a, *ref]\n',
      'list:\n  - &first one\n  - two\n',
      'map: {a: !!str 1}\n',
    ];
    for (const text of declined) {
      assert.strictEqual(parseYamlFast('x.actions.yaml', text), undefined, JSON.stringify(text));
      assert.ok(parseDocumentText('x.actions.yaml', text), 'the yaml package still parses it');
    }
  });

  it('takes "[!NOTE]" and "*" inside a plain or quoted scalar as text, not as a tag or alias (GitHub\'s descriptions)', () => {
    const text = 'description: Start a task. [!NOTE] This is *in preview*, a & b\nother: \'List tasks. [!WARNING] x\'\n';
    const fast = parseYamlFast('x.actions.yaml', text);
    assert.ok(fast, 'the fast path parses it');
    assert.deepStrictEqual(fast.value, parseYaml('y.actions.yaml', text).value, 'the same value as the yaml package');
    assert.strictEqual((fast.value as { description: string }).description, 'Start a task. [!NOTE] This is *in preview*, a & b');
  });

  it('keeps dates and numbers-looking strings as the yaml package does (core schema, no timestamps)', () => {
    const text = 'released: 2024-01-31\nversion: 1\nzip: "01234"\nflag: yes\n';
    assert.deepStrictEqual(parseYamlFast('x.yaml', text)?.value, parseYaml('x.yaml', text).value);
  });
});
