// SMS services: Twilio.

import type { SecretDetector } from '../types';

export const SMS_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'twilio-api-key',
    description: 'Twilio API key SID',
    keywords: ['twilio'],
    pattern: /(?<![A-Za-z0-9])SK[0-9a-fA-F]{32}(?![A-Za-z0-9])/dg,
    minEntropy: 3,
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio auth token',
    // twilio("AC...", "<auth token>") and Client("AC...", "<auth token>"): the argument after the account SID.
    keywords: ['twilio', '("', '(\'', '(`'],
    pattern: /(?<![A-Za-z0-9])AC[0-9a-f]{32}["'`]?[ \t]*,[ \t]*["'`](?<secret>[0-9a-f]{32})["'`]/dg,
    minEntropy: 3,
  },
  {
    id: 'twilio-auth-token',
    description: 'Twilio auth token',
    // The account SID (AC...) is an identifier; the auth token that goes with it is the secret.
    keywords: ['twilio'],
    pattern:
      /twilio[\w.-]{0,30}?(?:auth|token|secret)[\w.-]{0,20}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9])/dgi,
    minEntropy: 3,
  },
];
