import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { placeSlotAcrossLanguages } from '../../../server/src/core/claims/crossLanguageSlot';
import { indexOf } from './helpers';

/** An invented French story of a lawsuit, checked with English claims that place its court in a town. */
const corpus = indexOf({
  'plainte.md': `---
id: plainte
title: Une famille attaque le fabricant Dorvel en justice
lang: fr
date: 2022-06-14
---

La plainte de la famille Marchal contre le fabricant Dorvel a été déposée lundi devant le tribunal de commerce régional de Rennes.

Leur avocat, Me Hugues Lamy, réclame 800.000 euros de dommages et intérêts.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('claims: a name in a place slot written the other language’s way', () => {
  it('reads the claim’s noun and link among the French noun group before the name', () => {
    const claim = 'The complaint was filed at a commercial court in Nantes.';
    const source = 'La plainte a été déposée devant le tribunal de commerce régional de Rennes.';
    const words = analyzeClaim(claim, 'en', corpus.names).words;
    assert.ok(placeSlotAcrossLanguages(claim, claim.indexOf('Nantes'), 'en', words, source, source.indexOf('Rennes'), 'fr'));
    // Another link ("against" is no place) or another noun (no lawyer before « de Rennes »).
    const against = 'The complaint was filed against Nantes.';
    assert.ok(!placeSlotAcrossLanguages(against, against.indexOf('Nantes'), 'en', analyzeClaim(against, 'en', corpus.names).words, source, source.indexOf('Rennes'), 'fr'));
    const lawyer = 'The complaint was filed by a lawyer in Nantes.';
    assert.ok(!placeSlotAcrossLanguages(lawyer, lawyer.indexOf('Nantes'), 'en', analyzeClaim(lawyer, 'en', corpus.names).words, source, source.indexOf('Rennes'), 'fr'));
  });

  it('contradicts an English claim that puts the French source’s court in another town', () => {
    const verdict = check('The Marchal family’s lawsuit against Dorvel was filed on Monday in a court in Nantes.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.kind, 'attribution');
    assert.match(verdict.conflict?.sourceText ?? '', /Rennes/);
  });

  it('leaves the claim that names the source’s town alone', () => {
    assert.notEqual(check('The Marchal family’s lawsuit against Dorvel was filed on Monday in a court in Rennes.').label, 'contradicted');
  });
});
