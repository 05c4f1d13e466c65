// The ten best practices from PRODUCT.md, in the order the checklist shows them; the keys are a public contract.

export const PRACTICE_IDS = [
  'authentication',
  'https',
  'secrets',
  'input-validation',
  'data-exposure',
  'rate-limiting',
  'sensitive-endpoints',
  'logging',
  'personal-data',
  'capabilities',
] as const;

export type PracticeId = (typeof PRACTICE_IDS)[number];

/** A finding's practice: one of the ten, or `definition` for a problem with the file's own structure. */
export type FindingPractice = PracticeId | 'definition';

export interface PracticeInfo {
  id: PracticeId;
  title: string;
  /** One paragraph: why the practice matters for a bot that calls an API. */
  why: string;
}

export const PRACTICES: readonly PracticeInfo[] = [
  { id: 'authentication', title: 'Authentication and authorization',
    why: 'Every call the bot makes should prove who it is with a credential the API can revoke, sent where it does not leak (a header, not the URL), with the narrowest scopes that do the job. OAuth implicit and password grants hand tokens or passwords to places they do not belong.' },
  { id: 'https', title: 'Use HTTPS',
    why: 'Credentials and customer data travel with every call. Plain HTTP, or HTTPS with certificate checks turned off, lets anyone on the path read or change them.' },
  { id: 'secrets', title: 'No hardcoded secrets',
    why: 'A key in a committed file is a key in every clone, fork, backup and log of the repository. Keep secrets in .env or the environment, reference them as ${env:NAME}, and never commit .env.' },
  { id: 'input-validation', title: 'Input validation',
    why: 'The bot fills parameters from what users type. Every parameter needs a type and bounds (pattern, enum, length, range) so that a prompt cannot smuggle path traversal, query injection or huge payloads into the API.' },
  { id: 'data-exposure', title: 'Limit data exposure',
    why: 'Whatever the API returns, the bot may repeat. A response allowlist passes on only the fields the bot needs; sensitive fields are masked or dropped before they reach the model.' },
  { id: 'rate-limiting', title: 'Rate limiting and throttling',
    why: 'A looping or manipulated bot can hammer an API. A rate limit, a timeout and bounded retries with backoff keep a bad conversation from becoming an outage or a bill.' },
  { id: 'sensitive-endpoints', title: 'Avoid exposing sensitive endpoints',
    why: 'Admin, delete, role and permission endpoints let one bad prompt do lasting damage. Expose them only when explicitly allowed, and make the bot ask the user before it calls them.' },
  { id: 'logging', title: 'Monitoring, logging and alerts',
    why: 'An audit log of every call is how you notice abuse, answer "what did the bot do?", and meet your obligations when personal data is involved.' },
  { id: 'personal-data', title: 'Personal data (GDPR/CCPA)',
    why: 'Actions that read or change personal data must say so, and need authentication, HTTPS, audit logging and masking, so that you can honour access, deletion and retention duties.' },
  { id: 'capabilities', title: 'Define what the API can and cannot do',
    why: 'The bot picks actions by their descriptions. Every action needs a clear description, and you should be able to say in plain words what the bot can read, change and delete.' },
];

export function isPracticeId(value: unknown): value is PracticeId {
  return typeof value === 'string' && (PRACTICE_IDS as readonly string[]).includes(value);
}
