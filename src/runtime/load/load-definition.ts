// Reads, checks and compiles one action file: its error findings and missing env variables become start-up problems.

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { actionsOf, type EngineConfig, isRecord, MAX_DEFINITION_LENGTH, parseValue } from '../../engine';
import { type CleanVerdicts, verdictKey } from './clean-verdicts';
import type { ActionSpec } from '../model';
import type { StartupProblem } from '../types';
import { compileAction } from './compile-action';
import { compileConnection } from './compile-connection';
import { nearestEnvFile, readEnvValues } from './env-file';
import { envResolver } from './resolve-env';
import type { StartupCheck, Verdict } from './startup-check';

export interface DefinitionOptions {
  config: EngineConfig;
  env: Record<string, string | undefined>;
  envFile?: string;
  /** Lints each file for error findings (in a worker thread). */
  check: StartupCheck;
  /** Where clean lint verdicts are remembered (serve); absent: every file is linted. */
  verdicts?: CleanVerdicts;
}

export type LoadedDefinition = { ok: true; actions: ActionSpec[] } | { ok: false; problem: StartupProblem };

export async function loadDefinition(file: string, options: DefinitionOptions): Promise<LoadedDefinition> {
  const fail = (message: string, extra: Partial<StartupProblem> = {}): LoadedDefinition => ({ ok: false, problem: { file, message, ...extra } });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EISDIR' ? 'is a folder: serve takes action files (*.actions.yaml, *.actions.yml, *.actions.json)' : `cannot read the file (${code ?? 'unreadable'})`);
  }
  const key = options.verdicts ? verdictKey(file, text, options.config) : undefined;
  const known = key !== undefined && (await options.verdicts?.isClean(key)) === true;
  // Unless known clean from an earlier start, the worker lints while the values are parsed here; a file too big to
  // lint is refused without being parsed at all.
  const checking: Promise<Verdict> = known ? Promise.resolve({ clean: true }) : options.check.verdict(file, text, options.config);
  const compiled = text.length <= MAX_DEFINITION_LENGTH ? await compileDefinition(file, text, options) : undefined;
  const verdict = await checking;
  if (!verdict.clean) {
    return fail(verdict.problem, verdict.findings ? { findings: verdict.findings } : {});
  }
  if (!known && key !== undefined) {
    await options.verdicts?.recordClean(key);
  }
  return compiled ?? fail('Not analysed: the file is too large to serve.');
}

/** The file's actions with their connection's env values resolved. Only meaningful once the file is known clean. */
async function compileDefinition(file: string, text: string, options: DefinitionOptions): Promise<LoadedDefinition> {
  const fail = (message: string): LoadedDefinition => ({ ok: false, problem: { file, message } });
  const value = parseValue(file, text);
  if (!isRecord(value) || !isRecord(value.connection)) {
    return fail('no connection');
  }
  const envFile = options.envFile ?? nearestEnvFile(dirname(file));
  let fileValues: Map<string, string>;
  try {
    fileValues = await readEnvValues(envFile);
  } catch (error) {
    return fail(`cannot read the env file ${envFile ?? ''} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const connection = compileConnection(value.connection, file, envResolver(options.env, fileValues));
  if (!connection.ok) {
    return fail(connection.message);
  }
  return { ok: true, actions: actionsOf(value).map((action) => compileAction(action.raw, connection.value)) };
}
