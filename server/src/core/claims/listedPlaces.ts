import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';

/**
 * A sentence that lists values place by place (« 134 km/h à Roissy et 110 km/h à Paris, … 102 km/h à Lille ») gives
 * each place its own value. A claim that names one of those places elsewhere than right after its value (« Des
 * rafales de 120 km/h ont été mesurées à Lille ») is compared only with the value the list ties to that place.
 */

/** A place written right after a value (« 147 km/h à Cambrai », "12% in Leeds"): its name. */
const PLACE_AFTER = /^[^\s,;.]*\s+(?:à|au|aux|en|in|at)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(\p{Lu}[\p{L}'’-]+)/u;
/** A place anywhere in a text (« à Lille », "in Leeds"): its name. */
const PLACE = /(?<![\p{L}])(?:[àÀ]|[aA]ux?|[eE]n|[iI]n|[aA]t)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * Whether the passage value `s` is tied to another place than the one the claim names: the claim names exactly one
 * place, the passage writes another place right after `s`, and ties the claim's place to another of its values. A
 * claim that names no place, or several, or a passage that does not list the claim's place, is left to the other tests.
 */
export function tiedToAnotherListedPlace(claim: string, passage: string, s: Quantity, passageValues: readonly Quantity[]): boolean {
  const places = [...claim.matchAll(PLACE)].map((m) => fold(m[1]));
  if (new Set(places).size !== 1) return false;
  const [mine] = places;
  const placeAfter = (q: Quantity) => {
    const name = PLACE_AFTER.exec(passage.slice(q.end, q.end + 50))?.[1];
    return name === undefined ? undefined : fold(name);
  };
  const theirs = placeAfter(s);
  if (theirs === undefined || theirs === mine) return false;
  return passageValues.some((p) => p !== s && placeAfter(p) === mine);
}
