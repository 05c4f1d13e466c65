// Step: how the bot authenticates, from the spec's security schemes; unsafe grants are listed but cannot be chosen.

import type { LoadedSpec, OAuthFlowInfo, OperationSummary, SecuritySchemeInfo } from '../../../engine';
import type { PickEntry, PickItem } from '../prompter';
import type { AuthAnswer, Step, WizardDeps } from '../types';

/** An auth item before it is grouped. */
interface AuthOption {
  answer: AuthAnswer;
  label: string;
  description?: string;
  detail?: string;
  /** Why it cannot be used (an implicit or password grant, an unsupported scheme). */
  disabled?: string;
  /** Usable, but the rules report it as an error (an API key in the query string). */
  flagged?: boolean;
  /** How many of the chosen operations require this scheme. */
  usage: number;
}

const FLOW_REFUSAL: Partial<Record<OAuthFlowInfo['flow'], string>> = {
  implicit: 'not for a bot: the implicit grant returns the token in a URL, and the oauth-insecure-flow rule rejects it',
  password: 'not for a bot: the password grant hands a user\'s password to the bot, and the oauth-insecure-flow rule rejects it',
};

export function authStep(deps: WizardDeps): Step {
  return async (state, at) => {
    const spec = state.loaded?.spec;
    if (spec === undefined) {
      return undefined;
    }
    const keys = new Set(state.operations ?? []);
    const options = authOptions(spec, spec.listOperations().filter((op) => keys.has(op.key)));
    const preferred = state.auth?.id ?? defaultAuth(options).answer.id;
    const answer = await deps.prompter.pick<AuthAnswer>({
      ...at,
      title: 'Authentication',
      placeholder: 'How the bot signs in (secrets are read from .env)',
      items: authItems(options),
      isActive: (item) => item.value.id === preferred,
      matchOnDescription: true,
    });
    if (answer === undefined || answer === 'back') {
      return answer;
    }
    state.auth = answer.value;
    return 'next';
  };
}

/**
 * One option per usable scheme (one per OAuth flow), the unusable ones with their reason, a bearer-token
 * placeholder when nothing in the spec can be used, and "No authentication" as an explicit, last choice.
 */
function authOptions(spec: LoadedSpec, chosen: readonly OperationSummary[]): AuthOption[] {
  const options = spec.securitySchemes.flatMap((scheme) => schemeOptions(scheme, usageOf(scheme.name, chosen)));
  if (!options.some((option) => option.disabled === undefined)) {
    const why = spec.securitySchemes.length === 0 ? 'the spec declares no authentication' : 'none of the spec\'s schemes can be used by a bot';
    options.unshift({
      answer: { id: 'placeholder', kind: 'placeholder', secrets: ['token'] },
      label: '$(lock) Bearer token',
      description: `placeholder: ${why}`,
      detail: 'A bearer token read from .env is assumed; check how the API authenticates.',
      usage: 0,
    });
  }
  options.push({
    answer: { id: 'none', kind: 'none', secrets: [] },
    label: '$(circle-slash) No authentication',
    description: 'not recommended',
    detail: 'Anyone who reaches the bot can use the API through it; the auth-missing rule reports this as an error.',
    usage: 0,
  });
  return options;
}

/** The earlier choice aside: the usable scheme most of the chosen operations require (a flagged one only when alone). */
function defaultAuth(options: readonly AuthOption[]): AuthOption {
  const usable = options.filter((option) => option.disabled === undefined && option.answer.kind !== 'none');
  const ranked = [...usable].sort((a, b) => Number(a.flagged ?? false) - Number(b.flagged ?? false) || b.usage - a.usage);
  return ranked[0] ?? (options[options.length - 1] as AuthOption);
}

