import assert from 'node:assert/strict';
import type { Lang } from '../../../server/src/core/types';
import { durationDays, formatQuantity, parseQuantities, sameQuantity, type Quantity } from '../../../server/src/core/text/quantities';

function only(text: string, lang: Lang = 'fr'): Quantity {
  const quantities = parseQuantities(text, lang);
  assert.equal(quantities.length, 1, `one quantity in ${JSON.stringify(text)}: ${JSON.stringify(quantities)}`);
  return quantities[0];
}

const numberText = (text: string, q: Quantity) => text.slice(q.numberStart, q.numberEnd);

describe('parseQuantities', () => {
  describe('scaled numbers and counted nouns', () => {
    it("reads 3,57 millions d'ingénieurs", () => {
      const text = "Il y a 3,57 millions d'ingénieurs.";
      const q = only(text);
      assert.equal(q.value, 3_570_000);
      assert.equal(q.mantissa, 3.57);
      assert.equal(q.scale, 1e6);
      assert.equal(q.kind, 'number');
      assert.equal(q.unit, 'ingenieur');
      assert.equal(q.raw, "3,57 millions d'ingénieurs");
      assert.equal(numberText(text, q), '3,57 millions');
      assert.equal(q.decimalSeparator, ',');
      assert.equal(q.scaleWord, 'millions');
    });

    it('reads 1,2 million', () => {
      const q = only('1,2 million');
      assert.deepEqual([q.value, q.scaleWord, q.unit], [1_200_000, 'million', undefined]);
    });

    it('counts the noun after names that qualify it in English ("nine Oscar nominations")', () => {
      assert.deepEqual([only('received nine Oscar nominations', 'en').unit, only('won three Premier League titles', 'en').unit], ['nomin', 'titl']);
    });

    it('reads a price in pence written "350p" or "530 pence", the figure without its unit letter', () => {
      const text = 'pitched at about 350p a share';
      const q = only(text, 'en');
      assert.deepEqual([q.kind, q.value, q.unit, numberText(text, q)], ['money', 350, 'GBp', '350']);
      assert.deepEqual([only('an offer of 530 pence per share', 'en').unit, only('worth 530p', 'en').value], ['GBp', 530]);
    });

    it('gives the first bound of a range the unit of the second (« entre dix et quinze ans », "between 10 and 15 years")', () => {
      const units = (text: string, lang: Lang = 'fr') => parseQuantities(text, lang).map((q) => [q.value, q.unit]);
      assert.deepEqual(units('entre dix et quinze ans'), [[10, 'an'], [15, 'an']]);
      assert.deepEqual(units('between 10 and 15 years', 'en'), [[10, 'year'], [15, 'year']]);
      assert.deepEqual(parseQuantities('de 130.000 à 145.000 euros').map((q) => q.kind), ['money', 'money']);
      // Not a range: a bare number before another quantity.
      assert.deepEqual(units('10 et 15 ans'), [[10, undefined], [15, 'an']]);
    });

    it('reads a fraction written as one hyphenated word as the same share as in two words (« deux-tiers », « deux tiers »)', () => {
      const text = 'détruite aux deux-tiers';
      const q = only(text);
      assert.deepEqual([Math.round(q.value), q.unit, q.fraction, numberText(text, q)], [67, '%', true, 'deux-tiers']);
      assert.equal(sameQuantity(q, only('les deux tiers')), true);
    });

    it('reads collective numerals as approximate counts (« une quinzaine de coups », « deux douzaines », "a dozen")', () => {
      const q = only('a tiré une quinzaine de coups de feu');
      assert.deepEqual([q.value, q.unit, q.approx, q.raw], [15, 'coup', 'about', 'une quinzaine de coups']);
      assert.deepEqual([only('deux douzaines d’œufs').value, only('a dozen people', 'en').value], [24, 12]);
      assert.equal(parseQuantities('des milliers de personnes').length, 0);
    });

    it('reads durations in days whatever their unit', () => {
      assert.deepEqual(['cinq mois', '45 jours', '2 semaines', '3 years'].map((t) => Math.round(durationDays(only(t, /years/.test(t) ? 'en' : 'fr'))!)), [152, 45, 14, 1096]);
      assert.equal(durationDays(only('45 tonnes')), undefined);
    });

    it('reads 3.57 million engineers in English', () => {
      const q = only('3.57 million engineers', 'en');
      assert.deepEqual([q.value, q.decimalSeparator, q.unit], [3_570_000, '.', 'engin']);
    });

    it('reads 125 millions and 910 millions de téléchargements', () => {
      assert.equal(only('125 millions').value, 125e6);
      const q = only('910 millions de téléchargements');
      assert.equal(q.value, 910e6);
      assert.equal(q.unit, 'telecharg');
      assert.equal(q.raw, '910 millions de téléchargements');
    });

    it('reads 12 régions with the counted noun stem', () => {
      const q = only('12 régions');
      assert.deepEqual([q.value, q.unit, q.scale], [12, 'region', 1]);
    });

    it('reads digits grouped by spaces', () => {
      const q = only('100 000 habitants');
      assert.deepEqual([q.value, q.groupSeparator, q.unit], [100_000, ' ', 'habit']);
      assert.equal(only('1\u202f000\u202f000').value, 1e6);
    });

    it('reads French dotted thousands and thin-space groups as one figure', () => {
      const dotted = only('a écoulé 6.500 tonnes de fromage');
      assert.equal(dotted.value, 6500);
      assert.equal(dotted.unit, 'ton');
      assert.equal(only('verser 240.000 euros').value, 240_000);
      const thin = parseQuantities('une amende de 100\u2009000 euros', 'fr');
      assert.equal(thin.length, 1);
      assert.equal(thin[0].value, 100_000);
      assert.equal(thin[0].raw, '100\u2009000 euros');
    });

    it('reads comma-grouped thousands in English', () => {
      assert.equal(only('1,000,000 users', 'en').value, 1e6);
      assert.equal(only('5,000 people', 'en').value, 5000);
    });

    it('does not take a stop word as the counted noun', () => {
      assert.equal(only('12 sont partis').unit, undefined);
    });
  });

  describe('number words', () => {
    it('reads quatre, mille and compound French numbers', () => {
      assert.equal(only('quatre').value, 4);
      assert.equal(only('mille').value, 1000);
      assert.equal(only('vingt et un ingénieurs').value, 21);
      assert.equal(only('quatre-vingt-dix-sept').value, 97);
      assert.equal(only('soixante et onze').value, 71);
      assert.equal(only('deux cent trente-quatre mille').value, 234_000);
      assert.equal(only('quatre-vingts').value, 80);
    });

    it('reads English number words', () => {
      assert.equal(only('twenty-one days', 'en').value, 21);
      assert.equal(only('one hundred and five', 'en').value, 105);
      assert.equal(only('seventeen', 'en').value, 17);
    });

    it('reads plus de mille caractères as more than 1000 characters', () => {
      const text = 'Un texte de plus de mille caractères.';
      const q = only(text);
      assert.equal(q.value, 1000);
      assert.equal(q.approx, 'more-than');
      assert.equal(q.approxStart, text.indexOf('plus'));
      assert.equal(q.unit, 'caracter');
      assert.ok(q.words);
    });

    it('does not read articles as numbers', () => {
      assert.deepEqual(parseQuantities('un ingénieur et une région', 'fr'), []);
      assert.deepEqual(parseQuantities('one of the largest', 'en'), []);
    });

    it('reads articles before scale words as one', () => {
      assert.equal(only('un million de personnes').value, 1e6);
      assert.equal(only('a million users', 'en').value, 1e6);
      assert.equal(only('deux millions').value, 2e6);
    });

    it('reads an article before a number word as the noun phrase\'s, not as one more', () => {
      const text = 'The board may approve a twelve per cent rise in fares.';
      const q = only(text, 'en');
      assert.deepEqual([q.kind, q.value, numberText(text, q)], ['percent', 12, 'twelve']);
      assert.equal(only('a twenty-one per cent stake', 'en').value, 21);
      assert.equal(only('a hundred and ten pages', 'en').value, 110);
      assert.equal(only('a thousand visitors', 'en').value, 1000);
    });

    it('keeps two number words joined by et as two numbers', () => {
      assert.deepEqual(parseQuantities('entre deux et trois millions', 'fr').map((q) => q.value), [2, 3e6]);
    });
  });

  describe('fractions with a bound', () => {
    it('compares a bounded fraction with shares on its allowed side, within a quarter of it', () => {
      const [moreThanThird] = parseQuantities('more than a third of the vote', 'en');
      const [lessThanHalf] = parseQuantities('moins de la moitié des voix', 'fr');
      const share = (value: number) => only(`${value} %`);
      assert.equal(moreThanThird.approx, 'more-than');
      assert.ok(sameQuantity(moreThanThird, share(38)));
      assert.ok(!sameQuantity(moreThanThird, share(30)));
      assert.ok(!sameQuantity(moreThanThird, share(60)));
      assert.ok(sameQuantity(lessThanHalf, share(45)));
      assert.ok(!sameQuantity(lessThanHalf, share(55)));
    });
  });

  describe('percentages', () => {
    it('reads 60 %, 60% and 38%', () => {
      for (const text of ['60 %', '60%', '60\u202f%']) {
        const q = only(text);
        assert.deepEqual([q.kind, q.value, q.unit, q.raw], ['percent', 60, '%', text]);
      }
      assert.equal(only('38%').value, 38);
    });

    it('reads 4% du PIB without the rest', () => {
      const q = only('4% du PIB');
      assert.deepEqual([q.kind, q.value, q.raw], ['percent', 4, '4%']);
    });

    it('reads pour cent and percent', () => {
      assert.equal(only('quatre-vingt-dix-sept pour cent').kind, 'percent');
      assert.equal(only('12 percent', 'en').kind, 'percent');
    });
  });

  describe('money', () => {
    it('reads 400 millions de yuans', () => {
      const q = only('400 millions de yuans');
      assert.deepEqual([q.kind, q.value, q.unit, q.raw], ['money', 4e8, 'CNY', '400 millions de yuans']);
    });

    it('reads 300 milliards de dollars', () => {
      const q = only('300 milliards de dollars');
      assert.deepEqual([q.kind, q.value, q.unit], ['money', 3e11, 'USD']);
    });

    it("reads 2 milliards d'euros", () => {
      const q = only("2 milliards d'euros");
      assert.deepEqual([q.kind, q.value, q.unit], ['money', 2e9, 'EUR']);
    });

    it('reads 236,03 milliards $ and 100 000 $', () => {
      const a = only('236,03 milliards $');
      assert.deepEqual([a.kind, a.value, a.unit, a.raw], ['money', 236.03e9, 'USD', '236,03 milliards $']);
      const b = only('100 000 $');
      assert.deepEqual([b.kind, b.value, b.unit], ['money', 100_000, 'USD']);
    });

    it('reads $300 billion with the sign in the expression but not in the number', () => {
      const text = 'a $300 billion deal';
      const q = only(text, 'en');
      assert.deepEqual([q.kind, q.value, q.unit, q.raw], ['money', 3e11, 'USD', '$300 billion']);
      assert.equal(numberText(text, q), '300 billion');
    });

    it('reads €2bn', () => {
      const text = '€2bn';
      const q = only(text, 'en');
      assert.deepEqual([q.kind, q.value, q.unit, q.scaleWord], ['money', 2e9, 'EUR', 'bn']);
      assert.equal(numberText(text, q), '2bn');
    });

    it('reads 3,5 M€ and US$ 5 million', () => {
      assert.deepEqual([only('3,5 M€').value, only('3,5 M€').unit], [3.5e6, 'EUR']);
      const q = only('US$ 5 million', 'en');
      assert.deepEqual([q.value, q.unit, q.raw], [5e6, 'USD', 'US$ 5 million']);
    });

    it('reads a singular billion after a number as 1e9 even in French', () => {
      assert.equal(only('$300 billion').value, 3e11);
      assert.equal(only('2 billions').value, 2e12);
    });

    it('does not read a lone lowercase m as millions without a currency', () => {
      assert.equal(only('3 m').scale, 1);
      assert.equal(only('£3m', 'en').value, 3e6);
    });
  });

  describe('verbs of change', () => {
    it('reads doubler, tripler, halve as factors, never the adjectives', () => {
      assert.equal(only('La fréquentation a doublé.').value, 2);
      assert.equal(only('La fréquentation a doublé.').kind, 'multiplier');
      assert.equal(only('Sales tripled last year.', 'en').value, 3);
      assert.equal(only('Profits halved.', 'en').value, 0.5);
      assert.equal(parseQuantities('Un double meurtre et un triple saut.', 'fr').length, 0);
    });

    it('writes a factor as the same verb form', () => {
      const tripled = only('La fréquentation a triplé.');
      assert.equal(formatQuantity(2, tripled, 'fr'), 'doublé');
      assert.equal(formatQuantity(2, only('Sales tripled.', 'en'), 'en'), 'doubled');
      assert.equal(formatQuantity(0.5, only('Sales doubled.', 'en'), 'en'), 'halved');
    });
  });

  describe('multipliers', () => {
    it('reads 17 fois moins cher', () => {
      const q = only('17 fois moins cher');
      assert.deepEqual([q.kind, q.value, q.unit, q.raw], ['multiplier', 17, 'x', '17 fois']);
    });

    it('reads quatre fois plus and four times', () => {
      assert.deepEqual([only('quatre fois plus').kind, only('quatre fois plus').value], ['multiplier', 4]);
      assert.deepEqual([only('four times faster', 'en').kind, only('four times faster', 'en').value], ['multiplier', 4]);
    });

    it('reads 10x', () => {
      assert.deepEqual([only('10x plus rapide').kind, only('10x plus rapide').value], ['multiplier', 10]);
    });
  });

  describe('years and dates', () => {
    it('reads years', () => {
      assert.deepEqual(parseQuantities('years like 2018 and 2034', 'en').map((q) => [q.kind, q.value]), [['year', 2018], ['year', 2034]]);
      assert.equal(only('en 2018, la société').kind, 'year');
      assert.equal(only('In 2018 engineers left', 'en').kind, 'year');
    });

    it('reads a day and a year in a date', () => {
      assert.deepEqual(parseQuantities('le 2 janvier 2024', 'fr').map((q) => [q.kind, q.value, q.unit]), [['number', 2, undefined], ['year', 2024, undefined]]);
    });

    it('reads a four-digit count before a plural noun as a number', () => {
      const q = only('2000 ingénieurs');
      assert.deepEqual([q.kind, q.unit], ['number', 'ingenieur']);
    });

    it('does not read numbers outside 1800–2100 or with separators as years', () => {
      assert.equal(only('1500').kind, 'number');
      assert.equal(only('2 018').kind, 'number');
    });
  });

  describe('qualifiers', () => {
    const cases: Array<[string, string, Lang]> = [
      ['près de 3 000 employés', 'about', 'fr'],
      ['environ 300 personnes', 'about', 'fr'],
      ['quelque 300 personnes', 'about', 'fr'],
      ['about 300 people', 'about', 'en'],
      ['around 300 people', 'about', 'en'],
      ['nearly 300 people', 'about', 'en'],
      ['plus de 300 personnes', 'more-than', 'fr'],
      ["plus d'un million", 'more-than', 'fr'],
      ['more than 300 people', 'more-than', 'en'],
      ['over $300 billion', 'more-than', 'en'],
      ['moins de 300 personnes', 'less-than', 'fr'],
      ['less than 300 people', 'less-than', 'en'],
      ['under 300 people', 'less-than', 'en'],
      ['au moins 300 personnes', 'at-least', 'fr'],
      ['at least 300 people', 'at-least', 'en'],
      ["jusqu'à 20 %", 'at-most', 'fr'],
      ['jusqu’à 20 %', 'at-most', 'fr'],
      ['up to 20%', 'at-most', 'en'],
      ['at most 20%', 'at-most', 'en'],
      ['no more than 20%', 'at-most', 'en'],
      // "as much as" bounds from above, so that a fix writes the source's bound ("could be worth as much as $6bn").
      ['as much as $6bn', 'at-most', 'en'],
      ['as many as 300 people', 'at-most', 'en'],
    ];
    for (const [text, approx, lang] of cases) {
      it(`reads "${text}" as ${approx}`, () => {
        const q = only(text, lang);
        assert.equal(q.approx, approx);
        assert.equal(q.approxStart, 0);
      });
    }

    it('leaves unqualified numbers without approx', () => {
      const q = only('Il y a 300 personnes');
      assert.equal(q.approx, undefined);
      assert.equal(q.approxStart, undefined);
    });
  });

  describe('what is not a quantity', () => {
    it('ignores digits inside names', () => {
      assert.deepEqual(parseQuantities('R1, GPT-4, Qwen2.5-Max et O3 et JD.com', 'fr'), []);
    });

    it('ignores text without numbers', () => {
      assert.deepEqual(parseQuantities('Aucune donnée chiffrée ici.'), []);
    });
  });

  it('gives an English count compound the unit of its plural count ("a six-try win" and "six tries")', () => {
    const [compound] = parseQuantities('They sealed a six-try win at the harbour ground.', 'en');
    const [count] = parseQuantities('They scored six tries at the harbour ground.', 'en');
    assert.equal(compound.unit, count.unit);
    assert.equal(sameQuantity(compound, count), true);
    const [games] = parseQuantities('a 14-match run', 'en');
    assert.equal(games.unit, parseQuantities('14 matches', 'en')[0].unit);
  });

  it('takes no adverb of time or of sharing after a figure as its counted noun', () => {
    assert.deepEqual(parseQuantities('The index closed at 512.40 later in the week.', 'en').map((q) => [q.raw, q.unit]), [['512.40', undefined]]);
    assert.deepEqual(parseQuantities('The ferry left 40 minutes earlier than planned and cost 30 euros apiece.', 'en').map((q) => q.raw), ['40 minutes', '30 euros']);
    assert.deepEqual(parseQuantities('Les deux lauréats ont reçu 300 chacun.', 'fr').map((q) => [q.raw, q.unit]), [['deux lauréats', 'laureat'], ['300', undefined]]);
  });

  it('gives offsets and raw text matching the input', () => {
    const text = 'En 2018, la firme comptait 3,57 millions d’ingénieurs, soit 38 % de plus, pour 300 milliards de dollars.';
    const quantities = parseQuantities(text);
    assert.deepEqual(quantities.map((q) => q.kind), ['year', 'number', 'percent', 'money']);
    for (const q of quantities) {
      assert.equal(text.slice(q.start, q.end), q.raw);
      assert.ok(q.start <= q.numberStart && q.numberEnd <= q.end);
    }
  });

  it('detects the language when not given', () => {
    assert.equal(parseQuantities('The firm hired 1,500 engineers and they stayed.')[0].value, 1500);
    assert.equal(parseQuantities('La firme a recruté 1,500 ingénieurs et ils sont restés.')[0].value, 1.5);
  });
});

