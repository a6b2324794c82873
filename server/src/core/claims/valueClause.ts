import { fold } from '../text/normalize';
import { sameQuantity, type Quantity } from '../text/quantities';
import type { ClaimWord } from './analyzeClaim';

/**
 * A value of the other side of a contrast. A sentence that sets two holders side by side (", while New York crude
 * closed at $48.64", « , contre seulement 0,4 % en Île-de-France ») gives each its own value: the claim's value
 * found only in the side that writes none of the claim's names, while the other side writes them ("Brent crude
 * closed at $48.64" against "Brent crude closed at $44.38, while New York crude closed at $48.64"), or none of the
 * claim's words at all, is another holder's value, and the passage does not state the claim.
 */

/** The joins of a contrast between two clauses. */
const CONTRAST = /,\s*(?:while|whereas|against|compared with|versus|tandis que|tandis qu['’]|alors que|alors qu['’]|contre|face à)\s/giu;

/** The spans [start, end) of a sentence's sides of a contrast; one span when it has none. */
function sides(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(CONTRAST)) {
    spans.push([from, m.index]);
    from = m.index + m[0].length;
  }
  spans.push([from, text.length]);
  return spans;
}

function foldedWords(text: string): Set<string> {
  return new Set(fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

/**
 * Whether one of the claim's values (`matched`) is written in the passage's sentence only on a side of a contrast
 * that states the claim's fact of another holder: that side writes none of the claim's names while another side
 * writes one, or writes neither its names nor its other words (their terms, through `sideTerms`) while another side
 * writes some. False for a sentence with no contrast, or a value written on two sides.
 *
 * @param sideTerms the terms (as claim words carry them) of a stretch of the passage's sentence.
 */
export function valueOfOtherSide(words: readonly ClaimWord[], matched: readonly Quantity[], sourceText: string, sourceValues: readonly Quantity[], sideTerms: (text: string) => ReadonlySet<string>): boolean {
  const spans = sides(sourceText);
  if (spans.length < 2) return false;
  const names = words.filter((w) => w.isName);
  const others = words.filter((w) => !w.isName);
  const writesName = ([a, b]: [number, number]) => {
    const folded = foldedWords(sourceText.slice(a, b));
    return names.some((w) => folded.has(w.norm));
  };
  const writesWord = ([a, b]: [number, number]) => {
    const terms = sideTerms(sourceText.slice(a, b));
    return others.some((w) => w.terms.some((t) => terms.has(t)));
  };
  return matched.some((q) => {
    const at = sourceValues.filter((s) => sameQuantity(q, s));
    if (at.length === 0) return false;
    const sidesOf = new Set(at.map((s) => spans.findIndex(([a, b]) => s.start >= a && s.start < b)));
    if (sidesOf.has(-1) || sidesOf.size !== 1) return false;
    const side = spans[[...sidesOf][0]];
    const rest = spans.filter((x) => x !== side);
    if (names.length > 0 && !writesName(side) && rest.some(writesName)) return true;
    return others.length > 0 && !writesName(side) && !writesWord(side) && rest.some(writesWord);
  });
}
