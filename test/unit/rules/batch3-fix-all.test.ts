// "Fix all" on files with several batch-3 findings per action: the fixes insert at the same points, so they land over
// several passes and must converge to a file these rules accept.

import * as assert from 'assert';
import { DEFAULT_CONFIG, type EngineConfig } from '../../../src/engine/config/config';
import { fixAll } from '../../../src/engine/fix/fix-all';
import { lint } from '../../../src/engine/lint';
import { RULES } from '../../../src/engine/rules';
import { actionDescriptionMissing } from '../../../src/engine/rules/action-description-missing';
import { adminEndpointExposed } from '../../../src/engine/rules/admin-endpoint-exposed';
import { auditLoggingOff } from '../../../src/engine/rules/audit-logging-off';
import { destructiveWithoutConfirm } from '../../../src/engine/rules/destructive-without-confirm';
import { personalDataAuditOff } from '../../../src/engine/rules/personal-data-audit-off';
import { personalDataUndeclared } from '../../../src/engine/rules/personal-data-undeclared';
import { rateLimitMissing } from '../../../src/engine/rules/rate-limit-missing';
import { rateLimitTooHigh } from '../../../src/engine/rules/rate-limit-too-high';
import { retryUnbounded } from '../../../src/engine/rules/retry-unbounded';
import { timeoutMissing } from '../../../src/engine/rules/timeout-missing';

const BATCH3 = new Set([
  actionDescriptionMissing, adminEndpointExposed, auditLoggingOff, destructiveWithoutConfirm, personalDataAuditOff,
  personalDataUndeclared, rateLimitMissing, rateLimitTooHigh, retryUnbounded, timeoutMissing,
].map((rule) => rule.id));

/** Only the batch-3 rules run, so the expected texts do not depend on other rules' fixes. */
const BATCH3_ONLY: EngineConfig = {
  ...DEFAULT_CONFIG,
  rules: Object.fromEntries(RULES.filter((rule) => !BATCH3.has(rule.id)).map((rule) => [rule.id, 'off'])),
};

const INSECURE_YAML = `# Support bot for the shop: written by hand before Secure Actions existed.
version: 1
connection:
  name: shop-api
  baseUrl: https://api.shop.example.com/v2
  auth:
    type: bearer
    token: \${env:SHOP_TOKEN}
  retry:
    max: 8
    backoff: none
actions:
  - id: deleteCustomer
    description: Delete a customer account on request.
    method: DELETE
    path: /customers/{customerId}
    parameters:
      - name: email
        in: query
        required: true
        schema: { type: string, format: email, maxLength: 254 }

  - id: listStaffRoles
    description: List the roles of the store's staff.
    method: GET
    path: /stores/{storeId}/roles
    allowSensitive: true
    personalData: true
    audit: false

  - { id: cancelOrder, description: "Cancel an order that has not shipped.", method: POST, path: "/orders/{orderId}/cancel" }
`;

const FIXED_YAML = `# Support bot for the shop: written by hand before Secure Actions existed.
version: 1
connection:
  name: shop-api
  baseUrl: https://api.shop.example.com/v2
  auth:
    type: bearer
    token: \${env:SHOP_TOKEN}
  retry:
    max: 2
    backoff: exponential
  rateLimit: { requests: 60, per: minute }
  timeoutMs: 10000
actions:
  - id: deleteCustomer
    description: Delete a customer account on request.
    method: DELETE
    path: /customers/{customerId}
    parameters:
      - name: email
        in: query
        required: true
        schema: { type: string, format: email, maxLength: 254 }
    audit: true
    confirm: true
    personalData: true

  - id: listStaffRoles
    description: List the roles of the store's staff.
    method: GET
    path: /stores/{storeId}/roles
    allowSensitive: true
    personalData: true
    audit: true
    confirm: true

  - { id: cancelOrder, description: "Cancel an order that has not shipped.", method: POST, path: "/orders/{orderId}/cancel", audit: true, confirm: true }
`;

