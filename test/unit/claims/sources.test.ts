import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** One story told by several articles, each in its own words: a sale, a lawsuit, market shares. */
const index = indexOf({
  'k1.md': `---
id: k1
title: China helped buy Kestrel
lang: en
---

Kestrel was sold at auction for $3.6bn last year to help Northfield pay off part of a $12bn bill in unpaid taxes.
`,
  'k2.md': `---
id: k2
title: Northfield heads back to court
lang: en
---

Northfield filed for bankruptcy to halt the forced sale of its main unit, Kestrelneftegas. The unit was however sold for $4.2bn at a state auction to the oil firm Ostrava.
`,
  'k3.md': `---
id: k3
title: Mystery buyer for Kestrel
lang: en
---

A little-known buyer paid $4.2bn for Kestrel on Sunday.
`,
  'k4.md': `---
id: k4
title: Northfield and the tax office
lang: en
---

The clash came to a head last year when Northfield was hit with a bill of more than $12bn in back taxes and unpaid fines.
`,
  'k5.md': `---
id: k5
title: Northfield accused of lying to court
lang: en
---

Its lawyer said that the papers documenting the transfer were not drawn up till weeks after Northfield made its bankruptcy application on 14 December, and then backdated.
`,
  'k6.md': `---
id: k6
title: Northfield files for bankruptcy
lang: en
---

Last week, Northfield filed for bankruptcy protection in a last-ditch attempt to hang on to Kestrelneftegas, which accounts for 60% of its output.
`,
  'm1.md': `---
id: m1
title: Northfield owner sues the government
lang: en
---

The majority owner of Northfield has sued the government for $18.3bn. Group Talman, which controls 51% of Northfield, says the sale was illegal.

Talman said the value of its shareholding had gone from $7.8bn to nothing since 2003. Its lawyer said the claim was based on that figure, with a 60% addition for the share gains that could have accrued since then.
`,
  'm2.md': `---
id: m2
title: Northfield bankruptcy not a US matter
lang: en
---

Talman sued the government for $18.3bn in damages, Northfield said.
`,
  'o1.md': `---
id: o1
title: Oil merger excludes Kestrel
lang: en
---

Analysts said the deal would give Ostrava control of 8% of Russia's total oil production, an improvement on its current 2.5%, but still far less than the 20% share it would have gained. However, the merged group will still remain outside Russia's top five oil producers - led by Varnak with 11% of the market, followed by Sibal.
`,
});
const check = (text: string, cited: string[] = []) => checkClaim(text, analyzeClaim(text, 'en', index.names), index, { cited });

describe('claims checked against several sources', () => {
  it('keeps a claim whose value sources state when another source gives its fact another value', () => {
    const v = check('Kestrel was sold at auction for $4.2bn.');
    assert.equal(v.label, 'supported');
    assert.equal(v.disagreement?.sourceText, '$3.6bn');
  });

  it('calls a claim contradicted when the source it cites gives its fact another value, even if another source states it', () => {
    const v = check('Kestrel was sold at auction for $4.2bn.', ['k1']);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.evidence[0].doc.id, 'k1');
    assert.equal(v.conflict?.sourceText, '$3.6bn');
    assert.ok(v.disagreement && v.disagreement.evidence.doc.id !== 'k1');
  });

  it('reads the cited source as the document its key resolves to, not a copy that carries the same id', () => {
    const dated = (id: string, text: string) => `---\nid: ${id}\ntitle: ${id}\ndate: 2019-07-10\nlang: fr\n---\n\n${text}\n`;
    const withCopy = indexOf({
      'proces-7.md': dated('proces-7', 'Le tribunal de Brest a relaxé Jean Morvan mardi 9 juillet, au terme de trois semaines d’audience.'),
      'copie.md': dated('proces-7', 'Copie : le tribunal a relaxé Jean Morvan le 10 juillet.'),
    });
    const claim = 'Le tribunal a relaxé Jean Morvan le 10 juillet.';
    const v = checkClaim(claim, analyzeClaim(claim, 'fr', withCopy.names), withCopy, { cited: ['proces-7'] });
    assert.equal(v.label, 'contradicted');
    assert.equal(v.evidence[0].doc.path, '/corpus/proces-7.md');
  });

  it('gives the cited source’s passage first when it states the claim', () => {
    assert.equal(check('Talman sued the government for $18.3bn.', ['m2']).evidence[0].doc.id, 'm2');
    const v = check('Talman sued the government for $18.3bn.', ['m1']);
    assert.equal(v.label, 'supported');
    assert.equal(v.evidence[0].doc.id, 'm1');
  });

  it('does not compare values of two predicates that measure the same thing', () => {
    assert.notEqual(check('Northfield paid $5bn in back taxes in 2004.').label, 'contradicted');
    assert.equal(check('Northfield was hit with a bill of $10bn in back taxes.').label, 'contradicted');
  });

  it('does not take a negation for the claim’s when it bears on another part of the sentence', () => {
    assert.equal(check('Northfield filed for bankruptcy on 14 December.').label, 'supported');
  });

  it('compares shares of the same whole, its owner named or not ("of Northfield\'s output", "of its output")', () => {
    const v = check('Kestrel accounts for 80% of Northfield\'s output.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 60);
  });

  it('reads the year a passage leaves to the article’s narrative in the sentence before it', () => {
    const v = check('The Talman claim adds 60% for share gains since 2003.');
    assert.equal(v.label, 'supported');
    assert.match(v.evidence[0].sentence.text, /60% addition/);
    assert.notEqual(check('The Talman claim adds 60% for share gains since 2001.').label, 'supported');
  });

  it('does not give a value to a subject the passage does not name', () => {
    assert.notEqual(check('Varnak leads Russia\'s oil producers with 11% of production.').label, 'contradicted');
  });
});
