import type { Quantity } from '../text/quantities';

/**
 * A value written as a difference between two facts measures their gap, not either fact's level: "Grey's offer was
 * $1.25bn higher than Pell's", "1,000 more people than last year", "exceeded the target by 3%", « 12 millions
 * d'euros de plus que », « supérieure de 12 millions à celle de Lanq », « dépassait de 12 millions ». Such a value
 * compares only with a gap the passage states the same way; against a level (« une offre de 52 millions ») it is
 * neither stated nor contradicted. (A change over time, "rose 5%", is told apart by directionClause.ts.)
 */

/**
 * After the figure, up to three words that are no preposition or conjunction (its noun: "1,000 euros more than"; not
 * "$5m for more than 100 paintings"), then a comparative with its "than":
 * "higher than", "more than", "fewer … than", "cheaper than"; "above"/"below" another's ("below last year's"); or « de plus
 * que », « de moins que ». (A change against a reference, "up 5% on last year", is a change: directionClause.ts.)
 */
const COMPARATIVE_AFTER =
  /^\s*(?:\)\s*)?(?:(?!(?:for|of|to|in|on|at|with|and|or|from|by|as|per|than|pour|à|au|aux|et|ou|en|dans|sur|avec|par|sans|que)\s)[\p{L}'’-]+\s+){0,3}?(?:(?:more|less|fewer|higher|lower|greater|bigger|larger|smaller|cheaper|dearer|longer|shorter|older|younger|heavier|lighter|faster|slower|wider|deeper|taller)\s+(?:[\p{L}'’-]+\s+){0,2}?than\b|(?:above|below)\s+(?:that\s+of\b|those\s+of\b|(?:\p{L}+\s+)?\p{L}+['’]s?(?=[\s.,;:]))|de\s+(?:plus|moins)\s+(?:que\b|qu['’]|par\s+rapport\b))/iu;

/**
 * Before the figure: a comparative adjective or a verb of exceeding with its « de » / "by" (« supérieure de »,
 * « inférieur de », « plus élevé de », « dépassait de », "exceeded Pell's offer by", "higher than Pell's by", « plus élevée
 * que celle de Lanq de »).
 */
const COMPARATIVE_BEFORE =
  /(?:(?:^|[\s(])(?:sup[ée]rieur|inf[ée]rieur)e?s?\s+de\s*$|(?:^|\s)plus\s+(?:[ée]lev[ée]|bas|basse|faible|important|cher|ch[èe]re|gros|grosse|lourd)e?s?\s+de\s*$|(?:^|\s)d[ée]pass\p{L}*\s+de\s*$|(?:^|\s)(?:exceed|outstrip|surpass|outbid|outspent|outspend|outsold)\p{L}*\b[^.;:!?]{0,40}?\bby\s+$|\b(?:more|less|fewer|\p{L}+er)\s+than\b[^.;:!?]{0,40}?\bby\s+$|\b(?:plus|moins)\s+\p{L}+\s+que\b[^.;:!?]{0,40}?\bde\s+$)/iu;

/** Whether the value `q` of `text` is written as a difference between two facts (see the module comment). */
export function writtenAsDifference(text: string, q: Quantity): boolean {
  if (q.kind === 'date' || q.kind === 'year') return false;
  const start = q.approxStart ?? q.start;
  return COMPARATIVE_AFTER.test(text.slice(q.end, q.end + 80)) || COMPARATIVE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * Whether one of a claim's value and a passage's value is a difference and the other is not: they measure
 * different things, so the passage's value is neither a conflict nor a fix of the claim's.
 */
export function differenceAgainstLevel(claimText: string, claim: Quantity, passage: string, source: Quantity): boolean {
  return writtenAsDifference(claimText, claim) !== writtenAsDifference(passage, source);
}