describe('formatQuantity', () => {
  const replace = (value: number, text: string, lang: Lang = 'fr') => formatQuantity(value, only(text, lang), lang);

  it('keeps the French scale word and agrees in number', () => {
    assert.equal(replace(3.57e6, '1,2 million'), '3,57 millions');
    assert.equal(replace(1.5e6, '3 millions'), '1,5 million');
  });

  it('writes the decimals the source writes', () => {
    assert.equal(formatQuantity(3.4, only('4,40 picogrammes'), 'fr', 2), '3,40');
    assert.equal(formatQuantity(3.4, only('4 picogrammes'), 'fr', 2), '3,40');
  });

  it('writes a count in words as the claim does, in digits where French agreement is in doubt', () => {
    assert.equal(replace(8, 'Douze personnes'), 'Huit');
    assert.equal(replace(51, 'Douze personnes'), '51');
    assert.equal(replace(21, 'douze salariées'), '21');
    assert.equal(replace(21, 'twelve people', 'en'), 'twenty-one');
    assert.equal(replace(8, '12 personnes'), '8');
  });

  it('keeps the English scale word without plural', () => {
    assert.equal(replace(3.57e6, '6 million', 'en'), '3.57 million');
    assert.equal(replace(2.5e11, '$300 billion', 'en'), '250 billion');
  });

  it('moves to the next scale word of the family when needed', () => {
    assert.equal(replace(5e8, '2 milliards'), '500 millions');
    assert.equal(replace(2.5e9, '300 millions'), '2,5 milliards');
  });

  it('keeps abbreviations and their spacing', () => {
    assert.equal(replace(3e9, '€2bn', 'en'), '3bn');
    assert.equal(replace(4.2e6, '3,5 M€'), '4,2 M');
  });

  it('returns just the number for percentages', () => {
    assert.equal(replace(60, '35 %'), '60');
    assert.equal(replace(12.5, '35 %'), '12,5');
  });

  it('keeps the decimal separator as written', () => {
    assert.equal(replace(4.25, '3.57 points'), '4.25');
  });

  it('keeps the thousands separator as written', () => {
    assert.equal(replace(250_000, '100 000'), '250 000');
    assert.equal(replace(2_500_000, '1,000,000', 'en'), '2,500,000');
    assert.equal(replace(25_000, '12 régions'), '25 000');
  });

  it('writes words when the original was in words', () => {
    assert.equal(replace(5, 'quatre'), 'cinq');
    assert.equal(replace(2000, 'mille'), 'deux mille');
    assert.equal(replace(21, 'Quatre'), '21');
    assert.equal(replace(3e6, 'deux millions'), 'trois millions');
    assert.equal(replace(21, 'four times', 'en'), 'twenty-one');
  });
});

