// Step: the operations the bot may call, grouped by tag, each with its risk badges; destructive and admin ones start unselected.

import type { LoadedSpec, OperationRisk, OperationSummary, RiskKind, SchemaInfo } from '../../../engine';
import type { PickEntry, PickItem } from '../prompter';
import type { Step, WizardDeps, WizardEngine } from '../types';

const BADGES: Record<RiskKind, string> = {
  'read-only': '$(eye) read-only',
  writes: '$(edit) writes',
  destructive: '$(trash) destructive',
  admin: '$(shield) admin',
  'personal-data': '$(person) personal data',
};

const UNTAGGED = 'Other operations';
const MAX_SUMMARY = 120;
/**
 * Up to this many operations, each one's body and response fields are resolved so that personal data in them shows
 * (crAPI's 44 take 3 ms); bigger specs (GitHub's 1,223) are listed from names alone, without touching a schema.
 */
const DETAIL_LIMIT = 300;
/** Nesting levels of response fields looked at (as the generator's allowlist: `customer.email`). */
const FIELD_DEPTH = 2;

/** An operation as the list shows it, with what decides its default and the "safe" button. */
export interface OperationChoice {
  summary: OperationSummary;
  risk: OperationRisk;
}

export function operationsStep(deps: WizardDeps): Step {
  return async (state, at) => {
    const spec = state.loaded?.spec;
    if (spec === undefined) {
      return undefined;
    }
    const choices = operationChoices(spec, deps.engine.classifyRisk);
    const chosen = state.operations === undefined ? undefined : new Set(state.operations);
    const defaults = choices.filter(isDefaultChoice).length;
    const answer = await deps.prompter.pickMany<OperationChoice>({
      ...at,
      title: 'Operations',
      placeholder: `What may the bot call? ${choices.length} operations; type to filter (e.g. "destructive")`,
      items: operationItems(choices, deps.engine.toPlainText),
      isSelected: chosen === undefined ? (item) => isDefaultChoice(item.value) : (item) => chosen.has(item.value.summary.key),
      buttons: [{ icon: 'shield', tooltip: 'Select all safe (read-only)', select: (items) => items.filter((item) => isSafe(item.value)) }],
      emptyMessage: defaults === 0 ? 'Pick at least one operation (Space selects)' : 'Pick at least one operation',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (answer === undefined || answer === 'back') {
      return answer;
    }
    state.operations = answer.value.map((choice) => choice.summary.key);
    return 'next';
  };
}

/** Every operation with its risk, judged on its fields too when the spec is small enough (DETAIL_LIMIT). */
export function operationChoices(spec: LoadedSpec, classifyRisk: WizardEngine['classifyRisk']): OperationChoice[] {
  const operations = spec.listOperations();
  const detailed = operations.length <= DETAIL_LIMIT;
  return operations.map((summary) => {
    const detail = detailed ? spec.getOperation(summary.key)?.operation : undefined;
    const fieldNames = [detail?.requestBody?.schema, detail?.successResponse?.schema].flatMap((schema) => fieldNamesOf(schema, FIELD_DEPTH));
    return { summary, risk: classifyRisk({ ...summary, fieldNames }) };
  });
}

/** Property names of an object schema (or of an array's items), nested ones included down to `depth` levels. */
function fieldNamesOf(schema: SchemaInfo | undefined, depth: number): string[] {
  const object = schema?.items ?? schema;
  if (object?.properties === undefined || depth === 0) {
    return [];
  }
  return object.properties.flatMap((property) => [property.name, ...fieldNamesOf(property.schema, depth - 1)]);
}

/** Selected at first: anything but destructive, admin and deprecated operations. */
function isDefaultChoice({ summary, risk }: OperationChoice): boolean {
  return !risk.destructive && !risk.admin && !summary.deprecated;
}

/** What "Select all safe (read-only)" selects. */
function isSafe({ summary, risk }: OperationChoice): boolean {
  return risk.readOnly && !risk.destructive && !risk.admin && !summary.deprecated;
}

/** Items grouped under their first tag (tags in order of first use, untagged ones last), in spec order within a tag. */
export function operationItems(choices: readonly OperationChoice[], toPlainText: WizardEngine['toPlainText']): PickEntry<OperationChoice>[] {
  const groups = new Map<string, OperationChoice[]>();
  for (const choice of choices) {
    const tag = choice.summary.tags[0] ?? UNTAGGED;
    const group = groups.get(tag) ?? [];
    group.push(choice);
    groups.set(tag, group);
  }
  const untagged = groups.get(UNTAGGED);
  if (untagged !== undefined) {
    groups.delete(UNTAGGED);
    groups.set(UNTAGGED, untagged);
  }
  const items: PickEntry<OperationChoice>[] = [];
  for (const [tag, group] of groups) {
    items.push({ separator: tag }, ...group.map((choice) => toItem(choice, toPlainText)));
  }
  return items;
}

function toItem(choice: OperationChoice, toPlainText: WizardEngine['toPlainText']): PickItem<OperationChoice> {
  const { summary, risk } = choice;
  const badges = risk.kinds.map((kind) => BADGES[kind]);
  if (summary.deprecated) {
    badges.push('$(warning) deprecated');
  }
  // `$(` would start an icon in a QuickPick; the spec's text is shown as written.
  const text = toPlainText(summary.summary ?? summary.description ?? '', MAX_SUMMARY).replace(/\$\(/g, '$ (');
  return {
    label: `${summary.method} ${summary.path}`,
    ...(text !== '' ? { description: text } : {}),
    detail: badges.join('   '),
    value: choice,
  };
}
