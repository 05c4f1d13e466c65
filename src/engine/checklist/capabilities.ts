// What the bot can and cannot do through each connection, in plain words, derived from the action definitions.

import type { ParsedDocument } from '../parse';
import { classifyEndpoint } from '../rules/util/endpoint-risk';
import { personalPhraseIn } from '../rules/util/field-names';
import { type ActionView, actionsOf, asString, connectionOf, isRecord, responseFieldsOf } from '../rules/util/action-file';

export interface CapabilityItem {
  actionId: string;
  method: string;
  path: string;
  /** The description's first sentence (plain text, from the file: escape before showing as HTML). */
  summary: string;
  confirm: boolean;
  personalData: boolean;
  admin: boolean;
  /** 1-based line of the action, for "reveal". */
  line: number;
}

export interface ConnectionCapabilities {
  file: string;
  connection: string;
  /** Base URL with any credentials in it masked. */
  baseUrl: string;
  /** How the bot authenticates, in words ("an API key in a header"). */
  auth: string;
  can: { read: CapabilityItem[]; change: CapabilityItem[]; delete: CapabilityItem[] };
  cannot: string[];
  /** Personal data that flows through the connection: "email (getCustomer, masked)". */
  personalData: string[];
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Describes one parsed action definition; undefined when it has no connection to describe. */
export function describeCapabilities(file: string, doc: ParsedDocument): ConnectionCapabilities | undefined {
  const connection = connectionOf(doc.value);
  if (!connection) {
    return undefined;
  }
  const actions = actionsOf(doc.value);
  const result: ConnectionCapabilities = {
    file,
    connection: connection.name ?? file,
    baseUrl: maskUrlSecrets(connection.baseUrl ?? '(no base URL)'),
    auth: describeAuth(connection.auth),
    can: { read: [], change: [], delete: [] },
    cannot: [],
    personalData: [],
  };
  for (const action of actions) {
    const risk = classifyEndpoint({ method: action.method, path: action.urlPath, id: action.id });
    const item: CapabilityItem = {
      actionId: action.id ?? action.label,
      method: action.method ?? '?',
      path: action.urlPath ?? '?',
      summary: firstSentence(asString(action.raw.description)) || `${action.method ?? '?'} ${action.urlPath ?? '?'}`,
      confirm: action.raw.confirm === true,
      personalData: action.raw.personalData === true,
      admin: risk.admin !== undefined,
      line: doc.lines.positionAt(doc.rangeOf(action.path).start).line + 1,
    };
    const bucket = risk.destructive ? result.can.delete : READ_METHODS.has(item.method) ? result.can.read : result.can.change;
    bucket.push(item);
    result.personalData.push(...personalDataOf(action));
  }
  result.cannot = cannotList(connection.name ?? 'this API', actions, result, connection.raw);
  return result;
}

function describeAuth(auth: Record<string, unknown> | undefined): string {
  switch (asString(auth?.type)) {
    case 'apiKey': return `an API key in the ${asString(auth?.in) ?? 'header'}`;
    case 'basic': return 'HTTP Basic credentials';
    case 'bearer': return 'a bearer token';
    case 'oauth2': return `OAuth 2.0 (${asString(auth?.flow) ?? 'flow not set'})`;
    case 'none': return 'no authentication';
    default: return auth ? 'an unknown method' : 'no authentication';
  }
}

/** Personal fields and parameters of an action, as "email (getCustomer, masked)". */
function personalDataOf(action: ActionView): string[] {
  const mask = Array.isArray(action.response?.mask) ? action.response.mask.filter((m): m is string => typeof m === 'string') : [];
  const found: string[] = [];
  for (const { field } of responseFieldsOf(action)) {
    if (personalPhraseIn(field)) {
      found.push(`${field} (returned by ${action.id ?? action.label}${mask.includes(field) ? ', masked' : ''})`);
    }
  }
  for (const parameter of action.parameters) {
    if (parameter.name && personalPhraseIn(parameter.name)) {
      found.push(`${parameter.name} (sent by ${action.id ?? action.label})`);
    }
  }
  return found;
}

function cannotList(name: string, actions: ActionView[], caps: ConnectionCapabilities, connection: Record<string, unknown>): string[] {
  const cannot = [`Call any endpoint of ${name} other than the ${actions.length} listed action${actions.length === 1 ? '' : 's'}.`];
  const all = [...caps.can.read, ...caps.can.change, ...caps.can.delete];
  if (caps.can.delete.length === 0) {
    cannot.push('Delete, cancel or revoke anything.');
  } else if (caps.can.delete.every((item) => item.confirm)) {
    cannot.push('Delete, cancel or revoke anything without the user confirming first.');
  }
  if (!all.some((item) => item.admin)) {
    cannot.push('Reach admin, role or permission endpoints.');
  }
  const withoutAllowlist = actions.filter((action) => !Array.isArray(action.response?.fields));
  if (actions.length > 0 && withoutAllowlist.length === 0) {
    cannot.push('See response fields outside each action\'s allowlist.');
  }
  const rateLimit = isRecord(connection.rateLimit) ? connection.rateLimit : undefined;
  if (rateLimit && typeof rateLimit.requests === 'number' && typeof rateLimit.per === 'string') {
    cannot.push(`Make more than ${rateLimit.requests} calls per ${rateLimit.per}.`);
  }
  return cannot;
}

/**
 * The URL with credentials and query values masked: a key pasted into a base URL (`user:pass@`, `?token=sk_live_…`)
 * must not reach the panel or a report.
 */
export function maskUrlSecrets(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//…@').replace(/([?&][^=&#]*=)[^&#]*/g, '$1…');
}

/** First sentence of a description, bounded: the panel shows a line, not an essay. */
function firstSentence(text: string | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  const end = clean.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? clean : clean.slice(0, end + 1);
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}
