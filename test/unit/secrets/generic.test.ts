// The key-name heuristic: secret-like keys with plausible values, in every common syntax, and what it leaves alone.

import * as assert from 'assert';
import { scanText } from '../../../src/engine/secrets';
import { ALNUM, expectClean, expectSecret, fake, fakeUuid, HEX } from './fake-secrets';

describe('secret detector: key-name heuristic', () => {
  const token = fake(32, ALNUM);
  const password = `${fake(9, ALNUM)}!`;

  it('reports literals assigned to secret-like keys in each syntax, at medium confidence', () => {
    const cases: Array<[string, string, string]> = [
      [`const apiToken = "${token}";`, token, 'generic-secret'],
      [`private readonly dbPassword: string = '${password}';`, password, 'generic-password'],
      [`PASSWORD = '${password}'`, password, 'generic-password'],
      [`{ "clientSecret": "${token}" }`, token, 'generic-secret'],
      [`auth:\n  api_key: ${token}\n`, token, 'generic-secret'],
      [`spring.datasource.password=${password}`, password, 'generic-password'],
      [`[database]\npassword = "${password}"`, password, 'generic-password'],
      [`export ORDERS_TOKEN=${token}`, token, 'generic-secret'],
      [`token := "${token}"`, token, 'generic-secret'],
      [`$config = ['db_pass' => '${password}'];`, password, 'generic-password'],
      [`var secret = @"${password}";`, password, 'generic-secret'],
      [`<apiToken>\n  ${token}\n</apiToken>`, token, 'generic-secret'],
      [`<add key="SmtpPassword" value="${password}" />`, password, 'generic-password'],
      [`deploy --api-token ${token} --region eu`, token, 'generic-secret'],
      [`key = os.getenv("API_TOKEN", "${token}")`, token, 'generic-secret'],
      [`if ("${password}" == password) { login(); }`, password, 'generic-password'],
      [`{"config.ini": "SERVICE_TOKEN=${token}\\nRETRIES=3"}`, token, 'generic-secret'],
    ];
    for (const [text, secret, type] of cases) {
      const match = expectSecret(text, secret, type);
      assert.strictEqual(match.confidence, 'medium', text);
    }
  });

  it('reports UUID tokens under token keys', () => {
    const uuid = fakeUuid();
    expectSecret(`SNYK_TOKEN=${uuid}`, uuid, 'generic-secret');
  });

  it('leaves references, placeholders and code expressions alone', () => {
    for (const text of [
      'password = os.environ["DB_PASSWORD"]',
      'token: ${{ secrets.ORDERS_TOKEN }}',
      'apiKey: process.env.ORDERS_API_KEY,',
      'value: ${env:ORDERS_API_KEY}',
      'password = getPassword(user)',
      'this.password = user.password;',
      'password: string;',
      'async submitPassword(password: string): Promise<void> {',
      'password: "********"',
      'token = "changeme"',
      'api_key = "your_api_key_here"',
      'client_secret: <client-secret>',
      'secret = "REPLACE_ME"',
      'DB_PASSWORD=',
      'password: "[type=password]"',
      'export const FLOW_PASSWORD_REQUIRED_V2 = "FlowPasswordRequiredResultV2";',
    ]) {
      expectClean(text);
    }
  });

  it('leaves keys that only describe a secret alone', () => {
    for (const text of [
      `"passwordHint": "At least 8 characters"`,
      `tokenUrl: https://auth.example.com/oauth/token`,
      `secret_name: orders-api-${fake(8, HEX)}`,
      `api_key_id: ${fakeUuid()}`,
      `publicKey: "${fake(44, ALNUM)}"`,
      `csrfToken = "${fake(40, ALNUM)}"`,
      `nextPageToken: "${fake(40, ALNUM)}"`,
      'max_tokens = 4096',
      'token_type: "bearer"',
      'keyFile: ./certs/key.pem',
    ]) {
      expectClean(text);
    }
  });

  it('leaves ids, hashes, versions, integrity strings and images under ordinary keys alone', () => {
    for (const text of [
      `requestId: "${fakeUuid()}"`,
      `commit: ${fake(40, HEX)}`,
      'version: 1.2.3',
      `"integrity": "sha512-${fake(86, ALNUM)}=="`,
      `icon: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ${fake(40, ALNUM)}"`,
      'url: https://api.example.com/v1/orders',
      'description: Look up the delivery status of one order.',
    ]) {
      expectClean(text);
    }
  });

  it('gives only the value offsets, never the key or the quotes', () => {
    const text = `  "apiKey" : "${token}",`;
    const [match] = scanText(text);
    assert.ok(match);
    assert.strictEqual(text.slice(match.start, match.end), token);
    assert.strictEqual(text[match.start - 1], '"');
  });

  it('reports random passwords that happen to look like camelCase words or hold letters only', () => {
    for (const value of ['cqsc0LRLBM!', 'HUSHzheUZH!', 'yCKwPQsMmNtT', 'sTiQoqBC']) {
      expectSecret(`DB_PASSWORD="${value}"`, value, 'generic-password');
    }
    expectSecret('DB_PASSWORD=yCKwPQsMmNtT\n', 'yCKwPQsMmNtT', 'generic-password');
    expectClean('password = "MySecret"\npassword: NotUsed\npassword = "FlowPasswordRequired"\n');
    expectClean('password = getUserPasswordFromDB\ntoken = currentAuthToken\n');
  });
});
