import type { Verdict } from './checkClaim';

/**
 * A finding's span, and the fix written over it, fall on word boundaries: a conflict whose claim span starts or
 * ends between two letters of one word (« de » read at the end of « préside ») was read from a misparse, and a fix
 * over it would write inside a word (« présicette fondation »). Guarded once here, for every rule that makes a
 * conflict. A figure glued to its unit ("20km") is no such cut: only letter against letter is.
 */

const letter = /\p{L}/u;

/** Whether `offset` in `text` cuts a word: a letter on each side of it. */
export function cutsWord(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && letter.test(text[offset - 1]) && letter.test(text[offset]);
}

/**
 * The verdict, or when it is a contradiction whose conflict (or one of its other values) has a span that cuts a
 * word of the claim (see {@link cutsWord}), the claim left unsupported on the same evidence, with no conflict.
 * A negation's span is the whole claim and is never cut.
 */
export function onWordBounds(claimText: string, verdict: Verdict): Verdict {
  const conflict = verdict.conflict;
  if (verdict.label !== 'contradicted' || !conflict || conflict.kind === 'negation') return verdict;
  const cut = [conflict, ...(conflict.others ?? [])].some((c) => cutsWord(claimText, c.claimStart) || cutsWord(claimText, c.claimEnd));
  if (!cut) return verdict;
  const { conflict: _dropped, disagreement: _none, ...rest } = verdict;
  return { ...rest, label: 'unsupported' };
}
