import { fold } from './normalize';

export type TokenKind = 'word' | 'number' | 'elision' | 'symbol';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercase, accents kept. */
  lower: string;
  /** `fold(text)`: lowercase, accents and typographic apostrophes normalised. */
  norm: string;
  start: number;
  end: number;
  kind: TokenKind;
}

// Matches start where the previous one ended or after skipped punctuation, never inside a run of
// letters and digits, so the alternatives need no lookbehind (which would slow every position).
const TOKEN = new RegExp(
  [
    // 1: a French elision before a word: "l’", "d'", "qu’", "jusqu’".
    String.raw`((?:[Jj][Uu][Ss][Qq][Uu]|[Ll][Oo][Rr][Ss][Qq][Uu]|[Pp][Uu][Ii][Ss][Qq][Uu]|[Qq][Uu]|[LlDdJjNnSsCcMmTt])['’ʼ](?=[\p{L}\p{N}]))`,
    // 2: digits grouped by three with a space, NBSP, figure space, thin space or narrow NBSP: "100 000", "2 500 000,50".
    String.raw`(\d{1,3}(?:[ \u00a0\u2007\u2009\u202f]\d{3})+(?:[.,]\d+)?(?![\p{L}\p{N}]|[.,]\d))`,
    // 3: digits joined by dots, commas or hyphens, not running into a word: "3,57", "2018-2020". Nor cut at a
    // decimal comma before digits glued to a unit (« 5,50m », « 1,5Md€ »), nor at a thousands comma before digits
    // joined by a hyphen to a noun ("a 50,000-seat stadium"): alternative 4 keeps each one word.
    String.raw`(\d+(?:[-\u2010\u2011.,'’ʼ]\d+)*(?![\p{L}\p{M}\p{N}]|[-\u2010\u2011.'’ʼ][\p{L}\p{N}]|,\d+\p{L}|(?:,\d+)+[-\u2010\u2011]\p{L}))`,
    // 4: letters and digits joined by hyphens, dots, apostrophes, or commas between digits.
    String.raw`([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-\u2010\u2011.'’ʼ]|(?<=\d),(?=\d))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*)`,
    // 5: signs kept as symbols.
    String.raw`([%‰$€£¥₹₽₩¢°§&+±×~≈])`,
  ].join('|'),
  'gu',
);
const NUMBER_PART = /[^-\u2010\u2011'’ʼ]+/g;
const NUMBER_JOINERS = /[-\u2010\u2011'’ʼ]/;
const APOSTROPHES = new Set(["'", '’', 'ʼ']);

const MAX_CACHED_FOLDS = 100_000;
const foldCache = new Map<string, string>();

function cachedFold(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = fold(text);
    if (foldCache.size >= MAX_CACHED_FOLDS) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

/** Whether a lower-cased word is ASCII without a backtick: then fold() of the word is that lower case. */
function foldsToItself(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return false;
  }
  return true;
}

/** fold() of each Latin-1 character: fold works character by character on Latin-1 text (no combining marks in it). */
const LATIN1_FOLDS = Array.from({ length: 256 }, (_, c) => fold(String.fromCharCode(c)));

/** fold() of a lower-cased word written in Latin-1 ("député", "ça"), by table; undefined for any other word. */
function foldLatin1(lower: string): string | undefined {
  let folded = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x100) return undefined;
    folded += LATIN1_FOLDS[c];
  }
  return folded;
}

function makeToken(text: string, start: number, kind: TokenKind): Token {
  const lower = text.toLowerCase();
  // Most words are ASCII, and French ones Latin-1: folded without a cache lookup (hashing each new string).
  return { text, lower, norm: foldsToItself(lower) ? lower : (foldLatin1(lower) ?? cachedFold(text)), start, end: start + text.length, kind };
}

function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  return (last === 's' || last === 'S') && word.length > 2 && APOSTROPHES.has(word[word.length - 2]) ? word.slice(0, -2) : word;
}

/**
 * Splits `text` into word, number, elision and symbol tokens; other punctuation is dropped.
 * French elisions ("l’", "d'", "qu’", "jusqu’"…) are tokens of their own; words keep internal
 * hyphens, dots and digits ("Qwen2.5-Max", "JD.com", "États-Unis"); numbers keep their
 * separators ("3,57", "100 000", "1,000,000"); an English possessive "’s" is dropped.
 * Offsets are shifted by `base`.
 */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  // exec on the one global regex, not matchAll, which clones the regex and makes an iterator for every sentence.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = base + match.index;
    if (match[1] !== undefined) tokens.push(makeToken(match[1], start, 'elision'));
    else if (match[2] !== undefined) tokens.push(makeToken(match[2], start, 'number'));
    else if (match[3] !== undefined) {
      const run = match[3];
      if (!NUMBER_JOINERS.test(run)) tokens.push(makeToken(run, start, 'number'));
      else for (const part of run.matchAll(NUMBER_PART)) tokens.push(makeToken(part[0], start + part.index, 'number'));
    } else if (match[4] !== undefined) tokens.push(makeToken(withoutPossessive(match[4]), start, 'word'));
    else tokens.push(makeToken(match[0], start, 'symbol'));
  }
  return tokens;
}
