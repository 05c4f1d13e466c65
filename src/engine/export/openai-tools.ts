// Actions as OpenAI-style function tools: `[{"type": "function", "function": {name, description, parameters, strict}}]`.

import { duplicateParameterNames, toInputSchema } from './input-schema';
import type { ExportDefinition, ExportResult, JsonObject } from './types';

/** OpenAI's documented rule for a function name: a-z, A-Z, 0-9, `_` and `-`, at most 64 characters. */
const FUNCTION_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * One function tool per action, named by its id. `strict` is false on purpose: strict mode needs every property in
 * `required` (optional ones as `null` unions, which the gateway would reject as a wrong type) and ignores keywords
 * such as `maxLength`; the non-strict schema keeps every bound the file declares, and the gateway enforces them anyway.
 */
export function toOpenAiTools(definition: ExportDefinition): ExportResult {
  const problems = definition.actions.flatMap((action) => [
    ...(FUNCTION_NAME.test(action.id) ? [] : [{ message: `action "${action.id.slice(0, 80)}": an OpenAI function name has at most 64 letters, digits, "_" or "-".` }]),
    ...duplicateParameterNames(action).map((name) => ({ message: `action "${action.id}": two parameters are named "${name}"; a tool's arguments cannot tell them apart.` })),
  ]);
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const tools = definition.actions.map((action) => {
    const fn: JsonObject = { name: action.id };
    if (action.description !== undefined) {
      fn.description = action.description;
    }
    fn.parameters = toInputSchema(action.parameters);
    fn.strict = false;
    return { type: 'function', function: fn };
  });
  return { ok: true, text: `${JSON.stringify(tools, null, 2)}\n`, warnings: [] };
}
