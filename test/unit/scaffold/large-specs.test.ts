import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { loadOpenApi } from '../../../src/engine/openapi';
import { scaffoldActions } from '../../../src/engine/scaffold';
import { PROJECT_ROOT } from '../../helpers/fixtures';
import type { ActionDocument } from './scaffold-helpers';

const SPECS: Array<{ name: string; title: string; operations: number }> = [
  { name: 'github', title: 'GitHub', operations: 1223 },
  { name: 'kubernetes', title: 'Kubernetes', operations: 1014 },
];

describe('scaffold on large real specs (fetched by scripts/fetch-large-specs.mjs)', function () {
  // The first run downloads about 30 MB from npm; later runs reuse the cache.
  this.timeout(300000);
  let paths: Record<string, string> | undefined;
  let failure = '';

  before(() => {
    const fetched = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'fetch-large-specs.mjs'), '--print-json'], { encoding: 'utf8' });
    if (fetched.status === 0) {
      paths = JSON.parse(fetched.stdout) as Record<string, string>;
    } else {
      failure = (fetched.stderr || String(fetched.error)).trim();
    }
  });

  for (const spec of SPECS) {
    it(`lists ${spec.title}'s ${spec.operations} operations within a second and scaffolds them to YAML that reads back`, function () {
      if (paths?.[spec.name] === undefined) {
        console.warn(`    skipped: the large specs could not be fetched (${failure})`);
        this.skip();
      }
      const specPath = paths[spec.name] as string;
      const start = process.hrtime.bigint();
      const loaded = loadOpenApi({ text: fs.readFileSync(specPath, 'utf8'), fileName: path.basename(specPath) });
      assert.ok(loaded.ok, JSON.stringify(loaded.problems.slice(0, 3)));
      const operations = loaded.spec.listOperations();
      const listMs = Number(process.hrtime.bigint() - start) / 1e6;
      assert.strictEqual(operations.length, spec.operations);
      assert.ok(listMs < 1000, `listing took ${listMs.toFixed(0)} ms`);

      const result = scaffoldActions(loaded.spec, { operations: 'all' });
      assert.strictEqual(result.actions.length + result.skipped.length, spec.operations);
      assert.ok(result.actions.length > spec.operations * 0.8, String(result.actions.length));
      const doc = parse(result.text) as ActionDocument;
      assert.strictEqual(doc.actions.length, result.actions.length);
      assert.strictEqual(new Set(doc.actions.map((a) => a.id)).size, doc.actions.length);
      assert.ok(doc.actions.every((a) => a.audit && (a.method !== 'DELETE' || a.confirm)));
      assert.notStrictEqual(doc.connection.auth.type, 'none');
    });
  }
});
