// `secure-actions serve FILE...`: the action files' actions as MCP tools through the gateway, over stdio (default)
// or Streamable HTTP on a loopback address with a bearer token. Start-up problems exit 2 without a stack trace.

import { randomBytes } from 'crypto';
import * as path from 'path';
import type { Server as McpServer } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { loadGateway, type StartupProblem } from '../../runtime';
import { defaultVerdictDir } from '../../runtime/load/clean-verdicts';
import { startMcpHttpServer, MAX_SESSIONS, MCP_PATH, SESSION_IDLE_MS } from '../../runtime/mcp/http-server';
import { mcpServerFactory } from '../../runtime/mcp/mcp-server';
import { isLoopbackHost } from '../../runtime/mcp/request-guard';
import { parseArgs } from '../args';
import { formatText } from '../format-text';
import { type CliIo, EXIT_OK, EXIT_USAGE, UsageError } from '../io';
import { VERSION } from '../version';

export const SERVE_USAGE = `Usage: secure-actions serve FILE... [options]

Runs the actions in FILE... as MCP tools through the gateway, which applies every control the files declare
(argument checks, auth, limits, retries, circuit breaker, response allowlist and masks, confirmation, audit).
Speaks MCP over stdio unless --http is given; diagnostics go to stderr.

Options:
  --http                     Streamable HTTP at http://HOST:PORT${MCP_PATH} instead of stdio. Every request needs
                             Authorization: Bearer <token>: SECURE_ACTIONS_SERVE_TOKEN, or a token generated
                             at start and printed once to stderr. At most ${MAX_SESSIONS} sessions (503 beyond); one
                             idle for ${SESSION_IDLE_MS / 60_000} minutes is closed (404, the client starts a new one)
  --host HOST                Loopback address to bind (default 127.0.0.1); any other address is refused
  --port N                   Port (default 8787; 0 picks a free one, printed to stderr)
  --env-file PATH            Env file for \${env:NAME} (default: the nearest .env at or above each file)
  --audit-log PATH           Audit log (default: .secure-actions/audit.jsonl beside each file)
  --audit-key-env NAME       Encrypt audit lines (AES-256-GCM) with the key in environment variable NAME
  --rate-limit-store redis://HOST:PORT
                             Share rate limits with other gateway processes through Redis
  -h, --help                 Show this help

Exit codes: 0 stopped (SIGINT, SIGTERM or the stdio client went away), 2 usage error or refused to start.`;

const DEFAULT_PORT = 8787;
const TOKEN_ENV = 'SECURE_ACTIONS_SERVE_TOKEN';

export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    values: ['--host', '--port', '--env-file', '--audit-log', '--audit-key-env', '--rate-limit-store'],
    flags: ['--http', '-h', '--help'],
  });
  if (args.flags.has('-h') || args.flags.has('--help')) {
    io.stdout(`${SERVE_USAGE}\n`);
    return EXIT_OK;
  }
  if (args.positionals.length === 0) {
    throw new UsageError(`serve needs at least one action file.\n\n${SERVE_USAGE}`);
  }
  const http = args.flags.has('--http') ? readHttpOptions(args.values) : undefined;
  if (!http && (args.values.has('--host') || args.values.has('--port'))) {
    throw new UsageError('--host and --port apply to --http only.');
  }
  const store = args.values.get('--rate-limit-store');
  if (store !== undefined && !/^redis:\/\/[^\s/]+\/?$/.test(store)) {
    throw new UsageError('--rate-limit-store needs redis://HOST:PORT.');
  }

  const log = (line: string): void => io.stderr(`secure-actions serve: ${line}\n`);
  // A client that died took our stderr's reader with it: diagnostics are then lost, which must not crash serve
  // before it has cancelled and audited the calls still running.
  process.stderr.on('error', () => undefined);
  const loaded = await loadGateway({
    files: args.positionals,
    cwd: io.cwd,
    envFile: args.values.get('--env-file'),
    auditLog: args.values.get('--audit-log'),
    auditKeyEnv: args.values.get('--audit-key-env'),
    rateLimitStore: store,
    log,
    verdictCache: defaultVerdictDir(process.env),
  });
  if (!loaded.ok) {
    io.stderr(describeProblems(loaded.problems, { cwd: io.cwd, color: io.color ?? false, filesChecked: args.positionals.length }));
    return EXIT_USAGE;
  }
  const gateway = loaded.gateway;
  const newServer = mcpServerFactory(gateway, VERSION);
  try {
    if (http) {
      return await serveHttp(newServer, http, log);
    }
    return await serveStdio(newServer, log);
  } finally {
    await gateway.close();
  }
}

