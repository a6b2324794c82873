import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented sentence that gives a man's prison term, not his age. */
const corpus = indexOf({
  'verdier.md': `---
id: verdier
title: Le cousin du maire condamné
lang: fr
date: 2022-03-18
---

Paul Verdier, le cousin du maire de Saint-Aulaire, a été condamné lundi par le tribunal correctionnel à six mois de prison avec sursis.
`,
  'hollis.md': `---
id: hollis
title: Council clerk banned
lang: en
date: 2022-03-18
---

Martin Hollis, the former clerk of Easton parish council, was banned for 18 months by the magistrates on Monday.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('an age against a term in another unit of time', () => {
  it('is no value of the age: neither a contradiction nor a fix', () => {
    assert.notEqual(check('Paul Verdier, le cousin du maire de Saint-Aulaire, condamné par le tribunal correctionnel, est un homme de 47 ans.', 'fr').label, 'contradicted');
    assert.notEqual(check('Martin Hollis, the former clerk of Easton parish council banned by the magistrates, is 47 years old.', 'en').label, 'contradicted');
  });

  it('still compares a term with a term', () => {
    const v = check('Paul Verdier, le cousin du maire de Saint-Aulaire, a été condamné par le tribunal correctionnel à huit mois de prison avec sursis.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'six mois');
  });
});
