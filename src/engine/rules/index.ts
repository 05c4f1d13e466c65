// The rule registry, sorted by id. Add a rule here by hand (see README, "Adding a rule").

import { actionDescriptionMissing } from './action-description-missing';
import { adminEndpointExposed } from './admin-endpoint-exposed';
import { apiKeyInQuery } from './api-key-in-query';
import { auditLoggingOff } from './audit-logging-off';
import { authMissing } from './auth-missing';
import { basicAuthOverHttp } from './basic-auth-over-http';
import { destructiveWithoutConfirm } from './destructive-without-confirm';
import { envFileNotIgnored } from './env-file-not-ignored';
import { insecureHttpUrl } from './insecure-http-url';
import { internalErrorRule } from './internal-error';
import { oauthBroadScopes } from './oauth-broad-scopes';
import { oauthInsecureFlow } from './oauth-insecure-flow';
import { parseError } from './parse-error';
import { personalDataAuditOff } from './personal-data-audit-off';
import { personalDataUndeclared } from './personal-data-undeclared';
import { rateLimitMissing } from './rate-limit-missing';
import { rateLimitTooHigh } from './rate-limit-too-high';
import { retryUnbounded } from './retry-unbounded';
import { timeoutMissing } from './timeout-missing';
import { tlsVerifyDisabled } from './tls-verify-disabled';
import type { Rule } from './rule';
import { schemaInvalid } from './schema-invalid';

export { internalErrorRule };

export const RULES: readonly Rule[] = [
  actionDescriptionMissing,
  adminEndpointExposed,
  apiKeyInQuery,
  auditLoggingOff,
  authMissing,
  basicAuthOverHttp,
  destructiveWithoutConfirm,
  envFileNotIgnored,
  insecureHttpUrl,
  internalErrorRule,
  oauthBroadScopes,
  oauthInsecureFlow,
  parseError,
  schemaInvalid,
  personalDataAuditOff,
  personalDataUndeclared,
  rateLimitMissing,
  rateLimitTooHigh,
  retryUnbounded,
  timeoutMissing,
  tlsVerifyDisabled,
].sort((a, b) => a.id.localeCompare(b.id));

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
