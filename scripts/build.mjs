// Bundles the extension and the CLI with esbuild. The CLI bundle does NOT mark `vscode` external, so a stray
// vscode import reaching the engine or the CLI fails this build (the dependency-direction guard).
import * as esbuild from 'esbuild';
import { chmodSync, statSync, writeFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');
// --types also writes dist/runtime.d.ts (one self-contained file, ~6 s): for `prepare`, packaging and the test of it.
const types = process.argv.includes('--types');
// mainFields: prefer ES modules; jsonc-parser's UMD build requires its parts by computed paths esbuild cannot follow.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], minify, sourcemap: !minify, logLevel: 'warning' };

const targets = [
  { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The engine's worker threads (src/lint-worker): the extension's pool finds it beside dist/extension.js.
  { ...common, entryPoints: ['src/lint-worker/lint-worker.ts'], outfile: 'dist/lint-worker.js' },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // `secure-actions/runtime`: the gateway as a library for a bot's own Node code.
  { ...common, entryPoints: ['src/runtime/index.ts'], outfile: 'dist/runtime.js' },
];

if (watch) {
  for (const options of targets) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching src/ ...');
} else {
  await Promise.all(targets.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
  for (const { outfile } of targets) {
    console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(0)} KB`);
  }
  if (types) {
    await writeRuntimeTypes('dist/runtime.d.ts');
  }
}

async function writeRuntimeTypes(outfile) {
  const { generateDtsBundle } = await import('dts-bundle-generator');
  const [text] = generateDtsBundle([{ filePath: 'src/runtime/index.ts', output: { noBanner: true } }], { preferredConfigPath: 'scripts/tsconfig.runtime-types.json' });
  writeFileSync(outfile, text);
  console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(0)} KB`);
}
