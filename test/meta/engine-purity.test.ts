// The dependency-direction guard: the engine never touches vscode, the file system, processes or the environment.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../helpers/fixtures';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

const FORBIDDEN = [
  { what: 'vscode', pattern: /from ['"]vscode['"]|require\(['"]vscode['"]\)/ },
  { what: 'fs', pattern: /from ['"](node:)?fs(\/promises)?['"]|require\(['"](node:)?fs['"]\)/ },
  { what: 'child_process', pattern: /['"](node:)?child_process['"]/ },
  { what: 'path', pattern: /from ['"](node:)?path['"]/ },
  { what: 'process.env', pattern: /process\.env/ },
];

describe('engine purity', () => {
  it('has no engine module importing vscode, fs, child_process or path, or reading process.env', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(PROJECT_ROOT, 'src/engine'))) {
      const text = fs.readFileSync(file, 'utf8');
      // Code that writes `process.env.NAME` into a user's file is fine: look at code outside string literals.
      const code = text.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (literal) => (/^['"](node:)?(fs|path|vscode|child_process)/.test(literal) ? literal : "''"));
      for (const { what, pattern } of FORBIDDEN) {
        if (pattern.test(code)) {
          offenders.push(`${path.relative(PROJECT_ROOT, file)} uses ${what}`);
        }
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('keeps the CLI and the extension apart', () => {
    const cross = [
      ...sourceFiles(path.join(PROJECT_ROOT, 'src/cli')).filter((f) => /from ['"][./]*extension\//.test(fs.readFileSync(f, 'utf8'))),
      ...(fs.existsSync(path.join(PROJECT_ROOT, 'src/extension')) ? sourceFiles(path.join(PROJECT_ROOT, 'src/extension')) : [])
        .filter((f) => /from ['"][./]*cli\//.test(fs.readFileSync(f, 'utf8'))),
    ];
    assert.deepStrictEqual(cross.map((f) => path.relative(PROJECT_ROOT, f)), []);
  });
});
