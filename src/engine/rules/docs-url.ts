// Where a rule's documentation lives: its section in the README (the meta test checks every section exists).

export const DOCS_BASE = 'https://github.com/secure-actions/secure-actions/blob/main/README.md';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}#${ruleId}`;
}