const INSECURE_JSON = `{
  "version": 1,
  "connection": {
    "name": "shop-api",
    "baseUrl": "https://api.shop.example.com/v2",
    "auth": { "type": "bearer", "token": "\${env:SHOP_TOKEN}" },
    "retry": {}
  },
  "actions": [
    {
      "id": "deleteCustomer",
      "description": "Delete a customer account on request.",
      "method": "DELETE",
      "path": "/customers/{customerId}",
      "response": { "fields": ["deleted", "customer.email"] }
    },
    { "id": "grantRefundPermission", "description": "Let an agent issue refunds.", "method": "POST", "path": "/agents/{agentId}/permissions", "allowSensitive": true }
  ]
}
`;

const FIXED_JSON = `{
  "version": 1,
  "connection": {
    "name": "shop-api",
    "baseUrl": "https://api.shop.example.com/v2",
    "auth": { "type": "bearer", "token": "\${env:SHOP_TOKEN}" },
    "retry": { "max": 2, "backoff": "exponential" },
    "rateLimit": { "requests": 60, "per": "minute" },
    "timeoutMs": 10000
  },
  "actions": [
    {
      "id": "deleteCustomer",
      "description": "Delete a customer account on request.",
      "method": "DELETE",
      "path": "/customers/{customerId}",
      "response": { "fields": ["deleted", "customer.email"] },
      "audit": true,
      "confirm": true,
      "personalData": true
    },
    { "id": "grantRefundPermission", "description": "Let an agent issue refunds.", "method": "POST", "path": "/agents/{agentId}/permissions", "allowSensitive": true, "audit": true, "confirm": true }
  ]
}
`;

/** Needs the owner's judgement: a too-high limit, a vague description and an admin endpoint nobody allowed. */
const CHOICES_YAML = `version: 1
connection:
  name: backoffice-api
  baseUrl: https://backoffice.example.com/api
  auth: { type: bearer, token: "\${env:BACKOFFICE_TOKEN}" }
  timeoutMs: 10000
  rateLimit: { requests: 50, per: second }
actions:
  - id: getAdminStats
    description: Stats.
    method: GET
    path: /admin/stats
    audit: true
`;

function batch3Findings(text: string, fileName: string, config: EngineConfig): string[] {
  return lint({ text, fileName, config }).findings
    .filter((finding) => BATCH3.has(finding.ruleId) || finding.ruleId === 'parse-error')
    .map((finding) => `${finding.ruleId}: ${finding.message}`);
}

describe('fix all on batch-3 findings', () => {
  const cases = [
    { format: 'YAML', fileName: 'shop.actions.yaml', insecure: INSECURE_YAML, fixed: FIXED_YAML },
    { format: 'JSON', fileName: 'shop.actions.json', insecure: INSECURE_JSON, fixed: FIXED_JSON },
  ];

  for (const { format, fileName, insecure, fixed } of cases) {
    it(`turns a ${format} file with several findings per action into one the batch-3 rules accept`, () => {
      assert.ok(batch3Findings(insecure, fileName, BATCH3_ONLY).length >= 8);
      const result = fixAll({ text: insecure, fileName, config: BATCH3_ONLY });
      assert.strictEqual(result.text, fixed);
      assert.deepStrictEqual(batch3Findings(result.text, fileName, BATCH3_ONLY), []);
      assert.strictEqual(fixAll({ text: result.text, fileName, config: BATCH3_ONLY }).applied.length, 0, 'a fixed point');
    });

    it(`converges on the ${format} file with every rule on, leaving no batch-3 finding`, () => {
      const result = fixAll({ text: insecure, fileName });
      assert.deepStrictEqual(batch3Findings(result.text, fileName, DEFAULT_CONFIG), []);
    });
  }

  it('leaves the owner\'s choices alone: a high limit, a description template and allowing an admin endpoint', () => {
    const result = fixAll({ text: CHOICES_YAML, fileName: 'backoffice.actions.yaml', config: BATCH3_ONLY });
    assert.strictEqual(result.text, CHOICES_YAML);
    assert.deepStrictEqual(lint({ text: CHOICES_YAML, fileName: 'backoffice.actions.yaml', config: BATCH3_ONLY }).findings.map((f) => f.ruleId),
      [rateLimitTooHigh.id, actionDescriptionMissing.id, adminEndpointExposed.id]);
  });
});
