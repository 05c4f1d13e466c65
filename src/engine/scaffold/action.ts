// Builds one action from a resolved operation: description, risk flags, parameters and response allowlist.

import { classifyRisk } from '../openapi/risk';
import type { OperationDetail } from '../openapi/types';
import { buildParameters, SAFE_BOUNDS } from './parameters';
import { describeOperation } from './plain-text';
import { buildResponseAllowlist } from './response';
import type { CommentScope, YamlValue } from './yaml-emit';

type YamlMap = { [key: string]: YamlValue };

export interface ActionInput {
  operation: OperationDetail;
  id: string;
  /** The user named this operation, so an admin endpoint is allowed on purpose. */
  explicit: boolean;
  /** The API key parameter the connection sends, so the action does not ask the bot for it. */
  authParamName?: string;
  /** Comments on this action (paths relative to it). */
  comments: CommentScope;
  /** The response size cap written into the action. */
  maxBytes: number;
}

export interface ActionBuild {
  action: YamlMap;
  /** What was left out or assumed, one line each, prefixed with the action id. */
  notes: string[];
}

/**
 * One action, secure by default: audit on; confirm on destructive and admin operations; allowSensitive only on an
 * admin operation the user named; personalData from parameter and field names; path parameters all declared.
 */
export function buildAction(input: ActionInput): ActionBuild {
  const { operation, id, comments } = input;
  const notes: string[] = [];
  const pathNames = [...new Set([...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string))];
  const params = buildParameters(operation, { authParamName: input.authParamName, pathNames }, {
    add: (path, text, placement) => comments.add(['parameters', ...path], text, placement),
  });
  notes.push(...params.left.map((line) => `${id}: ${line}.`));
  declareMissingPathParameters(pathNames, params.parameters, comments, notes, id);
  const response = buildResponseAllowlist(operation.successResponse);
  if (response.dropped.length > 0) {
    comments.add(['response', 'fields'], `left out as credentials: ${response.dropped.join(', ')}`);
  }
  const risk = classifyRisk({
    method: operation.method,
    path: operation.path,
    tags: operation.tags,
    ...(operation.operationId !== undefined ? { operationId: operation.operationId } : {}),
    aliases: [id],
    parameterNames: params.parameters.map((p) => String(p.name)),
    fieldNames: response.fields,
  });
  const action: YamlMap = {
    id,
    description: describeOperation(operation.summary, operation.description, operation.method, operation.path, id),
    method: operation.method,
    path: operation.path,
    personalData: risk.personalData,
    confirm: risk.destructive || risk.admin,
  };
  if (operation.deprecated) {
    comments.add(['id'], 'deprecated in the spec');
  }
  if (risk.reasons['personal-data']) {
    comments.add(['personalData'], risk.reasons['personal-data']);
  }
  if (risk.destructive || risk.admin) {
    comments.add(['confirm'], `the bot asks first: ${risk.destructive ? 'destructive' : 'admin'} (${risk.reasons.destructive ?? risk.reasons.admin ?? ''})`);
  }
  if (risk.admin && input.explicit) {
    action.allowSensitive = true;
    comments.add(['allowSensitive'], 'an admin endpoint you selected explicitly: keep only if the bot really needs it');
  }
  action.audit = true;
  if (params.parameters.length > 0) {
    action.parameters = params.parameters;
  }
  action.response = { fields: [...response.fields], mask: [...response.mask], maxBytes: input.maxBytes };
  if (response.comment !== undefined) {
    comments.add(['response'], response.comment);
  }
  return { action, notes };
}

/** A `{name}` in the path that the spec did not declare still needs a (bounded) path parameter. */
function declareMissingPathParameters(pathNames: string[], parameters: YamlMap[], comments: CommentScope, notes: string[], id: string): void {
  const declared = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
  for (const name of pathNames) {
    if (declared.has(name)) {
      continue;
    }
    declared.add(name);
    comments.add(['parameters', parameters.length], `review: '${name}' is in the path but the spec does not declare it`, 'before');
    parameters.push({ name, in: 'path', required: true, schema: { type: 'string', pattern: SAFE_BOUNDS.pathPattern } });
    notes.push(`${id}: path parameter '${name}' was not declared in the spec; added as a bounded string.`);
  }
}
