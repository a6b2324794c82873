/**
 * Asides that close before a word: the stretch between two spaced dashes ("The committee - which sets rates -
 * voted") and a relative clause set off by commas ("The committee, which sets rates, voted", « Le conseil, qui fixe
 * les taux, a voté »). What such an aside says is about its own subject; the sentence's subject goes on after it.
 */

/** A dash set off by spaces (see polarity.ts's `asideAround`). */
const ASIDE_DASH = /\s[-–—]\s/gu;

/** A relative clause between two commas, with no other comma, semicolon or colon inside. */
const RELATIVE_BETWEEN_COMMAS = /,\s*(?:which|who|whose|whom|qui|dont|lequel|laquelle|lesquels|lesquelles)(?![\p{L}])[^,;:]*,/giu;

/**
 * `text` with every aside that closes at or before offset `end` turned into spaces (same length: offsets hold): the
 * two spaced dashes and what they hold, or the commas around a relative clause and what they hold. An aside still
 * open at `end` is left as it is.
 */
export function withClosedAsidesBlanked(text: string, end: number): string {
  const spans: { start: number; end: number }[] = [];
  const dashes = [...text.matchAll(ASIDE_DASH)];
  for (let i = 0; i + 1 < dashes.length; i += 2) spans.push({ start: dashes[i].index, end: dashes[i + 1].index + dashes[i + 1][0].length });
  for (const match of text.matchAll(RELATIVE_BETWEEN_COMMAS)) spans.push({ start: match.index, end: match.index + match[0].length });
  let blanked = text;
  for (const span of spans) {
    if (span.end > end) continue;
    blanked = blanked.slice(0, span.start) + ' '.repeat(span.end - span.start) + blanked.slice(span.end);
  }
  return blanked;
}
