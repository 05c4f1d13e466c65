// The engine functions the wizard's steps receive (steps import types only; the tests pass this same object).

// isInsecureHttpUrl: the generator upgrades exactly these URLs, so the wizard marks the same ones.
import { classifyRisk, ENV_NAME_PATTERN, isInsecureHttpUrl, isPromptInjectionFinding, lint, scaffoldActions, toConnectionName, toEnvNames, toPlainText } from '../../engine';
import type { WizardEngine } from './types';

export const WIZARD_ENGINE: WizardEngine = {
  classifyRisk,
  scaffoldActions,
  toConnectionName,
  toEnvNames,
  toPlainText,
  lint,
  isInsecureHttpUrl,
  isPromptInjectionFinding,
  envNamePattern: ENV_NAME_PATTERN,
};
