// Validates a parsed workspace config file (.secure-actions.json) against schemas/config.schema.json.

import schema from '../../../schemas/config.schema.json';
import { createSchemaValidator } from './ajv-validator';
import type { SchemaViolation } from './schema-violation';

const validate = createSchemaValidator(schema, 'the config file');

/** As validateActionFile, for the parsed `.secure-actions.json`: one readable violation per path; never throws. */
export function validateConfig(value: unknown): SchemaViolation[] {
  return validate(value);
}
