// Types shared by the secret detector: what a match is, and the shape of a provider detector (plain data).

export type SecretConfidence = 'high' | 'medium';

export interface SecretMatch {
  /** 0-based offset of the secret value itself (not its quotes, not its key). */
  start: number;
  /** Exclusive end offset of the secret value. */
  end: number;
  /** Stable kebab-case detector id, e.g. `github-token`. */
  type: string;
  /** Human label, e.g. `GitHub personal access token`. */
  description: string;
  /** `high` = a known provider or structural format; `medium` = key name plus entropy heuristic. */
  confidence: SecretConfidence;
}

/**
 * A format detector described as data. The engine runs `pattern` only on the lines around an occurrence of one
 * of `keywords`, so every pattern must start from, or sit on the same line as, one of its keywords.
 */
export interface SecretDetector {
  id: string;
  description: string;
  /**
   * Lower-case substrings; the detector runs only where one of them occurs (case-insensitively). Empty only for a
   * format without any fixed text, whose pattern then runs over the whole text and must start with a rare
   * character class.
   */
  keywords: readonly string[];
  /**
   * Flags `g` and `d`; the secret is the named group `secret`, or the whole match. Bounded quantifiers only and no
   * nested unbounded quantifiers, so matching stays linear.
   */
  pattern: RegExp;
  /** Shannon entropy (bits per character) the secret must reach. */
  minEntropy?: number;
  /** Extra check on the secret; `match` is the whole regex match. */
  validate?: (secret: string, match: RegExpExecArray) => boolean;
  /** Characters past the end of the keyword's line the pattern may span (multi-line formats such as PEM). */
  reach?: number;
  /** Must hold for the text around the match (e.g. the YAML document is a Kubernetes Secret). */
  inContext?: (text: string, index: number) => boolean;
  /**
   * For formats recognised by their key name: the key names (lower-cased, letters and digits only) whose values
   * follow this format. The pattern captures the name as group `key`. The key-name heuristic leaves these names
   * to the format, so a value of another shape under `AWS_SECRET_ACCESS_KEY` is not reported.
   */
  keyName?: RegExp;
  /**
   * Ranking among overlapping matches: 3 = a provider's own format (default), 2 = a generic structure such as a
   * credential in a URL or an Authorization header.
   */
  rank?: 2 | 3;
  /** `medium` for structural guesses without a provider format or a key name (default `high`). */
  confidence?: SecretConfidence;
}
