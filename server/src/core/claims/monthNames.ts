import { monthNumber } from '../text/calendarDate';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * Month names and the words that place a fact in a month, compared across French and English: a claim in one
 * language meets a passage in the other (« en avril » for "in April").
 */

/** The words before a month that say the same in the two languages (folded), each with its counterpart. */
const LEAD_PAIRS: ReadonlyMap<string, string> = new Map([
  ['in', 'en'],
  ['since', 'depuis'],
  ['during', 'durant'],
  ['early', 'debut'],
  ['late', 'fin'],
  ['from', 'des'],
  ['mid', 'mi'],
]);

/** Whether two words that place a fact in a month (folded: "in", « en ») say the same, in one language or across the two. */
export function sameMonthLead(a: string, b: string): boolean {
  return a === b || LEAD_PAIRS.get(a) === b || LEAD_PAIRS.get(b) === a;
}

/** Whether two folded words name the same month, in one language or across the two ("april", « avril »). */
export function sameMonthName(a: string, b: string): boolean {
  if (a === b) return true;
  const n = monthNumber(a);
  return n !== undefined && n === monthNumber(b);
}

const NAMES: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A month name as a text in `lang` writes it: itself when it is already of that language (or no month), else the
 * same month in `lang` (« avril » in English is "April"; "May" in French is « mai »).
 */
export function monthIn(name: string, lang: Lang): string {
  const n = monthNumber(name);
  if (n === undefined) return name;
  const own = NAMES[lang][n - 1];
  return own.localeCompare(name, lang, { sensitivity: 'base' }) === 0 ? name : own;
}

/**
 * Whether a passage in `lang` names the month a claim writes (`month`, folded, in the claim's language): the same
 * word, or the same month in the passage's language (« en juin » for "in June 2019"). A French month is written in
 * lower case (« Mars » is the planet or the god); an English one is capitalised and not the sentence's first word
 * ("May" opening a sentence may be the verb).
 */
export function writesMonth(text: string, month: string, lang: Lang): boolean {
  const own = fold(monthIn(month, lang));
  return tokenize(text).some((t, i) => t.norm === month || (t.norm === own && (lang === 'fr' ? t.text === t.lower : i > 0 && t.text !== t.lower)));
}

/** Weekday names, folded, in English and French. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);

/** Whether a word is a weekday's name (« mardi », "Wednesday"), whatever its case. */
export function isWeekday(word: string): boolean {
  return WEEKDAYS.has(fold(word));
}

/** Whether a folded word names a weekday or a month, in English or French: a time, never who holds a fact ("Monday that …"). */
export function isCalendarName(norm: string): boolean {
  return WEEKDAYS.has(norm) || monthNumber(norm) !== undefined;
}
