import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { measureListOf, previousListedValue } from '../../../server/src/core/claims/measureLists';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

const index = indexOf({
  'greve.md': `---
id: greve
title: Fin du conflit à la conserverie
lang: fr
---

Après 12 jours de grève et 3 jours de négociations, les ouvriers de la conserverie de Plouzec ont repris le travail lundi.

La digue de Trévanec a subi 40 heures de houle, 7 heures de crue pendant la tempête.
`,
  'lagune.md': `---
id: lagune
title: La lagune de Sorbet
lang: fr
---

La lagune de Sorbet mesure 14 km de long et 5 km de large.

Les douaniers de Brevac ont saisi 600 kg de cocaïne et 90 kg d'héroïne.
`,
  'seizure.md': `---
id: seizure
title: Port Hallow seizure
lang: en
---

Customs officers at Port Hallow seized 600 kg of cocaine and 90 kg of heroin.
`,
  'strike.md': `---
id: strike
title: Dockers end their stoppage
lang: en
---

After 9 days of stoppage and 2 days of talks, the dockers of Port Alvern went back to work on Friday.
`,
});
const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, index.names), index);
const fixesOf = (text: string, lang: Lang) => findingsOf(checkDraft(parseMarkdown(`${text}\n`), index, { language: lang })!, index).flatMap((f) => f.fixes.map((x) => x.newText));

describe('a list of measures: each value is its own noun\'s', () => {
  it('reads the list items of « N de X et M de Y », "N of X and M of Y", « N de X, M de Y »', () => {
    const text = 'Après 12 jours de grève et 3 jours de négociations, les ouvriers ont repris le travail.';
    const quantities = parseQuantities(text, 'fr');
    assert.equal(previousListedValue(text, quantities[1], quantities), quantities[0]);
    assert.deepEqual(measureListOf(text, quantities[0], quantities), quantities);
    const storm = 'La digue a subi 40 heures de houle, 7 heures de crue.';
    const hours = parseQuantities(storm, 'fr');
    assert.equal(previousListedValue(storm, hours[1], hours), hours[0]);
    // A count whose unit is its noun, the verb after the list being the whole list's, is no list of measures.
    const staff = "Fin 2017, 750 salariés d'EDF et 300 prestataires travaillaient sur le site.";
    const counts = parseQuantities(staff, 'fr');
    assert.deepEqual(measureListOf(staff, counts[2], counts), []);
    // A year is the time of a fact, no item of a list of measures.
    const years = 'Le port a rouvert en 2019 après la grève et 2021 a été calme.';
    const dated = parseQuantities(years, 'fr');
    assert.deepEqual(measureListOf(years, dated[0], dated), []);
  });

  it('fixes a wrong value with the value the list gives the claim\'s noun, never another item\'s (fr)', () => {
    const wrong = 'Les ouvriers de la conserverie de Plouzec ont repris le travail après 20 jours de grève.';
    const verdict = check(wrong, 'fr');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 12);
    assert.deepEqual(fixesOf(wrong, 'fr'), ['12']);
  });

  it('does not read another item\'s value as the claim\'s (fr): « 3 jours de grève » is not stated by « 3 jours de négociations »', () => {
    const verdict = check('Les ouvriers de la conserverie de Plouzec ont repris le travail après 3 jours de grève.', 'fr');
    assert.notEqual(verdict.label, 'supported');
    if (verdict.label === 'contradicted') assert.equal(verdict.conflict?.sourceQuantity?.value, 12);
    assert.equal(check('Les ouvriers de la conserverie de Plouzec ont repris le travail après 12 jours de grève.', 'fr').label, 'supported');
  });

  it('does the same in English, and in a list written with commas', () => {
    const wrong = 'The dockers of Port Alvern went back to work after 15 days of stoppage.';
    assert.equal(check(wrong, 'en').conflict?.sourceQuantity?.value, 9);
    assert.deepEqual(fixesOf(wrong, 'en'), ['9']);
    assert.notEqual(check('The dockers of Port Alvern went back to work after 2 days of stoppage.', 'en').label, 'supported');
    assert.equal(check('The dockers of Port Alvern went back to work after 9 days of stoppage.', 'en').label, 'supported');
    assert.notEqual(check('La digue de Trévanec a subi 7 heures de houle pendant la tempête.', 'fr').label, 'supported');
  });

  it('fixes a list\'s later item from its own value, never from the first item\'s (was: 14 for « 9 km de large », 600 for « 60 kg d\'héroïne »)', () => {
    assert.equal(check('La lagune de Sorbet mesure 9 km de large.', 'fr').conflict?.sourceQuantity?.value, 5);
    assert.equal(check("Les douaniers de Brevac ont saisi 60 kg d'héroïne.", 'fr').conflict?.sourceQuantity?.value, 90);
    assert.equal(check('La lagune de Sorbet mesure 5 km de large.', 'fr').label, 'supported');
    assert.notEqual(check('La lagune de Sorbet mesure 5 km de long.', 'fr').label, 'supported');
    assert.notEqual(check('Les douaniers de Brevac ont saisi 90 kg de cocaïne.', 'fr').label, 'supported');
    assert.notEqual(check('Customs officers at Port Hallow seized 90 kg of cocaine.', 'en').label, 'supported');
    assert.equal(check('Customs officers at Port Hallow seized 90 kg of heroin.', 'en').label, 'supported');
  });

  it('still compares the value of the other item with its own noun', () => {
    const verdict = check('Les ouvriers de la conserverie de Plouzec ont repris le travail après 5 jours de négociations.', 'fr');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 3);
  });
});
