import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { placesATime } from '../../../server/src/core/claims/timePosition';
import { indexOf } from './helpers';

describe('placesATime: a noun that places a time in a period', () => {
  it('reads "the start of 2004", "the end of the season", « début 2004 », « à la fin de l’année »', () => {
    const at = (text: string, word: string) => placesATime(text, text.indexOf(word));
    assert.equal(at('He quit at the start of 2004.', 'start'), true);
    assert.equal(at('He left at the end of the season.', 'end'), true);
    assert.equal(at('Il a quitté le club début 2004.', 'début'), true);
    assert.equal(at('Il est parti à la fin de l’année.', 'fin'), true);
  });

  it('does not read an event', () => {
    const at = (text: string, word: string) => placesATime(text, text.indexOf(word));
    assert.equal(at('The strike came to an end after talks.', 'end'), false);
    assert.equal(at('La fin de la grève a été votée.', 'fin'), false);
  });
});

const en = indexOf({
  'hockey.md': `---
id: hockey
title: Dalby leaves the national side
lang: en
date: 2010-02-01
---

Rhys Dalby won 71 caps and retired from international hockey at the start of 2009.
`,
});
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);
const fr = indexOf({
  'hockey.md': `---
id: hockey
title: Dalby quitte la sélection
lang: fr
date: 2010-02-01
---

Rhys Dalby a disputé 71 matchs internationaux et a quitté la sélection au début de l'année 2009.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('an ending said in other words against a time placed by "start"', () => {
  it('does not call the end of a career the opposite of a time placed at the start of a year', () => {
    assert.notEqual(checkEn('Dalby won 71 caps in a career that ended in 2009.').label, 'contradicted');
    assert.notEqual(checkFr("Dalby a disputé 71 matchs internationaux, une carrière qui s'est terminée en 2009.").label, 'contradicted');
  });
});
