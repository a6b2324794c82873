import { parseQuantities, type Quantity } from '../text/quantities';
import type { Lang } from '../types';
import type { Verdict } from './checkClaim';

/** Only a linking word between a count and the measure that qualifies it (« gardes de 24 heures », "shifts of 12 hours"). */
const QUALIFIED_BY = /^\s+(?:de|d['’]|of)\s*$/iu;
/** Only a conjunction between two alternatives or members (« … ou huit de 12 heures », "… or eight of 12 hours"). */
const JOINED = /^\s*,?\s+(?:ou|et|or|and)\s+$/iu;

/** A count and the measure that qualifies it. */
interface QualifiedCount {
  count: number;
  /** The counted noun's stem (the first count's, for a count that elides it: « huit de 12 heures »). */
  unit: string;
  measure: Quantity;
}

/**
 * The two qualified counts of a passage written as a pair, the second eliding its noun: « quatre gardes de 24
 * heures ou huit de 12 heures », "four shifts of 24 hours or eight of 12 hours". Empty when there is none.
 */
function pairsIn(text: string, qs: readonly Quantity[]): [QualifiedCount, QualifiedCount][] {
  const pairs: [QualifiedCount, QualifiedCount][] = [];
  for (let i = 0; i + 3 < qs.length; i++) {
    const [c1, d1, c2, d2] = qs.slice(i, i + 4);
    if (c1.kind !== 'number' || c1.unit === undefined || c2.kind !== 'number' || (c2.unit !== undefined && c2.unit !== c1.unit)) continue;
    if (d1.unit === undefined || d1.unit !== d2.unit || d1.kind !== d2.kind || d1.value === d2.value || c1.value === c2.value) continue;
    if (!QUALIFIED_BY.test(text.slice(c1.end, d1.start)) || !JOINED.test(text.slice(d1.end, c2.approxStart ?? c2.start)) || !QUALIFIED_BY.test(text.slice(c2.end, d2.start))) continue;
    pairs.push([{ count: c1.value, unit: c1.unit, measure: d1 }, { count: c2.value, unit: c1.unit, measure: d2 }]);
  }
  return pairs;
}

/**
 * Whether a claim qualifies a count with a measure that a passage gives the other count of a pair (« huit gardes de
 * 24 heures » against « quatre gardes de 24 heures ou huit de 12 heures »): each value is in the passage, but not
 * together; the passage does not state the claim.
 */
export function crossesPair(claimText: string, claimQuantities: readonly Quantity[], sourceText: string, sourceLang: Lang): boolean {
  const claimed: QualifiedCount[] = [];
  for (let i = 0; i + 1 < claimQuantities.length; i++) {
    const [c, d] = [claimQuantities[i], claimQuantities[i + 1]];
    if (c.kind === 'number' && c.unit !== undefined && d.unit !== undefined && QUALIFIED_BY.test(claimText.slice(c.end, d.start))) claimed.push({ count: c.value, unit: c.unit, measure: d });
  }
  if (claimed.length === 0) return false;
  const pairs = pairsIn(sourceText, parseQuantities(sourceText, sourceLang));
  return claimed.some((q) =>
    pairs.some(([a, b]) =>
      [[a, b], [b, a]].some(([own, other]) => q.unit === own.unit && q.count === own.count && q.measure.unit === other.measure.unit && q.measure.value === other.measure.value),
    ),
  );
}

/**
 * A supported verdict whose passage pairs the claim's count with another measure (see {@link crossesPair}) becomes
 * unsupported, with the same evidence; any other verdict is returned as is.
 */
export function withoutCrossedPair(claimText: string, claimQuantities: readonly Quantity[], verdict: Verdict): Verdict {
  const evidence = verdict.evidence[0];
  if (verdict.label !== 'supported' || !evidence || !crossesPair(claimText, claimQuantities, evidence.sentence.text, evidence.doc.lang)) return verdict;
  return { label: 'unsupported', confidence: verdict.confidence, evidence: verdict.evidence };
}
