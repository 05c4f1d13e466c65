// An action's parameters as one JSON Schema object: the tool input a model fills in (OpenAI tools, MCP inputSchema).

import type { ExportAction, ExportParameter, JsonObject } from './types';

/** What an input schema needs of a parameter (an export's parameter, or the gateway's). */
export type InputParameter = Pick<ExportParameter, 'name' | 'required' | 'description' | 'schema'>;

/**
 * `{type: object, properties, required, additionalProperties: false}` with each parameter's own schema and its
 * description; where the location matters (path, query, header, body) is the caller's business, not the model's.
 * Two parameters may share a name (a path `username` and a body field `username`, as scaffolds of real specs write):
 * one argument fills both, so it must pass both schemas (`allOf`), not only the last one declared.
 */
export function toInputSchema(parameters: readonly InputParameter[]): JsonObject {
  const properties: Record<string, JsonObject> = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    const schema = withDescription(parameter.schema, parameter.description);
    const earlier = Object.hasOwn(properties, parameter.name) ? properties[parameter.name] : undefined;
    // defineProperty, so that a parameter named `__proto__` is a property like any other, not the prototype.
    Object.defineProperty(properties, parameter.name, { value: earlier ? { allOf: [earlier, schema] } : schema, enumerable: true, writable: true, configurable: true });
    if (parameter.required && !required.includes(parameter.name)) {
      required.push(parameter.name);
    }
  }
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  };
}

/**
 * The schema with the parameter's description added (a description in the schema itself wins), and without `x-`
 * extension keys: they are notes for the file's own tooling, not for a model or another API client.
 */
export function withDescription(schema: JsonObject, description: string | undefined): JsonObject {
  const clean = withoutExtensions(schema);
  return description !== undefined && clean.description === undefined ? { ...clean, description } : clean;
}

function withoutExtensions(schema: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-')) {
      continue;
    }
    result[key] = key === 'items' && typeof value === 'object' && value !== null && !Array.isArray(value) ? withoutExtensions(value as JsonObject) : value;
  }
  return result;
}

/** Names used by more than one parameter of the action: the model's input cannot tell them apart. */
export function duplicateParameterNames(action: ExportAction): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { name } of action.parameters) {
    (seen.has(name) ? duplicates : seen).add(name);
  }
  return [...duplicates];
}
