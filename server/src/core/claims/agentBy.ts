import type { Quantity } from '../text/quantities';
import { changeNounAfter } from './changeNounAfter';
import { changeDirectionOf, writtenAsChange } from './directionClause';

/**
 * "by" before a figure tells a change ("cut rates by 0.25 points", "raised the dividend by 27%") or the agent of a
 * passive verb ("heard by seven law lords", "watched by 42 million viewers", "hit by four hurricanes"). A count of a
 * noun right after a bare "by" (no verb of change before it) is the agent: a level, no change, and it compares with
 * the passage's count of the same noun ("a panel of nine law lords").
 */

/** A bare "by" right before the figure. */
const BY_BEFORE = /(?:^|\s)by\s+$/iu;
/** Units that measure a change itself, never an agent: points, percentage points, basis points (stems). */
const CHANGE_UNITS = /^(?:point|percentag|basi)/u;

/** Whether `q` is a count of a noun after a bare passive "by" (see the module comment): no change, whatever the "by". */
export function agentCount(text: string, q: Quantity): boolean {
  const start = q.approxStart ?? q.start;
  return q.kind === 'number' && q.unit !== undefined && !CHANGE_UNITS.test(q.unit) && !q.partitive && BY_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && changeDirectionOf(text, start) === undefined;
}

/**
 * Whether a claim's figure and a passage's are a change and a level, one each (as directionClause.ts's
 * changeAgainstLevel), a count after a passive "by" being a level.
 */
export function changeAgainstLevelOf(claimText: string, claim: Quantity, passage: string, source: Quantity): boolean {
  // A noun of change after the figure tells a change too ("a 19% rise in profits": changeNounAfter.ts).
  const change = (text: string, q: Quantity) => !agentCount(text, q) && (writtenAsChange(text, q.approxStart ?? q.start) || changeNounAfter(text, q));
  return change(claimText, claim) !== change(passage, source);
}
