// Reads, lints and compiles one action file: its error findings and missing env variables become start-up problems.

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { actionsOf, type EngineConfig, isRecord, lint, type LocatedFinding, locateFindings, parseValue } from '../../engine';
import { type CleanVerdicts, verdictKey } from './clean-verdicts';
import type { ActionSpec } from '../model';
import type { StartupProblem } from '../types';
import { compileAction } from './compile-action';
import { compileConnection } from './compile-connection';
import { nearestEnvFile, readEnvValues } from './env-file';
import { envResolver } from './resolve-env';

export interface DefinitionOptions {
  config: EngineConfig;
  env: Record<string, string | undefined>;
  envFile?: string;
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
  const checked = await checkedDocument(file, text, options);
  if ('problem' in checked) {
    return fail(checked.problem, checked.findings ? { findings: checked.findings } : {});
  }
  const { value } = checked;
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
  const actions: ActionSpec[] = [];
  for (const action of actionsOf(value)) {
    actions.push(compileAction(action.raw, connection.value));
  }
  return { ok: true, actions };
}

/** The parsed file when it has no error finding (known from an earlier start, or linted now), else what to report. */
async function checkedDocument(file: string, text: string, options: DefinitionOptions): Promise<{ value: unknown } | { problem: string; findings?: LocatedFinding[] }> {
  const key = options.verdicts ? verdictKey(file, text, options.config) : undefined;
  if (key !== undefined && (await options.verdicts?.isClean(key))) {
    return { value: parseValue(file, text) };
  }
  const result = lint({ text, fileName: file, kind: 'action', config: options.config, errorsOnly: true });
  if (result.skipped || !result.document) {
    return { problem: `not analysed: ${result.skipped ?? 'not an action definition'}` };
  }
  const errors = result.findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    return { problem: `${errors.length} error finding${errors.length > 1 ? 's' : ''}: fix them before serving`, findings: locateFindings(errors, file, result.document.lines) };
  }
  if (key !== undefined) {
    await options.verdicts?.recordClean(key);
  }
  return { value: result.document.value };
}
