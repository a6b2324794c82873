import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { saysNoSinceByFirstTime } from '../../../server/src/core/claims/firstTimeSince';
import { indexOf } from './helpers';

describe('"the first time … since X" and a claim that denies the state since X', () => {
  const index = indexOf({
    'tolvia.md': `---
id: tolvia
title: Tolvian exports
lang: en
date: 2021-04-02
---

Thursday's figures represent the first time that the Tolvian trade deficit has fallen to a single digit since new customs rules were introduced in 2009.
`,
    'varenne.md': `---
id: varenne
title: Le port de Varenne
lang: fr
date: 2021-04-02
---

Le trafic du port de Varenne est repassé sous le million de conteneurs pour la première fois depuis la réforme douanière de 2009.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

  it('never reads a negated claim of the same stretch of time as the opposite', () => {
    assert.notEqual(check('The Tolvian trade deficit had not been in single digits since the new customs rules of 2009.', 'en').label, 'contradicted');
    assert.notEqual(check("Le trafic du port de Varenne n'était pas passé sous le million de conteneurs depuis la réforme douanière de 2009.", 'fr').label, 'contradicted');
  });

  it('reads the passage as saying no only for a negated claim that writes "since"', () => {
    assert.equal(saysNoSinceByFirstTime('It had not fallen since 2009.', true, 'the first time it has fallen since 2009', 'en', 'en'), true);
    assert.equal(saysNoSinceByFirstTime('It had fallen since 2009.', false, 'the first time it has fallen since 2009', 'en', 'en'), false);
    assert.equal(saysNoSinceByFirstTime('It had not fallen in 2009.', true, 'the first time it has fallen since 2009', 'en', 'en'), false);
    assert.equal(saysNoSinceByFirstTime('It had not fallen since 2009.', true, 'it is not the first time it has fallen since 2009', 'en', 'en'), false);
    assert.equal(saysNoSinceByFirstTime("Il n'avait pas baissé depuis 2009.", true, "ce n'est pas la première fois qu'il baisse depuis 2009", 'fr', 'fr'), false);
    assert.equal(saysNoSinceByFirstTime("Il n'avait pas baissé depuis 2009.", true, 'il baisse pour la première fois depuis 2009', 'fr', 'fr'), true);
  });
});
