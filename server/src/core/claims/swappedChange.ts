import type { Quantity } from '../text/quantities';

/**
 * A change told by its two values, where it started and where it ended: « est passé de 20 euros à 25 euros », "rose
 * from 12% to 15%", "a 36% share, down from 39%". A claim that gives the passage's two values the other way round
 * ("39%, up from 36%"), or whose own verb goes against its two values (« a baissé de 20 euros à 25 euros »), does
 * not state the passage's change, however many of its words it shares.
 */

/** A change of value, its start and its end, and the way its words say it goes (when they say). */
export interface Change {
  from: Quantity;
  to: Quantity;
  /** 1: a rise, -1: a fall, as the words say it; undefined when they do not (« est passé de »). */
  said?: 1 | -1;
}

const UP = /(?<![\p{L}])(?:augment\p{L}*|hausse|progress\p{L}*|grimp\p{L}*|mont[ée]\p{L}*|bondi\p{L}*|gagn\p{L}*|rose|rise[ns]?|rising|up|increas\p{L}*|grew|grow\p{L}*|climb\p{L}*|jump\p{L}*|gain\p{L}*)(?![\p{L}])/iu;
const DOWN = /(?<![\p{L}])(?:baiss\p{L}*|chut\p{L}*|recul\p{L}*|diminu\p{L}*|tomb\p{L}*|repli\p{L}*|fléchi\p{L}*|fell|fall\p{L}*|down|decreas\p{L}*|drop\p{L}*|declin\p{L}*|slip\p{L}*|slid\p{L}*|dipped)(?![\p{L}])/iu;

/** The way the words of `text` say a change goes: the last direction word in it; undefined when none. */
function wayOf(text: string): 1 | -1 | undefined {
  const up = [...text.matchAll(new RegExp(UP.source, 'giu'))].pop();
  const down = [...text.matchAll(new RegExp(DOWN.source, 'giu'))].pop();
  if (!up && !down) return undefined;
  if (!down) return 1;
  if (!up) return -1;
  return up.index > down.index ? 1 : -1;
}

/**
 * The change a text tells with two of its values `quantities` (in text order): "from A to B" (« de A à B »), the
 * way said by the words just before "from" (« a baissé de », "rose from"); or "B …, up from A", "B … - down from
 * A" (« B, contre A » is no change and is not read). Undefined when the text tells none.
 */
export function changeOf(text: string, quantities: readonly Quantity[]): Change | undefined {
  const values = [...quantities].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < values.length; i++) {
    const [a, b] = [values[i], values[i + 1]];
    if (a.kind !== b.kind) continue;
    const between = text.slice(a.end, b.approxStart ?? b.start);
    const before = text.slice(Math.max(0, (a.approxStart ?? a.start) - 40), a.approxStart ?? a.start);
    if (/^\s*(?:à|to)\s*$/iu.test(between) && /(?:^|[\s'’])(?:de|d['’]|from)\s*$/iu.test(before)) {
      const said = wayOf(before.replace(/(?:de|d['’]|from)\s*$/iu, '').split(/[,;:.!?]/u).pop() ?? '');
      return { from: a, to: b, ...(said ? { said } : {}) };
    }
    // "a 36% share of the market - down from 39%": the words of the first value's noun, then the way and "from".
    const after = /^[^.;:!?]*?(?:[,(–—-]\s*|\s)(up|down|rising|falling|increasing|decreasing)\s+from\s*$/iu.exec(between);
    if (after) return { from: b, to: a, said: wayOf(after[1])! };
  }
  return undefined;
}

const same = (a: Quantity, b: Quantity) => a.kind === b.kind && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value));

/**
 * Whether a claim's change does not state a passage's change of the same two values: the claim gives them the other
 * way round (its start is the passage's end, and its end the passage's start), or its words say it goes the other
 * way than its values do (« a baissé de 20 à 25 ») while the passage's values go as they do. False when either text
 * tells no change of two values, or the two changes are of other values.
 */
export function swappedChange(claim: Change | undefined, passage: Change | undefined): boolean {
  if (!claim || !passage || same(claim.from, claim.to)) return false;
  if (same(claim.from, passage.to) && same(claim.to, passage.from)) return true;
  if (!same(claim.from, passage.from) || !same(claim.to, passage.to)) return false;
  const goes = claim.to.value > claim.from.value ? 1 : -1;
  return claim.said !== undefined && claim.said !== goes && (passage.said === undefined || passage.said === goes);
}
