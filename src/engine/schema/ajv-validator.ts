// Compiles the bundled JSON Schemas with one shared ajv instance, lazily, into never-throwing validators.

import Ajv, { type AnySchemaObject, type ValidateFunction } from 'ajv';
import type { SchemaViolation } from './schema-violation';
import { toViolations } from './to-violations';

// Annotations VS Code's JSON language service and the YAML extension read; ajv must accept them in strict mode.
const EDITOR_KEYWORDS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'patternErrorMessage', 'errorMessage'];

let shared: Ajv | undefined;

function sharedAjv(): Ajv {
  if (!shared) {
    // verbose: the converter reads `parentSchema` (known property names, patternErrorMessage) and `data`.
    shared = new Ajv({ allErrors: true, verbose: true });
    shared.addVocabulary(EDITOR_KEYWORDS);
  }
  return shared;
}

/**
 * A validator for `schema` that compiles it on first use and never throws on any input: a value it cannot
 * walk (nested too deeply, or cyclic through YAML aliases) yields one violation at the root.
 */
export function createSchemaValidator(schema: AnySchemaObject, rootLabel: string): (value: unknown) => SchemaViolation[] {
  let compiled: ValidateFunction | undefined;
  return (value) => {
    compiled ??= sharedAjv().compile(schema);
    try {
      return compiled(value) ? [] : toViolations(compiled.errors ?? [], value, rootLabel);
    } catch {
      return [{ path: [], onKey: false, message: `${rootLabel} could not be validated: it is nested too deeply or refers to itself` }];
    }
  };
}