describe('sameQuantity', () => {
  const q = (text: string, lang: Lang = 'fr') => only(text, lang);

  it('matches equal values written differently', () => {
    assert.ok(sameQuantity(q('3,57 millions'), q('3 570 000')));
    assert.ok(sameQuantity(q('3,57 millions'), q('3.57 million engineers', 'en')));
    assert.ok(sameQuantity(q('300 milliards de dollars'), q('$300 billion', 'en')));
  });

  it('does not match different values', () => {
    assert.ok(!sameQuantity(q('3,57 millions'), q('3,5 millions')));
    assert.ok(!sameQuantity(q('60 %'), q('64 %')));
    assert.ok(!sameQuantity(q('240 000 euros'), q('240 500 euros')));
  });

  it('matches a figure with the same figure written with fewer decimals, rounded', () => {
    assert.ok(sameQuantity(q('3,57 millions'), q('3,6 millions')));
    assert.ok(sameQuantity(q('$9.37bn', 'en'), q('$9.4bn', 'en')));
    assert.ok(sameQuantity(q('$9.37bn', 'en'), q('$9bn', 'en')));
    assert.ok(!sameQuantity(q('$9.37bn', 'en'), q('$9.3bn', 'en')));
    assert.ok(!sameQuantity(q('1,2345 million'), q('1,2 million')));
  });

  it('reads a count of a noun named before, without a unit of its own', () => {
    const [fr] = parseQuantities("Huit d'entre elles ont été hospitalisées.", 'fr');
    assert.deepEqual([fr.value, fr.unit, fr.partitive, fr.raw], [8, undefined, true, 'Huit']);
    const [en] = parseQuantities('Five of them were taken to hospital.', 'en');
    assert.deepEqual([en.value, en.unit, en.partitive], [5, undefined, true]);
  });

  it('gives the second value of a comparison the unit of the first', () => {
    const [a, b] = parseQuantities('un taux de 12,66 picogrammes par mètre cube, contre 3,40 en moyenne', 'fr');
    assert.deepEqual([a.unit, b.unit, b.value], ['picogramm', 'picogramm', 3.4]);
    const [tonnes, c] = parseQuantities('Sales reached 40 tonnes against 35 a year earlier.', 'en');
    assert.ok(tonnes.unit);
    assert.equal(c.unit, tonnes.unit);
    const d = parseQuantities('Il a vendu 40 tonnes en 2019, et 35 clients ont payé.', 'fr').find((q) => q.value === 35);
    assert.equal(d?.unit, 'client');
  });

  it('reads an age set between commas after a name, and "N years old", as ages in years', () => {
    const [age] = parseQuantities('Mr Petrie, 63, has always insisted he was unaware.', 'en');
    assert.deepEqual([age.value, age.unit, age.age], [63, parseQuantities('63 years', 'en')[0].unit, true]);
    assert.equal(parseQuantities('Mr Petrie is 65 years old.', 'en')[0].age, true);
    assert.equal(parseQuantities('Angela, 56 ans, regrette.', 'fr')[0].age, true);
    assert.equal(parseQuantities('In 2004, 12, 13 and 14 were sold.', 'en').some((q) => q.age), false);
    assert.equal(parseQuantities('Il a vendu 12 voitures, 13 camions.', 'fr').some((q) => q.age), false);
  });

  it('reads « de N ans » after a noun of kin as an age, and an age difference (« de dix ans son aîné ») as none', () => {
    assert.equal(parseQuantities('Arrêtée lundi, son épouse de 38 ans a été relâchée.', 'fr')[0].age, true);
    assert.equal(parseQuantities('Sa fille de 12 ans était à bord.', 'fr')[0].age, true);
    assert.equal(parseQuantities('Son frère de dix ans son aîné a repris la ferme.', 'fr')[0].age, undefined);
    assert.equal(parseQuantities('Un homme de 5 ans plus jeune a été choisi.', 'fr')[0].age, undefined);
  });

  it('reads an English age told by a verb ("who is 57,", "who was only 23,", "was 16 when", "turned 19") as an age in years', () => {
    const years = parseQuantities('63 years', 'en')[0].unit;
    const ageOf = (text: string) => parseQuantities(text, 'en').map((q) => [q.raw, q.unit, q.age ?? false]);
    assert.deepEqual(ageOf('Marc Lenoir, who is 57, says he will appeal.'), [['57', years, true]]);
    assert.deepEqual(ageOf('The keeper, who was only 23, saved the penalty.'), [['23', years, true]]);
    assert.deepEqual(ageOf('The keeper, who was 27 at the time, left the club.'), [['27', years, true]]);
    assert.deepEqual(ageOf('His accomplice was 16 when she was arrested.'), [['16', years, true]]);
    // "twice" is the multiplier 2 (withTwiceWords), no age.
    assert.deepEqual(ageOf('The striker, who turned 19 the day after the final, scored twice.'), [['19', years, true], ['twice', 'x', false]]);
  });

  it('leaves a count told by a verb that is no age ("the toll is 57,", "the rate was 5 at the time", "who won 3 titles")', () => {
    assert.equal(parseQuantities('The toll is 57, officials said.', 'en').some((q) => q.age), false);
    assert.equal(parseQuantities('The rate was 5 at the time of the vote.', 'en').some((q) => q.age), false);
    assert.equal(parseQuantities('The keeper, who was 3 goals down, smiled.', 'en').some((q) => q.age), false);
  });

  it('gives a second dimension the unit of the first (« 22 km de long et de 6 de large »)', () => {
    const [, width] = parseQuantities('un panache de 22 km de long et de 6 de large', 'fr');
    assert.deepEqual([width.value, width.unit, width.raw], [6, 'km', '6']);
  });

  it('reads a fraction in words set in quotation marks before « des » / "of" (« qu"un tiers" des ponts », « « un quart » des élèves »)', () => {
    const shareOf = (text: string, lang: Lang) => parseQuantities(text, lang).find((q) => q.kind === 'percent')?.value;
    assert.equal(Math.round(shareOf('Le rapport précise qu"un tiers" des 800 écoles sont vétustes.', 'fr')!), 33);
    assert.equal(shareOf('Le rapport estime « un quart » des élèves absents.', 'fr'), 25);
    assert.equal(shareOf('The report says "a quarter" of the 800 schools are run down.', 'en'), 25);
    assert.equal(shareOf('Il a parlé d"un tiers" sans plus de précision.', 'fr'), undefined);
  });

  it('takes no possessive for the counted noun ("38 of its 48 employees": 38 of a set named after, not 38 "it")', () => {
    const [part, whole] = parseQuantities('The bakery reopened, and 12 of its 30 employees came back.', 'en');
    assert.deepEqual([part.raw, part.unit, whole.raw], ['12', undefined, '30 employees']);
    assert.equal(parseQuantities('Five of her 12 titles came on clay.', 'en')[0].unit, undefined);
  });

  it('reads fractions in words as shares', () => {
    const share = (text: string, lang: Lang = 'fr') => parseQuantities(text, lang).map((q) => [q.raw, Math.round(q.value * 10) / 10, q.kind, q.fraction, q.approx]);
    assert.deepEqual(share('Elle fournit la moitié des additifs.'), [['la moitié', 50, 'percent', true, undefined]]);
    assert.deepEqual(share("Elle vendait près d'un cinquième de sa production."), [['un cinquième', 20, 'percent', true, 'about']]);
    assert.deepEqual(share('La toiture est détruite aux deux-tiers.'), [['deux-tiers', 66.7, 'percent', true, undefined]]);
    assert.deepEqual(share('It accounts for a third of output.', 'en'), [['a third', 33.3, 'percent', true, undefined]]);
    assert.deepEqual(share("Il a attendu un quart d'heure."), []);
    assert.ok(sameQuantity(parseQuantities('le tiers des voix')[0], parseQuantities('33 % des voix')[0]));
    assert.ok(!sameQuantity(parseQuantities('le tiers des voix')[0], parseQuantities('la moitié des voix')[0]));
  });

  it('matches a share with the same share rounded to the unit, one decimal more at most', () => {
    assert.ok(sameQuantity(q('28.9%', 'en'), q('29%', 'en')));
    assert.ok(sameQuantity(q('17,5 %'), q('18 %')));
    assert.ok(!sameQuantity(q('28.4%', 'en'), q('29%', 'en')));
    assert.ok(!sameQuantity(q('28.94%', 'en'), q('29%', 'en')));
    assert.ok(!sameQuantity(q('28,9 ans'), q('29 ans')));
  });

  it('does not match different kinds or currencies', () => {
    assert.ok(!sameQuantity(q('60 %'), q('60 ans')));
    assert.ok(!sameQuantity(q('300 milliards de dollars'), q("300 milliards d'euros")));
  });

  it('matches a year with the same number', () => {
    assert.ok(sameQuantity(q('en 2018'), q('2018 ans')));
  });

  it('tolerates rounding within 10 % when either is approximate', () => {
    assert.ok(sameQuantity(q('environ 3,6 millions'), q('3,57 millions')));
    assert.ok(sameQuantity(q('3,57 millions'), q('près de 3,3 millions')));
    assert.ok(!sameQuantity(q('environ 3 millions'), q('3,57 millions')));
  });

  it('matches a lower bound with the bound itself and values just above', () => {
    assert.ok(sameQuantity(q('plus de 29 pays'), q('29 pays')));
    assert.ok(sameQuantity(q('29 pays'), q('plus de 29 pays')));
    assert.ok(sameQuantity(q('au moins 29 pays'), q('31 pays')));
    assert.ok(!sameQuantity(q('plus de 29 pays'), q('28 pays')));
    assert.ok(!sameQuantity(q('plus de 29 pays'), q('40 pays')));
  });

  it('matches an upper bound with values just below', () => {
    assert.ok(sameQuantity(q("jusqu'à 20 %"), q('19 %')));
    assert.ok(!sameQuantity(q("jusqu'à 20 %"), q('21 %')));
  });
});

