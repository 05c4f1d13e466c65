// Validates a parsed action definition file against schemas/actions.schema.json.

import schema from '../../../schemas/actions.schema.json';
import { createSchemaValidator } from './ajv-validator';
import type { SchemaViolation } from './schema-violation';

export type { SchemaViolation } from './schema-violation';

const validate = createSchemaValidator(schema, 'the action file');

/**
 * Every way `value` (the parsed YAML or JSON of an action file) breaks the schema: one readable violation per
 * path, sorted by path, empty when valid. Never throws; messages never contain values from the file.
 */
export function validateActionFile(value: unknown): SchemaViolation[] {
  return validate(value);
}
