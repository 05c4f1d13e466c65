// SARIF 2.1.0 for code scanning: one run, the rules' metadata with help links, one result per finding.

import type { RuleMeta, Severity } from '../model/types';
import { type LocatedFinding, compareLocated } from './located';

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  toolVersion: string;
  informationUri: string;
}

export function toSarifReport(findings: readonly LocatedFinding[], rules: readonly RuleMeta[], options: SarifOptions): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'secure-actions',
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: rule.title },
              fullDescription: { text: rule.why },
              helpUri: rule.docs,
              help: { text: `${rule.why} See ${rule.docs}`, markdown: `${rule.why}\n\n[Documentation](${rule.docs})` },
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
              properties: { practice: rule.practice, tags: ['security', rule.practice] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: [...findings].sort(compareLocated).map((f) => ({
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(f.file),
                region: { startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column },
              },
            },
          ],
          ...(f.related
            ? { relatedLocations: f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: artifactLocation(r.file), ...(r.range ? { region: { startLine: r.range.start.line, startColumn: r.range.start.column } } : {}) } })) }
            : {}),
          properties: { practice: f.practice },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * SARIF wants URI references: forward slashes, percent-encoded segments, relative to %SRCROOT%; a file outside the
 * checked root (named by an absolute path) gets an absolute file: URI and no base, as ESLint's SARIF formatter does.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const drive = /^[A-Za-z]:[\\/]/.test(file);
  const uri = file.split(/[\\/]/).map((segment, index) => (drive && index === 0 ? segment : encodeURIComponent(segment))).join('/');
  if (drive || file.startsWith('/')) {
    return { uri: `file://${drive ? '/' : ''}${uri}` };
  }
  return { uri, uriBaseId: '%SRCROOT%' };
}
