import { fold } from '../text/normalize';

/**
 * A name read from a passage in the claim's slot runs on over the capitalised words that follow it (nameFrom and
 * wholeNameFrom in checkClaim.ts: « Tunnel Euralpin », « Pays de la Loire »). News writing puts a person's name
 * right after their title's place with no comma (« la maire de Vaudrel Anna Belcour a reçu… », "the mayor of
 * Eastfield Ruth Colley said"): the run is then the place and the holder, and a fix that wrote it all would put the
 * holder's name into the claim's slot (« maire de Vaudrel Anna Belcour, » for « maire de Rivel, »). The value a
 * fix writes is the place alone: the run ends where a name the claim itself writes outside its slot begins.
 */

/**
 * `sourceName` (a run of words read from a passage) up to where one of `holderNames` starts in it, after its first
 * word, with the spaces before it trimmed; the run as it is when none does. `holderNames` are the claim's names
 * outside the slot, each as its folded words (ClaimWord.norm). A name starts where all its words follow in the run
 * (« Vaudrel Anna Belcour » for « Anna Belcour »), or, for a name the claim writes as one word (a family name),
 * one word before that word (the first name: « Vaudrel Anna Belcour » for « Belcour »). A run that ends with a
 * family name the claim gives another (« Hosni Moubarak » beside the claim's « Gamal Moubarak ») is one person's
 * name, not cut.
 */
export function beforeHolderName(sourceName: string, holderNames: readonly (readonly string[])[]): string {
  if (holderNames.length === 0) return sourceName;
  const words = [...sourceName.matchAll(/[^\s]+/gu)];
  const norms = words.map((w) => fold(w[0]));
  let cut = words.length;
  for (const name of holderNames) {
    if (name.length === 0) continue;
    for (let i = 1; i + name.length <= norms.length; i++) {
      if (!name.every((w, k) => norms[i + k] === w)) continue;
      const at = name.length === 1 ? i - 1 : i;
      if (at >= 1) cut = Math.min(cut, at);
      break;
    }
  }
  return cut < words.length ? sourceName.slice(0, words[cut].index).trimEnd() : sourceName;
}

/**
 * The claim's names outside its slot [`slotStart`, `slotEnd`), each as its folded words: runs of name words joined by
 * spaces alone in `claimText` (« Anna Belcour » of « Anna Belcour, maire de Rivel, … »).
 */
export function holderNamesOf(claimText: string, words: readonly { isName: boolean; start: number; end: number; norm: string }[], slotStart: number, slotEnd: number): string[][] {
  const names: string[][] = [];
  let current: string[] = [];
  let lastEnd = -1;
  for (const w of words) {
    const outside = w.isName && (w.end <= slotStart || w.start >= slotEnd);
    if (!outside) {
      if (current.length > 0) names.push(current);
      current = [];
      continue;
    }
    if (current.length > 0 && !/^\s+$/u.test(claimText.slice(lastEnd, w.start))) {
      names.push(current);
      current = [];
    }
    current.push(w.norm);
    lastEnd = w.end;
  }
  if (current.length > 0) names.push(current);
  return names;
}
