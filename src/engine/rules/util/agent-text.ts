// Text a model reads and obeys: action and parameter descriptions, and the patterns that hide or smuggle instructions in them.

import type { Finding } from '../../model/types';
import type { ParsedDocument } from '../../parse';
import { stringScalars, type StringScalar } from './secret-scalars';

/**
 * A finding of the `prompt-injection` rule family: the wizard lists these before it writes a file, since they come
 * from descriptions copied out of someone else's spec.
 */
export function isPromptInjectionFinding(finding: Pick<Finding, 'ruleId'>): boolean {
  return finding.ruleId.startsWith('prompt-injection-');
}

/** The descriptions (and summaries, titles) anywhere under `actions`: what the agent reads to pick and fill an action. */
export function agentFacingTexts(doc: ParsedDocument): StringScalar[] {
  return stringScalars(doc).filter((s) => s.path[0] === 'actions' && (s.key === 'description' || s.key === 'summary' || s.key === 'title'));
}

export interface TextHit {
  /** Offsets in the text. */
  start: number;
  end: number;
  /** What was found, for the message (the phrase, the character class, the markup). */
  what: string;
}

// Each pattern addresses the model, not the developer reading API docs ("you must be authenticated" is not one).
const INSTRUCTIONS: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|preceding|former|original|system|other)\s+(?:instructions?|prompts?|messages?|rules|directions|guidelines|context)\b/gi, what: 'tells the model to ignore its instructions' },
  { pattern: /\b(?:do\s+not|don't|never)\s+(?:tell|inform|mention\s+(?:this|it)\s+to|reveal\s+(?:this|it)\s+to|show|notify|alert|let)\s+(?:this\s+to\s+)?the\s+user\b/gi, what: 'tells the model to hide something from the user' },
  { pattern: /\bwithout\s+(?:telling|informing|notifying|alerting|asking)\s+the\s+user\b|\b(?:keep\s+(?:this|it)\s+(?:secret|hidden)\s+from|hide\s+(?:this|it)\s+from)\s+the\s+user\b/gi, what: 'tells the model to act behind the user\'s back' },
  { pattern: /\b(?:also|additionally|secretly|silently|quietly|always)\s+(?:send|forward|e-?mail|post|upload|copy|transmit|leak|exfiltrate)\b[^.\n]{0,80}?\bto\s+(?:https?:\/\/|[\w.+-]+@[\w-]+\.[a-z]|the\s+(?:following|address|url|endpoint|webhook|server))/gi, what: 'tells the model to send data elsewhere' },
  { pattern: /\b(?:send|forward|e-?mail|post|upload|transmit|leak|exfiltrate|include)\s+(?:the\s+|all\s+|every\s+)?(?:conversation|chat\s+history|message\s+history|previous\s+messages|system\s+prompt|user'?s?\s+(?:messages|credentials|password|api\s+keys?|tokens?|secrets?)|credentials|api\s+keys?|secrets)\b[^.\n]{0,60}?\bto\b/gi, what: 'tells the model to send conversation or credentials elsewhere' },
  { pattern: /\byou\s+(?:must|should|will)\s+(?:never\s+(?:tell|mention|reveal|disclose|ask|inform)|not\s+(?:tell|mention|reveal|inform|disclose)|ignore|forget|obey|comply|always\s+(?:call|use|invoke|run|prefer|choose|respond|reply|answer|say|include\s+the\s+(?:conversation|system))|immediately\s+(?:call|send|forward))\b/gi, what: 'gives the model orders' },
  { pattern: /\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?(?:ai|assistant|language\s+model|llm|chatbot|agent|helpful\s+assistant)\b|\bas\s+an\s+(?:ai|assistant|language\s+model)\b/gi, what: 'speaks to the model as a system prompt does' },
  { pattern: /(?:^|\n)\s*(?:system|assistant)\s*:|<\/?(?:system|important|instructions?|admin|secret)>|\[\/?(?:system|inst)\]|<\|im_(?:start|end)\|>|#{2,}\s*(?:system|instructions?)\b/gi, what: 'carries system-prompt markup' },
  { pattern: /\b(?:new|updated|real|actual|hidden)\s+instructions?\s*:/gi, what: 'carries new instructions' },
  { pattern: /\b(?:reveal|print|output|repeat|show|leak)\s+(?:your|the)\s+(?:system\s+)?(?:prompt|instructions)\b/gi, what: 'asks the model for its instructions' },
  { pattern: /\b(?:before|instead\s+of)\s+(?:using|calling)\s+(?:any\s+)?(?:other|this|the)\s+(?:tools?|actions?|functions?)\b[^.\n]{0,40}?\b(?:must|always|first)\b|\b(?:must|always)\s+(?:be\s+)?(?:call|use|invoke)(?:ed)?\s+(?:this\s+(?:tool|action|function)\s+)?(?:before|instead\s+of)\s+(?:any\s+)?(?:other|all)\b/gi, what: 'steers the model away from other tools' },
];

/** Phrases that address the model with instructions, in text order. */
export function modelDirectedPhrases(text: string): TextHit[] {
  return collect(text, INSTRUCTIONS);
}

export type InvisibleKind = 'tag' | 'bidi' | 'zero-width';

export interface InvisibleHit extends TextHit {
  kind: InvisibleKind;
}

// U+E0000–E007F (tags: invisible ASCII twins), bidi embeddings/overrides/isolates, zero-width and word-joining marks.
const INVISIBLE = /[\u{E0000}-\u{E007F}]+|[\u202A-\u202E\u2066-\u2069]+|[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD]+/gu;

/** Runs of invisible or direction-changing characters (a zero-width joiner between two emoji is left alone). */
export function invisibleRuns(text: string): InvisibleHit[] {
  const hits: InvisibleHit[] = [];
  for (const match of text.matchAll(INVISIBLE)) {
    const run = match[0];
    const start = match.index ?? 0;
    const first = run.codePointAt(0) ?? 0;
    const kind: InvisibleKind = first >= 0xe0000 ? 'tag' : /[\u202A-\u202E\u2066-\u2069]/.test(run) ? 'bidi' : 'zero-width';
    if (run === '\u200D' && isEmoji(text, start - 1, true) && isEmoji(text, start + 1, false)) {
      continue;
    }
    const decoded = kind === 'tag' ? String.fromCodePoint(...[...run].map((c) => (c.codePointAt(0) ?? 0) - 0xe0000).filter((c) => c >= 0x20 && c < 0x7f)) : '';
    hits.push({ start, end: start + run.length, kind, what: decoded });
  }
  return hits;
}

/** The text without its invisible runs (emoji joiners kept). */
export function withoutInvisible(text: string, hits: readonly InvisibleHit[]): string {
  let result = '';
  let at = 0;
  for (const hit of hits) {
    result += text.slice(at, hit.start);
    at = hit.end;
  }
  return result + text.slice(at);
}

function isEmoji(text: string, index: number, before: boolean): boolean {
  const code = before ? codePointBefore(text, index + 1) : text.codePointAt(index);
  return code !== undefined && /\p{Extended_Pictographic}/u.test(String.fromCodePoint(code));
}

function codePointBefore(text: string, end: number): number | undefined {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    return text.codePointAt(end - 2);
  }
  return Number.isNaN(low) ? undefined : low;
}

// Markup that renders as nothing (or as a fetch) but still reaches the model as text.
const HIDDEN_MARKUP: ReadonlyArray<{ pattern: RegExp; what: string }> = [
  { pattern: /<!--[\s\S]*?(?:-->|$)/g, what: 'an HTML comment' },
  { pattern: /<img\b[^>]*>/gi, what: 'an <img> tag (a fetch that can carry data out)' },
  { pattern: /<(\w+)\b[^>]*\b(?:hidden\b|style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0)[^"']*["']|aria-hidden\s*=\s*["']true["'])[^>]*>/gi, what: 'a hidden HTML element' },
  { pattern: /!\[[^\]\n]*\]\(\s*<?https?:\/\/[^)\s?]*\?[^)\s]*/gi, what: 'a Markdown image whose URL carries a query (a fetch that can carry data out)' },
  { pattern: /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*(?:<?https?:\/\/|#)\S*/gm, what: 'a Markdown link reference definition (not shown when rendered)' },
  { pattern: /\[[^\]\n]*\]\(\s*(?:javascript|data):/gi, what: 'a script or data link' },
];

/** Markup that hides text from a human reader of the rendered docs, in text order. */
export function hiddenMarkup(text: string): TextHit[] {
  return collect(text, HIDDEN_MARKUP);
}

function collect(text: string, patterns: ReadonlyArray<{ pattern: RegExp; what: string }>): TextHit[] {
  const hits: TextHit[] = [];
  for (const { pattern, what } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = (match.index ?? 0) + (match[0].length - match[0].trimStart().length);
      if (!hits.some((hit) => start < hit.end && hit.start < start + match[0].length)) {
        hits.push({ start, end: (match.index ?? 0) + match[0].length, what });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
