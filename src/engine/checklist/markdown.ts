// The checklist as a Markdown report, fit to paste into a pull request or a security review.

import type { LocatedFinding } from '../report/located';
import type { ConnectionCapabilities, CapabilityItem } from './capabilities';
import { MANUAL_CHECKS } from './manual-checks';
import type { PracticeStatus, PracticeSummary } from './summary';

export interface ReportInput {
  workspace: string;
  generatedAt: Date;
  practices: readonly PracticeSummary[];
  capabilities: readonly ConnectionCapabilities[];
  /** Ids of the manual checks the user ticked. */
  manualChecked: ReadonlySet<string>;
  /** Findings about the files' own structure (parse and schema errors), listed on their own. */
  definitionFindings: readonly LocatedFinding[];
}

const STATUS_TEXT: Record<PracticeStatus, string> = { fail: '❌ fail', warning: '⚠️ warning', pass: '✅ pass', 'not-applicable': '➖ n/a' };

/** Escapes text from files so it cannot break the table or inject HTML where the report is pasted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/\r?\n/g, ' ');
}

function where(finding: LocatedFinding): string {
  return `\`${finding.file}:${finding.range.start.line}:${finding.range.start.column}\``;
}

function capabilityLine(item: CapabilityItem): string {
  const flags = [item.confirm ? 'asks the user first' : '', item.personalData ? 'personal data' : '', item.admin ? 'admin' : ''].filter(Boolean);
  return `- ${escapeMarkdown(item.summary)} (\`${item.method} ${escapeMarkdown(item.path)}\`, \`${escapeMarkdown(item.actionId)}\`${flags.length ? `; ${flags.join(', ')}` : ''})`;
}

export function renderChecklistMarkdown(input: ReportInput): string {
  const total = input.practices.reduce((n, p) => ({ error: n.error + p.counts.error, warning: n.warning + p.counts.warning }), { error: 0, warning: 0 });
  const lines = [
    '# Secure Actions: API security checklist',
    '',
    `Workspace \`${escapeMarkdown(input.workspace)}\`, ${input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC. ` +
      `${input.capabilities.length} connection${input.capabilities.length === 1 ? '' : 's'}, ${total.error} error${total.error === 1 ? '' : 's'}, ${total.warning} warning${total.warning === 1 ? '' : 's'}.`,
    '',
    '| Practice | Status | Errors | Warnings | Info |',
    '| --- | --- | ---: | ---: | ---: |',
    ...input.practices.map((p) => `| ${p.title} | ${STATUS_TEXT[p.status]} | ${p.counts.error} | ${p.counts.warning} | ${p.counts.info} |`),
    '',
    '## What the bot can and cannot do',
  ];
  if (input.capabilities.length === 0) {
    lines.push('', 'No action definitions yet.');
  }
  for (const caps of input.capabilities) {
    lines.push('', `### ${escapeMarkdown(caps.connection)}`, '', `\`${escapeMarkdown(caps.baseUrl)}\`, authenticated with ${caps.auth}; defined in \`${escapeMarkdown(caps.file)}\`.`);
    const groups: Array<[string, CapabilityItem[]]> = [['Can read', caps.can.read], ['Can change', caps.can.change], ['Can delete or cancel', caps.can.delete]];
    for (const [title, items] of groups) {
      if (items.length > 0) {
        lines.push('', `**${title}**`, '', ...items.map(capabilityLine));
      }
    }
    lines.push('', '**Cannot**', '', ...caps.cannot.map((c) => `- ${escapeMarkdown(c)}`));
    if (caps.personalData.length > 0) {
      lines.push('', '**Personal data that flows through it**', '', ...caps.personalData.map((p) => `- ${escapeMarkdown(p)}`));
    }
  }
  lines.push('', '## Findings by practice');
  for (const practice of input.practices) {
    lines.push('', `### ${practice.title}: ${STATUS_TEXT[practice.status]}`, '', practice.why);
    if (practice.notApplicableReason) {
      lines.push('', `Not applicable: ${practice.notApplicableReason}`);
    }
    if (practice.findings.length > 0) {
      lines.push('', ...practice.findings.map((f) => `- ${where(f)} **${f.severity}** ${escapeMarkdown(f.message)} (\`${f.ruleId}\`)`));
    }
  }
  if (input.definitionFindings.length > 0) {
    lines.push('', '### File structure', '', ...input.definitionFindings.map((f) => `- ${where(f)} **${f.severity}** ${escapeMarkdown(f.message)} (\`${f.ruleId}\`)`));
  }
  lines.push('', '## Checks no file can prove', '', ...MANUAL_CHECKS.map((c) => `- [${input.manualChecked.has(c.id) ? 'x' : ' '}] ${c.title}`), '');
  return lines.join('\n');
}
