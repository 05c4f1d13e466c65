// A key passed positionally to an SDK client (`cohere.Client("...")`, `new Pinecone("...")`): no key name, no format.

import { charClasses, hasTypedSequence, shannonEntropy } from '../entropy';
import { spellsSecretWord } from '../placeholder';
import type { SecretDetector } from '../types';

/** Callees named like a client, a login or a key setter, whatever their case. */
const CLIENT_LIKE = /client|api|sdk|login|auth|connect|init|configure|setkey|token|credential/i;
/** Built-in and common value constructors, whose string argument is data (dates, URLs, ids, encoded bytes). */
const VALUE_CONSTRUCTORS =
  /^(?:Date|URL|URLSearchParams|RegExp|Error|\w*Error|Buffer|Symbol|BigInt|Number|String|Boolean|Array|Object|JSON|Math|Promise|Set|Map|WeakMap|Request|Response|Headers|ObjectId|ObjectID|UUID|Uuid|Guid|Decimal|Path|PurePath|File|Blob|Image|Audio|Worker|Event|CustomEvent|TextEncoder|TextDecoder|Intl|Text|Markup|Template|Color|Version|Semver)$/;

/**
 * A value a service generated: mixed case with digits and high entropy; or, for a callee named like a client, any
 * long random run of letters and digits (hex keys included).
 */
function isGeneratedKey(secret: string, clientLike: boolean): boolean {
  if (hasTypedSequence(secret) || spellsSecretWord(secret)) {
    return false;
  }
  const classes = charClasses(secret);
  const entropy = shannonEntropy(secret);
  if (classes.lower && classes.upper && classes.digit) {
    return entropy >= 4;
  }
  return clientLike && secret.length >= 32 && classes.digit && (classes.lower || classes.upper) && entropy >= 3.5;
}

export const POSITIONAL_DETECTORS: readonly SecretDetector[] = [
  {
    id: 'sdk-positional-key',
    description: 'Hard-coded key passed to an SDK client',
    keywords: ['("', '(\'', '(`'],
    pattern:
      /(?<![\w$.])(?<callee>[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,4})[ \t]*\((?<q>["'`])(?<secret>[\w-]{24,200})\k<q>[ \t]*[,)]/dg,
    rank: 2,
    confidence: 'medium',
    validate: (secret, match) => {
      const callee = match.groups?.callee?.split('.').pop() ?? '';
      const clientLike = CLIENT_LIKE.test(callee);
      const constructor = /^[A-Z]/.test(callee) && !VALUE_CONSTRUCTORS.test(callee);
      return (clientLike || constructor) && isGeneratedKey(secret, clientLike);
    },
  },
];
