import assert from 'node:assert/strict';
import { datedByDocument, formatDate, monthYearByDocument, parseDates, sameDate, weekdaysDatedByDocument } from '../../../server/src/core/text/dates';
import { parseQuantities, withDates } from '../../../server/src/core/text/quantities';

describe('parseDates', () => {
  it('reads French day-and-month dates, weekday and article left out of the value', () => {
    const [date] = parseDates('Le site a été fermé le lundi 14 mars dernier.', 'fr');
    assert.equal(date.raw, '14 mars');
    assert.deepEqual(date.date, { day: 14, month: 3 });
    assert.equal(date.kind, 'date');
  });

  it('reads English dates, month first or day first, with a year when written', () => {
    assert.deepEqual(parseDates('The meeting will be held on June 25.', 'en')[0].date, { day: 25, month: 6, monthFirst: true });
    assert.deepEqual(parseDates('The ceremony took place on 27 February 2005 in Hollywood.', 'en')[0].date, { day: 27, month: 2, year: 2005 });
  });

  it('takes no year from a number that follows the date', () => {
    const [date] = parseDates('Selon un sondage publié le 3 mai, 61 % des habitants approuvent.', 'fr');
    assert.equal(date.raw, '3 mai');
    assert.deepEqual(date.date, { day: 3, month: 5 });
  });

  it('does not read the figure after a date and a comma as an hour of the date', () => {
    const text = 'Le 4 juin 1987, 30 000 cyclistes ont traversé la ville.';
    const quantities = withDates(parseQuantities(text, 'fr'), parseDates(text, 'fr'));
    assert.deepEqual(quantities.map((q) => [q.raw, q.kind, q.value]), [['4 juin 1987', 'date', 19870604], ['30 000 cyclistes', 'number', 30000]]);
    const english = 'On 9 May, 12 ships left the port.';
    assert.deepEqual(withDates(parseQuantities(english, 'en'), parseDates(english, 'en')).map((q) => q.raw), ['9 May', '12 ships']);
    assert.equal(parseDates('Le 9 mai à 23 h, le site a fermé.', 'fr')[0].raw.startsWith('9 mai'), true);
  });

  it('reads a numeric date after its weekday, the weekday left out of the value', () => {
    const [date] = parseDates('Le mercredi 14/03/2018, la mairie a fermé le parc.', 'fr');
    assert.equal(date.raw, '14/03/2018');
    assert.deepEqual(date.date, { day: 14, month: 3, year: 2018 });
    assert.deepEqual(parseDates('Le jeudi 05/06/2014 à 9 heures, le pont a rouvert.', 'fr')[0].date, { day: 5, month: 6, year: 2014 });
  });

  it('reads numeric dates of two-digit parts only', () => {
    assert.deepEqual(parseDates('Il est sorti de prison le 12/02.', 'fr')[0].date, { day: 12, month: 2 });
    assert.equal(parseDates('Les 3/4 des salariés ont voté.', 'fr').length, 0);
  });

  it('leaves out durations, times, weekdays and months alone', () => {
    assert.equal(parseDates('Ce septième épisode de deux jours de grève s’achèvera samedi à 07H55.', 'fr').length, 0);
    assert.equal(parseDates('Le chantier reprendra en mars, vers 2h30.', 'fr').length, 0);
  });

  it('reads the date after a part of the day and a comma, which chrono merges into one match without day or month', () => {
    const text = 'Dès 6 heures du matin, mardi 9 mai, les pompiers ont évacué le quartier.';
    const [date] = parseDates(text, 'fr');
    assert.deepEqual([date.raw, date.date], ['9 mai', { day: 9, month: 5 }]);
    assert.equal(text.slice(date.start, date.end), '9 mai');
    assert.deepEqual(parseDates('Le soir, samedi 3 octobre 2015, la digue a cédé.', 'fr')[0].date, { day: 3, month: 10, year: 2015 });
  });

  it('reads each day a list writes before a date as a date of its month, the year left to the last day', () => {
    const text = 'Les assises se sont tenues les 1er, 4 et 5 octobre 1999, puis 12 experts ont témoigné.';
    const quantities = withDates(parseQuantities(text, 'fr'), parseDates(text, 'fr'));
    assert.deepEqual(quantities.map((q) => [q.raw, q.kind, q.value]), [['1', 'date', 1001], ['4', 'date', 1004], ['5 octobre 1999', 'date', 19991005], ['12 experts', 'number', 12]]);
    assert.deepEqual(parseDates('The talks were held on 2 and 3 March.', 'en').map((q) => q.date), [{ day: 2, month: 3 }, { day: 3, month: 3 }]);
    assert.deepEqual(parseDates('Il a gagné 3,5 et 6 mai fut calme.', 'fr').map((q) => q.raw), ['6 mai']);
    assert.deepEqual(parseDates('Du 2 au 3 mai, puis le 9 mai.', 'fr').map((q) => q.date?.day), [2, 9]);
  });

  it('takes the place of the day number and year it covers', () => {
    const text = 'Le 15 avril 2019, 400 pompiers sont intervenus.';
    const quantities = withDates(parseQuantities(text, 'fr'), parseDates(text, 'fr'));
    assert.deepEqual(quantities.map((q) => [q.raw, q.kind]), [['15 avril 2019', 'date'], ['400 pompiers', 'number']]);
  });
});

