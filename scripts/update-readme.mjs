// Regenerates the rules block of README.md from the compiled registry (run `npm run compile` first; `npm run docs` does both).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../out/src/engine/rules/index.js');
const { renderRulesMarkdown, RULES_BLOCK_START, RULES_BLOCK_END } = require('../out/src/engine/rules/docs-markdown.js');

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(RULES_BLOCK_START);
const end = readme.indexOf(RULES_BLOCK_END);
if (start === -1 || end === -1) {
  console.error('README.md has no rules block markers.');
  process.exit(1);
}
writeFileSync('README.md', readme.slice(0, start) + renderRulesMarkdown(RULES) + readme.slice(end + RULES_BLOCK_END.length));
console.log(`README.md: ${RULES.length} rules documented.`);
