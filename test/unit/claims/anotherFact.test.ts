import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/**
 * Invented articles where a passage gives one of a claim's values otherwise while it gives another of the claim's
 * values — its year, its month, its amount — another value too: another time or another event, no fix of the claim.
 */
const corpus = indexOf({
  'carillon.md': `---
id: carillon
title: Le carillon de Saint-Aubin restauré
lang: fr
---

À sa création, en 1655, le carillon du fondeur Morel comptait 12 cloches. En 1790, lors d'une grande restauration, le fondeur Bollée a porté le carillon à 31 cloches réparties sur deux étages.
`,
  'scierie.md': `---
id: scierie
title: Licenciements à la scierie de Vernay
lang: fr
---

En mars, quatre salariés de la scierie de Vernay avaient été licenciés pour faute grave par la direction.
`,
  'council.md': `---
id: council
title: Harwick council sets out its budget
lang: en
---

Mr Hale said he had met his financial rule with a £4m surplus and he said council borrowing would continue to fall over the next three years.

The Harwick-Bell alliance came about in 2000 as an alternative to selling Bell outright. Instead, Harwick swapped a 7% stake in itself for 20% of Bell - and gave Bell a "put option" to sell Harwick the rest of the firm between January 2004 and July 2009.

Speaking after Councillor Hale had presented what is widely thought to be the last Harwick budget before the local elections, the opposition leader attacked the plan.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('another fact: a passage that gives another of the claim’s values otherwise too', () => {
  it('corrects an early year from the passage that states the rest of the claim, not a count from another restoration', () => {
    const v = check('À sa création, en 1648, le carillon du fondeur Morel comptait 12 cloches.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '1655');
  });

  it('writes no count from a passage of another year', () => {
    const organ = indexOf({
      'orgue.md': `---
id: orgue
title: L'orgue de Saint-Aubin
lang: fr
---

En 1790, lors d'une grande restauration, le facteur Bollée a porté l'orgue de Saint-Aubin à 31 jeux répartis sur trois claviers.
`,
    });
    const text = "À son origine, en 1655, l'orgue de Saint-Aubin comptait 18 jeux répartis sur trois claviers.";
    const v = checkClaim(text, analyzeClaim(text, 'fr', organ.names), organ);
    assert.notEqual(v.label, 'contradicted');
  });

  it('writes no count from a passage that dates its fact in another month', () => {
    const v = check('Trois salariés de la scierie de Vernay ont été licenciés pour faute grave par la direction le 14 juin 2021.', 'fr');
    assert.notEqual(v.label, 'contradicted');
  });

  it('writes no duration from a passage that gives another amount', () => {
    const v = check('Mr Hale said the council now proposed to borrow £90m over the next four years.', 'en');
    assert.notEqual(v.label, 'contradicted');
  });

  it('still corrects a value when the passage’s other times tell another fact after a dash', () => {
    const v = check('In 2000, Harwick swapped a 9% stake in itself for 20% of Bell.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '7%');
  });

  it('never writes "last" in the place of a numbered rank', () => {
    const v = check('The opposition leader said it was the sixth Harwick budget presented by Councillor Hale.', 'en');
    assert.notEqual(v.conflict?.sourceText, 'last');
    assert.notEqual(v.label, 'contradicted');
  });
});
