import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';
import { isStopWord, stem } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { termsForStem } from './lexicon';

/**
 * Counts whose measure is told by the words around them rather than by a unit right after the figure: a rank
 * ("ranked 160 in the world"), a count whose noun is written before it ("a majority of 9,632"), a part of a set
 * named before with the claim's verb (« en blessant cinq d'entre eux » for « ont blessé sept policiers »). Two
 * such values measure the same thing, so that different values may conflict; whether they are the values of the
 * same fact is left to the alignment that follows (claims/alignment.ts), as for any figure.
 */

/** The word tokens of `text` before offset `at`, nearest last. */
function wordsBefore(text: string, at: number): Token[] {
  const from = Math.max(0, at - 80);
  return tokenize(text.slice(from, at), from).filter((t) => t.kind === 'word' || t.kind === 'elision');
}

/** A lowercase content word: no name, no function word in either language, at least three letters. */
function isContentWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word' && token.norm.length >= 3 && token.text[0] === token.text[0].toLowerCase() && !isStopWord(token.norm, 'fr') && !isStopWord(token.norm, 'en');
}

/**
 * Whether two stems are forms of one word (« blessé » and « blessant », "ranked" and "ranks"): equal, or sharing
 * a start of at least 5 characters that is the shorter whole or nearly (one letter short).
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 5 && common >= shorter - 1;
}

/** The stem of the word right before a value (no word between), when it is a content word. */
function wordRightBefore(text: string, q: Quantity, lang: Lang): string | undefined {
  const start = q.approxStart ?? q.start;
  const words = wordsBefore(text, start);
  const last = words[words.length - 1];
  if (!isContentWord(last) || /\S/.test(text.slice(last.end, start).replace(/\s+/g, ''))) return undefined;
  return stem(last.lower, lang);
}

/**
 * Two bare numbers (no unit, no date, no age, no part of a set) governed by the same content word right before
 * them ("ranked 160" and "ranked 106", « classé 160e » is no bare number): they measure the same thing.
 */
function sameBareCount(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  const bare = (q: Quantity) => q.kind === 'number' && !q.unit && !q.date && !q.age && !q.partitive && !q.scaleWord && !q.words;
  if (!bare(claim) || !bare(source) || claimLang !== sourceLang) return false;
  const a = wordRightBefore(claimText, claim, claimLang);
  const b = wordRightBefore(sourceText, source, sourceLang);
  return a !== undefined && b !== undefined && a === b;
}

/** « une majorité de », "a majority of": the noun a count with no unit counts, written before it. */
const NOUN_OF_BEFORE = /([\p{L}-]{3,})\s+(?:of|de|d['’])\s*(?:(?:almost|nearly|about|around|over|some|près de|environ|plus de)\s+)?$/iu;

/**
 * A claim count with no unit whose noun is written right before it ("a majority of 9,632", « une majorité de
 * 9 632 voix » has a unit) and a source count of that noun ("a 6,932 majority"): the same measure.
 */
function countOfNounBefore(claimText: string, claim: Quantity, claimLang: Lang, source: Quantity, sourceLang: Lang): boolean {
  if (claim.kind !== 'number' || claim.unit || claim.date || claim.age || claim.partitive) return false;
  if (source.kind !== 'number' || !source.unit || source.date || source.age || source.partitive) return false;
  const noun = NOUN_OF_BEFORE.exec(claimText.slice(Math.max(0, (claim.approxStart ?? claim.start) - 60), claim.approxStart ?? claim.start))?.[1];
  if (!noun || isStopWord(fold(noun), claimLang)) return false;
  const terms = termsForStem(stem(noun.toLowerCase(), claimLang), claimLang);
  const sourceTerms = termsForStem(source.unit, sourceLang);
  return terms.some((t) => sourceTerms.includes(t));
}

/**
 * A claim count of a noun ("blessé sept policiers") and a source count of a part of a set named before it (« sur
 * les policiers, en blessant cinq d'entre eux »): the same measure when the source names the claim's noun before
 * its count, in the same sentence, and the two counts follow the same verb (« blessé », « blessant »).
 */
function partOfNamedSet(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  if (claim.kind !== 'number' || !claim.unit || claim.partitive || claim.date || claim.age) return false;
  if (source.kind !== 'number' || !source.partitive || source.unit || claimLang !== sourceLang) return false;
  const verb = wordRightBefore(claimText, claim, claimLang);
  const sourceVerb = wordRightBefore(sourceText, source, sourceLang);
  if (verb === undefined || sourceVerb === undefined || !sameWord(verb, sourceVerb)) return false;
  const nouns = new Set(termsForStem(claim.unit, claimLang));
  return wordsBefore(sourceText, source.approxStart ?? source.start).some((t) => t.kind === 'word' && termsForStem(stem(t.lower, sourceLang), sourceLang).some((x) => nouns.has(x)));
}

/**
 * Whether a claim value and a source value measure the same thing by the words around them, where the unit
 * right after the figure does not say it (see the cases above). Equal or not: it only opens the comparison.
 */
export function sameMeasureByWords(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  return (
    sameBareCount(claimText, claim, claimLang, sourceText, source, sourceLang) ||
    countOfNounBefore(claimText, claim, claimLang, source, sourceLang) ||
    partOfNamedSet(claimText, claim, claimLang, sourceText, source, sourceLang)
  );
}

/** The direction of a bound: 'above' for « plus de », "at least"; 'below' for « moins de », "up to"; none else. */
function boundSide(q: Quantity): 'above' | 'below' | undefined {
  return q.approx === 'more-than' || q.approx === 'at-least' ? 'above' : q.approx === 'less-than' || q.approx === 'at-most' ? 'below' : undefined;
}

/** Whether two values are bounds the other way round (« plus de 12 heures », « moins de 12 heures »): no figure of one fixes the other. */
export function oppositeBounds(a: Quantity, b: Quantity): boolean {
  const x = boundSide(a);
  const y = boundSide(b);
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * Whether two bounds of the same unit the other way round leave no value both allow (« plus de 12 heures » and
 * « moins de 12 heures », "at least 30%" and "at most 20%"): a claim bound and a source bound of the same fact
 * then conflict, though the number is the same. Bounds that meet (« au moins 12 », « au plus 12 ») do not.
 */
export function disjointBounds(a: Quantity, b: Quantity): boolean {
  if (!oppositeBounds(a, b) || a.unit !== b.unit || a.kind !== b.kind) return false;
  const [low, high] = boundSide(a) === 'above' ? [a, b] : [b, a];
  const strict = low.approx === 'more-than' || high.approx === 'less-than';
  return low.value > high.value + 1e-9 || (strict && Math.abs(low.value - high.value) <= 1e-9 * Math.max(1, Math.abs(low.value)));
}
