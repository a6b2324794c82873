import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { factParts, openingSubject } from '../../../server/src/core/claims/factParts';
import { trailingParts } from '../../../server/src/core/claims/trailingParts';
import { indexOf } from './helpers';

/** Invented articles in which the main clause of a claim and the fact after its last comma are told by passages of their own. */
const corpus = indexOf({
  'budget.md': `---
id: budget
title: Harwick moves money to its schools
lang: en
---

Mayor Jane Roe moved £40m from the city budget to the schools in her spring report on Tuesday.

Opposition councillors said the timing was political.

The city cash is part of a £90m plan to keep class sizes below 25 pupils, in what is likely to be an election year.
`,
  'barrage.md': `---
id: barrage
title: Le barrage de Valcroze
lang: fr
---

Le chantier le plus coûteux de la région reste le barrage de Valcroze.

Le barrage de Valcroze est conçu pour produire 480 MW d'électricité dans la haute vallée de la Sorne.
`,
  'greve.md': `---
id: greve
title: Grève des contrôleurs de Transalp
lang: fr
---

Les contrôleurs de Transalp ont débrayé lundi pour réclamer une hausse de salaire de 12 %.

La direction de Transalp a proposé lundi soir une hausse de 3 %.
`,
  'transalp.md': `---
id: transalp
title: Transalp, l'exploitant privé de la vallée
lang: fr
---

Depuis 2009, Transalp exploite les quatre lignes de la vallée pour le compte de la région.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('claims whose main clause is followed by a second fact', () => {
  it('cuts a trailing apposition, relative clause or participle into the main clause and the fact with what it is said of', () => {
    assert.deepEqual(factParts('In her spring report, Jane Roe moved £40m to the schools, part of a £90m plan to keep classes small.', 'en'), [
      'In her spring report, Jane Roe moved £40m to the schools.',
      'Jane Roe, part of a £90m plan to keep classes small.',
    ]);
    assert.deepEqual(factParts('Le premier de la liste était le barrage de Valcroze, qui est conçu pour produire 480 MW.', 'fr'), [
      'Le premier de la liste était le barrage de Valcroze.',
      'Le barrage de Valcroze, qui est conçu pour produire 480 MW.',
    ]);
    assert.deepEqual(trailingParts('Les Bleus ont marqué six essais à Rome, leur première victoire à l’extérieur depuis trois ans.', 'fr', (c) => openingSubject(c, 'fr')), [
      'Les Bleus ont marqué six essais à Rome.',
      'Les Bleus, leur première victoire à l’extérieur depuis trois ans.',
    ]);
    assert.deepEqual(factParts('In Leeds the Rhinos won 24-18, turning a 6-15 deficit into a lead.', 'en'), ['In Leeds the Rhinos won 24-18.', 'Leeds Rhinos, turning a 6-15 deficit into a lead.']);
  });

  it('leaves whole a claim whose trailing words are too short to be a fact or are the main clause after a fronted phrase, or whose relative clause has no noun before it', () => {
    assert.equal(factParts('Jane Roe moved £40m to the schools, the mayor said.', 'en'), undefined);
    assert.equal(factParts('Jane Roe moved £40m to the schools and said that, which surprised many.', 'en'), undefined);
    assert.equal(factParts('Selon le procureur de Nantes Paul Girard, l’incendie de Varades a été provoqué par un mégot.', 'fr'), undefined);
    assert.equal(factParts('Après ce premier incendie, la cathédrale n’avait été rendue au culte qu’en 1985.', 'fr'), undefined);
  });

  it('supports a claim whose main clause and trailing fact are each stated by a passage of their own', () => {
    assert.equal(check('In her spring report, Jane Roe moved £40m from the city budget to the schools, part of a £90m plan to keep class sizes below 25 pupils.', 'en').label, 'supported');
    assert.equal(check('Le chantier le plus coûteux de la région reste le barrage de Valcroze, qui est conçu pour produire 480 MW dans la haute vallée de la Sorne.', 'fr').label, 'supported');
  });

  it('does not support a claim whose trailing fact has a wrong value or another thing', () => {
    assert.notEqual(check('In her spring report, Jane Roe moved £40m from the city budget to the schools, part of a £70m plan to keep class sizes below 25 pupils.', 'en').label, 'supported');
    assert.notEqual(check('Le chantier le plus coûteux de la région reste le barrage de Valcroze, qui est conçu pour produire 680 MW dans la haute vallée de la Sorne.', 'fr').label, 'supported');
    assert.notEqual(check('Les contrôleurs de Transalp ont débrayé pour réclamer une hausse de 12 %, tandis que Transalp, qui exploite les quatre lignes de la vallée, a proposé 5 %.', 'fr').label, 'supported');
  });
});
