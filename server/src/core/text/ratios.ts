import type { Lang } from '../types';
import { fold } from './normalize';
import { numberWordsValue } from './numberWords';
import type { Quantity } from './quantities';

const SMALL: Record<Lang, string> = {
  fr: 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix',
  en: 'one|two|three|four|five|six|seven|eight|nine|ten',
};
/** Units after the second number that make it a measure, not the whole of a ratio (« un sur 20 km », "one in 10 years"). */
const UNIT_AFTER = String.raw`(?!\s*(?:km|m|kg|t|h|min|ans?|années?|mois|jours?|semaines?|heures?|kilomètres?|mètres?|years?|months?|days?|weeks?|hours?|miles?|%|€|\$|£)(?![\p{L}]))`;

/**
 * Ratios in words (« un Français sur cinq », « deux salariés sur trois », "one in five adults", "two out of three
 * voters", "one in every four"): a share of kind 'percent' (20, 66.6…), marked {@link Quantity.fraction} (compared
 * within 10 %), written in words, in place of the counts read in them ("five adults" is no count of adults).
 * Only when the first number is smaller than the second, and in French not before a plural noun (« un débat sur
 * trois thèmes »: « sur » means "about" there).
 */
const RATIO: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}\p{N}])(${SMALL.fr}|\d{1,2})(?:\s+[\p{L}-]+)?\s+sur\s+(${SMALL.fr}|\d{1,3})(?![\p{L}\p{N}]|[.,\s\u00a0\u202f]\d)${UNIT_AFTER}`, 'giu'),
  en: new RegExp(String.raw`(?<![\p{L}\p{N}])(${SMALL.en}|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(${SMALL.en}|\d{1,3})(?![\p{L}\p{N}]|[.,\s\u00a0\u202f]\d)${UNIT_AFTER}`, 'giu'),
};

/** A plural noun right after the ratio's second number (a word ending in -s or -x, not an adverb or a verb). */
const PLURAL_NOUN_AFTER = /^\s+(?!(?:dans|sans|plus|mais|dès|très|chez|depuis|toujours|alors|puis|moins)(?![\p{L}]))\p{Ll}[\p{L}-]*[sx](?![\p{L}])/u;

function valueOf(written: string, lang: Lang): number | undefined {
  return /^\d+$/.test(written) ? Number(written) : numberWordsValue([fold(written)], lang);
}

/** {@link RATIO}'s shares added to `quantities`, the quantities they overlap left out. */
export function withRatios(text: string, lang: Lang, quantities: Quantity[]): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(RATIO[lang])) {
    const part = valueOf(match[1], lang);
    const whole = valueOf(match[2], lang);
    if (part === undefined || whole === undefined || part < 1 || part >= whole) continue;
    // « un débat sur trois thèmes », « un film sur deux frères »: « sur » is "about", the noun after is counted.
    if (lang === 'fr' && PLURAL_NOUN_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const start = match.index;
    const end = start + match[0].length;
    const share = (100 * part) / whole;
    found.push({ start, end, numberStart: start, numberEnd: end, value: share, mantissa: share, scale: 1, kind: 'percent', unit: '%', raw: match[0], words: true, fraction: true });
  }
  if (found.length === 0) return quantities;
  const kept = quantities.filter((q) => !found.some((f) => q.start < f.end && q.end > f.start));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