describe('sameDate and formatDate', () => {
  it('matches a date without a year with the same day of any year', () => {
    assert.ok(sameDate({ day: 14, month: 3 }, { day: 14, month: 3, year: 2019 }));
    assert.ok(!sameDate({ day: 14, month: 3 }, { day: 14, month: 4 }));
    assert.ok(!sameDate({ day: 14, month: 3, year: 2018 }, { day: 14, month: 3, year: 2019 }));
  });

  it('holds a day in a range, and takes two ranges as one only when both ends are', () => {
    const range = (day: number, month: number, untilDay: number, untilMonth: number) => ({ day, month, until: { day: untilDay, month: untilMonth } });
    assert.ok(sameDate({ day: 30, month: 6 }, range(29, 6, 30, 6)));
    assert.ok(sameDate(range(11, 3, 4, 4), range(11, 3, 4, 4)));
    assert.ok(!sameDate(range(11, 3, 14, 4), range(11, 3, 4, 4)));
    assert.ok(!sameDate(range(10, 3, 4, 4), range(11, 3, 4, 4)));
  });

  it('writes the source date in the style of the claim’s', () => {
    const [fr] = parseDates('le 24 septembre', 'fr');
    assert.equal(formatDate({ day: 26, month: 9 }, fr, 'fr'), '26 septembre');
    const [en] = parseDates('on June 25', 'en');
    assert.equal(formatDate({ day: 25, month: 5 }, en, 'en'), 'May 25');
    const [numeric] = parseDates('le 12/02', 'fr');
    assert.equal(formatDate({ day: 3, month: 1 }, numeric, 'fr'), '03/01');
  });

  it('keeps the writer’s year when the source date has none', () => {
    const [numeric] = parseDates('le 14/05/2017', 'fr');
    assert.equal(formatDate({ day: 12, month: 4 }, numeric, 'fr'), '12/04/2017');
    const [words] = parseDates('le 14 mai 2017', 'fr');
    assert.equal(formatDate({ day: 12, month: 4 }, words, 'fr'), '12 avril 2017');
    assert.equal(formatDate({ day: 12, month: 4, year: 2016 }, words, 'fr'), '12 avril 2016');
  });
});

describe('datedByDocument', () => {
  const dated = (text: string, lang: 'fr' | 'en', date: string) => datedByDocument(parseDates(text, lang), text, date).map((q) => q.date?.year);

  it('gives « dernier », "last" and « prochain » dates the year the article’s date says', () => {
    assert.deepEqual(dated('Le réacteur a été arrêté le 22 février dernier.', 'fr', '2020-06-27'), [2020]);
    assert.deepEqual(dated('Le réacteur a été arrêté le 22 juillet dernier.', 'fr', '2020-06-27'), [2019]);
    assert.deepEqual(dated('L’audience aura lieu le 3 mai prochain.', 'fr', '2020-06-27'), [2021]);
    assert.deepEqual(dated('The board met last March 3.', 'en', '2004-12-10'), [2004]);
  });

  it('gives a date with its weekday the one year near the article’s whose day it is', () => {
    assert.deepEqual(dated('Le communiqué est paru lundi 30 septembre.', 'fr', '2019-10-01'), [2019]);
  });

  it('leaves other dates without a year (a chronology’s « Le 20 mars » may be any year)', () => {
    assert.deepEqual(dated('Le 20 mars, 10.000 manifestants se retrouvent devant la centrale.', 'fr', '2020-02-22'), [undefined]);
    assert.deepEqual(dated('Le réacteur a été arrêté le 22 février dernier.', 'fr', 'inconnue'), [undefined]);
  });
});

