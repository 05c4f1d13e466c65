// The export's shared types: the targets, the definition as the exporters read it, and the result union.

/** Where an action file is exported to (the CLI's `--to` values). */
export const EXPORT_TARGETS = ['vscode-mcp', 'claude-code-mcp', 'openai-tools', 'openapi'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export function isExportTarget(value: string): value is ExportTarget {
  return (EXPORT_TARGETS as readonly string[]).includes(value);
}

/** A plain JSON object (already checked against schemas/actions.schema.json). */
export type JsonObject = Record<string, unknown>;

export interface ExportParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'body';
  required: boolean;
  description?: string;
  schema: JsonObject;
}

export interface ExportAction {
  id: string;
  description?: string;
  method: string;
  path: string;
  confirm: boolean;
  parameters: ExportParameter[];
  /** `response.fields`; undefined when the action has no allowlist. */
  fields?: string[];
  mask: string[];
}

/** The parts of an action definition an export may show: never a credential value. */
export interface ExportDefinition {
  connectionName: string;
  baseUrl: string;
  /** The auth object without its secret values (type, in, name, flow, URLs, scopes). */
  auth: ExportAuth;
  actions: ExportAction[];
}

export type ExportAuth =
  | { type: 'none' }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'basic' }
  | { type: 'bearer' }
  | { type: 'oauth2'; flow: string; tokenUrl?: string; authorizationUrl?: string; openIdConnectUrl?: string; scopes: string[] };

/** Why an export could not be made (a message that never holds a value from the file). */
export interface ExportProblem {
  message: string;
}

export type ExportResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; problems: ExportProblem[] };
