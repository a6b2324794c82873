import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { heldByAnotherListedHolder } from '../../../server/src/core/claims/listedHolder';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'charts.md': `---
id: charts
title: Folk duo tops the singles chart
lang: en
---

The Hollow Pines went straight to the top of the singles chart on Sunday with Paper Lanterns. The other new entries are Mara Quill with Silver Tide at six and Dockside who are at number nine with Low Hours. Surveyed readers were split: the Danes were the keenest buyers (61%), with 37% of Swedes buying a copy.
`,
  'stade.md': `---
id: stade
title: Le classement des stades rénovés
lang: fr
---

Le stade de Valbrune a accueilli 4 200 spectateurs, et Corlay Arena a reçu 9 800 spectateurs lors de la finale régionale.
`,
});
const check = (text: string, lang: 'fr' | 'en' = 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

/** Whether the source's value `raw` is another holder's for the claim's value `claimRaw` (see {@link heldByAnotherListedHolder}). */
function held(claim: string, claimRaw: string, source: string, raw: string, lang: 'fr' | 'en' = 'en'): boolean {
  const claimQuantities = parseQuantities(claim, lang);
  const sourceQuantities = parseQuantities(source, lang);
  const value = sourceQuantities.find((q) => q.raw.startsWith(raw))!;
  return heldByAnotherListedHolder({ text: claim, quantities: claimQuantities, at: claim.indexOf(claimRaw) }, { text: source, quantities: sourceQuantities, start: value.start, end: value.end, kind: value.kind, unit: value.unit });
}

describe('a value a list gives another holder', () => {
  it('reads the value of an item naming another holder as theirs when the claim\'s holder has a value of its own', () => {
    const source = 'The other new entries are Mara Quill with Silver Tide at six and Dockside who are at number nine with Low Hours.';
    assert.equal(held('Mara Quill entered at number seven with Silver Tide.', 'seven', source, 'nine'), true);
    assert.equal(held('Dockside entered at number eight with Low Hours.', 'eight', source, 'nine'), false);
  });

  it('binds a share to the holder the claim writes beside its value, a parenthesis going with the item before it', () => {
    const source = 'The Danes were the keenest buyers (61%), with 37% of Swedes buying a copy.';
    assert.equal(held('The Danes were the keenest buyers, ahead of Swedes at 45%.', '45%', source, '61%'), true);
    assert.equal(held('The Danes were the keenest buyers, ahead of Swedes at 45%.', '45%', source, '37%'), false);
    assert.equal(held('The Danes were the keenest buyers at 55%.', '55%', source, '61%'), false);
  });

  it('needs the claim\'s holder named in another item that gives a value', () => {
    assert.equal(held('Mara Quill entered at number seven.', 'seven', 'Mara Quill is a new entry, and Dockside are at number nine.', 'nine'), false);
    assert.equal(held('Le stade de Valbrune a accueilli 5 000 spectateurs.', '5 000', 'Le stade de Valbrune a accueilli 4 200 spectateurs, et Corlay Arena a reçu 9 800 spectateurs lors de la finale.', '9 800', 'fr'), true);
  });

  it('reads no name in a passage\'s first word, and no other holder\'s value of another measure', () => {
    assert.equal(held('En 1702, l\'orgue du facteur Morvan comptait 31 jeux.', '1702', 'Trois campagnesA sa création en 1705, l\'orgue du facteur Morvan était doté de 31 jeux.', '1705', 'fr'), false);
    assert.equal(held('Ferrand was jailed on appeal for 20 years.', '20 years', 'Jailed three times since 2009, Ferrand was jailed on appeal for 18 years in Loiret.', '18 years'), false);
  });

  it('gives no other holder\'s rank as a fix: the claim is unsure, or stated by its holder\'s own figure', () => {
    const wrong = check('Mara Quill entered at number seven with Silver Tide.');
    assert.notEqual(wrong.label, 'contradicted');
    assert.equal(wrong.conflict, undefined);
    assert.equal(check('Mara Quill entered at number five with Silver Tide.').label, 'unsupported');
    assert.equal(check('Mara Quill entered at number six with Silver Tide.').label, 'supported');
    const other = check('Dockside entered at number eight with Low Hours.');
    assert.equal(other.label, 'contradicted');
    assert.equal(other.conflict?.sourceText, 'number nine');
  });

  it('fixes a share with the value of the claim\'s holder, not of the other holder of the list', () => {
    const verdict = check('The Danes were the keenest buyers, ahead of Swedes at 45%.');
    assert.ok(verdict.label !== 'contradicted' || verdict.conflict?.sourceText === '37%', JSON.stringify(verdict.conflict));
  });
});
