import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { ledBodies } from '../../../server/src/core/claims/ledBody';
import { indexOf } from './helpers';

const fr = indexOf({
  'greve.md': `---
id: greve
title: Grève au dépôt de Vierzon
lang: fr
date: 2022-05-02
---

Paul Roy, patron de Sud-Rail, a dénoncé une "faute grave" de la direction du dépôt.

Marie Vial, secrétaire générale de la CFDT Cheminots, a réclamé une réunion d'urgence avec la direction régionale.

Marie Vial, qui préside aussi l'Union locale, a annoncé un préavis de grève reconductible.
`,
});
const en = indexOf({
  'trust.md': `---
id: trust
title: Harbour Fund backs the lifeboat
lang: en
date: 2022-05-02
---

Harbour Fund chairman Ann Lowe said the lifeboat station would get a new slipway next spring.
`,
});

const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('the body a person leads', () => {
  it('reads a body after a phrase or verb of leading', () => {
    const read = (t: string, lang: 'fr' | 'en' = 'fr') => ledBodies(t, lang).map((l) => [l.name.text, l.body.text]);
    assert.deepEqual(read('Paul Roy, à la tête de FO Cheminots, a dénoncé'), [['Paul Roy', 'de FO Cheminots']]);
    assert.deepEqual(read('Paul Roy, qui dirige la CFDT, a dénoncé'), [['Paul Roy', 'la CFDT']]);
    assert.deepEqual(read('Ann Lowe, who chairs the Kestrel Trust, said', 'en'), [['Ann Lowe', 'the Kestrel Trust']]);
    assert.deepEqual(read('Paul Roy dirige une entreprise de Vierzon.'), []);
  });

  it('contradicts the body the claim gives a person where the passage that states the rest of the claim gives another, and writes the source’s', () => {
    const v = checkFr('Paul Roy, à la tête de FO Cheminots, a dénoncé une "faute grave" de la direction du dépôt.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'de Sud-Rail');
    const e = checkEn('Ann Lowe, who chairs Kestrel, said the lifeboat station would get a new slipway next spring.');
    assert.equal(e.label, 'contradicted');
    assert.equal(e.conflict?.sourceText, 'Harbour Fund');
  });

  it('does not contradict the body the source gives, nor one a sentence of the documents read gives the person too', () => {
    assert.notEqual(checkFr('Paul Roy, qui dirige Sud-Rail, a dénoncé une "faute grave" de la direction du dépôt.').label, 'contradicted');
    assert.notEqual(checkFr("Marie Vial, à la tête de l'Union locale, a réclamé une réunion d'urgence avec la direction régionale.").label, 'contradicted');
  });
});
