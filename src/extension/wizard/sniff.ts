// Tells an OpenAPI file from other YAML/JSON by its first bytes, without parsing it.

/** `openapi: 3.1.0` or `"swagger": "2.0"` as a key at a line start or right after `{` / `,` (YAML or JSON). */
const DECLARATION = /(?:^|[{,])\s*["']?(openapi|swagger)["']?\s*:\s*["']?(\d+(?:\.\d+)*)/m;

/** `OpenAPI 3.1.0` / `Swagger 2.0` when `head` (a file's first 2 KB) declares it, else undefined. */
export function sniffVersion(head: string): string | undefined {
  const match = DECLARATION.exec(head);
  return match ? `${match[1] === 'swagger' ? 'Swagger' : 'OpenAPI'} ${match[2] as string}` : undefined;
}
