import assert from 'node:assert/strict';
import type { Verdict } from '../../../server/src/core/claims/checkClaim';
import { withoutSameTextConflict } from '../../../server/src/core/claims/sameTextConflict';

const evidence = { doc: { id: 'gazette', path: '/c/gazette.md', lang: 'en' }, sentence: { text: 'said the chair of the committee, Labour MP Tessa Brine.' }, coverage: 0.9 } as unknown as Verdict['evidence'][number];
const claim = 'said the chair of the committee, Labour MP Tessa Brine.';
const at = claim.indexOf('MP');

describe('an attribution conflict that gives the claim its own words', () => {
  it('is no contradiction: unsupported, the evidence kept', () => {
    const verdict: Verdict = { label: 'contradicted', confidence: 0.9, evidence: [evidence], conflict: { kind: 'attribution', claimStart: at, claimEnd: at + 2, sourceText: 'MP', sourceName: 'MP' } };
    const decided = withoutSameTextConflict(claim, verdict);
    assert.equal(decided.label, 'unsupported');
    assert.equal(decided.conflict, undefined);
    assert.equal(decided.evidence[0], evidence);
  });

  it('keeps a conflict that gives the slot other words', () => {
    const verdict: Verdict = { label: 'contradicted', confidence: 0.9, evidence: [evidence], conflict: { kind: 'attribution', claimStart: at, claimEnd: at + 2, sourceText: 'peer', sourceName: 'peer' } };
    assert.equal(withoutSameTextConflict(claim, verdict).label, 'contradicted');
  });

  it('is no contradiction either when the claim writes the source\'s name over a slot cut short', () => {
    const list = 'Forwards: B Oriel, K Lanfranc; half-backs: T Vesco, A Doria, P Santi.';
    const slot = list.indexOf('Doria');
    const verdict: Verdict = { label: 'contradicted', confidence: 0.9, evidence: [evidence], conflict: { kind: 'attribution', claimStart: slot, claimEnd: slot + 5, sourceText: 'A Doria', sourceName: 'A Doria' } };
    assert.equal(withoutSameTextConflict(list, verdict).label, 'unsupported');
    // Another initial before the same surname is another name.
    const other: Verdict = { ...verdict, conflict: { kind: 'attribution', claimStart: slot, claimEnd: slot + 5, sourceText: 'L Doria', sourceName: 'L Doria' } };
    assert.equal(withoutSameTextConflict(list, other).label, 'contradicted');
  });
});
