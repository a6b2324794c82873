import type { Quantity } from '../text/quantities';

/**
 * One value given to two holders. A claim that joins two names by « et » / "and" and gives them one value ("Brevo's
 * and Castwick's profits both rose 12%", « Valmer et Ostrel ont vendu 12 000 voitures ») says the value of each. A
 * passage that gives that value to one of them and another value of the same measure to the other ("Brevo's profits
 * rose 12%, while rival Castwick's rose 4%") states it of one holder only: it is no support of the claim. Which of
 * the two the claim has wrong, the passage does not say: the claim is at most unsupported.
 */

/** Two runs of capitalised words joined by « et », "and", "&" (a possessive "'s" allowed after the first). */
const JOINED_NAMES = /(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*?)(?:['’]s)?\s+(?:and|et|&)\s+(\p{Lu}[\p{L}’'-]*)/u;

/** Whether a passage value is of the claim value's measure: the same kind, the same counted noun when both write one. */
const sameMeasure = (q: Quantity, v: Quantity) => q.kind === v.kind && (q.unit === v.unit || !q.unit || !v.unit) && v.kind !== 'year' && v.date === undefined;

/** The offsets at which a text writes a name word, as a word. */
function mentions(text: string, word: string): number[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))].map((m) => m.index);
}

/**
 * Whether a passage gives the claim's one value to only one of the two names the claim joins, and another value of
 * that measure to the other (see the file's comment). A passage value's holder is the one of the two names written
 * last before it. False when the claim joins no two names, writes more than one value of that measure, or when the
 * passage gives the claim's value to both names or to neither. `sameValue`: the checker's comparison of values.
 */
export function valueOfOneHolderOnly(claimText: string, claimQuantities: readonly Quantity[], passage: string, passageQuantities: readonly Quantity[], sameValue: (claim: Quantity, source: Quantity) => boolean): boolean {
  const joined = JOINED_NAMES.exec(claimText);
  if (!joined) return false;
  const names = [joined[1].split(/\s+/u).pop()!.replace(/['’]s$/u, ''), joined[2].replace(/['’]s$/u, '')];
  if (names[0] === names[1]) return false;
  const at = names.map((name) => mentions(passage, name));
  if (at.some((list) => list.length === 0)) return false;
  const holderOf = (v: Quantity) => {
    const last = at.map((list) => Math.max(-1, ...list.filter((i) => i < v.start)));
    if (last[0] < 0 && last[1] < 0) return undefined;
    return last[0] > last[1] ? 0 : 1;
  };
  return claimQuantities.some((q) => {
    if (q.kind === 'year' || q.date !== undefined || claimQuantities.some((o) => o !== q && sameMeasure(q, o))) return false;
    const values = passageQuantities.filter((v) => sameMeasure(q, v));
    const holding = new Set(values.filter((v) => sameValue(q, v)).map(holderOf).filter((h) => h !== undefined));
    const others = new Set(values.filter((v) => !sameValue(q, v)).map(holderOf).filter((h) => h !== undefined));
    return holding.size === 1 && [...others].some((h) => !holding.has(h));
  });
}
