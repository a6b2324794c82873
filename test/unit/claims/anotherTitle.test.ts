import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented article where two people hold two titles, and the claim gives one's title to the other. */
const fr = indexOf({
  'chapelle.md': `---
id: chapelle
title: Les dons pour la chapelle de Valmont
lang: fr
---

Le projet de restauration de la toiture a été présenté par l'architecte en chef Paul Girard.

Le ministre de la Culture, Marc Delorme, s'est rendu sur le chantier de la chapelle mardi.

Marc Delorme a confirmé que seuls 9 % des dons pour la chapelle avaient été versés.

Le ministre de la Justice, Yves Arnal, a ouvert une enquête sur la cagnotte.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a title the claim gives a name that the sources give someone else (anotherTitleOnly)', () => {
  it('never calls supported a claim that gives a name the title of another person of the article', () => {
    // « Architecte en chef » is an office, no trade (otherTitle.ts): the name's own title in the article contradicts it.
    const result = check('Marc Delorme, architecte en chef du chantier, a confirmé que seuls 9 % des dons pour la chapelle avaient été versés.');
    assert.notEqual(result.label, 'supported');
    if (result.label === 'contradicted') assert.equal(result.conflict?.sourceText, 'ministre de la Culture');
  });

  it('keeps the name’s own title, and another way of naming it that no one else holds', () => {
    assert.equal(check('Le ministre de la Culture, Marc Delorme, a confirmé que seuls 9 % des dons pour la chapelle avaient été versés.').label, 'supported');
    assert.notEqual(check('Le garde des Sceaux Yves Arnal a ouvert une enquête sur la cagnotte.').label, 'contradicted');
  });
});
