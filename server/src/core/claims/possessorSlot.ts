import { fold } from '../text/normalize';

/** A possessive mark right after a name: "Kerr's", "Kerr’s", "Hughes'" (the bare apostrophe only after an s, before a word). */
const POSSESSIVE_AFTER = /^(?:['’]s\b|(?<=s)['’](?=\s+\p{L}))/u;

/** Whether the name that ends at `end` is a possessor, its mark after it or inside it ("Kerr's", a name read with its "'s"). */
const isPossessor = (text: string, end: number) => /['’]s$/u.test(text.slice(0, end)) || POSSESSIVE_AFTER.test(text.slice(end));

/** The name that possesses the noun right before a claim's name ("Hughes' co-star Jane Russell" gives "Hughes"). */
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}.-]*)(?:['’]s|(?<=s)['’])\s+(?:[\p{Ll}][\p{L}-]*\s+){1,2}$/u;

/** How far before the source's name its slot's possessor may stand ("Kerr's former co-star X", "co-star of Kerr, X"), in characters. */
const POSSESSOR_REACH = 40;

/**
 * Whether a name in a claim and a name in a passage fill different slots because of a possessive ("Nora Quill,
 * Kerr's co-star, …" against "co-star Nora Quill, Ana Vell and …"; "Ray's co-star Jo Hart" against "co-star
 * Ana Vell"): the claim's name is a possessor (followed by "'s"), which makes it the holder of a noun after it,
 * and the source's is not (a member of a list); the other way round, the source's possessor and its noun may fill the
 * claim's slot ("of Germany's central bank" for "of the European Central Bank"), so they count as the same slot.
 * Or the claim's slot noun is possessed by a name that the passage does not write within {@link POSSESSOR_REACH}
 * characters before its own name, so its noun may be another's.
 *
 * `claimStart`/`claimEnd` and `sourceAt`/`sourceEnd` are character offsets of the two names in their texts.
 * English possessives only; French writes its possessor after the noun (« la partenaire de X »), which other rules read.
 */
export function otherPossessorSlot(claimText: string, claimStart: number, claimEnd: number, sourceText: string, sourceAt: number, sourceEnd: number): boolean {
  if (isPossessor(claimText, claimEnd) && !isPossessor(sourceText, sourceEnd)) return true;
  const possessor = POSSESSOR_BEFORE.exec(claimText.slice(Math.max(0, claimStart - 80), claimStart))?.[1];
  if (possessor === undefined) return false;
  return !fold(sourceText.slice(Math.max(0, sourceAt - POSSESSOR_REACH), sourceAt)).includes(fold(possessor));
}
