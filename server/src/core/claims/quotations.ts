/**
 * Quoted speech in a draft sentence: the words of the person quoted, not the writer's. A first person inside it
 * (« Je n'ai pas voulu ce qui est arrivé », a-t-il déclaré; "We will appeal," the lawyer said) is the speaker
 * talking, so it does not make the sentence the writer's signposting.
 */

/** Spans of text between paired quotation marks: « … », “ … ”, „ … “, and straight double quotes. */
const QUOTED = /«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"/g;

/** The [start, end) offsets of each quotation in `text`, marks included. */
export function quotedSpans(text: string): (readonly [number, number])[] {
  return [...text.matchAll(QUOTED)].map((m) => [m.index!, m.index! + m[0].length] as const);
}

/** Whether the offset `at` of `text` lies inside a quotation (see {@link quotedSpans}). */
export function insideQuotation(spans: readonly (readonly [number, number])[], at: number): boolean {
  return spans.some(([start, end]) => at > start && at < end);
}
