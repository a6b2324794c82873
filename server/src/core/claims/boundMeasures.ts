import type { Quantity } from '../text/quantities';

/**
 * A value bound to the measure it gives: « 155 mètres de long », « large de 6 mètres », « une hauteur de 20 mètres »,
 * "155 metres long", "6 metres wide", "a depth of 43 metres", "weighs 40 tonnes". A claim that gives a thing's
 * measures the other way round (« long de 6 mètres et large de 155 mètres » where the source says « 155 mètres de
 * long et 6 mètres de large ») writes each figure of the source, but each bound to the other measure: the equal
 * figure of another measure states nothing of the claim's, and the source's figure of the claim's measure is its
 * value.
 */

/** The measures a value may be bound to by a word beside it. */
export type BoundMeasure = 'length' | 'width' | 'height' | 'depth' | 'diameter' | 'weight';

const FRENCH_WORDS: Record<string, BoundMeasure> = {
  long: 'length', longue: 'length', longs: 'length', longues: 'length', longueur: 'length',
  large: 'width', larges: 'width', largeur: 'width',
  haut: 'height', haute: 'height', hauts: 'height', hautes: 'height', hauteur: 'height',
  profond: 'depth', profonde: 'depth', profonds: 'depth', profondes: 'depth', profondeur: 'depth',
  diamètre: 'diameter',
  pèse: 'weight', pesait: 'weight', pesant: 'weight', pesé: 'weight', pèsent: 'weight', pesaient: 'weight', poids: 'weight',
};
const ENGLISH_WORDS: Record<string, BoundMeasure> = {
  long: 'length', length: 'length', wide: 'width', width: 'width', broad: 'width', high: 'height', tall: 'height', height: 'height',
  deep: 'depth', depth: 'depth', diameter: 'diameter', weighs: 'weight', weighed: 'weight', weighing: 'weight', weigh: 'weight', weight: 'weight',
};
const WORDS: Record<string, BoundMeasure> = { ...ENGLISH_WORDS, ...FRENCH_WORDS };

/** A measure word right after the value: « 155 mètres de long », « de large », "155 metres long", "in diameter". */
const AFTER = /^\s*(?:de\s+|d['’]|in\s+)?(long|longue?s?|large|larges|haut|haute?s?|profonde?s?|longueur|largeur|hauteur|profondeur|diamètre|wide|broad|high|tall|deep|length|width|height|depth|diameter)(?![\p{L}-])/iu;
/** A measure word right before the value: « long de », « une hauteur de », "a depth of", "weighs", « pesait ». */
const BEFORE = /(?:^|[^\p{L}])(long|longue?s?|large|larges|haut|haute?s?|profonde?s?|longueur|largeur|hauteur|profondeur|diamètre|length|width|height|depth|diameter|pèse|pesait|pesant|pesé|pèsent|pesaient|poids|weighs|weighed|weighing|weigh|weight)\s+(?:de\s+|d['’]|of\s+)?(?:(?:plus|moins|près|environ|quelque|about|around|nearly|almost|more\s+than|less\s+than|over|under|some)\s+(?:de\s+|d['’]|than\s+)?)?$/iu;

/**
 * The measure a value is bound to by a word right beside it (`text`: the sentence the value `q` is in; its
 * `start`/`end` offsets). A word after the value binds first (« 6 mètres de large »), then one before it (« large de
 * 6 mètres », "weighs 40 tonnes"). Undefined when no measure word is right beside the value.
 */
export function boundMeasureOf(text: string, q: Pick<Quantity, 'start' | 'end'> & { approxStart?: number }): BoundMeasure | undefined {
  const after = AFTER.exec(text.slice(q.end, q.end + 20));
  if (after) return WORDS[after[1].toLowerCase()];
  const start = q.approxStart ?? q.start;
  const before = BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before) return WORDS[before[1].toLowerCase()];
  return undefined;
}

/**
 * Whether a passage value is bound to another measure than the claim value is (« 6 mètres de large » for « long de
 * 6 mètres »): both bound, to different measures. Such a value neither states the claim's value nor conflicts with
 * it. False when either is bound to none.
 */
export function boundToAnotherMeasure(claimText: string, q: Quantity, sourceText: string, s: Quantity): boolean {
  const claim = boundMeasureOf(claimText, q);
  if (!claim) return false;
  const source = boundMeasureOf(sourceText, s);
  return source !== undefined && source !== claim;
}

/**
 * Whether passage value `s`, equal to claim value `other`, is bound to the measure of claim value `q` while `other`
 * is bound to another (« 155 mètres de long » for « long de 6 mètres et large de 155 mètres »): `s` is `q`'s
 * measure's value, not `other`'s, though its figure is `other`'s.
 */
export function swappedMeasure(claimText: string, q: Quantity, other: Quantity, sourceText: string, s: Quantity): boolean {
  const measure = boundMeasureOf(claimText, q);
  return measure !== undefined && boundMeasureOf(sourceText, s) === measure && boundToAnotherMeasure(claimText, other, sourceText, s);
}

/**
 * Whether passage value `s` is bound to the measure claim value `q` is bound to, while a passage value equal to `q`
 * (`equal`) is bound to another measure (« 155 mètres de long et 6 mètres de large » for « long de 6 mètres »): `s`
 * is the value of the claim value's measure, the words binding them.
 */
export function measureOfSwappedValue(claimText: string, q: Quantity, sourceText: string, s: Quantity, equal: readonly Quantity[]): boolean {
  const measure = boundMeasureOf(claimText, q);
  return measure !== undefined && boundMeasureOf(sourceText, s) === measure && equal.some((e) => e !== s && boundToAnotherMeasure(claimText, q, sourceText, e));
}
