// A key passed positionally to an SDK client (`cohere.Client("...")`, `new Pinecone("...")`): no key name, no format.

import { charClasses, hasTypedSequence, shannonEntropy } from '../entropy';
import { spellsSecretWord } from '../placeholder';
import type { SecretDetector } from '../types';

/** The callee that ends right before the parenthesis: `cohere.Client`, `new Pinecone` (last segment captured). */
const CALLEE_BEFORE = /(?:^|[^\w$.])(?:[A-Za-z_$][\w$]{0,60}\.){0,4}([A-Za-z_$][\w$]{0,60})[ \t]*$/;
const CALLEE_REACH = 320;
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
    // Starts at the parenthesis (a literal, which the regex engine finds fast); the callee is read back from there.
    pattern: /\((?<q>["'`])(?<secret>[\w-]{24,200})\k<q>[ \t]*[,)]/dg,
    rank: 2,
    confidence: 'medium',
    validate: (secret, match) => {
      const before = match.input.slice(Math.max(0, match.index - CALLEE_REACH), match.index);
      const callee = CALLEE_BEFORE.exec(before)?.[1] ?? '';
      const clientLike = CLIENT_LIKE.test(callee);
      const constructor = /^[A-Z]/.test(callee) && !VALUE_CONSTRUCTORS.test(callee);
      return (clientLike || constructor) && isGeneratedKey(secret, clientLike);
    },
  },
];
