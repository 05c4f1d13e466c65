// The rule registry, sorted by id. Add a rule here by hand (see README, "Adding a rule").

import { actionDescriptionMissing } from './action-description-missing';
import { adminEndpointExposed } from './admin-endpoint-exposed';
import { apiKeyInQuery } from './api-key-in-query';
import { auditLoggingOff } from './audit-logging-off';
import { authMissing } from './auth-missing';
import { basicAuthOverHttp } from './basic-auth-over-http';
import { circuitBreakerIneffective } from './circuit-breaker-ineffective';
import { credentialsInUrl } from './credentials-in-url';
import { destructiveWithoutConfirm } from './destructive-without-confirm';
import { duplicateActionId } from './duplicate-action-id';
import { envFileNotIgnored } from './env-file-not-ignored';
import { hardcodedSecret } from './hardcoded-secret';
import { injectionProneParameter } from './injection-prone-parameter';
import { insecureHttpUrl } from './insecure-http-url';
import { internalErrorRule } from './internal-error';
import { numberUnbounded } from './number-unbounded';
import { oauthBroadScopes } from './oauth-broad-scopes';
import { oauthInsecureFlow } from './oauth-insecure-flow';
import { parameterUntyped } from './parameter-untyped';
import { parseError } from './parse-error';
import { pathParameterUndeclared } from './path-parameter-undeclared';
import { pathParameterUnpatterned } from './path-parameter-unpatterned';
import { personalDataAuditOff } from './personal-data-audit-off';
import { personalDataUndeclared } from './personal-data-undeclared';
import { personalFieldUnmasked } from './personal-field-unmasked';
import { rateLimitMissing } from './rate-limit-missing';
import { rateLimitTooHigh } from './rate-limit-too-high';
import { responseAllowlistMissing } from './response-allowlist-missing';
import { responseSizeUnbounded } from './response-size-unbounded';
import { retryUnbounded } from './retry-unbounded';
import { secretLiteralInAuth } from './secret-literal-in-auth';
import { sensitiveFieldExposed } from './sensitive-field-exposed';
import { stringUnbounded } from './string-unbounded';
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
  circuitBreakerIneffective,
  credentialsInUrl,
  destructiveWithoutConfirm,
  duplicateActionId,
  envFileNotIgnored,
  hardcodedSecret,
  injectionProneParameter,
  insecureHttpUrl,
  internalErrorRule,
  numberUnbounded,
  oauthBroadScopes,
  oauthInsecureFlow,
  parameterUntyped,
  parseError,
  pathParameterUndeclared,
  pathParameterUnpatterned,
  schemaInvalid,
  personalDataAuditOff,
  personalDataUndeclared,
  personalFieldUnmasked,
  rateLimitMissing,
  rateLimitTooHigh,
  responseAllowlistMissing,
  responseSizeUnbounded,
  retryUnbounded,
  secretLiteralInAuth,
  sensitiveFieldExposed,
  stringUnbounded,
  timeoutMissing,
  tlsVerifyDisabled,
].sort((a, b) => a.id.localeCompare(b.id));
