import type { Lang } from '../types';
import type { Quantity } from '../text/quantities';
import { disjointBounds, oppositeBounds } from './measures';

/**
 * A bound written with a negation: « le camion ne pesait pas plus de 19 tonnes » says « au plus 19 tonnes », "no
 * more than 19" says "at most 19". The figure's parser reads the bound (quantities.ts: « pas plus de » at-most,
 * « pas moins de » at-least); the negation is the bound's, not the sentence's: read as the sentence's too, it
 * flipped the claim a second time (« ne pesait pas plus de 19 » against « pesait plus de 40 tonnes » was never
 * compared, the passage's polarity being the other). And a fix cannot write another bound in place of « pas plus
 * de 19 tonnes » while « ne » stays before the verb (« ne pesait plus de 40 tonnes » says "no longer weighed").
 */

/** « ne|n' … pas plus|moins de » before a figure (words or digits), at most three words between « ne » and « pas ». */
const FRENCH = /(?<![\p{L}])(?:ne\s+|n['’]\s*)((?:[\p{L}'’-]+\s+){1,3}?)pas\s+((?:plus|moins)\s+(?:de\s+|d['’]\s*))(?=\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille)(?![\p{L}]))/giu;
/** "no more than", "not more than", "no fewer than", "not less than" right before a figure. */
const ENGLISH = /\b(?:no|not)\s+((?:more|less|fewer)\s+than\s+)(?=\d|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|third|quarter|fifth)\b)/giu;

/**
 * `text` with the negations that write a bound (« ne pesait pas plus de 19 », "no more than 19") taken out, for
 * reading whether the sentence is negated: « ne pesait pas plus de 19 » reads « pesait plus de 19 » — the bound itself
 * is the parser's to read. Other negations stay.
 */
export function withoutBoundNegations(text: string, lang: Lang): string {
  return lang === 'fr' ? text.replace(FRENCH, '$1$2') : text.replace(ENGLISH, '$1');
}

/**
 * Whether the bound of value `q` is written with « ne … pas » around a verb (« ne pesait pas plus de 19 tonnes »):
 * no span of the sentence holds the whole bound, so no fix can write another in its place.
 */
export function boundSplitByNegation(text: string, q: Pick<Quantity, 'start'> & { approxStart?: number }, lang: Lang): boolean {
  if (lang !== 'fr') return false;
  const start = q.approxStart ?? q.start;
  const before = text.slice(Math.max(0, start - 80), q.start);
  return /(?<![\p{L}])(?:ne\s+|n['’]\s*)(?:[\p{L}'’-]+\s+){1,3}?pas\s+(?:plus|moins)\s+(?:de\s+|d['’]\s*)$/iu.test(before);
}

/**
 * Whether two values are bounds the other way round that some value meets (« au plus 50 tonnes » and « plus de 40
 * tonnes »: 45 meets both): neither states the other, nor conflicts with it. False for bounds that leave no value
 * (measures.ts's disjointBounds), for bounds the same way, and for values of other units or kinds.
 */
export function overlappingBounds(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.kind === b.kind && oppositeBounds(a, b) && !disjointBounds(a, b);
}
