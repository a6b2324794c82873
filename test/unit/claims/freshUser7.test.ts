import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const fr = indexOf({
  'ecluse.md': `---
id: ecluse
title: Le chantier de l'écluse de Saint-Omer
lang: fr
date: 2021-05-12
---

Le département a également réclamé des pénalités de 1,3 million d'euros à trois autres communes du canal.

Ces sommes représentent au total un montant de 3,4 millions qui n'inclut pas les plus de 200 000 euros de frais annexes réclamés aux communes.

Plus de 1.200 personnes ont signé la pétition comme riverains, dont au moins 800 habitants du quai.

Le préfet a requis des amendes maximales de 1,2 million d'euros chacune à l'encontre de la coopérative mère pour pollution. Le préfet a également demandé des amendes totales de 3 millions d'euros contre cinq autres filiales du réseau.

Me Paule Vernet, qui représente 450 riverains, dont 90 commerçants, a demandé une expertise.

À l'encontre de l'Office des eaux, poursuivi pour avoir tardé à fermer les vannes, le préfet a demandé une amende de 50.000 euros. Contre Marc Tissier, l'ancien directeur du chantier, le préfet a réclamé deux ans de prison et 50.000 euros d'amende.
`,
  'office.md': `---
id: office
title: L'office des eaux devant le tribunal
lang: fr
date: 2021-05-11
---

L'Office régional des eaux (ORE), qui comparaît pour négligence, conteste les faits.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('fresh user 7: a negation of another item in a relative clause', () => {
  it('does not negate the total the clause qualifies', () => {
    const verdict = checkFr('Au total, les pénalités réclamées atteignent 3,4 millions d’euros.');
    assert.equal(verdict.label, 'supported');
  });

  it('still negates a value the claim states inside that clause', () => {
    const verdict = checkFr('Les frais annexes réclamés aux communes sont inclus dans les 3,4 millions.');
    assert.notEqual(verdict.label, 'supported');
  });
});

const en = indexOf({
  'rowing.md': `---
id: rowing
title: Patel leaves the national rowing squad
lang: en
date: 2005-02-10
---

Patel made his national team debut in 1997 against Norway in Henley. He and partner Doyle won their pairs race on the first morning of the regatta. England eventually lost the contest 4-1.

Patel said he would now focus on coaching.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('fresh user 7: an opposite word in the sentence next to the one that writes the values', () => {
  it('does not contradict the claim whose values a neighbour writes', () => {
    assert.notEqual(checkEn('England lost the 1997 regatta against Norway 4-1.').label, 'contradicted');
  });

  it('is no opposition when the claim writes that word too', () => {
    assert.notEqual(checkEn('Patel and Doyle won their pairs race, but England lost the regatta 4-1.').label, 'contradicted');
  });

  it('still contradicts the opposite told with the values', () => {
    assert.equal(checkEn('England won the contest 4-1.').label, 'contradicted');
  });
});

describe('fresh user 7: a named holder’s count', () => {
  it('does not contradict a count the claim gives of no one', () => {
    // « Me Paule Vernet, qui représente 450 riverains »: the lawyer's clients, not the signatories.
    assert.notEqual(checkFr('Plus de 1 200 riverains ont signé.').label, 'contradicted');
  });

  it('still contradicts the holder’s count when the claim names the holder', () => {
    assert.equal(checkFr('Me Paule Vernet représente 470 riverains.').label, 'contradicted');
  });
});

describe('fresh user 7: a value against another target', () => {
  it('is not the value of the claim’s target, nor its fix', () => {
    const verdict = checkFr('Le préfet a requis 2,2 M€ d’amende contre la coopérative mère.');
    assert.ok(!(verdict.label === 'contradicted' && verdict.conflict?.sourceText?.includes('3 millions')), verdict.conflict?.sourceText);
  });

  it('still contradicts a value against the same target', () => {
    const verdict = checkFr('Le préfet a demandé des amendes totales de 4 millions d’euros contre cinq autres filiales du réseau.');
    assert.equal(verdict.label, 'contradicted');
  });
});

describe('fresh user 7: a total and the part of some parties', () => {
  it('does not take the part given against some parties for the claim’s total', () => {
    const verdict = checkFr('Au total, le préfet a demandé 4,2 millions d’euros d’amendes.');
    assert.ok(!(verdict.label === 'contradicted' && verdict.conflict?.sourceText?.includes('3 millions')), verdict.conflict?.sourceText);
  });
});

describe('fresh user 7: a value that two holders share', () => {
  it('is no attribution to the one the passage names', () => {
    const verdict = checkFr('Le préfet a requis une amende de 50 000 euros contre l’ORE.');
    assert.notEqual(verdict.label, 'contradicted', verdict.conflict?.sourceText);
  });
});
