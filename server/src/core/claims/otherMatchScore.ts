import type { Quantity } from '../text/quantities';
import { isScore } from '../text/scores';

/**
 * A score belongs to its match: its two sides. A passage's score against another opponent than the claim's ("a
 * crushing 17-0 win over Romania in 1922" for "The Wanderers thrashed Portugal 41-3") is another match's: neither a
 * conflict nor a fix, whatever the words of winning they share.
 */

/** A run of capitalised words (one name: "Portugal", "New Zealand", « Nouvelle-Zélande »), with « de », "of" inside. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|of|du|des|la)\s+)?\p{Lu}[\p{L}'’.-]*)*`;
/** The side a score is told against, after it: "41-3 rout of Portugal", "a 17-0 win over Romania", « 3-1 face à la Croatie », "6-4 against Spain". */
const OPPONENT_AFTER = new RegExp(String.raw`^(?:\s+\p{Ll}[\p{L}-]*){0,3}?\s+(?:of|over|against|versus|vs\.?|v\.?|contre|face\s+(?:à|au|aux)|devant|sur)\s+(?:(?:the|le|la|les|l['’])\s*)?(${NAME})`, 'u');
/** The side a score is told against, right before it: "beat Portugal 41-3", « a battu la Croatie 4-2 ». */
const OPPONENT_BEFORE = new RegExp(String.raw`(?:beat|beats|beating|thrashed|thrash|thrashing|defeated|defeat|defeating|routed|hammered|crushed|edged|lost\s+to|drew\s+with|battu|battent|battre|écrasé|dominé|défait|perdu\s+contre|fait\s+match\s+nul\s+contre)\s+(?:(?:the|le|la|les|l['’])\s*)?(${NAME})\s*$`, 'u');
/** Capitalised words that open a sentence or name no side. */
const NOT_A_SIDE = new Set(['the', 'le', 'la', 'les', 'in', 'en', 'at', 'on', 'a', 'an', 'un', 'une']);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The name words of the side a score is told against (the winner's opponent, or the loser's): after the score
 * through "of", "over", "against", « contre », « face à » ("a 41-3 rout of Portugal"), or right after a verb of
 * winning or losing before it ("beat Portugal 41-3"). Undefined when the text names none so.
 */
export function opponentOf(text: string, score: Quantity): Set<string> | undefined {
  if (!isScore(score)) return undefined;
  const name = OPPONENT_AFTER.exec(text.slice(score.end, score.end + 80))?.[1] ?? OPPONENT_BEFORE.exec(text.slice(Math.max(0, score.start - 80), score.start))?.[1];
  if (!name) return undefined;
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !NOT_A_SIDE.has(w) && !['de', 'of', 'du', 'des'].includes(w));
  return words.length > 0 ? new Set(words) : undefined;
}

/**
 * Whether a passage's score is another match's than the claim's: both name the side the score is told against (see
 * {@link opponentOf}), and the two share no name word, nor does the claim write the passage's side at all.
 */
export function scoreOfAnotherMatch(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  const a = opponentOf(claimText, claim);
  const b = a && opponentOf(sourceText, source);
  if (!a || !b) return false;
  if ([...a].some((w) => b.has(w))) return false;
  const claimWords = new Set(fold(claimText).split(/[^\p{L}\p{N}]+/u));
  return ![...b].some((w) => claimWords.has(w));
}
