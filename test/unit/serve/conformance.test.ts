// The official MCP conformance suite (@modelcontextprotocol/conformance, run offline from node_modules) against
// `serve --http`, for the scenarios a tool-only server must pass. The runner cannot send headers, so a local
// pass-through proxy adds the bearer token; Host and Origin reach serve as the runner sent them.

import * as assert from 'assert';
import { execFile } from 'child_process';
import { promisify } from 'util';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PROJECT_ROOT } from '../../helpers/fixtures';
import { conformanceDefinition, conformanceReplies } from '../../helpers/conformance-actions';
import { createProject, type Project, TOKEN } from '../../helpers/runtime-project';
import { type HttpServe, startHttpServe } from '../../helpers/serve-process';
import { startTokenProxy, type TokenProxy } from '../../helpers/token-proxy';
import { startUpstream, type UpstreamServer } from '../../helpers/upstream-server';

const RUNNER = path.join(PROJECT_ROOT, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');
const SERVE_TOKEN = 'conformance-token-7c1e';

/**
 * The scenarios for a server that offers tools and nothing else. Left out, with why: logging-set-level,
 * completion-complete, resources-*, prompts-* (capabilities serve does not declare); tools-call-image / -audio /
 * -embedded-resource / -mixed-content / -with-logging / -with-progress / -sampling / -elicitation,
 * elicitation-sep1034-defaults, elicitation-sep1330-enums (each needs a purpose-built test tool with that behaviour;
 * an action only forwards an HTTP call); json-schema-2020-12 (needs $defs/$ref in an input schema, which action
 * parameters cannot declare); server-sse-polling, server-sse-multiple-streams (resumability with an event store,
 * which serve does not keep).
 */
const SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'tools-call-simple-text', 'tools-call-error', 'dns-rebinding-protection'];

interface Check {
  id: string;
  status: string;
  errorMessage?: string;
}

describe('MCP conformance suite against serve --http', function () {
  this.timeout(120000);
  let upstream: UpstreamServer;
  let project: Project;
  let serve: HttpServe;
  let proxy: TokenProxy;
  let output: string;

  before(async () => {
    upstream = await startUpstream(conformanceReplies);
    project = createProject({ definition: conformanceDefinition(upstream.origin), env: { ORDERS_TOKEN: TOKEN } });
    serve = await startHttpServe([project.file], { cwd: project.dir, env: { SECURE_ACTIONS_SERVE_TOKEN: SERVE_TOKEN } });
    proxy = await startTokenProxy(serve.url, SERVE_TOKEN);
    output = fs.mkdtempSync(path.join(os.tmpdir(), 'secure-actions-conformance-'));
  });

  after(async () => {
    await proxy?.close();
    await serve?.stop();
    await upstream.close();
    project.remove();
    fs.rmSync(output, { recursive: true, force: true });
  });

  for (const scenario of SCENARIOS) {
    it(`passes ${scenario}`, async () => {
      // Asynchronous: the proxy and the upstream live in this process and must keep answering.
      const run = await promisify(execFile)(process.execPath, [RUNNER, 'server', '--url', proxy.url, '--scenario', scenario, '--output-dir', output], { encoding: 'utf8', timeout: 60000 });
      const checks = readChecks(output, scenario);
      assert.ok(checks.length > 0, `no checks recorded:\n${run.stdout}\n${run.stderr}`);
      const failed = checks.filter((check) => check.status !== 'SUCCESS' && check.status !== 'INFO');
      assert.deepStrictEqual(failed, [], run.stdout);
    });
  }
});

/** The runner writes <output>/<scenario>-<time>/checks.json per run; the newest one for this scenario. */
function readChecks(output: string, scenario: string): Check[] {
  const runs = fs.readdirSync(output, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('checks.json') && file.includes(scenario))
    .sort();
  const newest = runs[runs.length - 1];
  return newest ? (JSON.parse(fs.readFileSync(path.join(output, newest), 'utf8')) as Check[]) : [];
}
