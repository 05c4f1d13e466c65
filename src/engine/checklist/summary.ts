// Each best practice's status across the workspace (fail / warning / pass / not applicable) with the findings behind it.

import { PRACTICES, type PracticeId } from '../model/practice';
import type { Severity } from '../model/types';
import type { LocatedFinding } from '../report/located';
import type { ConnectionCapabilities } from './capabilities';

export type PracticeStatus = 'fail' | 'warning' | 'pass' | 'not-applicable';

export interface PracticeSummary {
  practice: PracticeId;
  title: string;
  why: string;
  status: PracticeStatus;
  counts: Record<Severity, number>;
  findings: LocatedFinding[];
  /** Why the practice is not applicable, when it is not. */
  notApplicableReason?: string;
}

export interface WorkspaceScope {
  actionFiles: number;
  /** Other files scanned for secrets. */
  sourceFiles: number;
  capabilities: readonly ConnectionCapabilities[];
}

/** The ten practices in PRODUCT.md's order. Findings of the `definition` practice are not a practice's and are left out. */
export function summarizePractices(findings: readonly LocatedFinding[], scope: WorkspaceScope): PracticeSummary[] {
  return PRACTICES.map((info) => {
    const own = findings.filter((f) => f.practice === info.id);
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    own.forEach((f) => counts[f.severity]++);
    const notApplicable = own.length === 0 ? notApplicableReason(info.id, scope) : undefined;
    const status: PracticeStatus = counts.error > 0 ? 'fail' : counts.warning > 0 ? 'warning' : notApplicable ? 'not-applicable' : 'pass';
    return { practice: info.id, title: info.title, why: info.why, status, counts, findings: own, ...(notApplicable ? { notApplicableReason: notApplicable } : {}) };
  });
}

function notApplicableReason(practice: PracticeId, scope: WorkspaceScope): string | undefined {
  if (practice === 'secrets') {
    return scope.actionFiles + scope.sourceFiles === 0 ? 'No files to scan.' : undefined;
  }
  if (scope.actionFiles === 0) {
    return 'No action definitions in the workspace yet.';
  }
  const items = scope.capabilities.flatMap((c) => [...c.can.read, ...c.can.change, ...c.can.delete]);
  if (practice === 'personal-data' && !items.some((item) => item.personalData) && scope.capabilities.every((c) => c.personalData.length === 0)) {
    return 'No action reads or writes personal data.';
  }
  if (practice === 'sensitive-endpoints' && !items.some((item) => item.admin) && scope.capabilities.every((c) => c.can.delete.length === 0)) {
    return 'No destructive or admin actions.';
  }
  return undefined;
}
