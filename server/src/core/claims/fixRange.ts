import type { Span } from '../types';
import type { DraftSentence } from './draftSentences';

/**
 * The range of a fix: the claim's wrong words only. A conflict's claim span may end on the punctuation after its
 * words (a name read with the full stop that ends the sentence, "the IFRA."); mapped to the draft, that span runs
 * over what the sentence's readable text leaves out (the writer's citation `[@id]` before the full stop). A fix
 * must replace neither the citation nor the punctuation.
 */

/** Punctuation that closes a sentence: part of a conflict's words only inside them ("U.S. said"), never at their end before the sentence's end. */
const CLOSING = /[.!?…]+$/u;

/**
 * The claim span [`start`, `end`) of `text` (a draft sentence's readable text, character offsets) without the
 * spaces, commas, semicolons and colons that end it, nor the full stop (or ! ? …) that ends it when nothing but
 * punctuation follows it in the sentence. Returns the trimmed [start, end), never shorter than one character.
 */
export function claimWordsOnly(text: string, start: number, end: number): [number, number] {
  let e = end;
  for (;;) {
    const slice = text.slice(start, e);
    const trailing = /[\s,;:]+$/u.exec(slice)?.[0] ?? (!/[\p{L}\p{N}]/u.test(text.slice(e)) ? CLOSING.exec(slice)?.[0] : undefined);
    if (!trailing || e - trailing.length <= start) return [start, e];
    e -= trailing.length;
  }
}

/**
 * Whether a draft span holds text the sentence's readable text leaves out (a citation, markup): its characters are
 * not one run of the sentence's offsets. A fix over it would delete that text. `span`: draft offsets.
 */
export function spansLeftOutText(sentence: DraftSentence, span: Span): boolean {
  let read = 0;
  for (let k = 0; k < sentence.text.length; k++) if (sentence.offsets[k] >= span.start && sentence.offsets[k] < span.end) read++;
  return read !== span.end - span.start;
}