describe('parseQuantities: multiplying verbs', () => {
  it('reads "multipliée par trois" as a multiplier', () => {
    const [q] = parseQuantities('La capacité sera multipliée par trois.', 'fr');
    assert.equal(q.kind, 'multiplier');
    assert.equal(q.value, 3);
  });

  it('reads "multiplied by 5" as a multiplier', () => {
    const [q] = parseQuantities('Capacity will be multiplied by 5.', 'en');
    assert.equal(q.kind, 'multiplier');
    assert.equal(q.value, 5);
  });

  it('keeps "par trois" alone a plain number', () => {
    const [q] = parseQuantities('Ils viennent par trois.', 'fr');
    assert.notEqual(q?.kind, 'multiplier');
  });
});

describe('parseQuantities: parts of a count, adverbs', () => {
  it('reads a number after « dont », "including" as part of the count before it, with its noun', () => {
    const qs = parseQuantities('12 morts et 9 blessés, dont quatre dans un état grave.', 'fr');
    assert.equal(qs[2].unit, qs[1].unit);
    assert.equal(qs[2].partitive, true);
    assert.equal(parseQuantities('12 dead and 9 injured, including four in a critical condition.', 'en')[2].partitive, true);
  });

  it('reads "nine of those foxes" as a part of a set of foxes, and "91 foxes - only four" as part of the 91', () => {
    const [part] = parseQuantities('Only nine of those foxes were killed by hounds.', 'en');
    assert.equal(part.unit, 'fox');
    assert.equal(part.partitive, true);
    const qs = parseQuantities('The hunts killed a total of 91 foxes - only four were killed by hounds.', 'en');
    assert.deepEqual([qs[1].unit, qs[1].partitive], ['fox', true]);
  });

  it('takes no adverb after a count for what it counts (« onze encore », "nine still")', () => {
    assert.equal(parseQuantities('Onze encore étaient hospitalisés.', 'fr')[0].unit, undefined);
    assert.equal(parseQuantities('Nine still in hospital.', 'en')[0].unit, undefined);
  });
});

