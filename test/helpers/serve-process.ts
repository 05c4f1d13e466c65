// Runs the built `secure-actions serve` (dist/cli.js) as a real child process and connects the MCP SDK's own Client
// to it, over stdio or Streamable HTTP; the client may declare elicitation and answer confirmations.

import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema, type ElicitResult } from '@modelcontextprotocol/sdk/types.js';
import { PROJECT_ROOT } from './fixtures';

export const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');

/** How the client's user answers a confirmation; absent = the client does not declare elicitation. */
export type Answer = ElicitResult['action'];

/** The environment a served process gets: PATH and what the test adds, never the test runner's own variables. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', ...extra };
}

function newClient(answer: Answer | undefined, asked?: string[]): Client {
  const client = new Client({ name: 'secure-actions-test', version: '1.0.0' }, { capabilities: answer ? { elicitation: {} } : {} });
  if (answer) {
    client.setRequestHandler(ElicitRequestSchema, (request) => {
      asked?.push(request.params.message);
      return answer === 'accept' ? { action: 'accept', content: {} } : { action: answer };
    });
  }
  return client;
}

export interface StdioSession {
  client: Client;
  /** What serve wrote to stderr so far. */
  stderr(): string;
  /** Confirmation questions the client was asked. */
  asked: string[];
  close(): Promise<void>;
}

export async function connectStdio(files: string[], options: { cwd: string; env?: Record<string, string>; answer?: Answer; args?: string[] }): Promise<StdioSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'serve', ...files, ...(options.args ?? [])],
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const asked: string[] = [];
  const client = newClient(options.answer, asked);
  await client.connect(transport);
  return { client, stderr: () => stderr, asked, close: () => client.close() };
}

export interface HttpServe {
  /** http://127.0.0.1:PORT/mcp as serve printed it. */
  url: string;
  child: ChildProcess;
  stderr(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `serve --http --port 0` and waits for the address it prints. */
export async function startHttpServe(files: string[], options: { cwd: string; env?: Record<string, string>; args?: string[] }): Promise<HttpServe> {
  const child = spawn(process.execPath, [CLI, 'serve', ...files, '--http', '--port', '0', ...(options.args ?? [])], {
    cwd: options.cwd,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /MCP on (http:\/\/\S+\/mcp)/.exec(stderr);
      if (match) {
        resolve(match[1] as string);
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code} before listening:\n${stderr}`)));
  });
  return {
    url,
    child,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
      }
      return exited;
    },
  };
}

export async function connectHttp(url: string, token: string, answer?: Answer): Promise<Client> {
  const client = newClient(answer);
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers: { Authorization: `Bearer ${token}` } } }));
  return client;
}
