// Large files: what the size limits in file-not-analysed cost, against reading the same text line by line.

import { MAX_DEFINITION_LENGTH, lint } from '../../src/engine';
import { actionFile, sourceFile } from './generate';
import { medianMs, row } from './timing';

const MB = 1024 * 1024;
const PLANTED = `sk_live_${'Zq8Xw2Lm5Vb9Nt4Rk7Ps3Hd6Gf1Jc0Ya'}`;

/** Up to `bytes` of text: `head`, then whole `piece(i)`s, with `leak` (a literal key) in the middle. */
function grow(bytes: number, head: string, piece: (i: number) => string, leak: string): string {
  const parts: string[] = [head];
  let size = head.length + leak.length;
  let leaked = false;
  for (let i = 0; ; i++) {
    if (size > bytes / 2 && !leaked) {
      parts.push(leak);
      leaked = true;
    }
    const text = piece(i);
    if (size + text.length > bytes) {
      return parts.join('');
    }
    parts.push(text);
    size += text.length;
  }
}

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function benchLargeFiles(): void {
  const actions = actionFile(7, 300).split('\nactions:\n');
  const head = `${actions[0] ?? ''}\nactions:\n`;
  const body = actions[1] ?? '';
  const definition = (bytes: number): string => grow(bytes, head, (i) => body.replace(/id: (\w+)/g, `id: $1x${i}`), `  - id: planted\n    description: x\n    method: GET\n    path: /x\n    headers: { X-Api-Key: "${PLANTED}" }\n`);
  const script = (bytes: number): string => grow(bytes, '', (i) => sourceFile(i * 5 + 1, 200).text, `const planted = "${PLANTED}";\n`);
  console.log(`\nLarge files (one run after a warm-up; the baseline is splitting the same text into lines; limits: definitions ${MAX_DEFINITION_LENGTH / MB} MB)`);
  for (const [label, text, kind] of [
    ['bot script, 20 MB (secret scan)', script(20 * MB), 'source'],
    [`action definition, ${MAX_DEFINITION_LENGTH / MB} MB, dense (every rule)`, definition(MAX_DEFINITION_LENGTH - 1024), 'action'],
    ['action definition, 20 MB, dense (secret scan only)', definition(20 * MB), 'action'],
  ] as const) {
    const bare = medianMs(1, () => text.split('\n'));
    let found = false;
    const engine = medianMs(1, () => {
      found = lint({ text, fileName: kind === 'action' ? 'big.actions.yaml' : 'big.js', kind }).findings.some((f) => f.ruleId === 'hardcoded-secret' || f.ruleId === 'secret-literal-in-auth');
    });
    const cpu = cpuMs(() => lint({ text, fileName: kind === 'action' ? 'big.actions.yaml' : 'big.js', kind }));
    console.log(row(label, `${engine.toFixed(0)} ms`, `${(engine / bare).toFixed(0)}x the line split; ${(cpu / (text.length / MB)).toFixed(0)} ms CPU per MB; planted key ${found ? 'found' : 'MISSED'}`));
  }
}