/** Usable options under "From the spec", unusable ones under their own heading, "No authentication" last. */
function authItems(options: readonly AuthOption[]): PickEntry<AuthAnswer>[] {
  const toItem = (option: AuthOption): PickItem<AuthAnswer> => ({
    label: option.label,
    ...(option.description !== undefined ? { description: option.description } : {}),
    ...(option.detail !== undefined ? { detail: option.detail } : {}),
    ...(option.disabled !== undefined ? { disabled: option.disabled } : {}),
    value: option.answer,
  });
  const groups: Array<[string, AuthOption[]]> = [
    ['Suggested', options.filter((o) => o.answer.kind === 'placeholder')],
    ['From the spec', options.filter((o) => o.answer.kind === 'scheme' && o.disabled === undefined)],
    ['In the spec, not usable by a bot', options.filter((o) => o.disabled !== undefined)],
    ['Other', options.filter((o) => o.answer.kind === 'none')],
  ];
  return groups.filter(([, group]) => group.length > 0).flatMap(([name, group]) => [{ separator: name }, ...group.map(toItem)]);
}

function usageOf(scheme: string, operations: readonly OperationSummary[]): number {
  return operations.filter((op) => op.security?.some((requirement) => scheme in requirement)).length;
}

function usageText(usage: number): string {
  return usage > 0 ? ` · required by ${usage} chosen operation${usage === 1 ? '' : 's'}` : '';
}

function schemeOptions(scheme: SecuritySchemeInfo, usage: number): AuthOption[] {
  const base = { usage, description: `${scheme.name}${usageText(usage)}` };
  const answer = (secrets: AuthAnswer['secrets'], flow?: OAuthFlowInfo['flow']): AuthAnswer => ({
    id: flow === undefined ? `scheme:${scheme.name}` : `scheme:${scheme.name}:${flow}`,
    kind: 'scheme',
    scheme: scheme.name,
    ...(flow !== undefined ? { flow } : {}),
    secrets,
  });
  switch (scheme.kind) {
    case 'apiKey':
      if (scheme.in === 'query') {
        return [{
          ...base, answer: answer(['apiKey']), flagged: true,
          label: `$(warning) API key in the "${scheme.paramName}" query parameter`,
          detail: 'Flagged: keys in URLs end up in logs and histories; the api-key-in-query rule reports it as an error. Prefer a header if the API allows one.',
        }];
      }
      return [{ ...base, answer: answer(['apiKey']), label: `$(key) API key in the "${scheme.paramName}" ${scheme.in}` }];
    case 'http':
      if (scheme.scheme === 'basic') {
        return [{ ...base, answer: answer(['username', 'password']), label: '$(account) HTTP Basic', detail: 'A username and a password, both read from .env.' }];
      }
      if (scheme.scheme === 'bearer') {
        return [{ ...base, answer: answer(['token']), label: `$(lock) Bearer token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''}` }];
      }
      return [{ ...base, answer: answer([]), label: `$(circle-slash) HTTP ${scheme.scheme}`, disabled: `action files support HTTP Basic and bearer tokens, not '${scheme.scheme}'` }];
    case 'oauth2':
      return scheme.flows.map((flow) => oauthOption(flow, base, answer));
    case 'openIdConnect':
      return [{ ...base, answer: answer(['clientId', 'clientSecret']), label: '$(verified) OpenID Connect', detail: `Discovery: ${scheme.openIdConnectUrl}` }];
    case 'unsupported':
      return [{ ...base, answer: answer([]), label: `$(circle-slash) ${scheme.type}`, disabled: `the '${scheme.type}' scheme type is not supported by action files` }];
  }
}

function oauthOption(
  flow: OAuthFlowInfo,
  base: { usage: number; description: string },
  answer: (secrets: AuthAnswer['secrets'], flow: OAuthFlowInfo['flow']) => AuthAnswer,
): AuthOption {
  const refusal = FLOW_REFUSAL[flow.flow];
  const names: Record<OAuthFlowInfo['flow'], string> = {
    clientCredentials: '$(server-process) OAuth 2.0 client credentials',
    authorizationCode: '$(link-external) OAuth 2.0 authorization code',
    implicit: '$(circle-slash) OAuth 2.0 implicit',
    password: '$(circle-slash) OAuth 2.0 password',
  };
  const scopes = flow.scopes.length > 0 ? `scopes: ${flow.scopes.join(', ')}` : 'no scopes declared';
  return {
    ...base,
    answer: answer(refusal === undefined ? ['clientId', 'clientSecret'] : [], flow.flow),
    label: names[flow.flow],
    detail: flow.tokenUrl !== undefined ? `Token URL ${flow.tokenUrl}; ${scopes}` : scopes,
    ...(refusal !== undefined ? { disabled: refusal } : {}),
  };
}