describe('weekdaysDatedByDocument', () => {
  it('dates a weekday written alone in a clause told in the past by the last such day on or before the article’s date', () => {
    assert.deepEqual(weekdaysDatedByDocument("L'usine de Varennes a fermé ses portes jeudi, selon la préfecture.", 'fr', '2021-03-06'), [{ day: 4, month: 3, year: 2021 }]);
    assert.deepEqual(weekdaysDatedByDocument("La grue s'est effondrée samedi matin.", 'fr', '2021-03-06'), [{ day: 6, month: 3, year: 2021 }]);
    assert.deepEqual(weekdaysDatedByDocument('The mayor resigned on Tuesday.', 'en', '2021-03-06'), [{ day: 2, month: 3, year: 2021 }]);
  });

  it('dates no weekday of a time to come, none without a past verb, none without the article’s date', () => {
    assert.deepEqual(weekdaysDatedByDocument("L'usine de Varennes va rouvrir jeudi.", 'fr', '2021-03-06'), []);
    assert.deepEqual(weekdaysDatedByDocument("Le conseil sera réuni lundi prochain, a annoncé le maire.", 'fr', '2021-03-06'), []);
    assert.deepEqual(weekdaysDatedByDocument('Réunion du conseil jeudi.', 'fr', '2021-03-06'), []);
    assert.deepEqual(weekdaysDatedByDocument("L'usine a fermé jeudi.", 'fr', undefined), []);
  });
});

describe('monthYearByDocument', () => {
  it('gives the year of a month the article places before or after its own date', () => {
    assert.equal(monthYearByDocument('Le pont a rouvert en mai dernier.', 'mai', '2021-09-10'), 2021);
    assert.equal(monthYearByDocument('Le pont a rouvert en novembre dernier.', 'novembre', '2021-09-10'), 2020);
    assert.equal(monthYearByDocument('Le pont rouvrira en février prochain.', 'fevrier', '2021-09-10'), 2022);
    assert.equal(monthYearByDocument('The bridge reopened last May.', 'may', '2021-09-10'), 2021);
  });

  it('gives none for a month written without « dernier » or "last", the article’s own month, or an undated article', () => {
    assert.equal(monthYearByDocument('Le pont a rouvert en mai.', 'mai', '2021-09-10'), undefined);
    assert.equal(monthYearByDocument('Le pont a rouvert en septembre dernier.', 'septembre', '2021-09-10'), undefined);
    assert.equal(monthYearByDocument('Le pont a rouvert en mai dernier.', 'mai', undefined), undefined);
  });
});

describe('numeric dates', () => {
  it('reads a French numeric date with one-digit day or month when its year is written in full', () => {
    assert.deepEqual(parseDates('Le pont a rouvert le 3/4/2013, après deux ans de travaux.', 'fr').map((d) => d.date), [{ day: 3, month: 4, year: 2013 }]);
    assert.deepEqual(parseDates('Soit 3/4 des votes exprimés.', 'fr'), []);
  });

  it('reads no English numeric date whose day and month could be swapped, and reads the others', () => {
    assert.deepEqual(parseDates('The bridge reopened on 03/04/2013.', 'en'), []);
    assert.deepEqual(parseDates('The bridge reopened on 13/04/2013.', 'en').map((d) => d.date), [{ day: 13, month: 4, year: 2013 }]);
    assert.deepEqual(parseDates('The bridge reopened on 04/13/2013.', 'en').map((d) => d.date?.day), [13]);
  });

  it('leaves the time of day after a date out of its span, so that the time is a value of its own', () => {
    assert.deepEqual(parseDates('La mairie de Valmont a fermé le mardi 4 mars 2014 à 18h30.', 'fr').map((d) => d.raw), ['4 mars 2014']);
    assert.deepEqual(parseDates('La mairie a fermé le 4 mars à 18 heures.', 'fr').map((d) => d.raw), ['4 mars']);
    assert.deepEqual(parseDates('The town hall closed on 4 March 2014 at 6pm.', 'en').map((d) => d.raw), ['4 March 2014']);
    const values = withDates(parseQuantities('La mairie a fermé le 4 mars à 18 h 30.', 'fr'), parseDates('La mairie a fermé le 4 mars à 18 h 30.', 'fr'));
    assert.deepEqual(values.map((q) => q.raw), ['4 mars', '18 h 30']);
  });

  it('reads a numeric date followed by a time of day, and still reads none whose day and month could be swapped', () => {
    assert.deepEqual(parseDates('La médiathèque a rouvert le 21/09/2016 à 9 heures, après six mois de travaux.', 'fr').map((d) => d.date), [{ day: 21, month: 9, year: 2016 }]);
    assert.deepEqual(parseDates('Le marché ouvrira le 05/06/2022 vers 8 h 30.', 'fr').map((d) => d.date), [{ day: 5, month: 6, year: 2022 }]);
    assert.deepEqual(parseDates('The library reopened on 21/09/2016 at 9am.', 'en').map((d) => d.date), [{ day: 21, month: 9, year: 2016 }]);
    assert.deepEqual(parseDates('The library reopened on 05/06/2016 at 9am.', 'en'), []);
  });
});
