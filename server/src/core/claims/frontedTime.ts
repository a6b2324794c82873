import { fold } from '../text/normalize';
import type { Lang } from '../types';
import { isCalendarName } from './monthNames';

/**
 * A time written first and set off by a comma dates the clause that follows (« Le jeudi 3 octobre 2019, Jean Dupont,
 * un ingénieur de 45 ans, a… », « Le 7 janvier à 23 heures, la cagnotte… », "On Sunday 5 July, shortly before 7pm,
 * …"): it is no fact of its own, and no subject a fact can be cut at.
 */

/** Words that may stand in a fronted time beside its figures, weekdays and months (folded). */
const TIME_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set(
    'le la l les en a au aux vers dans peu avant apres des debut fin mi heure heures h matin soir soiree nuit midi apres-midi dernier derniere prochain prochaine ce cette meme jour journee semaine mois annee an et'.split(' '),
  ),
  en: new Set(
    'on in at by around about shortly just before after early late mid the of last next this that same day morning afternoon evening night week month year am pm a.m. p.m. o\'clock and'.split(' '),
  ),
};

/** A figure of a date or a clock time (« 3 », « 1er », "5th", « 19h30 », "7pm", « 29/12/2019 », "2004"). */
const TIME_FIGURE = /^(?:\d{1,4}(?:er|st|nd|rd|th)?|\d{1,2}(?:h|:)\d{0,2}|\d{1,2}(?:am|pm)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/iu;

/** At most so many words: a longer fronted phrase says more than a time. */
const MAX_WORDS = 8;

/**
 * The time that opens `sentence` before its first comma and the clause after that comma, when every word of the
 * opening phrase is a figure of a date or a clock time, a weekday, a month or a word of time (articles,
 * prepositions, « heures », "morning", "last"…), with at least one figure, weekday or month, and at most eight words
 * (« Le dimanche 5 juillet 2020 », « Lundi à 19 heures », « Peu avant 19 heures », "On 5 May 2004", "In 2005");
 * `undefined` otherwise, or when nothing follows the comma.
 */
export function frontedTime(sentence: string, lang: Lang): { time: string; rest: string } | undefined {
  const comma = sentence.indexOf(', ');
  if (comma <= 0) return undefined;
  const time = sentence.slice(0, comma);
  const rest = sentence.slice(comma + 2).trim();
  const words = time.split(/\s+/u).flatMap((w) => fold(w.toLowerCase()).split(/['’]/u)).filter(Boolean);
  if (rest.length === 0 || words.length === 0 || words.length > MAX_WORDS) return undefined;
  const dating = (w: string) => TIME_FIGURE.test(w) || isCalendarName(w);
  if (!words.some(dating) || !words.every((w) => dating(w) || TIME_WORDS[lang].has(w))) return undefined;
  return { time, rest };
}
