// Checklist items that no file can prove: the user ticks them, and the editor remembers the ticks per workspace.

import type { PracticeId } from '../model/practice';

export interface ManualCheck {
  id: string;
  practice: PracticeId;
  title: string;
}

export const MANUAL_CHECKS: readonly ManualCheck[] = [
  { id: 'dedicated-credentials', practice: 'authentication', title: 'The bot has its own API credentials, scoped to what its actions need, not a person\'s or an admin\'s.' },
  { id: 'key-rotation', practice: 'secrets', title: 'API keys and tokens are rotated on a schedule and whenever someone with access leaves.' },
  { id: 'monitoring-alerts', practice: 'logging', title: 'Alerts fire on unusual call volumes, error rates or denied calls from the bot.' },
  { id: 'data-retention', practice: 'personal-data', title: 'Logs and conversations holding personal data have a retention period and a deletion process (GDPR/CCPA).' },
  { id: 'server-side-authz', practice: 'sensitive-endpoints', title: 'The API itself enforces authorization per customer; the bot is never the only check.' },
];

export function isManualCheckId(value: unknown): value is string {
  return typeof value === 'string' && MANUAL_CHECKS.some((check) => check.id === value);
}