describe('parseQuantities: durations', () => {
  it('reads "1 h 05" as one duration in hours', () => {
    const qs = parseQuantities('Le trajet durera 1 h 05 au lieu de 2 h 04.', 'fr');
    assert.equal(qs.length, 2);
    assert.equal(qs[0].unit, 'h');
    assert.ok(Math.abs(qs[0].value - (1 + 5 / 60)) < 1e-6);
    assert.equal(qs[0].raw, '1 h 05');
  });

  it('reads a time written as one word (« 16h10 », « 4H33 », « 20h ») as « 16 h 10 » is read', () => {
    const [joined] = parseQuantities('Vers 16h10, un TER a percuté le car.', 'fr');
    const [spaced] = parseQuantities('Vers 16 h 10, un TER a percuté le car.', 'fr');
    assert.equal(joined.unit, 'h');
    assert.equal(joined.value, spaced.value);
    assert.equal(joined.raw, '16h10');
    assert.equal(parseQuantities('relevé à 4H33 sur le quai', 'fr')[0].value, parseQuantities('relevé à 4 h 33 sur le quai', 'fr')[0].value);
    assert.equal(parseQuantities('dès 20h ce soir', 'fr')[0].value, 20);
    assert.equal(parseQuantities('le modèle 99h12', 'fr').length, 0);
  });

  it('reads a time of day written with a colon after a word of time ("at 10:27", "by 9:05 pm") as « 10h27 » is read', () => {
    const [colon] = parseQuantities('The blaze was under control at 11:42 on Sunday.', 'en');
    const [french] = parseQuantities('Le feu était maîtrisé à 11h42 dimanche.', 'fr');
    assert.equal(colon.unit, 'h');
    assert.equal(colon.value, french.value);
    assert.equal(colon.raw, '11:42');
    assert.equal(parseQuantities('The doors close by 9:05 pm.', 'en')[0].value, parseQuantities('Les portes ferment à 21h05.', 'fr')[0].value);
  });

  it('reads a time of day with its half of the day glued or spaced ("6:45pm", "6.45pm", "6pm", "11 pm") as « 18h45 », « 23h » are read', () => {
    const french = (text: string) => parseQuantities(text, 'fr')[0].value;
    for (const [text, same] of [
      ['The ferry left Kelby at 6:45pm on Friday.', 'Le ferry a quitté Kelby à 18h45 vendredi.'],
      ['The ferry left Kelby at 6.45pm on Friday.', 'Le ferry a quitté Kelby à 18h45 vendredi.'],
      ['The ferry left Kelby at 6pm on Friday.', 'Le ferry a quitté Kelby à 18h vendredi.'],
      ['The ferry left Kelby at 11 pm on Friday.', 'Le ferry a quitté Kelby à 23h vendredi.'],
      ['The ferry left Kelby at 12:10am on Friday.', 'Le ferry a quitté Kelby à 0h10 vendredi.'],
    ]) {
      const [q] = parseQuantities(text, 'en');
      assert.equal(q?.unit, 'h', text);
      assert.equal(q.value, french(same), text);
    }
    assert.equal(parseQuantities('The ferry left Kelby at 6:45pm on Friday.', 'en')[0].raw, '6:45pm');
  });

  it('reads no time of day in "PM" after a figure, nor past the twelfth hour with a half of the day', () => {
    assert.ok(parseQuantities('The 2 PM candidates met in Kelby.', 'en').every((q) => q.unit !== 'h'));
    assert.ok(parseQuantities('The ferry left Kelby at 14pm.', 'en').every((q) => q.unit !== 'h'));
  });

  it('leaves a colon between figures that is no time of day: a score, a ratio, a race time', () => {
    assert.ok(parseQuantities('The hosts won 3:10 in the end.', 'en').every((q) => q.unit !== 'h'));
    assert.ok(parseQuantities('She crossed the line at 2:15:25 in Boston.', 'en').every((q) => q.unit !== 'h'));
    assert.ok(parseQuantities('The mix is 1:50 by volume at 12:75.', 'en').every((q) => q.unit !== 'h'));
  });

  it('reads "3 h" as hours', () => {
    const [q] = parseQuantities('Il faut 3 h pour y aller.', 'fr');
    assert.equal(q.unit, 'h');
    assert.equal(q.value, 3);
  });
});

