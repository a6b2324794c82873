import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** An invented French crime and product-recall story, checked with English claims (drafts in English from French sources). */
const corpus = indexOf({
  'evasion.md': `---
id: evasion
title: Le braqueur Ludovic Armand arrêté après son évasion
lang: fr
date: 2022-03-18
---

La cavale de Ludovic Armand aura duré 57 jours. Le braqueur a été interpellé jeudi à Vierzon (Cher).

La direction de l'enseigne a reconnu que 612 boîtes avaient été vendues après le rappel.

Ludovic Armand avait été condamné en appel en mars à 18 ans de réclusion pour l'attaque d'un fourgon blindé.

Plus de 1.600 policiers et gendarmes ont été mobilisés dans les jours qui ont suivi l'évasion.

Le détenu a été transféré à la maison centrale de Lannemezan, au nord de Tarbes, dans les Hautes-Pyrénées.

Son complice, âgé de 31 ans, a été interpellé à Bourges.

Le projet de rocade coûtera 1,5 milliard d'euros au département.

L'ancien maire, Paul Vidal, a été condamné à une amende de 15.000 euros pour fraude.

Samedi, sept pompiers ont été blessés dans l'incendie de la scierie.

Vendredi, 1.250 kilos de cannabis ont été saisis dans un entrepôt de la zone portuaire.

Le pilote de l'hélicoptère totalise près de 4.000 heures de vol.
`,
  'rappel.md': `---
id: rappel
title: Rappel de lait infantile
lang: fr
date: 2022-02-10
---

Le fabricant a rappelé plus de 2400 lots de lait infantile produits dans son usine de Tarnos.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

/** The first quick fix of an English one-sentence draft, as the draft reads with it. */
function fixed(text: string): string | undefined {
  const results = checkDraft(parseMarkdown(`${text}\n`), corpus, { language: 'en' })!;
  const finding = findingsOf(results, corpus).find((f) => f.code === 'contradicted-claim');
  const fix = finding?.fixes[0];
  return fix ? text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end) : undefined;
}

describe('English claims against French sources: words of crime, justice and recall news', () => {
  it('reads a sentence on appeal and gives the French term in years as the fix (« ans » is "years")', () => {
    const claim = 'In March, Ludovic Armand had been sentenced on appeal to 12 years for attacking an armoured van.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'In March, Ludovic Armand had been sentenced on appeal to 18 years for attacking an armoured van.');
  });

  it('compares a time on the run in days with « jours » although the claim says it lasted until an event ("before")', () => {
    const claim = 'His time on the run lasted 75 days before he was arrested in Vierzon.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'His time on the run lasted 57 days before he was arrested in Vierzon.');
    assert.equal(check('His time on the run lasted 57 days.').label, 'supported');
  });

  it('does not compare a time relative to an event with a duration in another unit', () => {
    assert.notEqual(check('He was arrested two months after the escape.').label, 'contradicted');
  });

  it('reads a figure reported with a verb of saying in both languages ("admitted that", « a reconnu que »)', () => {
    const claim = 'The retailer admitted that 912 tins had been sold after the recall.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'The retailer admitted that 612 tins had been sold after the recall.');
  });

  it('does not read a name shared by both languages in the same letters written in lower case (« au nord de », "the Nord")', () => {
    assert.equal(check('The prisoner was transferred to Lannemezan prison, in the Hautes-Pyrénées.').label, 'supported');
    assert.notEqual(check('The prisoner was transferred to Lannemezan prison, in the Nord département.').label, 'supported');
  });

  it('reads « en mars » as "in March": another month alone in its place contradicts, fixed with the month in English', () => {
    assert.equal(check('In March, Ludovic Armand had been sentenced on appeal to 18 years for attacking an armoured van.').label, 'supported');
    const claim = 'In May, Ludovic Armand had been sentenced on appeal to 18 years for attacking an armoured van.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'In March, Ludovic Armand had been sentenced on appeal to 18 years for attacking an armoured van.');
  });

  it('reads an English weekday, a name, in the French one (« vendredi » for "Friday"), and seized/saisis', () => {
    assert.equal(check('On Friday, 1,250 kilos of cannabis were seized in a warehouse.').label, 'supported');
    const v = check('On Friday, 1,850 kilos of cannabis were seized in a warehouse.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 1250);
  });

  it('reads "aged" as « âgé »: an age given otherwise contradicts', () => {
    assert.equal(check('His accomplice, aged 31, was arrested in Bourges.').label, 'supported');
    const claim = 'His accomplice, aged 35, was arrested in Bourges.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'His accomplice, aged 31, was arrested in Bourges.');
  });

  it('reads a project and its cost ("bypass project", « projet de rocade »)', () => {
    assert.equal(check('The bypass project will cost €1.5bn.').label, 'supported');
    const v = check('The bypass project will cost €2.5bn.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 1.5e9);
  });

  it('reads words of court news: former, fined, fraud', () => {
    assert.equal(check('The former mayor, Paul Vidal, was fined €15,000 for fraud.').label, 'supported');
    const v = check('The former mayor, Paul Vidal, was fined €25,000 for fraud.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 15000);
  });

  it('reads the claim’s first word, which the French corpus never writes, as a word and not a name ("Officers seized …")', () => {
    assert.equal(check('Officers seized 1,250 kilos of cannabis in a warehouse on Friday.').label, 'supported');
  });

  it('reads a weekday set first (« Samedi, sept pompiers … ») as the time of the fact, not the word that governs its figure', () => {
    assert.equal(check('On Saturday, seven firefighters were injured in the sawmill fire.').label, 'supported');
    const v = check('On Saturday, nine firefighters were injured in the sawmill fire.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 7);
    const french = 'Samedi, neuf pompiers ont été blessés dans l’incendie de la scierie.';
    assert.equal(checkClaim(french, analyzeClaim(french, 'fr', corpus.names), corpus).label, 'contradicted');
  });

  it('reads police officers and mobilised', () => {
    assert.equal(check('More than 1,600 police officers and gendarmes were mobilised in the days after the escape.').label, 'supported');
  });

  it('reads recalled batches of infant milk made in a plant', () => {
    assert.equal(check('The manufacturer recalled more than 2,400 batches of infant milk made at its Tarnos plant.').label, 'supported');
  });

  it('reads the flying hours of a helicopter pilot', () => {
    assert.equal(check('The helicopter pilot has about 4,000 flying hours.').label, 'supported');
  });
});
