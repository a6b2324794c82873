import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { isNationalityNoun } from '../../../server/src/core/claims/nationalityNoun';
import { indexOf } from './helpers';

describe('a noun of nationality refers back to a person', () => {
  const story = (noun: string) =>
    indexOf({
      'delorme.md': `---
id: delorme
title: La fuite de Marc Delorme
lang: fr
---

Marc Delorme, l'ancien patron de Texalor, a fui le pays en mai. La police a ouvert une enquête. Les douanes ont été alertées. Le parquet a saisi un juge. ${noun} de 52 ans était assigné à résidence à Nantes. Sa femme vit à Lyon.
`,
    });

  it('does not take « Le Franco-marocain », « Le Marocain » for another holder of the claim’s fact', () => {
    for (const noun of ['Le Franco-marocain', 'Le Marocain']) {
      const index = story(noun);
      const claim = 'Delorme, âgé de 52 ans, était assigné à résidence à Nantes.';
      assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', index.names), index).label, 'contradicted', noun);
    }
  });

  it('tells nouns of nationality from names', () => {
    assert.equal(isNationalityNoun('Franco-libanais', 'le'), true);
    assert.equal(isNationalityNoun('Brazilian', 'the'), true);
    assert.equal(isNationalityNoun('Julien', undefined), false);
    assert.equal(isNationalityNoun('Île-de-France', 'l’'), false);
    assert.equal(isNationalityNoun('Jean-Marie', undefined), false);
  });
});

describe('a claim that opens on a noun of origin after an article', () => {
  const index = indexOf({
    'proces.md': `---
id: proces
title: Le gérant du bar condamné
lang: fr
date: 2021-03-02
---

Après trois jours d'audience, Marc Vallin a été condamné à deux ans de prison pour recel par le tribunal de Lorient.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

  it('is no other holder of the fact the passage gives a person by name (« Le Brestois » for « Marc Vallin »), and gets no fix', () => {
    const v = check('Le Brestois a été condamné à deux ans de prison pour recel par le tribunal de Lorient.');
    assert.notEqual(v.label, 'contradicted');
    assert.equal(v.conflict, undefined);
  });
});
