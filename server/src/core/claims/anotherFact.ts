import type { Quantity } from '../text/quantities';
import { monthNumber } from '../text/calendarDate';
import { tokenize } from '../text/tokenize';

/**
 * A passage that gives one of the claim's values otherwise while it gives another of the claim's values a
 * different value too — another year, another month, another amount — that it does not compare with the claim's
 * (not the same fact by the words around them) tells another fact: another time, another event (« en 1790 … 31 jeux »
 * for « en 1655 … 18 jeux »; « En mars, quatre salariés … » for « Trois salariés … le 14 juin »). Its value is
 * no fix of the claim's: at most the claim is unsupported.
 */

/** How to compare two values: by the checker's own measure and value tests (see checkClaim.ts). */
export interface ValueTests {
  sameMeasure: (claim: Quantity, source: Quantity) => boolean;
  sameValue: (claim: Quantity, source: Quantity) => boolean;
}

/**
 * Whether a passage in conflict with the claim on `conflicting` tells another fact: another checkable value of the
 * claim that the passage neither states (`matched`) nor sets against a value of its own (`conflicted`) meets in the
 * passage a different value of the same measure that no value of the claim states, or, for a date with its month,
 * another month the passage names (« en mars ») and never the claim's. Only the passage's values in the stretch of
 * `passage.conflicting` (its value set against the claim's) count: none across a dash, a semicolon or a parenthesis.
 */
export function anotherValueDiffers(
  claimValues: readonly Quantity[],
  conflicting: Quantity,
  matched: readonly Quantity[],
  conflicted: readonly Quantity[],
  passage: { text: string; quantities: readonly Quantity[]; conflicting: Quantity },
  tests: ValueTests,
): boolean {
  // The passage's other value tells the time or the terms of its conflicting value's fact only within the same
  // stretch of text: after a dash, a semicolon or a parenthesis the passage goes on to another fact ("… for 20% of
  // Bell - and gave Bell an option … between January 2004 and July 2009").
  const near = (start: number, end: number) => sameStretch(passage.text, passage.conflicting, start, end);
  const stated = (s: Quantity) => claimValues.some((o) => tests.sameMeasure(o, s) && tests.sameValue(o, s));
  for (const o of claimValues) {
    if (o === conflicting || matched.includes(o) || conflicted.includes(o)) continue;
    // A value within the conflicting one's span ("£186 billion" and "186") is the same value.
    if (o.start < conflicting.end && conflicting.start < o.end) continue;
    if (passage.quantities.some((s) => tests.sameMeasure(o, s) && !tests.sameValue(o, s) && !stated(s) && near(s.start, s.end))) return true;
    const month = o.kind === 'date' ? o.date?.month : undefined;
    if (month !== undefined && otherMonthNamed(passage.text, month, near)) return true;
  }
  return false;
}

/**
 * Whether a text names a month other than `month` (1–12), one of them `near` the conflicting value, and never names `month`: English months capitalised ("may"
 * is a verb), French ones lowercase (« Mars » is a name), as months written alone are read (see months.ts).
 */
function otherMonthNamed(text: string, month: number, near: (start: number, end: number) => boolean): boolean {
  const months = tokenize(text).filter((t) => t.kind === 'word' && monthNumber(t.norm) !== undefined && /^[a-z]+$/.test(t.norm) && (ENGLISH_MONTH.test(t.norm) === (t.text[0] !== t.text[0].toLowerCase())));
  return months.length > 0 && months.every((t) => monthNumber(t.norm) !== month) && months.some((t) => near(t.start, t.end));
}

/** What ends a stretch of a sentence: a dash between spaces, a semicolon, a parenthesis. */
const STRETCH_BREAK = /\s[-–—]\s|[;()]/u;

/** Whether the text between a value and the span `start`–`end` holds no {@link STRETCH_BREAK}. */
function sameStretch(text: string, value: Quantity, start: number, end: number): boolean {
  const between = end <= value.start ? text.slice(end, value.start) : text.slice(value.end, start);
  return !STRETCH_BREAK.test(between);
}

const ENGLISH_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * Whether two ranks compare as values: two numbered ranks ("eighth", « deuxième »), or two last ones. "Last" or
 * « dernier » places a thing at the end of a series whose length it does not say: it is no other number of the
 * series, and no fix writes it in the place of a numbered rank (nor a number in its place).
 */
export function comparableRanks(claimRank: number, sourceRank: number): boolean {
  return (claimRank < 0) === (sourceRank < 0);
}
