import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { kinshipNotCompared, kinshipRelation } from '../../../server/src/core/claims/kinship';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { indexOf } from './helpers';

/** Two invented articles of one family: one writes « beau-frère » and « compagne », the other « frère de son épouse ». */
const corpus = indexOf({
  'morvan-1.md': `---
id: morvan-1
title: "Affaire Kerrien : le procès prévu en 2027"
lang: fr
---

Yves Morvan, ancien marin du port de Lorient, sans antécédent judiciaire, a reconnu en mai 2019 les meurtres de son beau-frère Luc Kerrien et de son épouse Anne, 52 ans, dans leur maison de Quimperlé, sur fond de querelle d'héritage. Il vivait avec sa compagne Marie Kerrien à Lanvern.
`,
  'morvan-2.md': `---
id: morvan-2
title: "Affaire Kerrien-Morvan : la famille parle"
lang: fr
---

Le mystère se lève un peu plus chaque jour sur le mobile présumé d'Yves Morvan, qui a avoué le 3 mai 2019 avoir tué le frère de son épouse, Luc Kerrien, ainsi que sa femme Anne. Elles précisent avoir contacté la mère de Marie et Luc Kerrien quelques jours après la disparition du couple.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
const mention = (text: string, lang: 'fr' | 'en' = 'fr') => roleMentions(text, lang)[0];

describe('kinship: one relation in several wordings, compared between the same two people only', () => {
  it('does not contradict « beau-frère » with « frère de son épouse »', () => {
    assert.notEqual(check('Le 3/05/2019, Yves Morvan a avoué avoir tué son beau-frère Luc Kerrien.').label, 'contradicted');
  });

  it('does not fix « de sa compagne » to « de son épouse »', () => {
    assert.notEqual(check('Yves Morvan a tué le frère de sa compagne, Luc Kerrien.').label, 'contradicted');
  });

  it('does not compare a kinship of one of the family with another’s of the same surname', () => {
    assert.notEqual(check('Marie Kerrien est la sœur de Luc Kerrien.').label, 'contradicted');
  });

  it('still contradicts another relation of the same person', () => {
    const v = check('Yves Morvan a tué le frère de sa mère, Luc Kerrien.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'de son épouse');
  });

  it('names one relation for its wordings', () => {
    assert.equal(kinshipRelation(mention('son beau-frère Luc Kerrien')), 'sibling-in-law');
    assert.equal(kinshipRelation(mention('le frère de son épouse, Luc Kerrien')), 'sibling-in-law');
    assert.equal(kinshipRelation(mention('her brother-in-law, Tom Hale', 'en')), 'sibling-in-law');
    assert.equal(kinshipRelation(mention('le frère de sa compagne, Luc Kerrien')), 'sibling-in-law');
    assert.notEqual(kinshipRelation(mention('le frère de sa mère, Luc Kerrien')), 'sibling-in-law');
    assert.equal(kinshipNotCompared(mention('la sœur de Luc Kerrien, Marie Kerrien'), mention('son beau-frère Luc Kerrien')), true);
  });
});
