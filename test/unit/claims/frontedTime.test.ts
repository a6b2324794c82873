import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { factParts } from '../../../server/src/core/claims/factParts';
import { frontedTime } from '../../../server/src/core/claims/frontedTime';
import { indexOf } from './helpers';

/** Invented articles: the day of an inauguration in one, the architect's age and agency in another. */
const corpus = indexOf({
  'inauguration.md': `---
id: inauguration
title: La médiathèque de Plouzané ouvre ses portes
lang: fr
---

Jeudi 12 mars, Paul Kervella a inauguré la médiathèque de Plouzané devant trois cents habitants.
`,
  'portrait.md': `---
id: portrait
title: Portrait d'un architecte du Léon
lang: fr
---

Paul Kervella, un architecte de 52 ans qui dirige l'agence Ouest Bâti depuis 2009, a dessiné plusieurs écoles du Finistère.
`,
  'harbour.md': `---
id: harbour
title: Fenwick harbour wall reopens
lang: en
---

On Monday 9 March, Ruth Calloway reopened the Fenwick harbour wall after two years of repairs.

Ruth Calloway, who has chaired the Fenwick harbour trust since 2014, thanked the volunteers.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('a time fronted before a claim of two facts', () => {
  it('reads the time that opens a claim, and nothing else', () => {
    assert.deepEqual(frontedTime('Le jeudi 3 octobre 2019, la mairie a voté.', 'fr'), { time: 'Le jeudi 3 octobre 2019', rest: 'la mairie a voté.' });
    assert.deepEqual(frontedTime('Peu avant 19 heures, la mairie a voté.', 'fr'), { time: 'Peu avant 19 heures', rest: 'la mairie a voté.' });
    assert.deepEqual(frontedTime('On Monday 9 March, the trust voted.', 'en'), { time: 'On Monday 9 March', rest: 'the trust voted.' });
    assert.equal(frontedTime('Selon la préfecture, la mairie a voté.', 'fr'), undefined);
    assert.equal(frontedTime('Le 65 était, selon le procureur, habité.', 'fr'), undefined);
    assert.equal(frontedTime('In Paris Wales won 24-18, turning the game.', 'en'), undefined);
  });

  it('cuts the clause after the time, the time dating its main clause', () => {
    assert.deepEqual(factParts("Le jeudi 12 mars 2026, Paul Kervella, un architecte de 52 ans, a inauguré la médiathèque.", 'fr'), [
      'Le jeudi 12 mars 2026, Paul Kervella a inauguré la médiathèque.',
      'Paul Kervella est un architecte de 52 ans.',
    ]);
    assert.deepEqual(factParts('On Monday 9 March, Ruth Calloway, who chairs the trust, reopened the wall.', 'en'), [
      'On Monday 9 March, Ruth Calloway reopened the wall.',
      'Ruth Calloway, who chairs the trust.',
    ]);
    // Two clauses joined after the time: both of that day. A count opens the first clause as a subject.
    assert.deepEqual(factParts('Lundi à 19 heures, 31 passagers avaient été évacués, et 14 autres étaient soignés sur place.', 'fr'), [
      'Lundi à 19 heures, 31 passagers avaient été évacués.',
      'Lundi à 19 heures, 14 autres étaient soignés sur place.',
    ]);
    // Two times fronted: one part with each.
    assert.deepEqual(factParts('Le dimanche 5 juillet 2020, peu avant 19 heures, un car a été arrêté à Morlaix.', 'fr'), [
      'Le dimanche 5 juillet 2020, un car a été arrêté à Morlaix.',
      'Peu avant 19 heures, un car a été arrêté à Morlaix.',
    ]);
    assert.equal(factParts('Le 7 janvier à 23 heures, la cagnotte dépassait 75 000 euros.', 'fr'), undefined);
  });

  it('supports the claim when its dated clause and its apposition or relative clause are each stated by a passage', () => {
    assert.equal(check("Le jeudi 12 mars, Paul Kervella, un architecte de 52 ans qui dirige l'agence Ouest Bâti depuis 2009, a inauguré la médiathèque de Plouzané.", 'fr').label, 'supported');
    assert.equal(check('On Monday 9 March, Ruth Calloway, who has chaired the Fenwick harbour trust since 2014, reopened the Fenwick harbour wall.', 'en').label, 'supported');
  });

  it('does not support it when one of its facts has another value', () => {
    assert.notEqual(check("Le jeudi 12 mars, Paul Kervella, un architecte de 58 ans qui dirige l'agence Ouest Bâti depuis 2009, a inauguré la médiathèque de Plouzané.", 'fr').label, 'supported');
    assert.notEqual(check("Le jeudi 19 mars, Paul Kervella, un architecte de 52 ans qui dirige l'agence Ouest Bâti depuis 2009, a inauguré la médiathèque de Plouzané.", 'fr').label, 'supported');
    assert.notEqual(check('On Monday 9 March, Ruth Calloway, who has chaired the Fenwick harbour trust since 2011, reopened the Fenwick harbour wall.', 'en').label, 'supported');
  });
});
