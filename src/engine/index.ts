// The engine's public API: the only module the CLI and the extension import from the engine.

import { type RuleMeta } from './model/types';
import { docsUrl } from './rules/docs-url';
import { RULES } from './rules';

export { lint, defaultKindFor, defaultBudgetMs, isBinaryText, MAX_DEFINITION_LENGTH, MAX_TEXT_LENGTH, type LintInput, type LintResult } from './lint';
export { notAnalysedFinding, type NotAnalysedReason } from './rules/file-not-analysed';
export { applyEdits, applyFixes, type ApplyResult } from './fix/apply';
export { fixAll, type FixAllResult } from './fix/fix-all';
export { DEFAULT_CONFIG, CONFIG_FILE_NAME, type EngineConfig } from './config/config';
export { createClassifier, type FileClassifier } from './config/classify';
export { resolveConfig, type ResolvedConfig } from './config/resolve';
export { gitignoreLayer, isIgnoredByLayers, sortLayers, type GitignoreLayer } from './config/gitignore-layers';
export { PRACTICES, PRACTICE_IDS, isPracticeId, type PracticeId, type FindingPractice, type PracticeInfo } from './model/practice';
export type * from './model/types';
export { LineIndex, type Position, ParsedDocument, parseValue } from './parse';
export { docsUrl } from './rules/docs-url';
export { isInsecureHttpUrl } from './rules/util/urls';
export { actionsOf, isRecord, type Json } from './rules/util/action-file';
export { credentialPhraseIn, personalPhraseIn } from './rules/util/field-names';
export { isPromptInjectionFinding } from './rules/util/agent-text';
export { DISABLE_NEXT_LINE } from './suppress';
export { checkEnvFiles, type EnvFileFacts } from './rules/env-file-not-ignored';
export { locateFindings, compareLocated, countBySeverity, type LocatedFinding, type LocatedPosition } from './report/located';
export { toJsonReport } from './report/json';
export { toSarifReport, type SarifOptions } from './report/sarif';
export * from './checklist';
export * from './env';
export * from './export';
export * from './openapi';
export * from './scaffold';
export { validateActionFile, type SchemaViolation } from './schema/validate-actions';
export { validateConfig } from './schema/validate-config';

/** Every rule's public description, sorted by id. */
export function listRules(): RuleMeta[] {
  return RULES.map((rule) => ({
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    practice: rule.practice,
    why: rule.why,
    docs: docsUrl(rule.id),
    fixable: rule.fixable,
    appliesTo: rule.appliesTo,
  }));
}
