import { fold } from '../text/normalize';
import type { Verdict } from './checkClaim';

/**
 * A contradicted verdict whose attribution conflict would replace the claim's words with the same words (« “MP” →
 * the source says “MP” », a verbatim corpus sentence contradicted by itself): the slot compared holds what the claim
 * writes, so there is no other name or role to give, and no contradiction. Such a verdict becomes unsupported, its
 * evidence kept (precision first: which slot went wrong is not known). Compared folded (case, accents) with
 * white space collapsed. So too when the claim writes the source's words over the slot, the slot being only a part
 * of them (the claim's reading cut « A Masi » to « Masi », the one-letter initial taken for a word of its own): the
 * fix would write « A A Masi ». Any other verdict is returned as it is.
 */
export function withoutSameTextConflict(claimText: string, verdict: Verdict): Verdict {
  const conflict = verdict.conflict;
  if (verdict.label !== 'contradicted' || !conflict || conflict.kind !== 'attribution') return verdict;
  const norm = (s: string) => fold(s).replace(/\s+/g, ' ').trim();
  const written = norm(claimText.slice(conflict.claimStart, conflict.claimEnd));
  if (written === '' || (written !== norm(conflict.sourceText) && written !== norm(conflict.sourceName ?? '') && !writtenAround(claimText, conflict.claimStart, conflict.claimEnd, conflict.sourceName ?? conflict.sourceText, norm))) return verdict;
  const { conflict: _conflict, ...rest } = verdict;
  return { ...rest, label: 'unsupported', confidence: 1 - (verdict.evidence[0]?.coverage ?? 0) / 2 };
}

/**
 * Whether `claimText` writes `source` (normalised by `norm`) at a place that covers the slot `[start, end)`: the
 * source's words start at most their length before the slot's end and end at or after it. Found by the rewrite
 * check (selfcheck.ts --rewrites): a team list of initials and surnames was contradicted by itself.
 */
function writtenAround(claimText: string, start: number, end: number, source: string, norm: (s: string) => string): boolean {
  const wanted = norm(source);
  if (wanted === '') return false;
  for (let from = Math.max(0, end - source.length); from <= start; from++) {
    if (from + source.length >= end && norm(claimText.slice(from, from + source.length)) === wanted) return true;
  }
  return false;
}
