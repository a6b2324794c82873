import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { epithetNameSpans } from '../../../server/src/core/claims/epithetSubject';
import { indexOf } from './helpers';

const names = (text: string, lang: 'fr' | 'en') => epithetNameSpans(text, lang).map(([start, end]) => text.slice(start, end));

describe('a claim whose subject is an epithet that holds a name', () => {
  it('reads the name inside the opening epithet, French and English', () => {
    assert.deepEqual(names('Le passeur de Calais a été condamné à trois ans de prison.', 'fr'), ['Calais']);
    assert.deepEqual(names("La directrice générale d'Orvalis a démissionné mardi.", 'fr'), ['Orvalis']);
    assert.deepEqual(names("Brightplay's founder made no comment on the recall.", 'en'), ['Brightplay']);
    assert.deepEqual(names('The Brightplay boss announced a recall on Monday.', 'en'), ['Brightplay']);
  });

  it('reads none where the subject is named, or where a longer run may hold the person’s own name', () => {
    assert.deepEqual(names('Marc Vallin a été condamné à trois ans de prison.', 'fr'), []);
    assert.deepEqual(names('Le président de la SNCF Jean Dupont a démissionné.', 'fr'), []);
    assert.deepEqual(names('The Rangers won the cup on Sunday.', 'en'), []);
  });

  it('reads none where the epithet’s noun is a thing’s, whose name may be the fact’s own place or holder', () => {
    assert.deepEqual(names("Le pont de Varaize n'avait pas de garde-corps.", 'fr'), []);
    assert.deepEqual(names("Quinn's knee injury kept her out of the final.", 'en'), []);
    assert.deepEqual(names('Le livre de Léa Marchal a reçu le prix Fénelon.', 'fr'), []);
  });

  const index = indexOf({
    'passeur.md': `---
id: passeur
title: Un passeur condamné à Boulogne
lang: fr
date: 2021-05-04
---

Surnommé le « passeur de Calais » par la presse locale, Marc Vallin a comparu mardi devant le tribunal correctionnel de Boulogne-sur-Mer. Son avocat a plaidé la relaxe, sans succès. Le prévenu, qui reconnaît les faits, a dit regretter son geste devant les juges. Son frère, présent à l'audience, n'a pas souhaité s'exprimer. La salle était comble. Il a été condamné en appel à trois ans de prison pour aide au séjour irrégulier. Il avait déjà été condamné à 8 mois de prison ferme en 2017 pour recel.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);

  it('is stated by the passage that tells the fact of a pronoun, in an article that writes the epithet’s name', () => {
    const v = check('Le passeur de Calais a été condamné en appel à trois ans de prison pour aide au séjour irrégulier.');
    assert.equal(v.label, 'supported');
  });
});
