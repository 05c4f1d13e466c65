// E-mail services: SendGrid, Mailgun, Mailchimp, Brevo (Sendinblue).

import type { SecretDetector } from '../types';

export const MAIL_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'sendgrid-api-key',
    description: 'SendGrid API key',
    keywords: ['sg.'],
    pattern: /(?<![\w-])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])/dg,
    minEntropy: 3.5,
  },
  {
    id: 'mailgun-api-key',
    description: 'Mailgun private API key',
    keywords: ['key-'],
    pattern: /(?<![\w-])key-[0-9a-f]{32}(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'mailgun-api-key',
    description: 'Mailgun private API key',
    // The current format: 32 + 8 + 8 hex digits; nothing marks it but the service's name nearby.
    keywords: ['mailgun'],
    pattern: /(?<![\w-])[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'mailchimp-api-key',
    description: 'Mailchimp API key',
    keywords: ['-us'],
    pattern: /(?<![\w-])[0-9a-f]{32}-us\d{1,2}(?![\w-])/dg,
    minEntropy: 3,
  },
  {
    id: 'brevo-api-key',
    description: 'Brevo (Sendinblue) API key',
    keywords: ['xkeysib-', 'xsmtpsib-'],
    pattern: /(?<![\w-])x(?:keysib|smtpsib)-[a-f0-9]{64}-[A-Za-z0-9]{16}(?![\w-])/dg,
  },
];
