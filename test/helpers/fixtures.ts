// Loads test fixtures from the source tree (tests run from out/, fixtures stay in test/fixtures).

import * as fs from 'fs';
import * as path from 'path';

export const PROJECT_ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'fixtures');
/** ../shared/corpus beside the project (read-only real material). */
export const CORPUS_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

export interface Fixture {
  fileName: string;
  text: string;
}

/** Inline source for a case, e.g. `inline('a.actions.yaml', 'version: 1')`. */
export function inline(fileName: string, text: string): Fixture {
  return { fileName, text };
}

export function fixture(relativePath: string): Fixture {
  const file = path.join(FIXTURES_DIR, relativePath);
  return { fileName: relativePath, text: fs.readFileSync(file, 'utf8') };
}

/** Every fixture file in a folder (sorted), or [] when the folder does not exist. */
export function fixturesIn(relativeDir: string, pattern = /\.(ya?ml|json)$/): Fixture[] {
  const dir = path.join(FIXTURES_DIR, relativeDir);
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs.readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => fixture(path.posix.join(relativeDir, name)));
}
