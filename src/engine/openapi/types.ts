// The loader's normalized model: one shape for Swagger 2.0, OpenAPI 3.0 and 3.1 documents.

/** Something wrong with a spec. Never fatal by itself unless the load result says `ok: false`. */
export interface SpecProblem {
  message: string;
  /** The file the problem is in, as the loader names it (normalized posix path). */
  file: string;
  /** 1-based, when known. */
  line?: number;
  /** 1-based, when known. */
  column?: number;
  /** JSON pointer to the offending node, when known (e.g. `/paths/~1pets/get/responses`). */
  pointer?: string;
}

export type SpecVersion = '2.0' | '3.0' | '3.1';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH';

export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A property of an object schema. */
export interface SchemaProperty {
  name: string;
  required: boolean;
  schema: SchemaInfo;
}

/**
 * A schema reduced to what scaffolding and risk checks need. Finite by construction: nested schemas stop at the
 * depth the caller asked for, and a cyclic `$ref` stops where it repeats (`truncated: true`).
 * Exclusive bounds use the JSON Schema 2020 numeric form in every version.
 */
export interface SchemaInfo {
  type?: SchemaType;
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: SchemaInfo;
  minItems?: number;
  maxItems?: number;
  properties?: SchemaProperty[];
  default?: unknown;
  description?: string;
  readOnly?: boolean;
  writeOnly?: boolean;
  /** Nested content was cut at the depth bound or at a repeating `$ref`. */
  truncated?: boolean;
}

export interface ServerInfo {
  /** The URL with every `{variable}` replaced by its default (may be relative, e.g. `/v2`). */
  url: string;
  description?: string;
}

export type OAuthFlowKind = 'implicit' | 'password' | 'clientCredentials' | 'authorizationCode';

export interface OAuthFlowInfo {
  flow: OAuthFlowKind;
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: string[];
}

interface SchemeBase {
  /** The key under `securitySchemes` / `securityDefinitions`. */
  name: string;
  description?: string;
}

export type SecuritySchemeInfo =
  | (SchemeBase & { kind: 'apiKey'; in: 'header' | 'query' | 'cookie'; paramName: string })
  | (SchemeBase & { kind: 'http'; scheme: string; bearerFormat?: string })
  | (SchemeBase & { kind: 'oauth2'; flows: OAuthFlowInfo[] })
  | (SchemeBase & { kind: 'openIdConnect'; openIdConnectUrl: string })
  | (SchemeBase & { kind: 'unsupported'; type: string });

/** One alternative of a `security` list: every scheme named here is needed together, with these scopes. */
export type SecurityRequirement = Record<string, string[]>;

/** What listing needs: cheap to build, no schema is dereferenced. */
export interface OperationSummary {
  /** Stable and unique within the spec: the operationId when it is present and unique, else `METHOD /path`. */
  key: string;
  operationId?: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  summary?: string;
  description?: string;
  deprecated: boolean;
  /** Effective requirements (the operation's own, else the document's); `undefined` = none declared anywhere. */
  security?: SecurityRequirement[];
  /** Names of the operation's parameters (path-level included), body properties excluded. */
  parameterNames: string[];
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterInfo {
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  description?: string;
  schema: SchemaInfo;
}

export interface RequestBodyInfo {
  contentType: string;
  required: boolean;
  description?: string;
  schema: SchemaInfo;
}

export interface ResponseInfo {
  /** The status code as written in the spec (`200`, `2XX`). */
  status: string;
  contentType?: string;
  /** Absent when the response has no body. */
  schema?: SchemaInfo;
}

/** An operation with its parameters, body and success response resolved (lazily, on request). */
export interface OperationDetail extends OperationSummary {
  parameters: ParameterInfo[];
  requestBody?: RequestBodyInfo;
  successResponse?: ResponseInfo;
}

export interface OperationDetailResult {
  operation: OperationDetail;
  /** What could not be resolved for this operation (missing `$ref`s, refused files...). */
  problems: SpecProblem[];
}

/** How many levels of object properties to resolve (array items do not count); parameters resolve their own schema. */
export interface DetailOptions {
  /** For the request body. Default 1: its top-level properties. */
  bodyDepth?: number;
  /** For the success response. Default 2: top-level fields and one nested level. */
  responseDepth?: number;
}

/** A successfully loaded spec. `$ref`s are resolved only when `getOperation` needs them. */
export interface LoadedSpec {
  fileName: string;
  version: SpecVersion;
  /** e.g. `Swagger 2.0`, `OpenAPI 3.1.0`. */
  versionLabel: string;
  title: string;
  description?: string;
  servers: ServerInfo[];
  securitySchemes: SecuritySchemeInfo[];
  /** The document-level `security`, if any. */
  security?: SecurityRequirement[];
  /** Every operation in document order. Fast: does not dereference schemas. */
  listOperations(): OperationSummary[];
  /**
   * The operation with this key, resolved; `undefined` for an unknown key. Schemas reached through the same `$ref`
   * are shared between results: treat them as read-only.
   */
  getOperation(key: string, options?: DetailOptions): OperationDetailResult | undefined;
}

export type LoadResult =
  | { ok: true; spec: LoadedSpec; problems: SpecProblem[] }
  | { ok: false; problems: SpecProblem[] };

export interface LoadInput {
  /** The entry file's text. */
  text: string;
  /** The entry file's name or path (posix or Windows separators); used for messages and to resolve siblings. */
  fileName: string;
  /**
   * Reads a file that a `$ref` points to. `relPath` is a normalized posix path relative to the entry file's folder
   * (it may start with `../` when `allowedRoot` lies above that folder). Returns `undefined` when it cannot be read.
   */
  readRelative?: (relPath: string) => string | undefined;
  /**
   * Files outside this folder are never read (normalized posix path, compared with the normalized `fileName`).
   * Default: the entry file's folder.
   */
  allowedRoot?: string;
}
