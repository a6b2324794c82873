import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/** Words of a multiple, folded, by factor ("double", "tripled", « quadrupler », "halve"). */
const MULTIPLIERS: [RegExp, number][] = [
  [/^(?:double|doubles|doubled|doubling|twofold|doubler|double|doublent|doubla|doubleront|doublera|doublé|doublee|doubles|doublés)$/, 2],
  [/^(?:triple|triples|tripled|tripling|threefold|tripler|triplent|tripla|triplera|tripleront|triplé|triplee|triples|triplés)$/, 3],
  [/^(?:quadruple|quadruples|quadrupled|quadrupling|fourfold|quadrupler|quadruplent|quadruplé|quadruplera)$/, 4],
  [/^(?:halve|halves|halved|halving)$/, 0.5],
];

function factorsOf(text: string): Set<number> {
  const found = new Set<number>();
  for (const t of tokenize(text)) {
    if (t.kind !== 'word') continue;
    const word = fold(t.norm);
    for (const [pattern, factor] of MULTIPLIERS) if (pattern.test(word)) found.add(factor);
  }
  return found;
}

/**
 * Whether a passage writes another multiple than the claim and not the claim's own: "should more than triple to
 * $21bn" against "should more than double to $21bn", « a triplé » against « a doublé ». Such a passage does not
 * state the claim. Same language only; false when the claim writes no multiple.
 */
export function otherMultiple(claimText: string, lang: Lang, passage: string, passageLang: Lang): boolean {
  if (lang !== passageLang) return false;
  const mine = factorsOf(claimText);
  if (mine.size === 0) return false;
  const theirs = factorsOf(passage);
  return theirs.size > 0 && [...mine].every((f) => !theirs.has(f));
}
