import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { factParts, openingSubject } from '../../../server/src/core/claims/factParts';
import { indexOf } from './helpers';

/** Invented articles in which each fact of a two-fact claim is told by its own passage. */
const corpus = indexOf({
  'phare.md': `---
id: phare
title: Le phare de Kerlouan rouvre au public
lang: fr
---

Le phare de Kerlouan a été mis en service en 1894 par les Ponts et Chaussées.
`,
  'travaux.md': `---
id: travaux
title: Deux ans de travaux sur la côte des Légendes
lang: fr
---

Après deux ans de travaux, le phare de Kerlouan n'a plus de lentille d'origine, remplacée en 2021 par une lampe à diodes.
`,
  'station.md': `---
id: station
title: La station de pompage de Lanvéoc
lang: fr
---

La station de pompage de Lanvéoc a été construite en 1962.
`,
  'riverains.md': `---
id: riverains
title: Les riverains de Lanvéoc se souviennent
lang: fr
---

Des riverains ont raconté que la station de pompage de Lanvéoc a fonctionné 51 ans.
`,
  'rugby.md': `---
id: rugby
title: Ashgrove reach the county final
lang: en
---

Ashgrove beat Tolworth 21-9 on Saturday to reach the Wessex County final.
`,
  'usine.md': `---
id: usine
title: L'usine Morvan de Carhaix
lang: fr
---

L'usine Morvan de Carhaix, créée en 1958, fabrique des conserves de poisson.

L'usine Morvan de Carhaix appartient au groupe agroalimentaire breton Armor Océan, basé à Quimperlé, depuis 2004.
`,
  'scierie.md': `---
id: scierie
title: La scierie de Huelgoat
lang: fr
---

La scierie de Huelgoat a été construite en 1923.
`,
  'scierie-vente.md': `---
id: scierie-vente
title: La scierie de Huelgoat vendue
lang: fr
---

La scierie de Huelgoat appartient désormais au groupe Bois d'Arrée, qui l'a rachetée l'an dernier.
`,
  'forecast.md': `---
id: forecast
title: Forecasts cut after the storms
lang: en
---

Norvia has become the first of the 12 northern Baltic states hit by the storms to cut its growth forecast.

Norvia's economy is now expected to grow by 2.1% in 2026, the finance ministry said.
`,
  'try.md': `---
id: try
title: Brannock the hero
lang: en
---

Winger Tom Brannock scored the decisive try late in the second half, his coach Nell Farrow said.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('claims that join two facts', () => {
  it('cuts a fronted participle, a relative clause and joined clauses into parts that keep their subject', () => {
    assert.deepEqual(factParts('Mis en service en 1894, le phare de Kerlouan n’a plus de lentille d’origine.', 'fr'), [
      'Le phare de Kerlouan n’a plus de lentille d’origine.',
      'Mis en service en 1894, le phare de Kerlouan.',
    ]);
    assert.deepEqual(factParts("À l'arrêt depuis deux ans, le phare de Kerlouan a rouvert.", 'fr'), ['Le phare de Kerlouan a rouvert.', "À l'arrêt depuis deux ans, le phare de Kerlouan."]);
    assert.deepEqual(factParts('La station a été construite en 1962 et a fonctionné 51 ans.', 'fr'), ['La station a été construite en 1962.', 'La station a fonctionné 51 ans.']);
    assert.deepEqual(factParts('Ashgrove beat Tolworth to reach the final, and Tom Brannock scored the decisive try.', 'en'), ['Ashgrove beat Tolworth to reach the final.', 'Tom Brannock scored the decisive try.']);
    assert.deepEqual(factParts('Nell Farrow, who coaches Ashgrove, said the try was decisive.', 'en'), ['Nell Farrow said the try was decisive.', 'Nell Farrow, who coaches Ashgrove.']);
    assert.deepEqual(factParts('Nell Farrow, the coach of Ashgrove, said the try was decisive.', 'en'), ['Nell Farrow said the try was decisive.', 'Nell Farrow is the coach of Ashgrove.']);
    assert.deepEqual(factParts('Anne Vidal, la maire de Lanvéoc, a inauguré la station.', 'fr'), ['Anne Vidal a inauguré la station.', 'Anne Vidal est la maire de Lanvéoc.']);
  });

  it('cuts clauses joined by ", while" / « , tandis que », and a second clause whose subject is a count', () => {
    assert.deepEqual(factParts('Dock workers at Hullmouth asked for a 12% rise, while the port authority offered 4%.', 'en'), [
      'Dock workers at Hullmouth asked for a 12% rise.',
      'The port authority offered 4%.',
    ]);
    assert.deepEqual(factParts('La piscine de Valmont a rouvert le 3 mai, et 21 des 30 maîtres-nageurs ont repris le travail.', 'fr'), [
      'La piscine de Valmont a rouvert le 3 mai.',
      '21 des 30 maîtres-nageurs ont repris le travail.',
    ]);
    assert.deepEqual(factParts('Les grévistes de Valmont réclament 8 %, tandis que la direction propose 2 %.', 'fr'), ['Les grévistes de Valmont réclament 8 %.', 'La direction propose 2 %.']);
  });

  it('leaves whole a part whose subject is a pronoun, and a fronted time or attribution', () => {
    assert.equal(factParts('Arrêté en 2015, il a été condamné à six ans.', 'fr'), undefined);
    assert.equal(factParts('En 2017, le phare de Kerlouan a été repeint.', 'fr'), undefined);
    assert.equal(factParts('Selon la préfecture, le phare de Kerlouan a été repeint.', 'fr'), undefined);
    assert.equal(factParts('Ashgrove won the semi-final, and they scored three tries.', 'en'), undefined);
    assert.equal(openingSubject('il a été condamné', 'fr'), undefined);
    assert.equal(factParts('The old mill, a listed building, was sold in 2019.', 'en'), undefined);
  });

  it('supports a claim whose facts are each stated by a passage of their own', () => {
    assert.equal(check('Mis en service en 1894, le phare de Kerlouan n’a plus de lentille d’origine, remplacée en 2021 par une lampe à diodes.', 'fr').label, 'supported');
    assert.equal(check('La station de pompage de Lanvéoc a été construite en 1962 et a fonctionné 51 ans.', 'fr').label, 'supported');
    assert.equal(check('Ashgrove beat Tolworth to reach the Wessex County final, and Tom Brannock scored the decisive try.', 'en').label, 'supported');
  });

  it('supports a name with its apposition and its main clause, each stated by a passage, across the adjectives before a counted noun', () => {
    assert.equal(check('Norvia, the first of the twelve states hit by the storms to cut its forecast, expects its economy to grow by 2.1% in 2026.', 'en').label, 'supported');
    assert.notEqual(check('Norvia, the first of the eleven states hit by the storms to cut its forecast, expects its economy to grow by 2.1% in 2026.', 'en').label, 'supported');
  });

  it('contradicts a fronted figure that the article of the main clause gives another value, at its place in the claim', () => {
    const claim = "Créée en 1962, l'usine Morvan de Carhaix appartient au groupe agroalimentaire breton Armor Océan, basé à Quimperlé, depuis 2004.";
    const v = check(claim, 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '1958');
    assert.equal(claim.slice(v.conflict!.claimStart, v.conflict!.claimEnd), '1962');
    assert.equal(claim.slice(v.conflict!.claimQuantity!.numberStart, v.conflict!.claimQuantity!.numberEnd), '1962');
  });

  it('does not contradict a part with a passage of another article than the one that states the other part', () => {
    assert.notEqual(check('Construite en 1925, la scierie de Huelgoat appartient désormais au groupe Bois d’Arrée.', 'fr').label, 'contradicted');
  });

  it('does not support a claim when one of its facts has a wrong value', () => {
    assert.notEqual(check('Mis en service en 1899, le phare de Kerlouan n’a plus de lentille d’origine, remplacée en 2021 par une lampe à diodes.', 'fr').label, 'supported');
    assert.notEqual(check('La station de pompage de Lanvéoc a été construite en 1962 et a fonctionné 61 ans.', 'fr').label, 'supported');
    assert.notEqual(check('Ashgrove beat Tolworth to reach the Wessex County final, and Tom Kerrow scored the decisive try.', 'en').label, 'supported');
  });
});
