// Step: generates and lints the action file, lists everything Create will write, and waits for Create.

import type { EngineConfig, Finding, LoadedSpec, ScaffoldOptions, ScaffoldResult } from '../../../engine';
import type { PickEntry } from '../prompter';
import type { SideFileChange, SpecFile, Step, WizardDeps, WizardState } from '../types';

/** From this many operations on, generating and linting takes long enough (GitHub's: ~5 s) to show progress. */
const BIG_SELECTION = 100;
const SHOWN_LINES = 8;

interface Prepared {
  result: ScaffoldResult;
  errors: Finding[];
  /** Descriptions copied from the spec that address the model or hide text (any severity). */
  injected: Finding[];
  side: { envExample: SideFileChange; gitignore: SideFileChange };
}

export function summaryStep(deps: WizardDeps): Step {
  return async (state, at) => {
    const { spec: file, loaded, output } = state;
    if (file === undefined || loaded === undefined || output === undefined) {
      return undefined;
    }
    const count = state.operations?.length ?? 0;
    const prepared = await deps.prompter.withProgress(
      { title: `Generating ${count} action${count === 1 ? '' : 's'}…`, show: count >= BIG_SELECTION },
      async (isCancelled) => {
        const config = deps.workspace.engineConfig(file);
        if (await isCancelled()) {
          return undefined;
        }
        const result = deps.engine.scaffoldActions(...scaffoldRequest(deps, state, loaded.spec, config));
        if (await isCancelled()) {
          return undefined;
        }
        const { findings } = deps.engine.lint({ text: result.text, fileName: output.path, kind: 'action', config });
        return {
          result,
          errors: findings.filter((finding) => finding.severity === 'error'),
          injected: findings.filter((finding) => deps.engine.isPromptInjectionFinding(finding)),
          side: await deps.workspace.planSideFiles(file, result.envNames),
        };
      },
    );
    if (prepared === undefined) {
      return undefined;
    }
    const existing = await deps.workspace.envKeys(file);
    const clean = prepared.errors.length === 0 && prepared.injected.length === 0;
    const toReview = [
      ...(prepared.errors.length > 0 ? [`${plural(prepared.errors.length, 'error')} to fix`] : []),
      ...(prepared.injected.length > 0 ? [`${plural(prepared.injected.length, 'description')} to review`] : []),
    ].join(', ');
    const answer = await deps.prompter.confirm({
      ...at,
      title: 'Summary',
      placeholder: clean ? 'Check what will be written, then Create' : prepared.injected.length > 0
        ? 'Some descriptions from the spec speak to the model or hide text (listed below): create the file anyway?'
        : 'The file will have errors (listed below): create it anyway?',
      confirm: clean
        ? { label: '$(check) Create', description: `${output.path} with ${plural(prepared.result.actions.length, 'action')}` }
        : { label: '$(warning) Create anyway', description: `${output.path}: ${toReview}` },
      details: summaryItems(file, state, prepared, existing),
    });
    if (answer === undefined || answer === 'back') {
      return answer;
    }
    state.result = {
      spec: file,
      output,
      text: prepared.result.text,
      envNames: prepared.result.envNames,
      actions: prepared.result.actions.length,
      errors: prepared.errors,
    };
    return 'next';
  };
}

/**
 * The generator's input for the answers: the chosen operations, server and names, the folder's defaults; the spec
 * narrowed to the chosen OAuth flow (the generator otherwise prefers client credentials).
 */
