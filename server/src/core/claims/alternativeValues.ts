import { fold } from '../text/normalize';
import { isNumberWord } from '../text/numberWords';
import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';

/**
 * A source value that is one of two alternatives (« il reste 11 ou 12 dossiers », "two or three times", « 40 à 50
 * personnes », "10-12 days"): the source gives no single value, so a quick fix that writes one of them states what the
 * source does not. « à », "to" and a dash join alternatives only where no « de », "from" opens the pair (« passé de
 * 40 à 50 » is a change, its second value the new one).
 */

/** A figure in digits (with its separators), after a currency sign or two. */
const DIGITS = String.raw`[^\p{L}\d\s]{0,2}\d(?:[\d.,]|[\s\u202f\u00a0]\d)*`;
/** A number word, hyphens inside it (« trente-deux »). */
const WORD = String.raw`\p{L}+(?:-\p{L}+)*`;
/** Two figures joined by a word (« ou », "or", « à », "to") or, figures in digits only, a dash. */
const BEFORE_WORD = new RegExp(String.raw`(?:^|[^\p{L}\d])(${DIGITS}|${WORD})\s+(ou|or|à|to)\s+$`, 'iu');
const BEFORE_DASH = new RegExp(String.raw`(?:^|[^\p{L}\d])(${DIGITS})\s*([-–—])\s*$`, 'u');
const AFTER_WORD = new RegExp(String.raw`^(?:${DIGITS}|${WORD})\s+(ou|or|à|to)\s+(${DIGITS}|${WORD})`, 'iu');
const AFTER_DASH = new RegExp(String.raw`^${DIGITS}\s*([-–—])\s*(${DIGITS})`, 'u');
/** « de », « d' », "from" before the first value (a currency sign between allowed): a change, no alternatives. */
const FROM_BEFORE = /(?:^|[^\p{L}])(?:de|d['’]|du|from)\s*$/iu;

function isNumeral(word: string, lang: Lang): boolean {
  const w = word.trim().replace(/^[^\p{L}\d]+/u, '');
  return /^\d/.test(w) || isNumberWord(fold(w), lang);
}

/**
 * Whether the source value `q` of `passage` is joined to another figure as its alternative (« 11 ou 12 », "two or
 * three", « 40 à 50 », "10-12"): true when a numeral and a joining word stand right before it, or right after its
 * first word. `q`'s offsets are into `passage`.
 */
export function oneOfAlternatives(passage: string, q: Quantity, lang: Lang): boolean {
  const from = Math.max(0, q.start - 40);
  const head = passage.slice(from, q.start);
  for (const pattern of [BEFORE_WORD, BEFORE_DASH]) {
    const before = pattern.exec(head);
    if (!before || !isNumeral(before[1], lang)) continue;
    const pairStart = from + before.index + before[0].indexOf(before[1]);
    if (isAlternativeJoiner(before[2], passage.slice(0, pairStart), lang)) return true;
  }
  const tail = passage.slice(q.start, q.start + 60);
  return [AFTER_WORD, AFTER_DASH].some((pattern) => {
    const after = pattern.exec(tail);
    return Boolean(after && isNumeral(after[2], lang) && isAlternativeJoiner(after[1], passage.slice(0, q.start), lang));
  });
}

/** « ou », "or" always; « à », "to" and dashes only when no « de »/"from" stands before the pair. */
function isAlternativeJoiner(joiner: string, textBeforePair: string, lang: Lang): boolean {
  const j = joiner.toLowerCase();
  if (j === 'ou' || j === 'or') return true;
  if (j === 'à' && lang !== 'fr') return false;
  if (j === 'to' && lang !== 'en') return false;
  return !FROM_BEFORE.test(textBeforePair);
}
