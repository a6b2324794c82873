import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { writtenAsDifference } from '../../../server/src/core/claims/differences';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'harbour.md': `---
id: harbour
title: Harbour Co accepts Pell's offer
lang: en
---

The board of Harbour Co accepted Pell's $6.75bn offer. Grey's offer, worth $8bn, was rejected.
`,
  'borel.md': `---
id: borel
title: Borel accepte l'offre de Lanq
lang: fr
---

Le conseil de Borel a accepté l'offre de Lanq, de 40 millions d'euros. L'offre de Marte, de 52 millions d'euros, a été rejetée.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);
const first = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang)[0];

describe('a value written as a difference', () => {
  it('reads a gap between two facts, before or after its figure, in English and French', () => {
    for (const [text, lang] of [
      ["Grey's offer was $1.25bn higher than Pell's.", 'en'],
      ['There were 1,000 more visitors than last year.', 'en'],
      ["Grey's offer exceeded Pell's by $1.25bn.", 'en'],
      ["L'offre de Marte était supérieure de 12 millions d'euros à celle de Lanq.", 'fr'],
      ["Marte offrait 12 millions d'euros de plus que Lanq.", 'fr'],
      ["L'offre de Marte dépassait de 12 millions d'euros celle de Lanq.", 'fr'],
      ["L'offre de Marte était plus élevée que celle de Lanq de 12 millions d'euros.", 'fr'],
    ] as const) assert.equal(writtenAsDifference(text, first(text, lang)), true, text);
    for (const [text, lang] of [
      ["Grey's offer was worth $8bn.", 'en'],
      ['He paid $5m for more than 100 paintings.', 'en'],
      ["L'offre de Marte était de 52 millions d'euros.", 'fr'],
      ["Les relevés montrent que le ballon avait atteint une altitude de 4.200 mètres.", 'fr'],
    ] as const) assert.equal(writtenAsDifference(text, first(text, lang)), false, text);
  });

  it('is neither contradicted nor fixed by a level of one of the two facts', () => {
    for (const [claim, lang] of [
      ["Grey's offer was $1.25bn higher than Pell's offer.", 'en'],
      ["Grey's offer was $3bn higher than Pell's offer.", 'en'],
      ["L'offre de Marte était supérieure de 12 millions d'euros à l'offre de Lanq.", 'fr'],
      ["L'offre de Marte dépassait de 12 millions d'euros l'offre de Lanq.", 'fr'],
    ] as const) assert.notEqual(check(claim, lang).label, 'contradicted', claim);
  });

  it('leaves a level against a level compared', () => {
    assert.equal(check("Grey's offer, worth $9bn, was rejected.", 'en').label, 'contradicted');
  });
});
