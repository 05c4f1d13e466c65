// Step: the base URL the bot calls: one of the spec's servers, a URL the user enters, or an ${env:…} reference.

import type { ServerInfo } from '../../../engine';
import type { PickEntry, Validation } from '../prompter';
import type { ServerAnswer, Step, WizardDeps, WizardState } from '../types';

type ServerChoice = { kind: 'url'; url: string } | { kind: 'custom' } | { kind: 'env' };

export function serverStep(deps: WizardDeps): Step {
  return async (state, at) => {
    const spec = state.loaded?.spec;
    if (spec === undefined) {
      return undefined;
    }
    for (;;) {
      const envName = baseUrlEnvName(deps, state);
      const items = serverItems(spec.servers, envName, deps.engine.isInsecureHttpUrl);
      const answer = await deps.prompter.pick<ServerChoice>({
        ...at,
        title: 'Server',
        placeholder: 'The server the bot calls (plain http becomes https, except on localhost)',
        items,
        isActive: activeServer(state.server, items),
        matchOnDescription: true,
      });
      if (answer === undefined || answer === 'back') {
        return answer;
      }
      const choice = answer.value;
      if (choice.kind !== 'custom') {
        state.server = choice.kind === 'env' ? { kind: 'env' } : { kind: 'url', url: choice.url, custom: false };
        return 'next';
      }
      const typed = await deps.prompter.input({
        ...at,
        back: true,
        title: 'Server URL',
        prompt: 'The API\'s base URL, e.g. https://api.example.com/v1',
        value: state.server?.kind === 'url' && state.server.custom ? state.server.url : '',
        validate: (value) => validateServerUrl(value, deps.engine.isInsecureHttpUrl),
      });
      if (typed === undefined) {
        return undefined;
      }
      if (typed !== 'back') {
        state.server = { kind: 'url', url: typed.value.trim(), custom: true };
        return 'next';
      }
    }
  };
}

function baseUrlEnvName(deps: WizardDeps, state: WizardState): string {
  return state.envNames.baseUrl ?? deps.engine.toEnvNames(state.connectionName ?? 'api', undefined, []).baseUrl;
}

/** The spec's absolute http(s) servers (marked when http will be upgraded), then "Enter a URL…" and the env reference. */
export function serverItems(servers: readonly ServerInfo[], envName: string, isInsecureHttpUrl: (url: string) => boolean): PickEntry<ServerChoice>[] {
  const items: PickEntry<ServerChoice>[] = [];
  const relative: string[] = [];
  const seen = new Set<string>();
  for (const server of servers) {
    const url = parseHttpUrl(server.url);
    if (url === undefined) {
      relative.push(server.url);
      continue;
    }
    if (seen.has(server.url)) {
      continue;
    }
    seen.add(server.url);
    const upgraded = isInsecureHttpUrl(server.url);
    const local = url.protocol === 'http:' && !upgraded;
    items.push({
      label: `${upgraded ? '$(warning)' : local ? '$(vm)' : '$(globe)'} ${server.url}`,
      description: upgraded ? 'plain http: will be upgraded to https' : local ? 'local: http is accepted on localhost' : server.description,
      ...(server.description !== undefined && (upgraded || local) ? { detail: server.description } : {}),
      value: { kind: 'url', url: server.url },
    });
  }
  if (items.length === 0) {
    items.push({ separator: servers.length === 0 ? 'The spec names no server' : 'The spec names no absolute server URL' });
  } else {
    items.push({ separator: 'Other' });
  }
  items.push(
    { label: '$(edit) Enter a URL…', description: 'the API\'s https base URL', value: { kind: 'custom' } },
    {
      label: `$(symbol-variable) Use \${env:${envName}}`,
      description: 'read the base URL from .env (one file for every environment)',
      ...(relative.length > 0 ? { detail: `The spec's server ${relative.join(', ')} is relative.` } : {}),
      value: { kind: 'env' },
    },
  );
  return items;
}

/** The earlier answer, else the first https server, else the first server, else the env reference. */
function activeServer(answer: ServerAnswer | undefined, items: readonly PickEntry<ServerChoice>[]): (item: { value: ServerChoice }) => boolean {
  const urls = items.flatMap((item) => ('value' in item && item.value.kind === 'url' ? [item.value.url] : []));
  const preferred = urls.find((url) => /^https:/i.test(url)) ?? urls[0];
  return ({ value }) => {
    if (answer?.kind === 'env' || (answer === undefined && preferred === undefined)) {
      return value.kind === 'env';
    }
    if (answer?.kind === 'url' && answer.custom) {
      return value.kind === 'custom';
    }
    const wanted = answer?.kind === 'url' ? answer.url : preferred;
    return value.kind === 'url' && value.url === wanted;
  };
}

/** An absolute http(s) URL is required; http (off localhost) and credentials are accepted with a warning, as the generator fixes them. */
export function validateServerUrl(value: string, isInsecureHttpUrl: (url: string) => boolean): Validation | undefined {
  const text = value.trim();
  if (text === '') {
    return { severity: 'error', message: 'Enter the API\'s base URL, e.g. https://api.example.com/v1' };
  }
  const url = parseHttpUrl(text);
  if (url === undefined) {
    return { severity: 'error', message: 'Enter an absolute http(s) URL, e.g. https://api.example.com/v1' };
  }
  if (url.username !== '' || url.password !== '') {
    return { severity: 'warning', message: 'The user:password@ part is removed: credentials belong in the auth settings, as ${env:NAME}.' };
  }
  if (isInsecureHttpUrl(text)) {
    return { severity: 'warning', message: 'Plain http: it will be upgraded to https.' };
  }
  return undefined;
}

function parseHttpUrl(text: string): URL | undefined {
  if (!/^https?:\/\/\S+$/i.test(text)) {
    return undefined;
  }
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
