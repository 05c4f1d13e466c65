// Try's parameters: what to ask for, from a tool's JSON Schema, and each typed answer checked and converted as typed.

/** The parts of a parameter's JSON Schema that Try checks as the user types. */
export interface ParameterSchema {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface Parameter {
  readonly name: string;
  readonly required: boolean;
  readonly schema: ParameterSchema;
}

/** The tool's parameters, required ones first, each in schema order. */
export function parametersOf(inputSchema: { properties?: Record<string, object>; required?: string[] }): Parameter[] {
  const required = new Set(inputSchema.required ?? []);
  const all = Object.entries(inputSchema.properties ?? {}).map(([name, schema]) => ({ name, required: required.has(name), schema: flattened(schema) }));
  return [...all.filter((p) => p.required), ...all.filter((p) => !p.required)];
}

/**
 * Two parameters sharing a name reach Try as `allOf` their schemas (see the runtime's compileAction): Try reads them
 * as one, the later part's keys winning, and the gateway still checks the value against each part.
 */
function flattened(schema: object): ParameterSchema {
  const { allOf, ...rest } = schema as { allOf?: unknown };
  if (!Array.isArray(allOf)) {
    return schema as ParameterSchema;
  }
  return Object.assign({}, ...allOf.filter((part): part is object => typeof part === 'object' && part !== null).map(flattened), rest) as ParameterSchema;
}

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/** Checks one typed answer against the parameter's schema; the value is converted to the schema's type. */
export function checkParameter(schema: ParameterSchema, text: string): Checked {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') {
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) {
      return { ok: false, message: `Type ${type === 'integer' ? 'a whole number' : 'a number'}.` };
    }
    if (schema.minimum !== undefined && value < schema.minimum) {
      return { ok: false, message: `At least ${schema.minimum}.` };
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      return { ok: false, message: `At most ${schema.maximum}.` };
    }
    return { ok: true, value };
  }
  if (type === 'boolean') {
    return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, message: 'Type true or false.' };
  }
  if (type === 'object' || type === 'array') {
    try {
      const value: unknown = JSON.parse(text);
      const isArray = Array.isArray(value);
      return (type === 'array') === isArray && typeof value === 'object' && value !== null ? { ok: true, value } : { ok: false, message: `Type a JSON ${type}.` };
    } catch {
      return { ok: false, message: `Type a JSON ${type}.` };
    }
  }
  if (schema.minLength !== undefined && text.length < schema.minLength) {
    return { ok: false, message: `At least ${schema.minLength} characters.` };
  }
  if (schema.maxLength !== undefined && text.length > schema.maxLength) {
    return { ok: false, message: `At most ${schema.maxLength} characters.` };
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(text)) {
    return { ok: false, message: `Must match ${schema.pattern}.` };
  }
  return { ok: true, value: text };
}

/** The lines that start an action (`- id: NAME` in YAML, `"id": "NAME"` in JSON), for the Try lenses. */
export function actionLines(text: string): Array<{ id: string; line: number }> {
  const found: Array<{ id: string; line: number }> = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^\s*-\s+id:\s*["']?([A-Za-z0-9_.-]+)["']?\s*(?:#.*)?$/.exec(line) ?? /^\s*"id"\s*:\s*"([A-Za-z0-9_.-]+)"/.exec(line);
    if (match?.[1]) {
      found.push({ id: match[1], line: index });
    }
  });
  return found;
}
