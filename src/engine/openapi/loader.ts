// Loads a Swagger 2.0 / OpenAPI 3.0 / 3.1 document from text into a LoadedSpec whose operations resolve lazily.

import { buildOperationDetail, type DetailContext } from './operation-detail';
import { listOperationEntries, type OperationEntry } from './operations';
import { parseSpecText } from './parse-text';
import { dirnamePosix, normalizePosix } from './posix-path';
import { isRecord, RefResolver } from './ref-resolver';
import { SchemaNormalizer } from './schema';
import { readSecurityRequirements, readSecuritySchemes } from './security';
import { readServers } from './servers';
import type {
  DetailOptions, LoadedSpec, LoadInput, LoadResult, OperationDetailResult, OperationSummary, SecurityRequirement, SecuritySchemeInfo,
  ServerInfo, SpecProblem, SpecVersion,
} from './types';

const DEFAULT_DEPTHS: Required<DetailOptions> = { bodyDepth: 1, responseDepth: 2 };

/**
 * Loads an OpenAPI document. Pure and synchronous; reads siblings only through `readRelative`, never remote URLs,
 * never outside `allowedRoot`. Fails (`ok: false`) only when there is nothing usable: bad syntax, not an OpenAPI
 * document, an unsupported version, or no operations. Everything else is reported in `problems` and the rest loads.
 */
export function loadOpenApi(input: LoadInput): LoadResult {
  const file = normalizePosix(input.fileName);
  const parsed = parseSpecText(input.text, file);
  if (!parsed.ok) {
    return parsed;
  }
  const problems = [...parsed.problems];
  const root = parsed.value;
  if (!isRecord(root) || (root.openapi === undefined && root.swagger === undefined)) {
    const hint = isRecord(root) && root.swaggerVersion !== undefined ? ' (Swagger 1.x is not supported; convert it to OpenAPI 3)' : '';
    return fail(problems, `Not an OpenAPI document: no 'openapi' or 'swagger' field at the top level${hint}.`, file);
  }
  const version = detectVersion(root);
  if (version === undefined) {
    const declared = String(root.openapi ?? root.swagger);
    return fail(problems, `Unsupported version '${declared}': Secure Actions reads Swagger 2.0 and OpenAPI 3.0 and 3.1.`, file, root.openapi !== undefined ? '/openapi' : '/swagger');
  }
  const resolver = new RefResolver(file, root, normalizePosix(input.allowedRoot ?? dirnamePosix(file)), input.readRelative);
  const entries = listOperationEntries(root, resolver, problems);
  if (entries.length === 0) {
    return fail(problems, 'The document has no operations under paths: there is nothing to make actions from.', file, '/paths');
  }
  const info = isRecord(root.info) ? root.info : {};
  if (typeof info.title !== 'string' || info.title.trim() === '') {
    problems.push({ message: 'info.title is missing.', file, pointer: '/info' });
  }
  const spec = new OpenApiSpec(file, version, root, resolver, entries, {
    servers: readServers(root, version, file, problems),
    securitySchemes: readSecuritySchemes(root, version, resolver, problems),
    security: readSecurityRequirements(root.security),
  });
  return { ok: true, spec, problems };
}

function fail(problems: SpecProblem[], message: string, file: string, pointer?: string): LoadResult {
  return { ok: false, problems: [...problems, { message, file, ...(pointer ? { pointer } : {}) }] };
}

function detectVersion(root: Record<string, unknown>): SpecVersion | undefined {
  if (root.swagger !== undefined) {
    return String(root.swagger) === '2.0' || root.swagger === 2 ? '2.0' : undefined;
  }
  const match = /^3\.([01])\.\d+$/.exec(String(root.openapi).trim());
  return match ? (`3.${match[1] as '0' | '1'}` as SpecVersion) : undefined;
}

class OpenApiSpec implements LoadedSpec {
  readonly versionLabel: string;
  readonly title: string;
  readonly description?: string;
  readonly servers: ServerInfo[];
  readonly securitySchemes: SecuritySchemeInfo[];
  readonly security?: SecurityRequirement[];
  private readonly byKey: Map<string, OperationEntry>;
  private readonly context: DetailContext;

  constructor(
    readonly fileName: string,
    readonly version: SpecVersion,
    root: Record<string, unknown>,
    resolver: RefResolver,
    private readonly entries: OperationEntry[],
    parts: { servers: ServerInfo[]; securitySchemes: SecuritySchemeInfo[]; security: SecurityRequirement[] | undefined },
  ) {
    const info = isRecord(root.info) ? root.info : {};
    this.versionLabel = version === '2.0' ? 'Swagger 2.0' : `OpenAPI ${String(root.openapi)}`;
    this.title = typeof info.title === 'string' && info.title.trim() !== '' ? info.title.trim() : 'API';
    if (typeof info.description === 'string') {
      this.description = info.description;
    }
    this.servers = parts.servers;
    this.securitySchemes = parts.securitySchemes;
    if (parts.security !== undefined) {
      this.security = parts.security;
    }
    this.byKey = new Map(entries.map((entry) => [entry.summary.key, entry]));
    this.context = { root, version, resolver, normalizer: new SchemaNormalizer(resolver, version) };
  }

  listOperations(): OperationSummary[] {
    return this.entries.map((entry) => entry.summary);
  }

  getOperation(key: string, options?: DetailOptions): OperationDetailResult | undefined {
    const entry = this.byKey.get(key);
    return entry === undefined ? undefined : buildOperationDetail(entry, this.context, { ...DEFAULT_DEPTHS, ...options });
  }
}
