import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { clauseAround } from '../../../server/src/core/claims/alignment';
import { indexOf } from './helpers';

/** One article stating several facts per sentence, each with its own value: a value may only meet its own fact's. */
const index = indexOf({
  'laiterie.md': `---
id: laiterie
title: Rappel de fromages à la laiterie de Sornac
lang: fr
date: 2024-05-02
---

La laiterie de Sornac a écoulé 6.500 tonnes de fromage contaminé avant le rappel, selon le ministère. Elle devra verser 240.000 euros d'amende.

La fromagerie Vidal, dont le fondateur Louis Vidal est mort en 2009, comparaît devant le tribunal de Tulle.

L'État versera 120 millions d'euros d'indemnités à l'exploitant du barrage de Marèges.

Le magasin d'Ussel a retiré 37 boîtes des rayons, tandis que l'enseigne concurrente en a retiré 912 dans toute la France.

La nouvelle cuve de la laiterie de Sornac mesure plus de 12 mètres de haut.

Selon un sondage Ifop publié le 3 mai, 61 % des habitants de Sornac estiment que la sanction n'est pas justifiée, et 39 % des habitants la jugent justifiée.

Le site de Sornac a été fermé le 14 mars dernier, à la demande de la préfecture de Limoges.

En cinq ans, la fréquentation des cars de Sornac a doublé. Le nombre d'abonnés des cars de Sornac a été multiplié par trois depuis 2015.

La coopérative a refusé de rembourser les clients de Sornac, tandis que la fromagerie Vidal a perdu 2 000 clients en 2023.
`,
});
const check = (text: string, lang: 'fr' | 'en' = 'fr') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('fact alignment', () => {
  it('supports a figure written with a dot or a space for thousands', () => {
    assert.equal(check('La laiterie de Sornac a écoulé 6 500 tonnes de fromage contaminé avant le rappel.').label, 'supported');
    assert.equal(check('La laiterie de Sornac devra verser 240 000 euros d’amende.').label, 'supported');
  });

  it('contradicts a different value of the same fact, and gives the source value', () => {
    const v = check('La laiterie de Sornac a écoulé 9 000 tonnes de fromage contaminé avant le rappel.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 6500);
  });

  it('does not compare a year with the year of another fact of the sentence', () => {
    assert.notEqual(check('La fromagerie Vidal a été fondée en 1961.').label, 'contradicted');
  });

  it('does not compare an amount with the amount of another fact about the same subject', () => {
    assert.notEqual(check('Le démantèlement du barrage de Marèges coûtera 450 millions d’euros.').label, 'contradicted');
  });

  it('supports a value the source states in another clause without repeating its unit', () => {
    assert.notEqual(check('L’enseigne concurrente a retiré 912 boîtes des rayons dans toute la France.').label, 'contradicted');
  });

  it('does not call a value contradicted when it keeps the source’s bound', () => {
    assert.notEqual(check('La nouvelle cuve de la laiterie de Sornac mesure 15 mètres de haut.').label, 'contradicted');
  });

  it('compares a value only with a source value of the same polarity', () => {
    const v = check('Selon un sondage Ifop, 70 % des habitants de Sornac jugent la sanction non justifiée.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 61);
  });

  it('reads a refusal as a negation', () => {
    assert.equal(check('La coopérative de Sornac a décidé de ne pas rembourser les clients.').label, 'supported');
  });

  it('does not call a claim with other figures the opposite statement', () => {
    assert.notEqual(check('La fromagerie Vidal a gagné 500 clients en 2023.').label, 'contradicted');
  });

  it('reads dates with day and month, and contradicts another day with a fix in the writer’s style', () => {
    assert.equal(check('Le site de Sornac a été fermé le 14 mars dernier.').label, 'supported');
    const v = check('Le site de Sornac a été fermé le lundi 14 avril dernier.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '14 mars');
    assert.equal(v.conflict?.claimQuantity?.raw, '14 avril');
  });

  it('reads the year of « le 14 mars dernier » in the article’s date', () => {
    assert.equal(check('Le site de Sornac a été fermé le 14 mars 2024.').label, 'supported');
    const v = check('Le site de Sornac a été fermé le 14 mars 2023.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.date?.year, 2024);
  });

  it('does not compare the date of a claim with the date of another fact', () => {
    assert.notEqual(check('Le 2 juin, la fromagerie Vidal a perdu 2 000 clients.').label, 'contradicted');
  });

  it('reads verbs of change as factors', () => {
    assert.equal(check('En cinq ans, la fréquentation des cars de Sornac a doublé.').label, 'supported');
    const tripled = check('En cinq ans, la fréquentation des cars de Sornac a triplé.');
    assert.equal(tripled.label, 'contradicted');
    assert.equal(tripled.conflict?.sourceQuantity?.value, 2);
    const doubled = check('Le nombre d’abonnés des cars de Sornac a doublé depuis 2015.');
    assert.equal(doubled.label, 'contradicted');
    assert.equal(doubled.conflict?.sourceQuantity?.value, 3);
  });

  it('bounds a value’s clause at connectives that start another fact', () => {
    const text = 'Le magasin a retiré 37 boîtes, tandis que l’enseigne en a retiré 912.';
    const clause = clauseAround(text, text.indexOf('912'), text.indexOf('912') + 3);
    assert.equal(text.slice(clause.start, clause.end), 'l’enseigne en a retiré 912.');
  });
});

/** A plant's history: several facts per sentence, values per unit and totals, ranks, ranges of days, increments. */
const plant = indexOf({
  'valmont.md': `---
id: valmont
title: Les dates de la centrale de Valmont
lang: fr
date: 2021-03-02
---

La centrale de Valmont (Loiret) dont la construction démarre en 1968, est située le long de la Loire, non loin de Gien. En 1974, ses deux réacteurs, d'une puissance de 600 mégawatts (MW) chacun, sont mis en service.

La fermeture de Valmont prive le réseau de 1.200 MW de puissance pilotable issue des deux réacteurs.

Le premier réacteur de Valmont a été arrêté le 12 mars, après quarante ans de service.

L'arrêt du second réacteur de Valmont est programmé dans la nuit du 29 au 30 juin.

Le premier plan de l'exploitant prévoit deux fermetures de réacteurs en 2025, puis quatre fermetures supplémentaires entre 2028 et 2035, soit un total de 6 réacteurs, Valmont inclus. Comme le plan 1, le plan 2 prévoit huit fermetures d'ici 2035, mais toutes après 2028.
`,
});
const checkPlant = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', plant.names), plant);

describe('the same fact, by its own words', () => {
  it('compares a year only with the year of the same predicate, however long the claim', () => {
    assert.equal(checkPlant('La centrale de Valmont, située le long de la Loire, a été mise en service en 1974.').label, 'supported');
    const v = checkPlant('La centrale de Valmont, située le long de la Loire, a été mise en service en 1980.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 1974);
  });

  it('never compares a value per unit with a total', () => {
    assert.equal(checkPlant('Ses deux réacteurs ont une puissance de 600 MW chacun.').label, 'supported');
    assert.notEqual(checkPlant('La centrale de Valmont compte deux réacteurs de 600 MW.').label, 'contradicted');
    const v = checkPlant('Ses deux réacteurs ont une puissance de 900 MW chacun.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 600);
  });

  it('does not take a small count after a definite article for the claim’s figure', () => {
    const v = checkPlant('Les deux réacteurs de Valmont ont été mis en service en 1980.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.claimQuantity?.kind, 'year');
  });

  it('tells the second of two things from the first', () => {
    assert.notEqual(checkPlant('Le premier réacteur de Valmont a été arrêté en mars, le second le 30 juin.').label, 'contradicted');
  });

  it('reads a range of days as holding each of its days, and writes none of them in place of another day', () => {
    assert.equal(checkPlant('L’arrêt du second réacteur de Valmont est programmé le 30 juin.').label, 'supported');
    assert.notEqual(checkPlant('L’arrêt du second réacteur de Valmont est programmé le 14 juin.').label, 'contradicted');
  });

  it('reads a number after a noun and its article as naming which one, not as a figure to state (« le plan 2 »)', () => {
    assert.equal(checkPlant('Le plan 1 prévoit 6 fermetures de réacteurs d’ici 2035, Valmont inclus.').label, 'supported');
  });

  it('compares a bound of a range only with a bound of a range', () => {
    assert.notEqual(checkPlant('Le plan 1 de l’exploitant prévoit de fermer entre 4 et 8 réacteurs.').label, 'contradicted');
  });

  it('compares the values of a change « de X à Y » only with a change or range; its new value is what a value alone states', () => {
    const road = indexOf({
      'route.md': `---
id: route
title: La route de Vernes rouverte
lang: fr
date: 2021-03-02
---

Sur la route de Vernes, la vitesse sera ramenée de 80 à 70 km/h.

Un automobiliste a été contrôlé à la vitesse de 182 km/h, il était limité à 90 km/h.

Le pont portera la capacité du réseau de 2 800 à 4 800 mégawatts.
`,
    });
    const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', road.names), road);
    // The old and new values of a change are no speed a driver was clocked at.
    const lowered = on('À sa réouverture, la vitesse a été abaissée de 130 à 50 km/h.');
    assert.ok(!lowered.conflict || [80, 70].includes(lowered.conflict.sourceQuantity?.value ?? -1), JSON.stringify(lowered.conflict));
    // A value alone compares with the new value of a change.
    const v = on('Le pont portera la capacité du réseau à 6 000 mégawatts.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 4800);
  });

  it('does not compare a total with an increment, and finds a count told by the noun of its complement', () => {
    assert.notEqual(checkPlant('Le plan 1 de l’exploitant prévoit 6 fermetures de réacteurs d’ici 2035.').label, 'contradicted');
  });
});

describe('a toll that changes by the day', () => {
  const toll = indexOf({
    'j1.md': `---
id: j1
title: Effondrement du pont de Varenne
lang: fr
date: 2021-03-15
---

Selon le dernier bilan, donné lundi, l'effondrement a fait 12 morts et 7 blessés.
`,
    'j2.md': `---
id: j2
title: Pont de Varenne, le bilan s'alourdit
lang: fr
date: 2021-03-16
---

Le bilan n'a pas évolué dans la nuit : 12 morts et 9 blessés, dont quatre se trouvent encore dans un état grave.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', toll.names), toll);

  it('is never contradicted by an article of the day before, which cannot tell that day’s toll', () => {
    const dayBefore = indexOf({ 'j1.md': toll.documentById('j1')!.text });
    const only = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', dayBefore.names), dayBefore);
    assert.notEqual(only('Le 16 mars, le bilan était de 12 morts et 9 blessés.').label, 'contradicted');
    // An article of that day or later may.
    assert.equal(only('Le 15 mars, le bilan était de 12 morts et 9 blessés.').conflict?.sourceQuantity?.value, 7);
    assert.equal(on('Le 16 mars, le bilan était de 12 morts et 5 blessés.').conflict?.sourceQuantity?.value, 9);
  });

  it('compares a part of a count with the same part (« dont quatre »), not with the total', () => {
    const v = on('Le 16 mars, on comptait 12 morts et 9 blessés, dont six encore dans un état grave.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 4);
  });

  it('reads a negation before a colon as no negation of what the colon introduces', () => {
    assert.notEqual(on('On comptait 12 morts et 9 blessés, dont quatre dans un état grave.').label, 'contradicted');
  });
});

describe('a time in a relative clause', () => {
  const court = indexOf({
    'c.md': `---
id: c
title: Le dossier Varenne devant la Cour de cassation
lang: fr
date: 2021-07-02
---

La haute juridiction a cassé la décision de la cour d'appel de Lyon qui, le 20 mai, avait ordonné la reprise des travaux.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', court.names), court);

  it('dates the relative clause’s fact, not the sentence’s: no fix writes it', () => {
    const v = on('La Cour de cassation a cassé cette décision le 28 mai.');
    assert.notEqual(v.label, 'contradicted');
  });
});

describe('a rank of a given year', () => {
  const memorial = indexOf({
    'm.md': `---
id: m
title: Varenne, deux ans après
lang: fr
date: 2023-03-14
---

Une cérémonie a réuni les familles des victimes à Varenne pour le deuxième anniversaire de la catastrophe.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', memorial.names), memorial);

  it('is not contradicted by a passage that does not state the claim’s year (the rank of another year)', () => {
    assert.notEqual(on('En 2022, une cérémonie a réuni les familles des victimes à Varenne pour le premier anniversaire de la catastrophe.').label, 'contradicted');
    assert.equal(on('Une cérémonie a réuni les familles des victimes à Varenne pour le premier anniversaire de la catastrophe.').label, 'contradicted');
  });
});

describe('a cost of something', () => {
  const works = indexOf({
    'w.md': `---
id: w
title: Le chantier du pont de Varenne
lang: fr
date: 2021-03-14
---

Les coûts de la démolition du pont sont estimés à 19 millions d'euros, ont indiqué vendredi les autorités.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', works.names), works);

  it('is another fact than the cost of another thing the claim names', () => {
    assert.notEqual(on('La construction du pont a coûté 202 millions d’euros.').label, 'contradicted');
    assert.notEqual(on('Le pont a coûté 202 millions d’euros.').label, 'contradicted');
    assert.equal(on('La démolition du pont a coûté 25 millions d’euros.').conflict?.sourceQuantity?.value, 19_000_000);
  });
});

describe('a part of a set', () => {
  const hunt = indexOf({
    'h.md': `---
id: h
title: The first day of the ban
lang: en
---

Some 150 hunts met legally on Saturday killing a total of 64 deer - only three were accidentally killed by hounds.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'en', hunt.names), hunt);

  it('compares with the same part, never with the total', () => {
    assert.equal(on('Only three of those deer were killed accidentally by hounds.').label, 'supported');
    const v = on('Only seven of those deer were killed accidentally by hounds.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 3);
  });
});

describe('a bare range', () => {
  const review = indexOf({
    'r.md': `---
id: r
title: The privatisation review
lang: en
---

Prime Minister Anna Holt said the government was planning to renationalise 3,000 firms. Mr Berg had said only 30 to 40 top firms would be targeted.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'en', review.names), review);

  it('("30 to 40") compares as a range: never one of its bounds written over a value alone, or a value over a bound', () => {
    assert.notEqual(on('Ms Holt said the government was planning to renationalise 30 to 40 firms.').label, 'contradicted');
    assert.notEqual(on('Mr Berg said only 3,000 top firms would be targeted.').label, 'contradicted');
    assert.equal(on('Mr Berg said only 30 to 50 top firms would be targeted.').conflict?.sourceQuantity?.value, 40);
  });
});

describe('a value of a thing named by a common noun', () => {
  const plant = indexOf({
    'p.md': `---
id: p
title: Reprise de l'usine de Varenne
lang: fr
---

La société Kelor du Picard Paul Roy a déposé une offre de reprise qui devrait créer 97 emplois sur ce site qui employait alors 300 personnes.
`,
    'k.md': `---
id: k
title: Kelor, l'entreprise de Paul Roy
lang: fr
---

Kelor a été fondée en 2008. Elle employait alors 82 personnes.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', plant.names), plant);

  it('(« ce site qui employait 300 personnes ») is that thing’s, not the claim subject’s', () => {
    const v = on('Kelor employait alors 128 personnes.');
    assert.equal(v.conflict?.sourceQuantity?.value, 82);
    assert.equal(v.disagreement, undefined);
  });
});

describe('a clause joined by a dash and « et », "and"', () => {
  const swap = indexOf({
    'norvik.md': `---
id: norvik
title: Norvik pays to leave Calder
lang: en
---

Instead, Norvik swapped a 7% stake in itself for 30% of Calder - and gave Calder an option to sell Norvik the rest of the group between January 2009 and July 2012.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', swap.names), swap);

  it('ends the clause of the value before it: the other clause’s dates do not time the value', () => {
    const text = 'Norvik swapped a 7% stake for 30% of Calder - and gave Calder an option between January 2009 and July 2012.';
    const clause = clauseAround(text, text.indexOf('7%'), text.indexOf('7%') + 2);
    assert.equal(text.slice(clause.start, clause.end), 'Norvik swapped a 7% stake for 30% of Calder');
  });

  it('contradicts a claim dated otherwise with another value of the first clause’s fact', () => {
    const v = check('In 2005, Norvik swapped a 12% stake in itself for 30% of Calder.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 7);
  });

  it('does not contradict the claim with the source’s value', () => {
    assert.notEqual(check('In 2005, Norvik swapped a 7% stake in itself for 30% of Calder.').label, 'contradicted');
  });
});

/** An invented police story: « à chaque fois » in the clause before a duration. */
const custody = indexOf({
  'garde.md': `---
id: garde
title: Le meurtre de Vireux élucidé
lang: fr
---

Si lors des trois premiers interrogatoires, c'est à chaque fois le même récit qu'il livre, le suspect passe aux aveux au bout de 30 heures de garde à vue.
`,
});

describe('an adverb of repetition before a value', () => {
  it('does not make « à chaque fois », "each time" a rate of the clause’s later value', () => {
    const text = 'Le suspect est passé aux aveux au bout de 40 heures de garde à vue.';
    const v = checkClaim(text, analyzeClaim(text, 'fr', custody.names), custody);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 30);
  });
});
