import type { Lang } from '../types';
import type { Quantity } from './quantities';
import { stem } from './stem';

/**
 * A number of years measures one of two things: an age (« X avait 73 ans », "N years old", « âgé de N ans », "the
 * N-year-old") or a span of time (« pendant 10 ans », "for 10 years", « depuis 10 ans », « en 10 ans », "10 years
 * ago"). They are different measures, never compared: a fund paid « pendant 10 ans » says nothing of a bridge that
 * « avait 73 ans ». `withAges` (quantities.ts) reads most ages; this file reads the French « avoir N ans » as one and
 * marks spans.
 */

/** A form of « avoir » right before « N ans » (« il avait 73 ans », « qui n'avait que 16 ans »), not « il y a N ans » (a time ago). */
const HAS_BEFORE = /(?<![\p{L}'’])(?<!\by\s)(?:n['’])?(?:a|avait|avaient|ont|aura|aurait|auraient|auront)\s+(?:(?:alors|seulement|déjà|que|tout\s+juste|à\s+peine|presque|bientôt|aujourd['’]hui|désormais)\s+)?$/iu;
/**
 * A complement right after « ans » that makes « avoir N ans » a span of time, not an age (« Lacroix a 5 ans pour
 * rembourser », « a 20 ans d'expérience », « a 3 ans devant elle »).
 */
export const YEARS_COMPLEMENT_AFTER = /^\s*(?:d['’]|(?:pour|de|devant|à|a|au|aux|en|sur|dans|avant|après|ferme|avec|sans)(?!\p{L}))/iu;

/** Words right before a number of years that make it a span of time: « pendant », « depuis », « en », "for", "over", « il y a ». */
const SPAN_BEFORE = /(?<![\p{L}'’])(?:pendant|durant|depuis|en|sur|voici|voilà|il\s+y\s+a|au\s+bout\s+de|for|over|in|within|during|since)\s+(?:(?:près\s+de|plus\s+de|moins\s+de|environ|quelque|presque|about|nearly|almost|more\s+than|less\s+than|some|the\s+past|the\s+last|the\s+next|les|the)\s+)?$/iu;
/** Words right after a number of years that make it a span: "ago", « plus tôt », « plus tard », "later", "earlier", « auparavant ». */
const SPAN_AFTER = /^\s*(?:ago|later|earlier|before|plus\s+tôt|plus\s+tard|auparavant|après)(?![\p{L}])/iu;

/**
 * Marks the measure of each number of years: `age` for a French « avoir N ans » (« Le viaduc avait 73 ans »),
 * `span` for a span of time (« pendant 10 ans », "for 10 years", "10 years ago"). Other values are returned as they
 * are; an age is never marked a span.
 */
export function withYearMeasures(text: string, lang: Lang, quantities: Quantity[]): Quantity[] {
  const years = new Set((lang === 'fr' ? ['ans', 'an', 'années', 'année'] : ['years', 'year']).map((w) => stem(w, lang)));
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    if (q.kind !== 'number' || !q.unit || !years.has(q.unit)) continue;
    const before = text.slice(Math.max(0, (q.approxStart ?? q.start) - 40), q.approxStart ?? q.start);
    if (!q.age && lang === 'fr' && HAS_BEFORE.test(before) && !YEARS_COMPLEMENT_AFTER.test(text.slice(q.end, q.end + 12))) quantities[i] = { ...q, age: true };
    else if (!q.age && (SPAN_BEFORE.test(before) || SPAN_AFTER.test(text.slice(q.end, q.end + 20)))) quantities[i] = { ...q, span: true };
  }
  return quantities;
}

/** Whether one value is an age and the other a span of time: two measures, never compared (see {@link withYearMeasures}). */
export function ageAgainstSpan(a: Quantity, b: Quantity): boolean {
  return (a.age === true && b.span === true) || (a.span === true && b.age === true);
}
