// Measures `scaffold --all` on one spec file against the cheapest possible work on it: reading and JSON.parse.

import * as fs from 'fs';
import * as path from 'path';
import { loadOpenApi, type LoadedSpec } from '../../src/engine/openapi';
import { scaffoldActions } from '../../src/engine/scaffold';
import { medianMs } from './timing';

export interface ScaffoldMeasure {
  /** Read the file and JSON.parse it: the floor any tool pays. */
  readParseMs: number;
  /** Read, load and scaffold every operation to YAML text: `secure-actions scaffold --all` minus writing files. */
  scaffoldMs: number;
  /** Read, load and list the operations: what the wizard waits for before its pick step. */
  listMs: number;
  /** scaffoldMs / readParseMs. */
  ratio: number;
  operations: number;
}

const RUNS = 5;

function load(specPath: string): LoadedSpec {
  const result = loadOpenApi({ text: fs.readFileSync(specPath, 'utf8'), fileName: path.basename(specPath) });
  if (!result.ok) {
    throw new Error(`${specPath} does not load: ${result.problems.map((p) => p.message).join('; ')}`);
  }
  return result.spec;
}

/** Medians of RUNS warm runs each (see medianMs), all in this process. */
export function measureScaffold(specPath: string): ScaffoldMeasure {
  const readParseMs = medianMs(RUNS, () => JSON.parse(fs.readFileSync(specPath, 'utf8')));
  let operations = 0;
  const listMs = medianMs(RUNS, () => {
    operations = load(specPath).listOperations().length;
  });
  const scaffoldMs = medianMs(RUNS, () => scaffoldActions(load(specPath), { operations: 'all' }));
  return { readParseMs, scaffoldMs, listMs, ratio: scaffoldMs / readParseMs, operations };
}

if (require.main === module) {
  for (const specPath of process.argv.slice(2)) {
    const m = measureScaffold(specPath);
    console.log(`${path.basename(specPath)}: ${m.operations} operations; read+parse ${m.readParseMs.toFixed(0)} ms, `
      + `list ${m.listMs.toFixed(0)} ms, scaffold ${m.scaffoldMs.toFixed(0)} ms, ratio ${m.ratio.toFixed(2)}x`);
  }
}
