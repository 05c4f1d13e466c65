// Argument validation errors as one line a model can act on (paths and rules, never the values it sent).

import type { ErrorObject } from 'ajv';

export function describeArgumentErrors(errors: readonly ErrorObject[] | null | undefined): string {
  const parts = (errors ?? []).slice(0, 5).map((error) => {
    const where = error.instancePath === '' ? 'arguments' : error.instancePath.slice(1).replaceAll('/', '.');
    const extra = error.keyword === 'additionalProperties' ? ` ('${String((error.params as { additionalProperty: string }).additionalProperty)}')` : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
  });
  return `invalid arguments: ${parts.join('; ')}`;
}