describe('parseQuantities: half a scale, pounds after a scale word', () => {
  it('reads "half a billion pounds" as £500m, and writes a fix over "half a billion" in words', () => {
    const text = 'The council will borrow half a billion pounds.';
    const q = only(text, 'en');
    assert.equal(q.kind, 'money');
    assert.equal(q.unit, 'GBP');
    assert.equal(q.value, 5e8);
    assert.equal(numberText(text, q), 'half a billion');
    assert.ok(sameQuantity(q, only('The council will borrow £500m.', 'en')));
    assert.equal(formatQuantity(6e8, q, 'en'), 'six hundred million');
  });

  it('reads « 40 millions de livres » as money, and pounds of weight as a count', () => {
    assert.equal(only('Le club a coûté 40 millions de livres.', 'fr').unit, 'GBP');
    assert.notEqual(only('Il a acheté 3 livres de beurre.', 'fr').kind, 'money');
    assert.notEqual(only('She lost 12 pounds in a month.', 'en').kind, 'money');
  });
});

describe('parseQuantities: a percentage that is a change or a share', () => {
  const roles = (text: string, lang: Lang) => parseQuantities(text, lang).filter((q) => q.kind === 'percent').map((q) => `${q.raw}:${q.percentRole ?? '-'}`);

  it('reads a comparative after it, or a verb or noun of change before it, as a change', () => {
    assert.deepEqual(roles('Varnia will pay 30% more, after prices rose 12% and an increase of about 5%.', 'en'), ['30%:change', '12%:change', '5%:change']);
    assert.deepEqual(roles('Le gaz coûtera 30 % plus cher, en hausse de 12 % ; les ventes ont augmenté de 5 %.', 'fr'), ['30 %:change', '12 %:change', '5 %:change']);
  });

  it('reads "of" or « des » after it as a share, and leaves the rest unsaid', () => {
    assert.deepEqual(roles('Zembla supplies 45% of the gas; a 20% stake.', 'en'), ['45%:share', '20%:-']);
    assert.deepEqual(roles('Zembla fournit 45 % du gaz et 30 % des ventes, 12 % de plus.', 'fr'), ['45 %:share', '30 %:share', '12 %:change']);
  });
});

