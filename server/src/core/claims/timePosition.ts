import { termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { frenchFor } from './lexicon';

/**
 * A noun that places a time inside a period ("the start of 2004", "the end of the season", « début 2004 », « à la fin
 * de l'année », « au milieu du mois ») tells when, not an event: it is no opposite of a verb of the claim ("a career
 * that ended in 2004" against "quit … at the start of 2004": "start" / "ended" are not the same predicate of the same
 * subject). The opposite pairs (lexicon.ts) read « début » / « fin », "start" / "end" as events begun and ended.
 */

const POSITION = /^(?:start|beginning|end|close|middle|début|debut|fin|milieu|mi)$/iu;
/** What follows a time-position noun when it places a time: "of (the)", « de (la / l') », « du », « des », then a period, a month or a year. */
const PERIOD_AFTER =
  /^[\s-]*(?:(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’]\s*|this\s+|that\s+|last\s+|next\s+|cette\s+|ce\s+|cet\s+)?(?:\p{L}+\s+)?)?(?:\d{4}\b|year|season|month|week|decade|century|quarter|term|campaign|january|february|march|april|may|june|july|august|september|october|november|december|année|annee|an\b|saison|mois|semaine|décennie|decennie|siècle|siecle|trimestre|exercice|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)/iu;

/** Whether the word at `start` of `text` (a token's start) is a time-position noun placing a period ("start of 2004", « fin mars »). */
export function placesATime(text: string, start: number): boolean {
  const token = tokenize(text.slice(start)).find((t) => t.kind === 'word');
  if (!token || token.start !== 0 || !POSITION.test(token.text)) return false;
  return PERIOD_AFTER.test(text.slice(start + token.end));
}

/**
 * Whether the passage writes the opposite terms `opposite` (stems, as the lexicon gives them) only as time-position
 * nouns placing a period, or the claim's word at `claimWordStart` is one: then no opposition of events is read.
 * False when the passage writes an opposite term elsewhere (any doubt leaves the opposite as it was read).
 */
export function oppositeIsTimePosition(claimText: string, claimWordStart: number, opposite: readonly string[], passage: string, passageLang: Lang): boolean {
  if (placesATime(claimText, claimWordStart)) return true;
  const wanted = new Set(opposite);
  const hits = tokenize(passage).filter((t) => {
    if (t.kind !== 'word') return false;
    const terms = termsOf(t.text, passageLang);
    return terms.some((x) => wanted.has(x) || (passageLang === 'en' && frenchFor(x).some((f) => wanted.has(f))));
  });
  return hits.length > 0 && hits.every((t) => placesATime(passage, t.start));
}
