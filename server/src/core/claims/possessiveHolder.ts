import type { Quantity } from '../text/quantities';
import { sameQuantity } from '../text/quantities';
import type { Lang } from '../types';

/**
 * Whose figure it is. Business news gives each firm its figure with a possessive ("Brightco's net income fell 33%",
 * "Halvo's profits fell 3%"); two firms' figures often sit in neighbouring sentences, so the claim's holder is named
 * around a passage that writes another holder's figure. A figure is the claim holder's only where the sentence that
 * writes it does not give it, by a possessive, to a name the claim does not write (or to the claim's other holder).
 * English only: French writes the holder after the noun (« le bénéfice de Halvo »), read by other rules.
 */

/** A capitalised name run followed by "'s" or "’s": the possessor of the noun after it. */
const POSSESSIVE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*)['’]s(?![\p{L}\p{N}])/gu;

/** The possessor names a text writes, with their offsets (`start`/`end`: the name without "'s"). */
export function possessorsOf(text: string): { name: string; start: number; end: number }[] {
  return [...text.matchAll(POSSESSIVE)].map((m) => ({ name: m[1], start: m.index, end: m.index + m[1].length }));
}

const lower = (s: string) => s.toLocaleLowerCase('en');

/**
 * Whether a passage's sentence gives the claim's figure to another possessor: the claim opens on a possessor ("Halvo's
 * profits …"), the sentence writes that name nowhere, and writes a possessor that is none of the claim's names
 * ("Brightco's net income fell 33%"). `claimNames`: the claim's name words as written. False for other languages
 * or when either side writes no possessor.
 */
export function figureOfAnotherPossessor(claimText: string, claimLang: Lang, claimNames: readonly string[], sentence: string, sentenceLang: Lang): boolean {
  if (claimLang !== 'en' || sentenceLang !== 'en') return false;
  const holder = possessorsOf(claimText)[0];
  if (!holder || claimText.slice(0, holder.start).trim() !== '') return false;
  const text = lower(sentence);
  if (holder.name.split(/\s+/).some((w) => text.includes(lower(w)))) return false;
  const names = claimNames.map(lower);
  return possessorsOf(sentence).some((p) => !names.some((n) => lower(p.name).includes(n) || n.includes(lower(p.name))));
}

type Named = { text: string; start: number; end: number };

/** The claim's holder of figure `q`: its last name written before the figure; undefined when none. */
function holderOf(names: readonly Named[], q: Quantity): Named | undefined {
  return [...names].filter((n) => n.end <= q.start).sort((a, b) => b.end - a.end)[0];
}

/**
 * Whether a sentence (`text`) that writes the claim's figure `q` tells it of another of the claim's holders: the claim
 * gives its figures (`figures`) to two holders or more (each figure's last name before it, `names` with their offsets
 * in the claim), the sentence does not write `q`'s holder and writes the holder of another figure ("Halvo suffered a
 * 3% fall" for the 3% of "Brightco's net income dropped 3% while Halvo's fell 33%").
 */
export function figureOfClaimsOtherHolder(names: readonly Named[], figures: readonly Quantity[], q: Quantity, text: string): boolean {
  const holder = holderOf(names, q);
  if (!holder) return false;
  const written = lower(text);
  if (written.includes(lower(holder.text))) return false;
  const others = new Set(figures.flatMap((f) => holderOf(names, f) ?? []).map((h) => lower(h.text)).filter((h) => h !== lower(holder.text)));
  return [...others].some((h) => written.includes(h));
}

/**
 * Whether two joined sentences give the claim's figures to its holders the other way round: for some figure of the
 * claim, every sentence that writes an equal figure tells it of another of the claim's holders (see
 * {@link figureOfClaimsOtherHolder}). `figures`: the claim's checkable figures; `sentences`: each sentence's text and figures.
 */
export function figuresOfSwappedHolders(names: readonly Named[], figures: readonly Quantity[], sentences: readonly { text: string; quantities: readonly Quantity[] }[]): boolean {
  return figures.some((q) => {
    const writing = sentences.filter((s) => s.quantities.some((v) => sameQuantity(q, v)));
    return writing.length > 0 && writing.every((s) => figureOfClaimsOtherHolder(names, figures, q, s.text));
  });
}
