// Every format detector, by family. The order is irrelevant: overlapping matches are ranked by the scanner.

import type { SecretDetector } from '../types';
import { AI_DETECTORS } from './ai';
import { CHAT_DETECTORS } from './chat';
import { CLI_DETECTORS } from './cli';
import { CLOUD_DETECTORS } from './cloud';
import { CRYPTO_DETECTORS } from './crypto';
import { DEVTOOLS_DETECTORS } from './devtools';
import { HTTP_DETECTORS } from './http';
import { JWT_DETECTORS } from './jwt';
import { KUBERNETES_DETECTORS } from './kubernetes';
import { MAIL_DETECTORS } from './mail';
import { PAYMENT_DETECTORS } from './payment';
import { POSITIONAL_DETECTORS } from './positional';
import { SMS_DETECTORS } from './sms';
import { VCS_DETECTORS } from './vcs';

export const DETECTORS: readonly SecretDetector[] = [
  ...CLOUD_DETECTORS,
  ...VCS_DETECTORS,
  ...CHAT_DETECTORS,
  ...PAYMENT_DETECTORS,
  ...AI_DETECTORS,
  ...MAIL_DETECTORS,
  ...SMS_DETECTORS,
  ...DEVTOOLS_DETECTORS,
  ...CRYPTO_DETECTORS,
  ...JWT_DETECTORS,
  ...HTTP_DETECTORS,
  ...CLI_DETECTORS,
  ...KUBERNETES_DETECTORS,
  ...POSITIONAL_DETECTORS,
];
