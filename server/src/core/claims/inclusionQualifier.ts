import { stem } from '../text/stem';
import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';

/**
 * A value told with or without a part (« 75 mètres (80 mètres avec la flèche) », "£30m including bonuses", « 80
 * mètres sans sa flèche », "£25m excluding bonuses"): the same figure with the part and without it are two values
 * of two things. A claim's figure « sans la flèche » is not stated by the source's « avec la flèche » (nor the other
 * way round): neither stated nor in conflict, the claim is left unsupported at most.
 */

const WITH = /^\s*,?\s*\(?\s*(?:avec|with|including|inclus|incluant|y\s+compris|plus)\s+(?:(?:sa|son|ses|la|le|les|l['’]|leur|leurs|its|the|their|his|her)\s*)?(\p{L}[\p{L}-]*)/iu;
const WITHOUT = /^\s*,?\s*\(?\s*(?:sans|without|excluding|hors|minus)\s+(?:(?:sa|son|ses|la|le|les|l['’]|leur|leurs|its|the|their|his|her)\s*)?(\p{L}[\p{L}-]*)/iu;

/** The part a value is told with or without, right after it (« avec la flèche » → with, stem of « flèche »), or undefined. */
function partAfter(text: string, q: Quantity, lang: Lang): { sign: 'with' | 'without'; part: string } | undefined {
  const after = text.slice(q.end, q.end + 60);
  const w = WITH.exec(after);
  if (w) return { sign: 'with', part: stem(w[1].toLowerCase(), lang) };
  const wo = WITHOUT.exec(after);
  if (wo) return { sign: 'without', part: stem(wo[1].toLowerCase(), lang) };
  return undefined;
}

/**
 * Whether the claim's value `q` is told without a part (or with it) right after it, and the source's equal value `s`
 * with the same part (or without it): « 80 mètres sans sa flèche » and « 80 mètres avec la flèche ».
 */
export function otherInclusion(claim: { text: string; lang: Lang }, q: Quantity, source: { text: string; lang: Lang }, s: Quantity): boolean {
  const c = partAfter(claim.text, q, claim.lang);
  if (!c) return false;
  const o = partAfter(source.text, s, source.lang);
  return o !== undefined && o.sign !== c.sign && o.part === c.part;
}
