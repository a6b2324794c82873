import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { axisEnglishAntonyms, axisFrenchAntonyms } from '../../../server/src/core/claims/polarAxes';
import { indexOf } from './helpers';

describe('opposites by direction: any word of one way of an axis against any word of the other way', () => {
  const fr = indexOf({
    'festival.md': `---
id: festival
title: Le festival de Vannes
lang: fr
---

Le maire de Vannes, Paul Kerbrat, et la chanteuse Léa Morvan étaient absents de la soirée d'ouverture du festival.

Trois semaines plus tard, le tribunal de Rennes déclarait la plainte de l'association Bretagne Vivante irrecevable.

Le préfet du Morbihan a ordonné le blocage temporaire du site de la régie des ports.

Reconnu coupable de fraude par le tribunal de Lorient en 2019, l'armateur Yann Le Goff a été relaxé par la cour d'appel de Rennes en 2021.

La mairie de Lorient a annulé le concert de Noël prévu le 20 décembre sur le port.

Le skipper Loïc Tanguy, 34 ans, a perdu son frère, mort dans le naufrage du chalutier Ar Mor au large de Groix.
`,
  });
  const en = indexOf({
    'harbour.md': `---
id: harbour
title: Harbour plan row
lang: en
---

Councillor Dave Roe derided the Harbour Trust's claim that £12m of running costs could be saved.

Bookmakers made the Swansea rower Gareth Price the outsider for Saturday's Severn race.

Councillor Dave Roe said the council rejected the vote of 7 to 2 on the Swansea ferry link.

The Cardiff Ferry Company on Friday postponed the launch of its new timetable because of the storm.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('contradicts a claim whose predicate the passage says the other way in another word', () => {
    assert.equal(checkFr('Paul Kerbrat et Léa Morvan assistaient à la soirée d\'ouverture du festival de Vannes.').label, 'contradicted');
    assert.equal(checkFr('Trois semaines plus tard, le tribunal de Rennes jugeait la plainte de l\'association Bretagne Vivante recevable.').label, 'contradicted');
    assert.equal(checkEn('Councillor Dave Roe accepted the Harbour Trust\'s claim that £12m of running costs could be saved.').label, 'contradicted');
    assert.equal(checkEn('The Cardiff Ferry Company pressed ahead with the launch of its new timetable on Friday.').label, 'contradicted');
  });

  it('contradicts an event kept that the source says was cancelled, and the favourite the source calls the outsider', () => {
    assert.equal(checkFr('La mairie de Lorient a maintenu le concert de Noël prévu le 20 décembre sur le port.').label, 'contradicted');
    assert.equal(checkEn('Bookmakers made the Swansea rower Gareth Price the favourite for Saturday\'s Severn race.').label, 'contradicted');
  });

  it('supports a verdict said in another word of its way', () => {
    assert.equal(checkFr('L\'armateur Yann Le Goff a été reconnu innocent par la cour d\'appel de Rennes en 2021.').label, 'supported');
  });

  it('does not oppose a claim whose way the passage also writes in another word: another step of the story', () => {
    assert.notEqual(checkFr('L\'armateur Yann Le Goff a été condamné pour fraude par le tribunal de Lorient en 2019.').label, 'contradicted');
  });

  it('reads neither "ahead of" as going ahead nor an opposite told of another subject as the claim subject’s', () => {
    assert.notEqual(checkEn('Ahead of the launch of its new timetable, the Cardiff Ferry Company met the council on Friday.').label, 'contradicted');
    assert.notEqual(checkEn('Councillor Dave Roe welcomed the Harbour Trust\'s claim that £12m of running costs could be saved.').label, 'supported');
    assert.notEqual(checkEn('Councillor Dave Roe approved the vote of 7 to 2 on the Swansea ferry link.').label, 'contradicted');
  });

  it('has no axis of states of two people: one survived what another died in', () => {
    assert.notEqual(checkFr('Le skipper Loïc Tanguy, 34 ans, a survécu au naufrage du chalutier Ar Mor au large de Groix.').label, 'contradicted');
  });

  it('supports the claim that says the passage’s own way', () => {
    assert.equal(checkFr('Paul Kerbrat et Léa Morvan étaient absents de la soirée d\'ouverture du festival de Vannes.').label, 'supported');
    assert.equal(checkEn('Councillor Dave Roe derided the Harbour Trust\'s claim that £12m of running costs could be saved.').label, 'supported');
  });

  it('pairs only words of the two ways of one axis, never two words of one way', () => {
    const pairs = (lines: string) => new Set(lines.split('\n').map((l) => l.split(' ').sort().join(' ')));
    assert.ok(pairs(axisEnglishAntonyms).has('accepted derided'));
    assert.ok(!pairs(axisEnglishAntonyms).has('accepted approved'));
    assert.ok(!pairs(axisEnglishAntonyms).has('derided rejected'));
    assert.ok(pairs(axisFrenchAntonyms).has('absent assister'));
    assert.ok(!pairs(axisFrenchAntonyms).has('annuler reporter'));
  });

  describe('an opposite word of another subject, a refused verb or another sense', () => {
    const council = indexOf({
      'conseil.md': `---
id: conseil
title: Conseil de Quimper
lang: fr
---

Des centaines d'automobilistes sont restés bloqués lundi sur l'autoroute A84 entre Rennes et Caen.

Le maire de Quimper, Yann Le Goff, a refusé de commenter le budget 2021, adopté par 30 voix contre 5.

Paul Kerbrat, absent pour raisons de santé, a été remplacé par Loïc Tanguy lors du conseil du 3 mars.
`,
    });
    const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', council.names), council);

    it('reads the opposite word of the name it is told of, not of a name told after it', () => {
      assert.equal(check('Paul Kerbrat a assisté au conseil du 3 mars.').label, 'contradicted');
      assert.notEqual(check('Loïc Tanguy a assisté au conseil du 3 mars.').label, 'contradicted');
    });

    it('reads a refusal that governs a verb as refusing that verb, not the claim', () => {
      assert.notEqual(check('Le budget 2021 de Quimper a été approuvé par 30 voix contre 5.').label, 'contradicted');
    });

    it('does not read stuck drivers as a blocked road', () => {
      assert.notEqual(check('L\'autoroute A84 entre Rennes et Caen est restée accessible lundi.').label, 'contradicted');
    });
  });
});
