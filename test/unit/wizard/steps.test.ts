import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { loadOpenApi } from '../../../src/engine/openapi';
import { WIZARD_ENGINE } from '../../../src/extension/wizard/engine-deps';
import { isSeparator } from '../../../src/extension/wizard/prompter';
import { sniffVersion } from '../../../src/extension/wizard/sniff';
import { operationChoices, operationItems } from '../../../src/extension/wizard/steps/operations';
import { defaultOutputPath, validateOutputPath } from '../../../src/extension/wizard/steps/output';
import { serverItems, validateServerUrl } from '../../../src/extension/wizard/steps/server';
import { PROJECT_ROOT } from '../../helpers/fixtures';
import { corpusText, FakeWorkspace, run } from './fake-workspace';
import { accept, ScriptedPrompter } from './scripted-prompter';

describe('wizard steps', () => {
  describe('sniffVersion', () => {
    it('recognizes OpenAPI and Swagger declarations in YAML and JSON, and nothing else', () => {
      assert.strictEqual(sniffVersion(corpusText('petstore-3.1.yaml').slice(0, 2048)), 'OpenAPI 3.1.0');
      assert.strictEqual(sniffVersion(corpusText('petstore-2.0.yaml').slice(0, 2048)), 'Swagger 2.0');
      assert.strictEqual(sniffVersion(corpusText('crapi-openapi-spec.json').slice(0, 2048)), 'OpenAPI 3.0.1');
      assert.strictEqual(sniffVersion('{"openapi":"3.0.3","info":{}}'), 'OpenAPI 3.0.3');
      assert.strictEqual(sniffVersion('{"name": "bot", "version": "1.0.0"}'), undefined);
      assert.strictEqual(sniffVersion('version: 1\nconnection: { name: openapi-demo }\n'), undefined);
    });
  });

  describe('server items', () => {
    const isInsecure = WIZARD_ENGINE.isInsecureHttpUrl;

    it('marks plain http for upgrade except on localhost, and offers a URL input and an env reference', () => {
      const items = serverItems([
        { url: 'https://api.shop.example/v1' }, { url: 'http://petstore.swagger.io/v2' }, { url: 'http://localhost:8080/v1', description: 'Local' }, { url: '/relative' },
      ], 'SHOP_API_BASE_URL', isInsecure);
      const lines = items.map((item) => (isSeparator(item) ? `-- ${item.separator}` : `${item.label} | ${item.description ?? ''}`));
      assert.deepStrictEqual(lines, [
        '$(globe) https://api.shop.example/v1 | ',
        '$(warning) http://petstore.swagger.io/v2 | plain http: will be upgraded to https',
        '$(vm) http://localhost:8080/v1 | local: http is accepted on localhost',
        '-- Other',
        '$(edit) Enter a URL… | the API\'s https base URL',
        '$(symbol-variable) Use ${env:SHOP_API_BASE_URL} | read the base URL from .env (one file for every environment)',
      ]);
    });

    it('accepts absolute http(s) URLs only, warning about plain http and credentials', () => {
      assert.strictEqual(validateServerUrl('https://api.example.com/v1', isInsecure), undefined);
      assert.strictEqual(validateServerUrl('http://127.0.0.1:5000', isInsecure), undefined);
      assert.strictEqual(validateServerUrl('http://api.example.com', isInsecure)?.severity, 'warning');
      assert.strictEqual(validateServerUrl('https://bot:pw@api.example.com', isInsecure)?.severity, 'warning');
      assert.strictEqual(validateServerUrl('ftp://api.example.com', isInsecure)?.severity, 'error');
      assert.strictEqual(validateServerUrl('/v1', isInsecure)?.severity, 'error');
    });
  });

  describe('output path', () => {
    it('defaults to <connection>.actions.yaml beside a spec in the workspace, else at the root', () => {
      const spec = { uri: 'file:///ws/api/shop.yaml', label: 'api/shop.yaml', dirInWorkspace: 'api', folder: 'file:///ws', size: 1 };
      assert.strictEqual(defaultOutputPath({ fixedSpec: false, envNames: {}, spec, connectionName: 'shop-api' }), 'api/shop-api.actions.yaml');
      assert.strictEqual(defaultOutputPath({ fixedSpec: false, envNames: {}, spec: { ...spec, dirInWorkspace: '' }, connectionName: 'shop-api' }), 'shop-api.actions.yaml');
      const outside = { uri: 'file:///elsewhere/shop.yaml', label: '/elsewhere/shop.yaml', folder: 'file:///ws', size: 1 };
      assert.strictEqual(defaultOutputPath({ fixedSpec: false, envNames: {}, spec: outside, connectionName: 'shop-api' }), 'shop-api.actions.yaml');
    });

    it('refuses paths outside the folder and names that are not action definitions', () => {
      assert.strictEqual(validateOutputPath('actions/shop.actions.yaml'), undefined);
      assert.strictEqual(validateOutputPath('./shop.actions.yml'), undefined);
      for (const bad of ['', '../shop.actions.yaml', '/etc/shop.actions.yaml', 'C:/shop.actions.yaml', 'shop.yaml', 'shop.actions.json', 'a//b.actions.yaml', '.actions.yaml']) {
        assert.strictEqual(validateOutputPath(bad)?.severity, 'error', bad);
      }
    });
  });

  describe('operation list', () => {
    it('groups operations under their first tag, in order of first use, with risk badges', () => {
      const spec = loadOpenApi({ text: corpusText('petstore-3.0.yaml'), fileName: 'petstore.yaml' });
      assert.ok(spec.ok);
      const items = operationItems(operationChoices(spec.spec, WIZARD_ENGINE.classifyRisk), WIZARD_ENGINE.toPlainText);
      assert.deepStrictEqual(items.filter(isSeparator).map((item) => item.separator), ['pet', 'store', 'user']);
      const byLabel = new Map(items.flatMap((item) => (isSeparator(item) ? [] : [[item.label, item]])));
      assert.strictEqual(byLabel.get('DELETE /pet/{petId}')?.detail, '$(edit) writes   $(trash) destructive');
      assert.strictEqual(byLabel.get('GET /pet/{petId}')?.detail, '$(eye) read-only');
      assert.strictEqual(byLabel.get('GET /pet/{petId}')?.description, 'Find pet by ID');
    });

    it('shows the personal-data badge for fields the operation sends or returns (a spec small enough to resolve)', () => {
      const spec = loadOpenApi({ text: corpusText('petstore-3.0.yaml'), fileName: 'petstore.yaml' });
      assert.ok(spec.ok);
      const items = operationItems(operationChoices(spec.spec, WIZARD_ENGINE.classifyRisk), WIZARD_ENGINE.toPlainText);
      const personal = items.flatMap((item) => (!isSeparator(item) && /personal data/.test(item.detail ?? '') ? [item.label] : []));
      assert.deepStrictEqual(personal, ['POST /user', 'POST /user/createWithArray', 'POST /user/createWithList', 'GET /user/{username}', 'PUT /user/{username}']);
      const user = items.find((item) => !isSeparator(item) && item.label === 'GET /user/{username}');
      assert.ok(user && !isSeparator(user));
      assert.strictEqual(user.detail, '$(eye) read-only   $(person) personal data');
    });

    it('lists GitHub\'s 1,223 operations with their risks within a second, loading included (too many to resolve their schemas)', function () {
      const fetched = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'fetch-large-specs.mjs'), '--print-json'], { encoding: 'utf8' });
      const github = fetched.status === 0 ? (JSON.parse(fetched.stdout) as Record<string, string>).github : undefined;
      if (github === undefined) {
        this.skip();
      }
      const text = fs.readFileSync(github, 'utf8');
      const start = process.hrtime.bigint();
      const loaded = loadOpenApi({ text, fileName: 'api.github.com.json' });
      assert.ok(loaded.ok);
      const items = operationItems(operationChoices(loaded.spec, WIZARD_ENGINE.classifyRisk), WIZARD_ENGINE.toPlainText);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      assert.strictEqual(items.filter((item) => !isSeparator(item)).length, 1223);
      assert.ok(ms < 1000, `load and list took ${ms.toFixed(0)} ms`);
    });
  });

  it('generates a big selection under a progress notification', async () => {
    const paths: Record<string, unknown> = {};
    for (let n = 0; n < 120; n++) {
      paths[`/items${n}/{id}`] = { get: { operationId: `getItem${n}`, parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1, maximum: 1000 } }], responses: { 204: { description: 'ok' } } } };
    }
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 'Items', version: '1' }, servers: [{ url: 'https://items.example.com' }], paths });
    const prompter = new ScriptedPrompter([
      accept('pick'), accept('pick'), accept('pickMany'), accept('pick'), accept('input'), accept('input'), accept('confirm'),
    ]);
    const result = await run(FakeWorkspace.with({ 'items.json': text }), prompter);
    assert.strictEqual(result?.actions, 120);
    assert.deepStrictEqual(prompter.progress.map((p) => [p.title, p.show]), [['Loading items.json…', false], ['Generating 120 actions…', true]]);
  });
});
