// Typed, defensive access to an action definition's plain value: rules must not crash on wrong types (the schema reports those).

import type { JsonPath } from '../../model/types';

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export interface ConnectionView {
  path: JsonPath;
  raw: Json;
  name: string | undefined;
  baseUrl: string | undefined;
  auth: Json | undefined;
}

export interface ParameterView {
  path: JsonPath;
  raw: Json;
  name: string | undefined;
  in: string | undefined;
  schema: Json | undefined;
}

export interface ActionView {
  path: JsonPath;
  raw: Json;
  id: string | undefined;
  method: string | undefined;
  /** The URL path template, e.g. /orders/{orderId}. */
  urlPath: string | undefined;
  parameters: ParameterView[];
  response: Json | undefined;
  /** A label for messages: the id, else "action #n". */
  label: string;
}

export function connectionOf(value: unknown): ConnectionView | undefined {
  if (!isRecord(value) || !isRecord(value.connection)) {
    return undefined;
  }
  const raw = value.connection;
  return {
    path: ['connection'],
    raw,
    name: asString(raw.name),
    baseUrl: asString(raw.baseUrl),
    auth: isRecord(raw.auth) ? raw.auth : undefined,
  };
}

export function actionsOf(value: unknown): ActionView[] {
  if (!isRecord(value) || !Array.isArray(value.actions)) {
    return [];
  }
  const views: ActionView[] = [];
  value.actions.forEach((raw: unknown, index: number) => {
    if (!isRecord(raw)) {
      return;
    }
    const path: JsonPath = ['actions', index];
    const id = asString(raw.id);
    views.push({
      path,
      raw,
      id,
      method: asString(raw.method)?.toUpperCase(),
      urlPath: asString(raw.path),
      parameters: parametersOf(raw, path),
      response: isRecord(raw.response) ? raw.response : undefined,
      label: id ? `"${id}"` : `action #${index + 1}`,
    });
  });
  return views;
}

function parametersOf(action: Json, actionPath: JsonPath): ParameterView[] {
  if (!Array.isArray(action.parameters)) {
    return [];
  }
  const views: ParameterView[] = [];
  action.parameters.forEach((raw: unknown, index: number) => {
    if (isRecord(raw)) {
      views.push({
        path: [...actionPath, 'parameters', index],
        raw,
        name: asString(raw.name),
        in: asString(raw.in),
        schema: isRecord(raw.schema) ? raw.schema : undefined,
      });
    }
  });
  return views;
}

/** Every parameter of every action, with its action, in file order. */
export function* eachParameter(value: unknown): Generator<{ action: ActionView; parameter: ParameterView }> {
  for (const action of actionsOf(value)) {
    for (const parameter of action.parameters) {
      yield { action, parameter };
    }
  }
}

/** The connection and its auth object when the auth is of `type`; undefined otherwise. */
export function authOfType(value: unknown, type: string): { connection: ConnectionView; auth: Json } | undefined {
  const connection = connectionOf(value);
  return connection?.auth && asString(connection.auth.type) === type ? { connection, auth: connection.auth } : undefined;
}

/** The allowlisted response fields, as strings, with their index in `response.fields`. */
export function responseFieldsOf(action: ActionView): Array<{ field: string; index: number }> {
  const fields = action.response?.fields;
  if (!Array.isArray(fields)) {
    return [];
  }
  const result: Array<{ field: string; index: number }> = [];
  fields.forEach((field: unknown, index: number) => {
    if (typeof field === 'string') {
      result.push({ field, index });
    }
  });
  return result;
}

/** `${env:NAME}`: the only way a secret may appear in an action definition. */
export const ENV_REFERENCE = /^\$\{env:[A-Z_][A-Z0-9_]*\}$/;

export function isEnvReference(value: unknown): boolean {
  return typeof value === 'string' && ENV_REFERENCE.test(value.trim());
}
