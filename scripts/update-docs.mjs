// Regenerates what is derived from the rule registry: the rules block of README.md and the per-rule severity
// settings in schemas/config.schema.json (run `npm run compile` first; `npm run docs` does both). Meta tests fail when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RULES } = require('../out/src/engine/rules/index.js');
const { renderRulesMarkdown, RULES_BLOCK_START, RULES_BLOCK_END } = require('../out/src/engine/rules/docs-markdown.js');
const { docsUrl } = require('../out/src/engine/rules/docs-url.js');

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(RULES_BLOCK_START);
const end = readme.indexOf(RULES_BLOCK_END);
if (start === -1 || end === -1) {
  console.error('README.md has no rules block markers.');
  process.exit(1);
}
writeFileSync('README.md', readme.slice(0, start) + renderRulesMarkdown(RULES) + readme.slice(end + RULES_BLOCK_END.length));

const schemaFile = 'schemas/config.schema.json';
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
schema.properties.rules.properties = Object.fromEntries(RULES.map((rule) => [rule.id, {
  $ref: '#/definitions/severity',
  description: `${rule.title}. Default: ${rule.severity}.`,
  markdownDescription: `**${rule.title}** (default: ${rule.severity}). ${rule.why} [Documentation](${docsUrl(rule.id)})`,
  default: rule.severity,
}]));
writeFileSync(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`README.md and ${schemaFile}: ${RULES.length} rules.`);