function readHttpOptions(values: Map<string, string>): { host: string; port: number } {
  const host = values.get('--host') ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new UsageError(`--host ${host} is not a loopback address: serve binds to 127.0.0.1, ::1 or localhost only. To reach it from elsewhere, put your own authenticating TLS proxy in front.`);
  }
  const port = values.get('--port') ?? String(DEFAULT_PORT);
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    throw new UsageError('--port needs a port number (0 to 65535).');
  }
  return { host, port: Number(port) };
}

/** Error findings as `check` prints them, then each problem's message (e.g. a missing environment variable). */
export function describeProblems(problems: readonly StartupProblem[], options: { cwd: string; color: boolean; filesChecked: number }): string {
  const { cwd, color, filesChecked } = options;
  const findings = problems.flatMap((problem) => problem.findings ?? []).map((finding) => ({ ...finding, file: shortPath(cwd, finding.file) }));
  const report = findings.length > 0 ? `${formatText(findings, { color, filesChecked })}\n` : '';
  const messages = problems.map((problem) => `  ${problem.file === '' ? '' : `${shortPath(cwd, problem.file) || '.'}: `}${problem.message}\n`).join('');
  return `secure-actions serve: refusing to start.\n${report}${messages}`;
}

async function serveStdio(newServer: () => McpServer, log: (line: string) => void): Promise<number> {
  const server = newServer();
  const stopped = untilStopped((stop) => {
    process.stdin.once('end', () => stop('the client closed stdin'));
    // EPIPE or ERR_STREAM_DESTROYED: the client no longer reads our stdout (closed it, or died). Nothing more can be
    // answered, so this is the client going away too; the listener stays to swallow errors of writes still queued.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => stop(`the client stopped reading stdout (${error.code ?? error.message})`));
    server.onclose = () => stop('the client disconnected');
  });
  await server.connect(new StdioServerTransport());
  log('MCP on stdio');
  log(`stopping: ${await stopped}`);
  await server.close();
  return EXIT_OK;
}

async function serveHttp(newServer: () => McpServer, options: { host: string; port: number }, log: (line: string) => void): Promise<number> {
  const given = process.env[TOKEN_ENV];
  const token = given !== undefined && given !== '' ? given : randomBytes(32).toString('base64url');
  const stopped = untilStopped(() => undefined);
  const server = await startMcpHttpServer({ ...options, token, newServer, log });
  const host = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  if (token !== given) {
    log(`${TOKEN_ENV} is not set; clients send Authorization: Bearer <token> with this run's generated token, shown once: ${token}`);
  }
  log(`MCP on http://${host}:${server.port}${MCP_PATH}`);
  log(`stopping: ${await stopped}`);
  await server.close();
  return EXIT_OK;
}

/** Paths under the current folder print relative to it, as `check` prints them. */
function shortPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, path.resolve(cwd, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Resolves with the reason on SIGINT, SIGTERM or whatever else `watch` reports. */
function untilStopped(watch: (stop: (reason: string) => void) => void): Promise<string> {
  return new Promise((resolve) => {
    const stop = (reason: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(reason);
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    watch(stop);
  });
}
