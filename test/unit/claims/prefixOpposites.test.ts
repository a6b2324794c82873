import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { negativePrefixForms } from '../../../server/src/core/claims/prefixOpposites';
import { indexOf } from './helpers';

describe('opposites made by a negative prefix: « habité » / « inhabité », "lawful" / "unlawful"', () => {
  it('prefixes an adjective or a participle, and takes the prefix off a prefixed one', () => {
    assert.deepEqual(negativePrefixForms('habitée', 'fr'), ['inhabitée']);
    assert.deepEqual(negativePrefixForms('inexacte', 'fr'), ['exacte']);
    assert.deepEqual(negativePrefixForms('lisible', 'fr'), ['illisible']);
    assert.ok(negativePrefixForms('lawful', 'en').includes('unlawful'));
    assert.deepEqual(negativePrefixForms('unharmed', 'en'), ['harmed']);
  });

  it('leaves verbs, short words and the listed false pairs alone', () => {
    assert.deepEqual(negativePrefixForms('forment', 'fr'), []);
    assert.deepEqual(negativePrefixForms('formée', 'fr'), []);
    assert.deepEqual(negativePrefixForms('citant', 'fr'), []);
    assert.deepEqual(negativePrefixForms('evoque', 'fr'), []);
    assert.ok(!negativePrefixForms('improved', 'en').includes('proved'));
    assert.ok(!negativePrefixForms('disappointed', 'en').includes('appointed'));
    assert.deepEqual(negativePrefixForms('proved', 'en'), ['unproved']);
    assert.deepEqual(negativePrefixForms('valuable', 'en'), []);
    assert.deepEqual(negativePrefixForms('come', 'en'), []);
  });

  const fr = indexOf({
    'phare.md': `---
id: phare
title: Le phare de Penmarc'h
lang: fr
---

Selon la mairie de Penmarc'h, le phare d'Eckmühl restait une tour inhabitée depuis l'automatisation du feu en 1990.
`,
  });
  const en = indexOf({
    'dock.md': `---
id: dock
title: Dock strike ruling
lang: en
---

Judge Alan Pryce ruled that the Tilbury dock strike of March 2003 was unlawful.
`,
  });
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

  it('does not support a claim whose word the passage writes with a negative prefix', () => {
    assert.notEqual(checkFr("Selon la mairie de Penmarc'h, le phare d'Eckmühl restait une tour habitée depuis l'automatisation du feu en 1990.").label, 'supported');
    assert.notEqual(checkEn('Judge Alan Pryce ruled that the Tilbury dock strike of March 2003 was lawful.').label, 'supported');
  });

  it('supports the claim that writes the passage’s own word', () => {
    assert.equal(checkFr("Selon la mairie de Penmarc'h, le phare d'Eckmühl restait une tour inhabitée depuis l'automatisation du feu en 1990.").label, 'supported');
    assert.equal(checkEn('Judge Alan Pryce ruled that the Tilbury dock strike of March 2003 was unlawful.').label, 'supported');
  });
});
