// Runs the wizard's steps in order with Back support; pure (no vscode), so the whole flow runs under a scripted Prompter.

import { authStep } from './steps/auth';
import { envNamesStep, neededEnvKeys } from './steps/env-names';
import { loadSpecStep } from './steps/load-spec';
import { operationsStep } from './steps/operations';
import { outputStep } from './steps/output';
import { pickSpecStep } from './steps/pick-spec';
import { serverStep } from './steps/server';
import { summaryStep } from './steps/summary';
import type { SpecFile, Step, WizardDeps, WizardResult, WizardState } from './types';

interface StepEntry {
  run: Step;
  /** A prompt the user sees (numbered, a target for Back); false for work between prompts (loading the spec). */
  prompts: boolean;
  applies: (state: WizardState) => boolean;
}

const always = (): boolean => true;

function stepsOf(deps: WizardDeps): StepEntry[] {
  return [
    { run: pickSpecStep(deps), prompts: true, applies: (state) => !state.fixedSpec },
    { run: loadSpecStep(deps), prompts: false, applies: always },
    { run: serverStep(deps), prompts: true, applies: always },
    { run: operationsStep(deps), prompts: true, applies: always },
    { run: authStep(deps), prompts: true, applies: always },
    // Before the auth step has run, assume it will need variables (it nearly always does).
    { run: envNamesStep(deps), prompts: true, applies: (state) => state.auth === undefined || neededEnvKeys(state).length > 0 },
    { run: outputStep(deps), prompts: true, applies: always },
    { run: summaryStep(deps), prompts: true, applies: always },
  ];
}

/**
 * Asks every question and returns what Create should write, or undefined when the user cancelled (Escape, or Back
 * on the first prompt) or the spec could not be loaded. Writes nothing itself. `spec` skips the file step.
 */
export async function runWizard(deps: WizardDeps, spec?: SpecFile): Promise<WizardResult | undefined> {
  const state: WizardState = { fixedSpec: spec !== undefined, envNames: {}, ...(spec ? { spec } : {}) };
  const steps = stepsOf(deps);
  const history: number[] = [];
  let index = 0;
  while (index < steps.length) {
    const entry = steps[index] as StepEntry;
    if (!entry.applies(state)) {
      index++;
      continue;
    }
    const numbered = steps.filter((candidate) => candidate.prompts && candidate.applies(state));
    const next = await entry.run(state, { step: numbered.indexOf(entry) + 1, totalSteps: numbered.length, back: history.length > 0 });
    if (next === undefined) {
      return undefined;
    }
    if (next === 'back') {
      const previous = history.pop();
      if (previous === undefined) {
        return undefined;
      }
      index = previous;
      continue;
    }
    if (entry.prompts) {
      history.push(index);
    }
    index++;
  }
  return state.result;
}
