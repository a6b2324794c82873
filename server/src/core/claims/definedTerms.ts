import type { DefinedTerm } from '../markdown/parseMarkdown';
import { composeWithOffsets } from '../text/normalize';
import type { Span } from '../types';

/**
 * A definition list (Pandoc's `Term` then `: definition`) writes its subject once, as the term: the definition
 * « militante âgée de 80 ans. » under « Léa Montval » says « Léa Montval, militante âgée de 80 ans. ». Checked
 * alone, the definition is a claim of no one: any holder's value of the corpus is its value (« 21 ans » of another
 * person contradicted it, "those aged 22 and above" fixed "a sprinter aged 35"). So the first sentence of each
 * definition is checked with its term put first as an apposition: the term's own characters keep their source
 * offsets, the comma between them maps to the term's end, and the finding's range stays on the definition's text
 * (see {@link ownTextSpan}). A glossary term that is no name (« Taux de chômage ») is the subject all the same.
 */

/** The words put between a term and its definition: an apposition, as the writer would write it in a sentence. */
const SEPARATOR = ', ';
/** A term's closing punctuation, no part of the subject (« Léa Montval : », "Revenue."). */
const TERM_END = /[\s.:;,!?]+$/u;

/** A sentence that opens on a name of its own (two capitalised words: « Jeanne Dutrac a… », "The Times said…"). */
const OWN_NAME = /^[«"“(]?\p{Lu}[\p{L}\p{M}'’-]*\s+\p{Lu}/u;

/**
 * The sentence's text and offsets with the defining term put first (see the file's comment), and where the
 * sentence's own text starts in it: 0 when the term has no words, a definition of no subject (see
 * {@link withoutBorrowedHolder}). Undefined before a sentence that opens on a subject of its own, the term itself or a
 * name ({@link OWN_NAME}), which the term put first would make a list of names: it is checked as written.
 */
export function withDefinedTerm(term: DefinedTerm, text: string, offsets: Int32Array): { text: string; offsets: Int32Array; ownStart: number } | undefined {
  const composed = composeWithOffsets(term.text, term.offsets);
  const subject = composed.text.replace(TERM_END, '');
  if (!/[\p{L}\p{N}]/u.test(subject)) return { text, offsets, ownStart: 0 };
  if (text.startsWith(subject) || OWN_NAME.test(text)) return undefined;
  const ownStart = subject.length + SEPARATOR.length;
  const joined = new Int32Array(ownStart + offsets.length);
  joined.set(composed.offsets.subarray(0, subject.length));
  // The separator's characters are the term's end: a range that starts on them starts after the term.
  const termEnd = composed.offsets[subject.length - 1] + 1;
  for (let i = subject.length; i < ownStart; i++) joined[i] = termEnd;
  joined.set(offsets, ownStart);
  return { text: subject + SEPARATOR + text, offsets: joined, ownStart };
}

/**
 * A finding's range kept on the definition's own text (`sentenceSpan`, the sentence's span without its term): a
 * range inside the term or across it is the whole definition's, and `moved` says so (the fix written for the
 * range is then dropped: it would rewrite the term, or the term and the definition as one).
 */
export function ownTextSpan(span: Span, sentenceSpan: Span): { span: Span; moved: boolean } {
  if (span.start >= sentenceSpan.start && span.end <= sentenceSpan.end) return { span, moved: false };
  return { span: sentenceSpan, moved: true };
}

/**
 * The verdict of a definition's sentence that has no subject to put first (its term has no words): a value of its
 * fact in the corpus is some holder's, never shown to be its own, so a contradiction is only unsupported (with the
 * closest passages as evidence, no conflict). Any other verdict is returned as it is.
 */
export function withoutBorrowedHolder<V extends { label: string; confidence: number; evidence: readonly { coverage: number }[]; conflict?: unknown; disagreement?: unknown }>(verdict: V): V {
  if (verdict.label !== 'contradicted') return verdict;
  const { conflict: _conflict, disagreement: _disagreement, ...rest } = verdict;
  return { ...rest, label: 'unsupported', confidence: 1 - (verdict.evidence[0]?.coverage ?? 0) / 2 } as V;
}
