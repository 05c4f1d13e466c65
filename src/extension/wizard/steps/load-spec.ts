// Between prompts: loads the chosen spec (with a cancellable progress notification when it is big) and reports its problems.

import type { SpecProblem } from '../../../engine';
import type { Step, WizardDeps, WizardState } from '../types';

/** From this size on, loading shows a notification (GitHub's 13 MB spec takes a few hundred ms; small ones a blink). */
const BIG_SPEC_BYTES = 1024 * 1024;

/** How many problems a message names before "and N more (see the log)". */
const SHOWN_PROBLEMS = 3;

/**
 * Loads `state.spec` unless it is loaded already. A new file resets every later answer. A spec that cannot be used
 * ends the wizard with one error message naming the file and position; problems that leave it usable are a warning.
 */
export function loadSpecStep(deps: WizardDeps): Step {
  return async (state) => {
    const file = state.spec;
    if (file === undefined) {
      return undefined;
    }
    if (state.loaded?.uri === file.uri) {
      return 'next';
    }
    const loaded = await deps.prompter.withProgress(
      { title: `Loading ${file.label}…`, show: file.size >= BIG_SPEC_BYTES },
      (isCancelled) => deps.workspace.loadSpec(file, isCancelled),
    );
    if (loaded === undefined) {
      return undefined;
    }
    loaded.problems.forEach((problem) => deps.log(`${file.label}: ${formatProblem(problem)}`));
    if (!loaded.ok) {
      deps.prompter.showError(`Cannot create actions from ${file.label}: ${listProblems(loaded.problems)}`);
      return undefined;
    }
    resetAnswers(state);
    state.loaded = { uri: file.uri, spec: loaded.spec, problems: loaded.problems };
    state.connectionName = deps.engine.toConnectionName(loaded.spec.title);
    if (loaded.problems.length > 0) {
      const count = loaded.problems.length;
      deps.prompter.showWarning(`${file.label} has ${count} problem${count === 1 ? '' : 's'}; what is valid is used: ${listProblems(loaded.problems)}`);
    }
    return 'next';
  };
}

function resetAnswers(state: WizardState): void {
  delete state.server;
  delete state.operations;
  delete state.auth;
  delete state.output;
  delete state.result;
  state.envNames = {};
}

/** `file:line:column: message`, or `file (pointer): message` when only the JSON pointer is known. */
function formatProblem(problem: SpecProblem): string {
  const where = problem.line !== undefined ? `:${problem.line}:${problem.column ?? 1}`
    : problem.pointer !== undefined ? ` (${problem.pointer || '/'})` : '';
  return `${problem.file}${where}: ${problem.message}`;
}

function listProblems(problems: readonly SpecProblem[]): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map(formatProblem).join('; ');
  const more = problems.length - SHOWN_PROBLEMS;
  return more > 0 ? `${shown}; and ${more} more (see the log)` : shown;
}
