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
 * `sourceName` (a run of words read from a passage) up to the first of its words, after the first, that starts a
 * name of `holderNorms` (the claim's name words outside the slot, folded as ClaimWord.norm: one of them, after a
 * word that is none of them), with the spaces before it trimmed; the run as it is when none does.
 */
export function beforeHolderName(sourceName: string, holderNorms: ReadonlySet<string>): string {
  if (holderNorms.size === 0) return sourceName;
  const words = [...sourceName.matchAll(/[^\s]+/gu)];
  const isHolder = (i: number) => holderNorms.has(fold(words[i][0]));
  // The holder's name starts the cut: a word of it after a word of it is that name going on (« Anna Belcour »).
  for (let i = 1; i < words.length; i++) if (isHolder(i) && !isHolder(i - 1)) return sourceName.slice(0, words[i].index).trimEnd();
  return sourceName;
}