function scaffoldRequest(deps: WizardDeps, state: WizardState, spec: LoadedSpec, config: EngineConfig): [LoadedSpec, ScaffoldOptions] {
  const auth = state.auth;
  const options: ScaffoldOptions = {
    operations: state.operations ?? [],
    ...(state.server?.kind === 'url' ? { server: state.server.url } : state.server?.kind === 'env' ? { server: { fromEnv: true } } : {}),
    ...(auth?.kind === 'none' ? { auth: 'none' } : auth?.kind === 'scheme' && auth.scheme !== undefined ? { auth: auth.scheme } : {}),
    connectionName: state.connectionName ?? deps.engine.toConnectionName(spec.title),
    // Names of variables the answers no longer need (another auth chosen after going back) are simply not used.
    envNames: state.envNames,
    defaults: config.defaults,
  };
  const flow = auth?.flow;
  const view: LoadedSpec = {
    fileName: spec.fileName,
    version: spec.version,
    versionLabel: spec.versionLabel,
    title: spec.title,
    ...(spec.description !== undefined ? { description: spec.description } : {}),
    servers: spec.servers,
    securitySchemes: flow === undefined ? spec.securitySchemes : spec.securitySchemes.map((scheme) =>
      (scheme.kind === 'oauth2' && scheme.name === auth?.scheme ? { ...scheme, flows: scheme.flows.filter((f) => f.flow === flow) } : scheme)),
    ...(spec.security !== undefined ? { security: spec.security } : {}),
    listOperations: () => spec.listOperations(),
    getOperation: (key, detail) => spec.getOperation(key, detail),
  };
  return [view, options];
}

function summaryItems(file: SpecFile, state: WizardState, prepared: Prepared, existing: ReadonlyMap<string, boolean>): PickEntry<undefined>[] {
  const { result, injected, side } = prepared;
  const errors = prepared.errors.filter((finding) => !injected.includes(finding));
  const output = state.output;
  const items: PickEntry<undefined>[] = [{ separator: 'What will be written' }];
  items.push({
    label: `$(new-file) ${output?.path ?? result.fileName}`,
    description: output?.overwrite ? 'replaces the existing file' : 'new file',
    detail: `${plural(result.actions.length, 'action')} from ${file.label} · base URL ${baseUrlLine(result.text)} · rate limit, timeout, audit log; destructive and admin actions ask first`,
    value: undefined,
  });
  if (result.envNames.length > 0) {
    const reused = result.envNames.filter((name) => existing.get(name) === true);
    items.push({
      label: `$(symbol-variable) ${result.envNames.join(', ')}`,
      description: 'put their values in .env (never committed)',
      ...(reused.length > 0 ? { detail: `$(warning) Already set in .env and used as they are: ${reused.join(', ')}` } : {}),
      value: undefined,
    });
  }
  items.push(sideItem(side.envExample, '$(list-unordered)', 'lists the variable names'), sideItem(side.gitignore, '$(eye-closed)', 'ignores the env file'));
  if (injected.length > 0) {
    items.push({ separator: `Descriptions from the spec that speak to the model (${injected.length})` });
    items.push(...bounded(injected.map((finding) => ({ label: `$(${finding.severity === 'error' ? 'error' : 'warning'}) ${finding.ruleId}`, description: finding.message, value: undefined }))));
  }
  if (errors.length > 0) {
    items.push({ separator: `Errors in the generated file (${errors.length})` });
    items.push(...bounded(errors.map((finding) => ({ label: `$(error) ${finding.ruleId}`, description: finding.message, value: undefined }))));
  }
  const review = [...result.warnings, ...result.problems.map((problem) => `${problem.file}: ${problem.message}`)];
  if (review.length > 0) {
    items.push({ separator: 'Review after Create' });
    items.push(...bounded(review.map((line) => ({ label: '$(warning) Review', description: line, value: undefined }))));
  }
  return items;
}

function sideItem(change: SideFileChange, icon: string, purpose: string): PickEntry<undefined> {
  const what = change.added.length === 0 ? `unchanged: it already ${purpose}`
    : `${change.created ? 'new file with' : 'adds'} ${change.added.join(', ')}`;
  return { label: `${icon} ${change.path}`, description: what, value: undefined };
}

/** The generated baseUrl value, as the file says it. */
function baseUrlLine(text: string): string {
  return /^\s*baseUrl:\s*(\S+)/m.exec(text)?.[1] ?? '(see the file)';
}

function bounded(items: PickEntry<undefined>[]): PickEntry<undefined>[] {
  if (items.length <= SHOWN_LINES) {
    return items;
  }
  return [...items.slice(0, SHOWN_LINES), { label: `$(ellipsis) ${items.length - SHOWN_LINES} more`, description: 'in the file once it is open', value: undefined }];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
