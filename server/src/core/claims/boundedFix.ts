import type { Quantity } from '../text/quantities';

/**
 * The whole bounded value to write where a fix writes the source's expression as is (« une centaine de pompiers »
 * of « Plus d'une centaine de pompiers »): the source's bound or qualifier words with it (« plus d' », "more than",
 * « environ »), in place of the claim's qualifier and figure, so that a fix never drops the source's bound nor
 * stacks it on the claim's (« Environ une centaine », « Moins de une centaine »). `from` is where the edit starts in
 * the claim's text (its qualifier's start), `text` what it writes, cased as the claim's first replaced letter.
 * `undefined` when neither value has a qualifier to carry (the expression alone is right), or when the source's
 * value is exact while the claim's qualifier bounds its own figure (the caller's edit stands).
 */
export function wholeBoundedValue(claimText: string, claim: Quantity, source: Quantity, passage: string): { from: number; text: string } | undefined {
  const written = source.approxStart !== undefined ? passage.slice(source.approxStart, source.start).replace(/^\s+/u, '') : '';
  if (written === '' && (claim.approxStart === undefined || source.approx === undefined)) return undefined;
  const from = claim.approxStart ?? claim.start;
  let text = written + source.raw;
  const first = claimText[from];
  if (first && first !== first.toLowerCase()) text = text[0].toUpperCase() + text.slice(1);
  else if (first) text = text[0].toLowerCase() + text.slice(1);
  return { from, text };
}
