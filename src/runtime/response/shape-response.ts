// Turns an upstream answer into what the bot gets: JSON filtered by the allowlist and masked; known secrets redacted
// from the text first; a body that is not JSON passed as text only where no allowlist is declared.

import type { UpstreamResponse } from '../request/send';
import { filterFields } from './filter-fields';
import type { FieldTree } from './field-tree';
import { maskFields } from './mask-fields';

export interface ResponseShape {
  fields: FieldTree | undefined;
  mask: FieldTree;
}

export interface ShapedResponse {
  data?: unknown;
  dropped: string[];
  masked: string[];
}

export const REDACTED = '[redacted]';
const NON_JSON_BODY = '(body: not JSON)';

export function shapeResponse(response: UpstreamResponse, shape: ResponseShape, secrets: ReadonlySet<string>): ShapedResponse {
  if (response.body.length === 0) {
    return { dropped: [], masked: [] };
  }
  const text = redact(response.body.toString('utf8'), secrets);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return shape.fields ? { dropped: [NON_JSON_BODY], masked: [] } : { data: text, dropped: [], masked: [] };
  }
  const dropped = new Set<string>();
  const masked = new Set<string>();
  const data = maskFields(filterFields(parsed, shape.fields, dropped), shape.mask, masked);
  return { data, dropped: [...dropped], masked: [...masked] };
}

/** Replaces every known secret (as plain text or JSON-escaped) with a marker. */
export function redact(text: string, secrets: ReadonlySet<string>): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length < 4) {
      continue;
    }
    if (result.includes(secret)) {
      result = result.replaceAll(secret, REDACTED);
    }
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret && result.includes(escaped)) {
      result = result.replaceAll(escaped, REDACTED);
    }
  }
  return result;
}
