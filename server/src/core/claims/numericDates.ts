import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

/**
 * The month a date written in figures names (« le 12/04/2018 »), as the word a source writing the same date in words
 * has (« avril »), with the date's span in the claim: a claim that writes its date in figures then states as much of
 * a passage's words as one writing it out (« le 12 avril 2018 »), whose month name counts as a content word of the
 * claim. `undefined` for a date written with a month name, or no date. Only dates that text/dates.ts reads in figures
 * are given (day first, as French writes them; an English "12/04/2018" is left unread there, its order ambiguous).
 */
export function monthOfNumericDate(q: Quantity, lang: Lang): { word: string; start: number; end: number } | undefined {
  const month = q.date?.month;
  if (month === undefined || !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/u.test(q.raw ?? '')) return undefined;
  return { word: MONTHS[lang][month - 1], start: q.start, end: q.end };
}
