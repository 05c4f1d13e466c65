import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { runScaffold } from '../../../src/cli/commands/scaffold';
import { lint } from '../../../src/engine';
import { type ActionDocument, OPENAPI_DIR } from './scaffold-helpers';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(cwd: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runScaffold(argv, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const PETSTORE = path.join(OPENAPI_DIR, 'petstore-3.0.yaml');

describe('secure-actions scaffold', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sa-scaffold-'));
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the action file, .env.example and .gitignore, and prints a summary', async () => {
    const result = await run(dir, PETSTORE);
    assert.strictEqual(result.code, 0, result.stderr);
    const text = fs.readFileSync(path.join(dir, 'petstore.actions.yaml'), 'utf8');
    assert.deepStrictEqual(lint({ text, fileName: 'petstore.actions.yaml' }).findings.filter((f) => f.severity === 'error'), []);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.env.example'), 'utf8'), 'PETSTORE_API_KEY=\n');
    assert.strictEqual(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), '.env\n');
    assert.match(result.stdout, /^Wrote petstore\.actions\.yaml: 19 actions from "Swagger Petstore" \(OpenAPI 3\.0\.0\)\./);
    assert.match(result.stdout, /Skipped 1 operation:\n {2}findPetsByTags: deprecated/);
    assert.match(result.stdout, /Set these in \.env \(never commit it\): PETSTORE_API_KEY/);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['.env.example', '.gitignore', 'petstore.actions.yaml']);
  });

  it('puts .env.example and .gitignore beside an --out outside the current folder, where serve looks for .env', async () => {
    const project = path.join(dir, 'project');
    const elsewhere = path.join(dir, 'elsewhere');
    fs.mkdirSync(project);
    fs.mkdirSync(elsewhere);
    const result = await run(project, PETSTORE, '--out', path.join(elsewhere, 'pets.actions.yaml'));
    assert.strictEqual(result.code, 0, result.stderr);
    assert.deepStrictEqual(fs.readdirSync(project), []);
    assert.deepStrictEqual(fs.readdirSync(elsewhere).sort(), ['.env.example', '.gitignore', 'pets.actions.yaml']);
    assert.ok(result.stdout.includes(`Set these in ${path.join(elsewhere, '.env')} (never commit it): PETSTORE_API_KEY`), result.stdout);
  });

  it('refuses to overwrite an existing file unless --force is given', async () => {
    const out = path.join(dir, 'petstore.actions.yaml');
    fs.writeFileSync(out, 'mine\n');
    const refused = await run(dir, PETSTORE);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr, /already exists; use --force/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'mine\n');
    const forced = await run(dir, PETSTORE, '--force', '--operations', 'getPetById');
    assert.strictEqual(forced.code, 0, forced.stderr);
    assert.match(fs.readFileSync(out, 'utf8'), /id: getPetById/);
  });

  it('adds only missing names to .env.example and keeps its content and line endings', async () => {
    fs.writeFileSync(path.join(dir, '.env.example'), '# keys\r\nOTHER=\r\nPETSTORE_API_KEY=\r\n');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules\n.env*\n');
    const result = await run(dir, path.join(OPENAPI_DIR, 'readme-security-3.0.json'), '--auth', 'basic', '--out', 'sec.actions.yaml');
    assert.strictEqual(result.code, 0, result.stderr);
    assert.strictEqual(fs.readFileSync(path.join(dir, '.env.example'), 'utf8'),
      '# keys\r\nOTHER=\r\nPETSTORE_API_KEY=\r\nSUPPORT_DIFFERENT_SECURITY_TYPES_API_USERNAME=\r\nSUPPORT_DIFFERENT_SECURITY_TYPES_API_PASSWORD=\r\n');
    assert.strictEqual(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8'), 'node_modules\n.env*\n');
    assert.match(result.stdout, /Also added 2 names to \.env\.example\./);
  });

  it('resolves $refs to sibling files inside the project and refuses those outside it, symbolic links included', async () => {
    const project = path.join(dir, 'project');
    fs.mkdirSync(path.join(project, 'specs'), { recursive: true });
    fs.mkdirSync(path.join(project, 'common'));
    fs.writeFileSync(path.join(dir, 'outside.yaml'), 'Secret: {type: object, properties: {leak: {type: string}}}\n');
    fs.writeFileSync(path.join(project, 'common', 'order.yaml'), 'Order: {type: object, properties: {status: {type: string}}}\n');
    fs.symlinkSync(path.join(dir, 'outside.yaml'), path.join(project, 'common', 'link.yaml'));
    fs.writeFileSync(path.join(project, 'specs', 'api.yaml'), [
      'openapi: 3.0.3', 'info: {title: Orders API, version: "1"}', 'servers: [{url: "https://api.example.com"}]', 'paths:',
      '  /orders: {get: {operationId: listOrders, responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "../common/order.yaml#/Order"}}}}}}}',
      '  /leak: {get: {operationId: getLeak, responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "../../outside.yaml#/Secret"}}}}}}}',
      '  /link: {get: {operationId: getLink, responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "../common/link.yaml#/Secret"}}}}}}}',
    ].join('\n'));
    const result = await run(project, 'specs/api.yaml');
    assert.strictEqual(result.code, 0, result.stderr);
    const doc = parse(fs.readFileSync(path.join(project, 'orders-api.actions.yaml'), 'utf8')) as ActionDocument;
    assert.deepStrictEqual(doc.actions.map((a) => [a.id, a.response.fields]), [['listOrders', ['status']], ['getLeak', []], ['getLink', []]]);
    assert.match(result.stdout, /outside the allowed folder/);
    assert.match(result.stdout, /Cannot use the referenced file 'common\/link\.yaml'/);
  });

  it('exits 2 on usage errors and unusable specs, writing nothing', async () => {
    const notOpenApi = path.join(dir, 'config.yaml');
    fs.writeFileSync(notOpenApi, 'name: app\n');
    const cases: Array<[string[], RegExp]> = [
      [[], /expected exactly one OpenAPI file/],
      [[PETSTORE, '--all', '--operations', 'addPet'], /either --all or --operations/],
      [[PETSTORE, '--operations', 'addPet,nope'], /no such operation: nope/],
      [[PETSTORE, '--auth', 'nope'], /no security scheme "nope". Choose one of: petstore_auth, api_key, none/],
      [[PETSTORE, '--server', 'ftp://x'], /--server needs an absolute http\(s\) URL/],
      [[PETSTORE, '--bogus'], /Unknown option --bogus/],
      [[path.join(dir, 'missing.yaml')], /cannot read missing\.yaml: no such file or folder/],
      [[notOpenApi], /Not an OpenAPI document/],
      [[PETSTORE, '--out', path.join(dir, 'no-such-folder', 'x.actions.yaml')], /cannot write .*no such file or folder/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(dir, ...argv);
      assert.strictEqual(result.code, 2, argv.join(' '));
      assert.match(result.stderr, message, argv.join(' '));
    }
    assert.deepStrictEqual(fs.readdirSync(dir), ['config.yaml']);
  });

  it('prints its usage for --help', async () => {
    const result = await run(dir, '--help');
    assert.strictEqual(result.code, 0);
    assert.match(result.stdout, /^Usage: secure-actions scaffold OPENAPI/);
  });
});
