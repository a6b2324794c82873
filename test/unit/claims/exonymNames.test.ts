import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** An invented French story of a bridge and a port fire, checked with English claims that name its places in English. */
const corpus = indexOf({
  'pont.md': `---
id: pont
title: Le nouveau pont de Manille inauguré
lang: fr
date: 2021-05-04
---

Le nouveau pont de Manille, dessiné par l'architecte Carla Mendes, mesure 1.320 mètres de long.

Le bilan définitif de l'incendie du dépôt de Katmandou s'élève à 17 morts, dont trois Français.

À Katmandou, l'entrepôt abritait 900 tonnes d'engrais depuis quatre ans.

L'entraîneur Marco Dupuis a quitté le club de Katmandou lundi.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('claims: an English claim names a place by its English name, the French source by its French one', () => {
  it('supports the claim whose place the source names in French', () => {
    assert.equal(check('The final toll of the Kathmandu depot fire was 17 dead, three of them French.').label, 'supported');
    assert.equal(check('The warehouse in Kathmandu held 900 tonnes of fertiliser for four years.').label, 'supported');
  });

  it('contradicts the claim’s figure when the source names its place in French', () => {
    const verdict = check('The new Manila bridge, designed by Carla Mendes, is 1,230 metres long.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.kind, 'quantity');
  });

  it('does not take another place for the claim’s', () => {
    assert.notEqual(check('The final toll of the Karachi depot fire was 17 dead, three of them French.').label, 'supported');
  });

  it('reads no person’s name by another language’s spelling', () => {
    assert.notEqual(check('Coach Marco Dupuy left the Kathmandu club on Monday.').label, 'supported');
  });
});
