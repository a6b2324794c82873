import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { valueOfComparedHolder } from '../../../server/src/core/claims/comparedHolder';
import { openingSubjectName } from '../../../server/src/core/claims/openingSubject';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'scooters.md': `---
id: scooters
title: The Vantor scooter goes on sale
lang: en
---

The Vantor folding electric scooter goes on sale on Monday.

Priced at £640, the folding scooter is launched in Ireland first and reaches the rest of Europe in the spring. The Vantor faces a crowded market.

The main rival is likely to be the Kessler Glide. The Kessler Glide went on sale in May and priced at £380 costs far less than the Vantor. The Ostra Lite is due in the shops next month and a kit including the charger and a helmet is expected to cost about $500 (£310).
`,
  'velos.md': `---
id: velos
title: La trottinette Brisca arrive en magasin
lang: fr
---

La trottinette électrique pliante Brisca arrive en magasin lundi.

Vendue 640 euros, la trottinette pliante est lancée d'abord en Belgique. La Brisca affronte un marché encombré.

La principale rivale sera la Mistral. La Mistral, vendue 380 euros, coûte bien moins cher que la Brisca. La Tramontane arrive le mois prochain et un pack comprenant le chargeur et un casque devrait coûter environ 310 euros.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

function compared(claim: string, source: string, lang: 'fr' | 'en', value: number): boolean {
  const s = parseQuantities(source, lang).find((q) => q.value === value)!;
  return valueOfComparedHolder(claim, source, s);
}

describe('a value of the other holder of a comparison', () => {
  it('gives the value before "than" / « que » to the holder it is said of, not to the compared one', () => {
    const en = 'The Kessler Glide went on sale in May and priced at £380 costs far less than the Vantor.';
    assert.equal(compared('The Vantor costs £640.', en, 'en', 380), true);
    assert.equal(compared('The Kessler Glide costs £640.', en, 'en', 380), false);
    assert.equal(compared('The Kessler Glide costs less than the Vantor.', en, 'en', 380), false);
    // A comparison with a level of the claim's own fact is no other holder.
    const level = 'The firm will pay $76 for each Ostra share, 6% more than Wednesday\'s closing price.';
    assert.equal(compared('Norvik will pay $76 a share, a 6% premium on Wednesday\'s closing price.', level, 'en', 6), false);
    const fr = 'La Mistral, vendue 380 euros, coûte bien moins cher que la Brisca.';
    assert.equal(compared('La Brisca coûte 640 euros.', fr, 'fr', 380), true);
    assert.equal(compared('La Mistral coûte 640 euros.', fr, 'fr', 380), false);
  });

  it('reads no comparison in "rather than" nor in « ne … plus que »', () => {
    assert.equal(compared('The Vantor costs £640.', 'Buyers paid £380 for the Kessler rather than the Vantor.', 'en', 380), false);
    assert.equal(compared('La Brisca coûte 640 euros.', "La Mistral, à 380 euros, n'a plus que la Brisca comme rivale.", 'fr', 380), false);
  });

  it('neither contradicts nor supports a claim about the compared holder with the other holder\'s value', () => {
    for (const [claim, lang] of [['The Vantor costs £640.', 'en'], ['La Brisca coûte 640 euros.', 'fr']] as const) {
      assert.notEqual(check(claim, lang).label, 'contradicted', claim);
    }
    assert.notEqual(check('The Vantor costs £380.', 'en').label, 'supported');
    assert.notEqual(check('La Brisca coûte 380 euros.', 'fr').label, 'supported');
  });
});

describe('a value of a sentence about another named holder', () => {
  it('reads the name a sentence opens on as its subject, not a capitalised first word, a function word or a speaker', () => {
    assert.equal(openingSubjectName('The Ostra Lite is due in the shops next month.'), 'ostra lite');
    assert.equal(openingSubjectName("Kessler's Glide went on sale in May."), "kessler's glide");
    assert.equal(openingSubjectName('Priced at £640, the folding scooter is launched.'), undefined);
    assert.equal(openingSubjectName('In the first two days it sold well.'), undefined);
    assert.equal(openingSubjectName('Reuters said the firm lost money.'), undefined);
    assert.equal(openingSubjectName('The British-backed gadget faces rivals.'), undefined);
    assert.equal(openingSubjectName('La Mistral coûte 380 euros.'), 'mistral');
  });

  it('does not fix a claim with the value of a sentence that names another holder and not the claim\'s', () => {
    assert.equal(check('The Vantor costs £640.', 'en').label, 'supported');
    const verdict = check('The Vantor costs £380.', 'en');
    assert.notEqual(verdict.conflict?.sourceQuantity?.value, 310);
    assert.notEqual(verdict.label, 'contradicted');
    assert.notEqual(check('La Brisca coûte 380 euros.', 'fr').conflict?.sourceQuantity?.value, 310);
  });
});
