// Pure planning of edits to .env, .gitignore and .env.example for the "Move secret to .env" fix and the wizard.

export { parseEnvKeys, type EnvKey } from './dotenv-syntax';
export { formatEnvValue } from './format-env-value';
export { chooseEnvName, ENV_NAME_PATTERN, type SecretField } from './env-name';
export { planEnvAppend, type EnvAppendPlan } from './plan-env-append';
export { isGitignored, planGitignoreEnsure } from './plan-gitignore';
export { planEnvExampleEnsure } from './plan-env-example';
