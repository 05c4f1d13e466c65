import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { credentialPhraseIn, injectionRiskOf, isPageSizeName, personalPhraseIn } from '../../../../src/engine/rules/util/field-names';
import { CORPUS_DIR } from '../../../helpers/fixtures';

/** Every property name declared anywhere in a corpus OpenAPI document. */
function propertyNamesOf(file: string): string[] {
  const text = fs.readFileSync(path.join(CORPUS_DIR, 'openapi', file), 'utf8');
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (typeof node === 'object' && node !== null) {
      const properties = (node as { properties?: unknown }).properties;
      if (typeof properties === 'object' && properties !== null) {
        Object.keys(properties).forEach((name) => names.add(name));
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(file.endsWith('.json') ? JSON.parse(text) : parse(text));
  return [...names].sort();
}

describe('field-names', () => {
  describe('credentialPhraseIn', () => {
    it('reports credential names in any casing, separator or dotted path', () => {
      const cases: Array<[string, string]> = [
        ['password', 'password'], ['customer.password', 'password'], ['new_password', 'password'], ['passwordHash', 'password'],
        ['accessToken', 'token'], ['refresh_token', 'token'], ['auth_token', 'token'], ['client_secret', 'secret'],
        ['X-API-Key', 'api key'], ['APIKey', 'api key'], ['private_key', 'private key'], ['secretAccessKey', 'access key'],
        ['sessionId', 'session id'], ['cvv', 'cvv'], ['cvv2', 'cvv2'], ['items[].cardNumber', 'card number'], ['pan', 'pan'],
        ['otp', 'otp'], ['credentials', 'credential'],
      ];
      for (const [name, phrase] of cases) {
        assert.strictEqual(credentialPhraseIn(name), phrase, name);
      }
    });

    it('ignores names that describe a credential, flag it, count it or only look like one', () => {
      const lookAlikes = [
        'tokenType', 'token_count', 'tokenExpiresAt', 'password_updated_at', 'passwordPolicy', 'hasPassword', 'isPasswordSet',
        'apiKeyId', 'secretName', 'nextPageToken', 'continuation_token', 'total_tokens', 'prompt_tokens', 'maskedCardNumber',
        'card_last4', 'session_count', 'secretary', 'passwordless', 'secret_question', 'tokenUrl', 'keyboard', 'pinned',
      ];
      for (const name of lookAlikes) {
        assert.strictEqual(credentialPhraseIn(name), undefined, name);
      }
    });
  });

  describe('personalPhraseIn', () => {
    it('reports personal-data names, with the phrase that matched', () => {
      const cases: Array<[string, string]> = [
        ['customer.emailAddress', 'email address'], ['user_phone', 'phone'], ['SSN', 'ssn'], ['socialSecurityNumber', 'social security'],
        ['dateOfBirth', 'birth'], ['address.line1', 'address'], ['billing_address.postCode', 'post code'], ['ipAddress', 'ip address'],
        ['nationalId', 'national id'], ['iban', 'iban'], ['passportNumber', 'passport'], ['geo.latitude', 'latitude'],
        ['lastName', 'last name'], ['mobile', 'mobile'], ['street_name', 'street name'], ['sort_code', 'sort code'],
      ];
      for (const [name, phrase] of cases) {
        assert.strictEqual(personalPhraseIn(name), phrase, name);
      }
    });

    it('ignores flags, descriptions of personal data and look-alikes', () => {
      const lookAlikes = [
        'emailVerified', 'has_phone', 'isMobile', 'phoneType', 'address_id', 'address_country', 'emailTemplate', 'walletAddress',
        'serverAddress', 'mobileApp', 'cardType', 'zipFile', 'addresses[].id', 'username', 'name', 'status',
      ];
      for (const name of lookAlikes) {
        assert.strictEqual(personalPhraseIn(name), undefined, name);
      }
    });
  });

  describe('injectionRiskOf', () => {
    it('names the injection a parameter name invites', () => {
      const cases: Array<[string, string]> = [
        ['q', 'SQL/NoSQL injection'], ['$filter', 'SQL/NoSQL injection'], ['searchTerm', 'SQL/NoSQL injection'], ['orderBy', 'SQL/NoSQL injection'],
        ['cmd', 'command injection'], ['shell', 'command injection'], ['redirect_uri', 'SSRF or open redirect'], ['returnTo', 'SSRF or open redirect'],
        ['webhook', 'SSRF or open redirect'], ['template', 'template or expression injection'], ['bodyHtml', 'HTML injection (XSS)'],
        ['file_name', 'path traversal'], ['filePath', 'path traversal'],
      ];
      for (const [name, attack] of cases) {
        assert.strictEqual(injectionRiskOf(name)?.risk.attack, attack, name);
      }
    });

    it('ignores ids and types of risky things, flags and words that only contain them', () => {
      for (const name of ['fileId', 'templateId', 'queryType', 'isSearch', 'profile', 'sort_code', 'urlCount', 'sequence', 'filtered_count']) {
        assert.strictEqual(injectionRiskOf(name), undefined, name);
      }
    });
  });

  it('recognises page-size parameters', () => {
    assert.deepStrictEqual(['limit', 'pageSize', 'per_page', 'maxResults', 'top', 'offset', 'page', 'price'].map(isPageSizeName),
      [true, true, true, true, true, false, false, false]);
  });

  describe('on the real OpenAPI corpus', () => {
    const credentials = (file: string) => propertyNamesOf(file).filter((name) => credentialPhraseIn(name) !== undefined);
    const personal = (file: string) => propertyNamesOf(file).filter((name) => personalPhraseIn(name) !== undefined && credentialPhraseIn(name) === undefined);

    it('finds the credentials of the deliberately vulnerable APIs and nothing else', () => {
      assert.deepStrictEqual(credentials('crapi-openapi-spec.json'), ['otp', 'password', 'token']);
      assert.deepStrictEqual(credentials('vampi-openapi3.yml'), ['auth_token', 'password', 'secret']);
      assert.deepStrictEqual(credentials('train-travel-3.1.yaml'), ['cvc']);
    });

    it('finds the personal fields and skips their look-alikes (has_dog, address_country, country_code, bank_name)', () => {
      assert.deepStrictEqual(personal('crapi-openapi-spec.json'), ['email', 'fullName', 'latitude', 'longitude', 'new_email', 'old_email']);
      assert.deepStrictEqual(personal('petstore-3.1.yaml'), ['email', 'firstName', 'lastName', 'phone']);
      assert.deepStrictEqual(personal('train-travel-3.1.yaml'),
        ['address', 'address_city', 'address_line1', 'address_line2', 'address_post_code', 'sort_code']);
    });
  });
});
