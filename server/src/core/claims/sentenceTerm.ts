import { parseQuantities, type Quantity } from '../text/quantities';
import type { Lang } from '../types';
import type { Verdict } from './checkClaim';

/**
 * How a prison term is served, written right after its length (« trois mois de prison ferme », « six mois avec
 * sursis », "two years suspended"): 'firm' or 'suspended'. The same words sentenceParts.ts reads as a part of a term.
 */
const TERM_KIND = /^\s*(?:de\s+prison|d['’]emprisonnement|de\s+réclusion|(?:of|in)\s+(?:jail|prison))?\s*(?:(ferme|fermes|non\s+assortie?s?\s+du\s+sursis)|(avec\s+sursis|suspended))(?![\p{L}])/iu;

/** The kind of term written after a value (see {@link TERM_KIND}); undefined when none is. */
function termKind(text: string, q: Quantity): 'firm' | 'suspended' | undefined {
  const match = TERM_KIND.exec(text.slice(q.end, q.end + 60));
  return match ? (match[1] ? 'firm' : 'suspended') : undefined;
}

/**
 * Whether a claim writes a term of one kind (« trois mois de prison ferme ») that a passage writes, with the same
 * length, as the other kind (« trois mois de prison avec sursis »): the passage does not state the claim. False
 * when the claim names no kind, or the passage names the same kind or none for that length.
 */
export function otherTermKind(claimText: string, claimQuantities: readonly Quantity[], sourceText: string, sourceLang: Lang): boolean {
  const sourceQuantities = parseQuantities(sourceText, sourceLang);
  return claimQuantities.some((c) => {
    const kind = termKind(claimText, c);
    if (kind === undefined) return false;
    return sourceQuantities.some((s) => s.value === c.value && s.unit === c.unit && termKind(sourceText, s) !== undefined && termKind(sourceText, s) !== kind);
  });
}

/**
 * A supported verdict whose passage gives the claim's term as the other kind (see {@link otherTermKind}) becomes
 * unsupported, with the same evidence; any other verdict is returned as is.
 */
export function withoutOtherTermKind(claimText: string, claimQuantities: readonly Quantity[], verdict: Verdict): Verdict {
  const evidence = verdict.evidence[0];
  if (verdict.label !== 'supported' || !evidence || !otherTermKind(claimText, claimQuantities, evidence.sentence.text, evidence.doc.lang)) return verdict;
  return { label: 'unsupported', confidence: verdict.confidence, evidence: verdict.evidence };
}