describe('figures that name something', () => {
  it('reads no value from a figure quoted whole after a determiner (a programme, a title)', () => {
    const text = 'La chaîne le diffusera dans le "12h45" et le « 20h30 », puis dans the “24” show. Il a duré 1h30.';
    assert.deepEqual(parseQuantities(text, 'fr').map((q) => q.raw), ['1h30']);
    // A figure quoted with other words, or quoted without a determiner, is still a value.
    assert.equal(parseQuantities('Il a dit : "12 morts".', 'fr').length, 1);
    assert.equal(parseQuantities('Il a répondu "30".', 'fr').length, 1);
  });

  it('reads no value from a compact hour after « le », « du », « au » (a news bulletin), and reads a time after « à »', () => {
    assert.deepEqual(parseQuantities("La chaîne a diffusé l'entretien dans le 13h et le 20h30.", 'fr').map((q) => q.raw), []);
    assert.deepEqual(parseQuantities('Il est arrivé à 13h et reparti à 20h30.', 'fr').map((q) => q.raw), ['13h', '20h30']);
  });
});

describe('years before 1800', () => {
  it('reads a four-digit number after a word that places a fact in time as a year, and other numbers that size as numbers', () => {
    assert.deepEqual(parseQuantities('En 1655, le carillon comptait 12 cloches.', 'fr').map((q) => q.kind), ['year', 'number']);
    assert.deepEqual(parseQuantities('In 1720, the platform was built.', 'en').map((q) => q.kind), ['year']);
    assert.deepEqual(parseQuantities('Le prix est passé à 1500.', 'fr').map((q) => q.kind), ['number']);
    assert.deepEqual(parseQuantities('Il a vendu 1500 exemplaires.', 'fr').map((q) => q.kind), ['number']);
  });
});
