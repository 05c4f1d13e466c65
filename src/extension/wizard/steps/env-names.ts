// Step: the environment variable names for the base URL (when read from .env) and each credential, one input each.

import type { EnvNames } from '../../../engine';
import type { Validation } from '../prompter';
import type { EnvKey, Step, WizardDeps, WizardState } from '../types';

const WHAT: Record<EnvKey, string> = {
  baseUrl: 'the API\'s base URL',
  apiKey: 'the API key',
  token: 'the bearer token',
  username: 'the Basic username',
  password: 'the Basic password',
  clientId: 'the OAuth client id',
  clientSecret: 'the OAuth client secret',
};

/** The variables the answers so far need, in prompt order. */
export function neededEnvKeys(state: WizardState): EnvKey[] {
  return [...(state.server?.kind === 'env' ? ['baseUrl' as const] : []), ...(state.auth?.secrets ?? [])];
}

/** The names in effect: the user's, else the defaults derived from the connection name. */
function effectiveEnvNames(deps: WizardDeps, state: WizardState): EnvNames {
  return { ...deps.engine.toEnvNames(state.connectionName ?? 'api', undefined, []), ...state.envNames };
}

/** One input per variable; Back from the first returns to the previous step, from a later one to the previous input. */
export function envNamesStep(deps: WizardDeps): Step {
  return async (state, at) => {
    const keys = neededEnvKeys(state);
    const existing = state.spec === undefined ? new Map<string, boolean>() : await deps.workspace.envKeys(state.spec);
    let index = 0;
    while (index < keys.length) {
      const key = keys[index] as EnvKey;
      const answer = await deps.prompter.input({
        ...at,
        back: at.back || index > 0,
        title: keys.length > 1 ? `Environment variables (${index + 1}/${keys.length})` : 'Environment variable',
        prompt: `The variable that holds ${WHAT[key]}. Put its value in .env (git-ignored); the action file only says \${env:NAME}.`,
        value: effectiveEnvNames(deps, state)[key],
        validate: (value) => validateEnvName(value, {
          key,
          others: keys.filter((other) => other !== key).map((other) => ({ key: other, name: effectiveEnvNames(deps, state)[other] })),
          existing,
          pattern: deps.engine.envNamePattern,
        }),
      });
      if (answer === undefined) {
        return undefined;
      }
      if (answer === 'back') {
        if (index === 0) {
          return 'back';
        }
        index--;
        continue;
      }
      state.envNames[key] = answer.value.trim();
      index++;
    }
    return 'next';
  };
}

interface EnvNameContext {
  key: EnvKey;
  /** The other variables of this connection and their current names. */
  others: ReadonlyArray<{ key: EnvKey; name: string }>;
  /** The env file's keys: true when it holds a non-empty value. */
  existing: ReadonlyMap<string, boolean>;
  pattern: RegExp;
}

/**
 * An error for a name `${env:NAME}` cannot hold or that another variable of this connection already uses (they
 * hold different values); a warning when the env file already sets it, since these actions would then use that value.
 */
function validateEnvName(value: string, context: EnvNameContext): Validation | undefined {
  const name = value.trim();
  if (name === '') {
    return { severity: 'error', message: `Enter a name for ${WHAT[context.key]}.` };
  }
  if (!context.pattern.test(name)) {
    const fixed = name.toUpperCase().replace(/[^A-Z0-9_]+/g, '_');
    const hint = context.pattern.test(fixed) ? ` (${fixed})` : '';
    return { severity: 'error', message: `Use capital letters, digits and _, not starting with a digit${hint}.` };
  }
  const clash = context.others.find((other) => other.name === name);
  if (clash !== undefined) {
    return { severity: 'error', message: `${name} already holds ${WHAT[clash.key]}; each value needs its own variable.` };
  }
  if (context.existing.get(name) === true) {
    return { severity: 'warning', message: `${name} is already set in .env, so these actions would use that value: pick another name if it belongs to something else.` };
  }
  if (context.existing.has(name)) {
    return { severity: 'info', message: `${name} is already in .env, still empty: fill it in.` };
  }
  return undefined;
}
