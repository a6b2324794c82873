import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { withoutPartOfTotal, type Verdict } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

describe('withoutPartOfTotal: a total against the parts a passage gives', () => {
  const en = indexOf({
    'fine.md': `---
id: fine
title: Shipping firm admits bribery in Norland
lang: en
---

A US shipping and freight company has agreed to pay $42m after admitting bribery in the Norland port of Kelby.

Harlow Lines said its former managers had paid officials in Kelby. It agreed to pay $30m in criminal penalties, as well as $12m to settle a civil lawsuit brought by the market regulator.
`,
  });
  const doc = en.documentById('fine')!;
  const part = doc.sentences.find((s) => s.text.includes('$30m'))!;
  /** The claim contradicted by the sentence of the parts, as the checker would give it. */
  const contradicted = (claim: string): Verdict => {
    const analysis = analyzeClaim(claim, 'en', en.names);
    const q = analysis.quantities[0];
    const source = parseQuantities(part.text, 'en')[0];
    return { label: 'contradicted', confidence: 0.6, evidence: [{ doc, sentence: part, coverage: 0.6 }], conflict: { kind: 'quantity', claimStart: q.start, claimEnd: q.end, sourceText: source.raw, sourceQuantity: source, claimQuantity: q } };
  };

  it('is no contradiction of the total by one of its parts: unsupported, the evidence kept', () => {
    const claim = 'Harlow Lines admitted bribery in Kelby and agreed to pay $42m.';
    const verdict = withoutPartOfTotal(contradicted(claim), 'en');
    assert.equal(verdict.label, 'unsupported');
    assert.equal(verdict.evidence[0].sentence, part);
  });

  it('leaves contradicted a figure that is not the sum of the parts', () => {
    const claim = 'Harlow Lines admitted bribery in Kelby and agreed to pay $35m.';
    assert.equal(withoutPartOfTotal(contradicted(claim), 'en').label, 'contradicted');
  });
});
