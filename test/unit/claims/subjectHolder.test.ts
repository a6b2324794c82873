import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const en = indexOf({
  'derby.md': `---
id: derby
title: Harbour Athletic edge the derby
lang: en
date: 2022-10-02
---

Harbour Athletic beat Portmere Town 1-0 in a tense derby on Saturday, with Tom Reyes scoring the only goal.

Visiting goalkeeper Lucas Brandt had been Portmere's best player, saving brilliantly from Sam Okoro and Neil Farr.

Tom Reyes said the team had worked hard all week for the win.
`,
});
const fr = indexOf({
  'salon.md': `---
id: salon
title: Le salon du livre de Brive
lang: fr
date: 2022-11-07
---

Le salon du livre de Brive a fermé ses portes dimanche soir, après trois jours de rencontres.

"La fréquentation a dépassé nos espérances", a déclaré Jeanne Morel, la directrice du salon.

L'office de tourisme Corrèze Loisirs a organisé des navettes depuis la gare.

La Fédération des libraires indépendants recense pour sa part 28 000 visiteurs venus de toute la région pendant le week-end.
`,
});

const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('another holder of the fact a claim gives the name it opens on', () => {
  it('contradicts the opening name where a passage writes the rest of the claim with another name before its predicate, and writes that name', () => {
    const v = checkEn("Tom Reyes had been Portmere's best player, saving brilliantly from Sam Okoro and Neil Farr.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Lucas Brandt');
  });

  it('reads a body’s name that ends in lowercase words after a linking word, and writes no fix for it', () => {
    const v = checkFr('Corrèze Loisirs comptait pour sa part 28 000 visiteurs venus de toute la région pendant le week-end.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'Fédération des libraires indépendants');
    assert.equal(v.conflict?.sourceName, undefined);
  });

  it('does not contradict the holder the source gives, nor a sentence that opens on a word with a capital', () => {
    assert.notEqual(checkEn("Lucas Brandt had been Portmere's best player, saving brilliantly from Sam Okoro and Neil Farr.").label, 'contradicted');
    assert.notEqual(checkFr('Jeanne Morel a déclaré que la fréquentation avait dépassé les espérances.').label, 'contradicted');
  });

  it('does not take a name after a preposition for the holder', () => {
    assert.notEqual(checkFr('Corrèze Loisirs a fermé ses portes dimanche soir, après trois jours de rencontres.').label, 'contradicted');
  });
});

describe('the outlet that reports a fact is not its holder', () => {
  const corpus = indexOf({
    'plainte.md': `---
id: plainte
title: Les lettres anonymes de Saint-Lô
lang: fr
date: 2021-03-04
---

Depuis la diffusion du documentaire, Hélène Marchal reçoit des lettres anonymes. La Gazette du Cotentin révèle que la sexagénaire a déposé une plainte pour harcèlement moral. Les lettres sont arrivées chez son ancien voisin.
`,
    'complaint.md': `---
id: complaint
title: Anonymous letters in Portmere
lang: en
date: 2021-03-04
---

Since the documentary was aired, Helen Marsh has received anonymous letters. The Portmere Herald reported that the pensioner had lodged a formal complaint of harassment with the police. The letters were sent to her former neighbour.
`,
  });
  const check = (claim: string, lang: 'fr' | 'en') => checkClaim(claim, analyzeClaim(claim, lang, corpus.names), corpus);

  it('does not give the fact of a reported clause to the name of its reporter', () => {
    assert.notEqual(check('Hélène Marchal, la sexagénaire, a déposé une plainte pour harcèlement moral.', 'fr').label, 'contradicted');
    assert.notEqual(check('Helen Marsh, the pensioner, had lodged a formal complaint of harassment with the police.', 'en').label, 'contradicted');
  });
});

describe('a name that modifies the noun heading the holder is no rival holder', () => {
  const corpus = indexOf({
    'credits.md': `---
id: credits
title: Writers cut from the Lantern credits
lang: en
date: 2021-02-10
---

The Lantern's studio failed to trim its credits, so the Avalon Guild of Screenwriters has done it for them. The Festival organisers have picked three of The Lantern's five writers to be credited for best screenplay. The Festival ceremony will be held in Avalon on 27 March.
`,
  });
  const check = (claim: string) => checkClaim(claim, analyzeClaim(claim, 'en', corpus.names), corpus);

  it('does not set the claim’s name against a name that modifies the noun heading the source’s holder ("the Festival organisers")', () => {
    assert.notEqual(check("The Guild picked three of The Lantern's five writers to be credited for best screenplay.").label, 'contradicted');
  });
});
