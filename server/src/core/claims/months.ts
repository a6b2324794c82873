import { fold } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import { hasRelativeMonth, inContrastClause } from './contrastClause';
import { MONTH_WORDS } from './alignment';
import { sameMonthLead, sameMonthName } from './monthNames';

/**
 * Months written alone ("In January, Mr X quit …", « en décembre, X a quitté … »): no day before them and no year
 * after them, so that no date parser reads them as a value. A claim that puts another month in the same place of
 * a passage that states the rest of it gives its fact another time.
 */

/** A month written alone, and the word before it that places the fact in it ("in", « en », "since", « depuis »). */
export interface LoneMonth {
  start: number;
  end: number;
  /** The month as written. */
  text: string;
  /** The month, folded. */
  norm: string;
  /** The word before it, folded. */
  lead: string;
}

const ENGLISH_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Words that place a fact in a month ("in January", « en janvier », « depuis mars », "until May", « fin mai »). */
const LEADS = new Set(['in', 'en', 'since', 'depuis', 'until', 'till', 'from', 'des', 'debut', 'fin', 'mi', 'early', 'late', 'during', 'durant', 'by']);

/** A month written with the prefix of its middle, as one word: « mi-novembre », "mid-November". */
const MID_MONTH = /^(mid|mi)-(\p{L}+)$/u;

/**
 * The month of one word written « mi-novembre », "mid-November", as a month written alone whose lead is the prefix
 * (« mi », "mid"); undefined for any other word. English months are capitalised, French ones lowercase, as below.
 */
function midMonth(token: Token): LoneMonth | undefined {
  const match = MID_MONTH.exec(token.text);
  if (!match) return undefined;
  const month = match[2];
  const norm = token.norm.slice(match[1].length + 1);
  if (!MONTH_WORDS.has(norm)) return undefined;
  const english = ENGLISH_MONTH.test(norm);
  if (english !== (month[0] !== month[0].toLowerCase())) return undefined;
  const start = token.start + match[1].length + 1;
  return { start, end: token.end, text: month, norm, lead: fold(match[1]) };
}

/**
 * The months of a text written alone (see {@link LoneMonth}) after a word that places a fact in them: no number
 * right before (a day: « le 3 mai ») or right after (a year or a day: "May 2004", "January 5"). English months are
 * capitalised ("may" is a verb), French ones lowercase (« Mars » is a name).
 */
export function loneMonths(text: string): LoneMonth[] {
  const tokens = tokenize(text).filter((t) => t.kind !== 'symbol');
  const months: LoneMonth[] = [];
  tokens.forEach((token: Token, i: number) => {
    const prefixed = token.kind === 'word' ? midMonth(token) : undefined;
    if (prefixed) {
      const after = tokens[i + 1];
      if (!(after?.kind === 'number' && /^\s*$/.test(text.slice(token.end, after.start)))) months.push(prefixed);
      return;
    }
    if (token.kind !== 'word' || !MONTH_WORDS.has(token.norm)) return;
    const capitalised = token.text[0] !== token.text[0].toLowerCase();
    const english = ENGLISH_MONTH.test(token.norm);
    if (english !== capitalised) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!before || before.kind !== 'word' || !LEADS.has(before.norm)) return;
    if (after?.kind === 'number' && /^\s*$/.test(text.slice(token.end, after.start))) return;
    // « 1er mai », "the 5th of May": an ordinal day two words back.
    if (tokens[i - 2]?.kind === 'number' && before.norm !== 'in' && before.norm !== 'en') return;
    months.push({ start: token.start, end: token.end, text: token.text, norm: token.norm, lead: before.norm });
  });
  return months;
}

/**
 * The claim's one month written alone and another month the passage writes alone after the same word, when the
 * passage does not name the claim's month at all: the passage times the fact otherwise. Undefined otherwise.
 */
export function monthSlotConflict(claimText: string, passage: string): { claim: LoneMonth; source: LoneMonth } | undefined {
  const claimMonths = loneMonths(claimText);
  if (claimMonths.length !== 1) return undefined;
  const [claim] = claimMonths;
  // Across French and English too (« en avril » for "in April": see monthNames.ts).
  if (tokenize(passage).some((t) => sameMonthName(t.norm, claim.norm))) return undefined;
  // A passage dated by « le mois dernier », "last month" gives its fact no month written alone (contrastClause.ts).
  if (hasRelativeMonth(passage) && !hasRelativeMonth(claimText)) return undefined;
  // A month of a contrast clause (« tandis que … en février ») dates another fact (contrastClause.ts).
  const sources = loneMonths(passage).filter((m) => sameMonthLead(m.lead, claim.lead) && (inContrastClause(claimText, claim.start) || !inContrastClause(passage, m.start)));
  if (sources.length !== 1 || sameMonthName(sources[0].norm, claim.norm)) return undefined;
  return { claim, source: sources[0] };
}
