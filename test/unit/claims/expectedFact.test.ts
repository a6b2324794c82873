import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { onlyExpected } from '../../../server/src/core/claims/expectedFact';
import { indexOf } from './helpers';

describe('a fact a passage gives only as expected or planned', () => {
  it('reads an expectation, a plan or an intent right before the word (English and French)', () => {
    assert.equal(onlyExpected('The chief executive is expected to announce a new tablet on Monday.', 'en', new Set(['announc'])), true);
    assert.equal(onlyExpected('Le ministre devrait annoncer un plan de relance jeudi.', 'fr', new Set(['annonc'])), true);
    assert.equal(onlyExpected('The chief executive announced a new tablet on Monday.', 'en', new Set(['announc'])), false);
    // A break of clause between the marker and the word: the word is stated as done.
    assert.equal(onlyExpected('Many had expected a delay; the chief executive announced a new tablet.', 'en', new Set(['announc'])), false);
  });

  const index = indexOf({
    'fair.md': `---
id: fair
title: Toy fair opens in Leipzig
lang: en
date: 2021-02-03
---

Brightplay chief Anna Kovac is expected to announce details of the company's new robot kit at the toy fair on Thursday.
`,
    'salon.md': `---
id: salon
title: Le salon de l'agriculture
lang: fr
date: 2021-02-20
---

La ministre Claire Dubois doit annoncer jeudi un plan d'aide aux éleveurs de la Creuse.
`,
  });
  const check = (text: string, lang: 'en' | 'fr') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

  it('neither denies nor states a claim that the fact was not done', () => {
    const en = check('Brightplay chief Anna Kovac made no announcement about the new robot kit at the toy fair.', 'en');
    assert.equal(en.label, 'unsupported');
    const fr = check("La ministre Claire Dubois n'a pas annoncé de plan d'aide aux éleveurs de la Creuse.", 'fr');
    assert.equal(fr.label, 'unsupported');
  });

  it('still denies a claim that denies the expectation itself', () => {
    assert.equal(check("La ministre Claire Dubois ne doit pas annoncer jeudi un plan d'aide aux éleveurs de la Creuse.", 'fr').label, 'contradicted');
  });
});

describe('a claim of a fact done, against a passage that gives it only as expected or as failed', () => {
  const index = indexOf({
    'launch.md': `---
id: launch
title: Gadget show opens
lang: en
date: 2021-01-05
---

Brightplay boss Anna Kovac is expected to unveil the company's new robot kit at the gadget show.
`,
    'review.md': `---
id: review
title: Gadget show review
lang: en
date: 2021-01-09
---

Brightplay boss Anna Kovac disappointed fans by failing to unveil the new robot kit at the gadget show.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', index.names), index);

  it('is not stated by either passage', () => {
    assert.notEqual(check('Brightplay boss Anna Kovac unveiled the new robot kit at the gadget show.').label, 'supported');
  });

  it('is stated where the claim gives it as expected too', () => {
    assert.equal(check('Brightplay boss Anna Kovac is expected to unveil the new robot kit at the gadget show.').label, 'supported');
  });
});

describe('an undone marker', () => {
  it('governs the verb right after it, not the rest of its clause', () => {
    const index = indexOf({
      'fair.md': `---
id: fair
title: Toy fair opens
lang: en
date: 2021-01-05
---

About 90,000 visitors are expected to attend the toy fair in Leipzig.
`,
    });
    const text = 'About 90,000 visitors were expected at the toy fair in Leipzig.';
    assert.equal(checkClaim(text, analyzeClaim(text, 'en', index.names), index).label, 'supported');
  });
});
