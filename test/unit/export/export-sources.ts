// The real action files the export tests run on: the examples, every schema-valid fixture, and scaffolds of the corpus specs.

import * as fs from 'fs';
import * as path from 'path';
import { scaffoldActions, validateActionFile } from '../../../src/engine';
import { parseDocumentText } from '../../../src/engine/parse';
import { FIXTURES_DIR, PROJECT_ROOT } from '../../helpers/fixtures';
import { CORPUS_SPECS, corpusSpec } from '../scaffold/scaffold-helpers';

export interface ActionSource {
  /** Where it came from, for test names. */
  label: string;
  fileName: string;
  text: string;
}

const ACTION_FILE = /\.actions\.(ya?ml|json)$|\.(ya?ml|json)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && ACTION_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function isSchemaValid(fileName: string, text: string): boolean {
  const doc = parseDocumentText(fileName, text);
  return doc.syntaxProblems.length === 0 && validateActionFile(doc.value).length === 0;
}

/** The example workspace's action files and every fixture that is a schema-valid action file (the others are refused). */
export function repositoryActionFiles(): ActionSource[] {
  const files = [...filesUnder(path.join(PROJECT_ROOT, 'examples')).filter((file) => /\.actions\./.test(file)), ...filesUnder(FIXTURES_DIR)];
  return files
    .map((file) => ({ label: path.relative(PROJECT_ROOT, file), fileName: path.basename(file), text: fs.readFileSync(file, 'utf8') }))
    .filter((source) => isSchemaValid(source.fileName, source.text));
}

/** Action files scaffolded from the real specs in ../shared/corpus/openapi: every operation, each auth scheme, a base URL from the environment. */
export function scaffoldedActionFiles(): ActionSource[] {
  const sources: ActionSource[] = [];
  for (const file of CORPUS_SPECS) {
    const spec = corpusSpec(file);
    const variants: Array<[string, Parameters<typeof scaffoldActions>[1]]> = [
      ['default', {}],
      ['every operation', { operations: spec.listOperations().map((op) => op.key) }],
      ['base URL from env', { server: { fromEnv: true } }],
      ...spec.securitySchemes.map((scheme): [string, Parameters<typeof scaffoldActions>[1]] => [`auth ${scheme.name}`, { auth: scheme.name }]),
    ];
    for (const [variant, options] of variants) {
      const result = scaffoldActions(spec, options);
      sources.push({ label: `${file} (${variant})`, fileName: result.fileName, text: result.text });
    }
  }
  return sources;
}
