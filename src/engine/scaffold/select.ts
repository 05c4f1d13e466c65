// Decides which operations become actions: all safe ones by default, or exactly the ones the user named.

import { classifyRisk } from '../openapi/risk';
import type { LoadedSpec, OperationSummary } from '../openapi/types';
import type { SkippedOperation } from './types';

export interface SelectedOperation {
  summary: OperationSummary;
  /** The user named this operation (so an admin one may be allowed on purpose). */
  explicit: boolean;
}

export interface Selection {
  selected: SelectedOperation[];
  skipped: SkippedOperation[];
}

/**
 * Operations to scaffold, in spec order. `'all'` leaves out admin endpoints (they must be chosen on purpose) and
 * deprecated ones. A list matches each entry against the key, the operationId and `METHOD /path` (any case for the
 * method); entries that match nothing are reported as skipped.
 */
export function selectOperations(spec: LoadedSpec, wanted: 'all' | readonly string[]): Selection {
  const operations = spec.listOperations();
  const skipped: SkippedOperation[] = [];
  if (wanted === 'all') {
    const selected: SelectedOperation[] = [];
    for (const summary of operations) {
      const risk = classifyRisk(summary);
      if (risk.admin) {
        skipped.push({ operationKey: summary.key, kind: 'admin', reason: `admin endpoint (${risk.reasons.admin ?? ''}): name it with --operations to include it` });
      } else if (summary.deprecated) {
        skipped.push({ operationKey: summary.key, kind: 'deprecated', reason: 'deprecated in the spec: name it with --operations to include it' });
      } else {
        selected.push({ summary, explicit: false });
      }
    }
    return { selected, skipped };
  }
  const byName = new Map<string, OperationSummary>();
  for (const summary of operations) {
    byName.set(`${summary.method} ${summary.path}`, summary);
    if (summary.operationId !== undefined && !byName.has(summary.operationId)) {
      byName.set(summary.operationId, summary);
    }
    byName.set(summary.key, summary);
  }
  const chosen = new Set<OperationSummary>();
  for (const name of wanted) {
    const normalized = name.trim().replace(/^([a-z]+)\s+\//i, (_, method: string) => `${method.toUpperCase()} /`);
    const summary = byName.get(normalized);
    if (summary === undefined) {
      skipped.push({ operationKey: name, kind: 'unknown', reason: 'no such operation in the spec' });
    } else {
      chosen.add(summary);
    }
  }
  return { selected: operations.filter((op) => chosen.has(op)).map((summary) => ({ summary, explicit: true })), skipped };
}
