import { fold } from '../text/normalize';
import type { Verdict } from './checkClaim';

/**
 * A contradicted verdict whose attribution conflict would replace the claim's words with the same words (« “MP” →
 * the source says “MP” », a verbatim corpus sentence contradicted by itself): the slot compared holds what the claim
 * writes, so there is no other name or role to give, and no contradiction. Such a verdict becomes unsupported, its
 * evidence kept (precision first: which slot went wrong is not known). Compared folded (case, accents) with
 * white space collapsed. Any other verdict is returned as it is.
 */
export function withoutSameTextConflict(claimText: string, verdict: Verdict): Verdict {
  const conflict = verdict.conflict;
  if (verdict.label !== 'contradicted' || !conflict || conflict.kind !== 'attribution') return verdict;
  const norm = (s: string) => fold(s).replace(/\s+/g, ' ').trim();
  const written = norm(claimText.slice(conflict.claimStart, conflict.claimEnd));
  if (written === '' || (written !== norm(conflict.sourceText) && written !== norm(conflict.sourceName ?? ''))) return verdict;
  const { conflict: _conflict, ...rest } = verdict;
  return { ...rest, label: 'unsupported', confidence: 1 - (verdict.evidence[0]?.coverage ?? 0) / 2 };
}
