import type { Lang } from '../types';

/**
 * The focus of a cleft sentence: « C'est Alexia elle-même qui avait … », "It was Ann Lowe who compared …". The
 * writer puts forward who did it, and that is the claim's point: a passage that tells the act without naming
 * that person in its own sentence (the name only in the sentences around, or someone else doing it) does not
 * state the claim. A focus of time or place (« C'est le 3 juin que … », « C'est en Algérie qu'… ») is left to the
 * rules of values and places: only « qui » and "who" open the clause of a person.
 */
const CLEFT: Record<Lang, RegExp> = {
  fr: /^\s*c['’]est\s+(.{2,80}?)\s+qui\s/iu,
  en: /^\s*it\s+(?:was|is)\s+(.{2,80}?)\s+who\s/iu,
};

/** Emphasis after the focus (« elle-même », "himself"): not part of who it is. */
const EMPHASIS = /[\s,]+(?:lui-même|elle-même|eux-mêmes|elles-mêmes|himself|herself|themselves)$/iu;

/** The offsets of the focus of a cleft claim about a person, or undefined when the claim is no such cleft. */
export function cleftFocus(claimText: string, lang: Lang): { start: number; end: number } | undefined {
  const match = CLEFT[lang].exec(claimText);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[1], match[0].length - match[1].length - 6);
  const focus = match[1].replace(EMPHASIS, '');
  return { start, end: start + focus.length };
}
