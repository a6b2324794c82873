import { namesIn } from './holderValues';
import type { Quantity } from '../text/quantities';

/**
 * A claim that pairs each of its values with its holder ("X, with 14 nominations, was ahead of Y's 11", « X, avec 14
 * nominations, devance Y et ses 11 ») states two facts. A source value equal to the claim's value of the other holder,
 * in a sentence that names that other holder and not the first, is the other holder's: it neither contradicts the
 * first value nor fixes it.
 */

/** The words of the last name written before a value in a text (its holder in « Y et ses 11 », "Y's 11", "X, with 14"); undefined when none. */
function holderBefore(text: string, value: Quantity): string[] | undefined {
  const names = namesIn(text.slice(0, value.approxStart ?? value.start));
  return names.length > 0 ? names[names.length - 1].words : undefined;
}

function fold(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Whether a name's words are written as a run among a text's words. */
function written(name: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) if (name.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/**
 * Whether a source value is the value the claim gives another holder than the claim value's: the claim writes
 * another value equal to it (of its kind, its unit the same or left unwritten: "Y's 11"), the names written last
 * before the two claim values differ and share no word, and the source sentence names the other value's holder but
 * not the claim value's.
 *
 * @param claim the claim value checked; `source` a value of `sourceText` the claim value would be compared with.
 */
export function valueOfClaimsOtherHolder(claimText: string, claim: Quantity, claimQuantities: readonly Quantity[], sourceText: string, source: Quantity): boolean {
  const holder = holderBefore(claimText, claim);
  if (!holder) return false;
  const sentenceWords = fold(sourceText);
  if (written(holder, sentenceWords)) return false;
  return claimQuantities.some((o) => {
    if (o === claim || o.value !== source.value || o.kind !== source.kind || (o.unit !== undefined && o.unit !== source.unit)) return false;
    const other = holderBefore(claimText, o);
    return other !== undefined && !other.some((w) => holder.includes(w)) && written(other, sentenceWords);
  });
}
