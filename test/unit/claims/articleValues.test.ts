import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

/** Invented articles that tell one claim's values in sentences apart (a lead sentence, then details further on). */
const corpus = indexOf({
  'marches.md': `---
id: marches
title: Enquête sur les marchés de Pléneuf
lang: fr
date: 2021-03-06
---

La procureure de Rennes a ouvert jeudi 4 mars une enquête visant le maire de Pléneuf.

L'élu, qui dirige la commune depuis 2008, conteste toute irrégularité.

Ses avocats ont demandé l'accès au dossier.

Le conseil municipal se réunira la semaine prochaine, comme prévu.

L'opposition réclame la suspension des marchés en cours.

Cette enquête a été ouverte pour « prise illégale d'intérêts » sur 14 marchés publics et confiée à la brigade financière de Rennes.

Plusieurs habitants ont dit leur surprise.

Les commerçants du port redoutent une saison difficile.

Le préfet, qui avait été alerté dès janvier, a réagi vendredi 5 mars en appelant au calme.
`,
  'quarry.md': `---
id: quarry
title: Tarnside quarry sale
lang: en
date: 2021-05-14
---

Tarnside Minerals has agreed to sell its Bellholm quarry to a Dutch builder, the company said on Thursday.

The deal values the quarry at £48m, the company said.

Tarnside shares rose 3% in morning trade.

The quarry employs 140 workers and will keep its name.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);
const inquiry = (day: string) => `Le ${day}, la procureure de Rennes a ouvert une enquête pour « prise illégale d'intérêts » sur 14 marchés publics, qu'elle a confiée à la brigade financière de Rennes.`;

describe('a claim whose values one article tells in sentences apart', () => {
  it('is supported when one sentence tells the claim and another writes its left-out value as the value of the same fact', () => {
    const verdict = check(inquiry('jeudi 4 mars'), 'fr');
    assert.equal(verdict.label, 'supported');
    assert.deepEqual(
      verdict.evidence.map((e) => e.sentence.text.slice(0, 20)),
      ['Cette enquête a été ', 'La procureure de Ren'],
    );
  });

  it('stays unsupported when the left-out value is another, or is written only as the value of another fact of the article', () => {
    // No sentence of the article writes that day.
    assert.equal(check(inquiry('jeudi 11 mars'), 'fr').label, 'unsupported');
    // The article's 5 March is the day of the prefect's reaction, not of the inquiry's opening.
    assert.equal(check(inquiry('vendredi 5 mars'), 'fr').label, 'unsupported');
  });

  it('is not contradicted or supported by a sentence that gives the claim\'s own value another value', () => {
    assert.notEqual(check(inquiry('jeudi 4 mars').replace('14 marchés', '24 marchés'), 'fr').label, 'supported');
  });
});

describe('a name joined by an ampersand, written by its initials', () => {
  const lenders = indexOf({
    'lender.md': `---
id: lender
title: Lender results
lang: en
---

Mortgage lender Tarn & Wyle said the housing market would stay robust.

The bank also said its branch network would grow.

But T&W - which has a 14% share of the UK self-build mortgage market - said rates would rise.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', lenders.names), lenders);
  it('names the claim\'s full name in a passage that writes its initials around the ampersand', () => {
    assert.equal(check('Tarn & Wyle has a 14% share of the UK self-build mortgage market.').label, 'supported');
    // Other initials are another lender.
    assert.notEqual(check('Tarn & Wolde has a 14% share of the UK self-build mortgage market.').label, 'supported');
  });
});
