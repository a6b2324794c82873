import { namesIn } from './holderValues';
import type { Quantity } from '../text/quantities';

/**
 * A value in a comparison of two holders: "Nintendo's DS, priced at £99, costs far less than the Gizmondo", « La
 * Zéphyr, vendue 9 000 euros, coûte bien moins cher que la Sirocco ». The value before the comparative belongs to the
 * holder the sentence says it of (the DS); the holder after "than" / « que » (the compared one, the Gizmondo) is
 * given no value by it. A claim about the compared holder alone ("The Gizmondo costs £229", "… costs £99") is
 * neither stated nor contradicted by that value.
 */

/**
 * A comparative and its "than" / « que »: "less than", "far cheaper than", "more expensive than", « moins cher que »,
 * « plus que », « autant que ». The comparative word is an English "-er" adjective or one of more / less / fewer /
 * plus / moins / autant / davantage, up to three words before "than" / « que » ("more expensive than", « moins
 * cher que », « plus de joueurs que »).
 */
const COMPARISON = /(?:^|[\s,(])(?:(?:[Mm]ore|[Ll]ess|[Ff]ewer|\p{Ll}{2,}er)(?:\s+\p{Ll}+){0,2}\s+than|(?:[Pp]lus|[Mm]oins|[Aa]utant|[Dd]avantage)(?:\s+[\p{Ll}'’]+){0,3}\s+(?:que|qu['’]))(?=[\s\p{L}])/gu;

/** Where the compared holder's words end: the clause's end. */
const CLAUSE_END = /[,;:.!?()\u2013\u2014]|\s(?:and|but|while|whereas|et|mais|tandis\s+que|alors\s+que)\s/iu;

/** Words ending in "-er" that make no comparison before "than": "rather than", "other than". */
const NOT_COMPARATIVE = new Set(['rather', 'other', 'never', 'under', 'over', 'after', 'either', 'whether', 'sooner']);

/** « ne … plus que », "only": a restriction, no comparison. */
const RESTRICTION = /(?:^|\s)n(?:e\s|['’])[^,;.]{0,40}$/iu;

/** A compared holder named alone: an optional article, then capitalised words only ("the Gizmondo", « la Brisca »). */
const COMPARED_NAME = /^\s*(?:(?:the|a|an|le|la|les|un|une)\s+|l['’])?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*)*\s*$/u;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether a name (its folded words) is written as a run in a text. */
function writesName(name: readonly string[], text: string): boolean {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0 && w !== 's');
  for (let i = 0; i + name.length <= words.length; i++) if (name.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/**
 * Whether a source value is, by a comparison in its sentence, the value of another holder than the claim's: the
 * value is written before a comparative's "than" / « que » (in the same clause chain, no sentence-level break
 * between), the compared part after it is a name alone (no level of the same holder: "6% more than Wednesday's
 * closing price") that writes a name of the claim, and no name of the claim is written in the
 * sentence outside that compared part. "The Gizmondo costs £229." against "Nintendo's DS … priced at £99 costs far
 * less than the Gizmondo": £99 is the DS's. False when the claim names nothing, when the claim names the value's
 * holder too ("Nintendo's DS costs less than the Gizmondo"), or for a date or year (the time of the fact, no
 * holder's value).
 *
 * @param claimText the claim sentence.
 * @param sourceText the passage's sentence.
 * @param source a value of `sourceText` (offsets into it).
 */
export function valueOfComparedHolder(claimText: string, sourceText: string, source: Quantity): boolean {
  if (source.kind === 'year' || source.kind === 'date') return false;
  const claimNames = namesIn(claimText).map((n) => n.words);
  if (claimNames.length === 0) return false;
  for (const match of sourceText.matchAll(COMPARISON)) {
    const at = match.index ?? 0;
    if (at < source.end) continue;
    const words = fold(match[0].trim().replace(/^[,(]\s*/u, '')).split(/\s+/u);
    const word = words[0];
    if (words.some((w) => NOT_COMPARATIVE.has(w)) || (word === 'plus' && RESTRICTION.test(sourceText.slice(0, at)))) continue;
    const between = sourceText.slice(source.end, at);
    if (/[;:.!?]\s/u.test(between)) continue;
    const comparedStart = at + match[0].length;
    const rest = sourceText.slice(comparedStart);
    const end = CLAUSE_END.exec(rest);
    const compared = end ? rest.slice(0, end.index) : rest;
    // The compared part is a holder named alone ("the Gizmondo", « la Brisca »), not a level of the same holder
    // ("6% more than Wednesday's closing price").
    if (!COMPARED_NAME.test(compared)) return false;
    if (!claimNames.some((n) => writesName(n, compared))) return false;
    const outside = sourceText.slice(0, comparedStart) + ' ' + sourceText.slice(comparedStart + compared.length);
    return !claimNames.some((n) => writesName(n, outside));
  }
  return false;
}
