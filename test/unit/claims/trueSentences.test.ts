import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim, type VerdictLabel } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/**
 * True sentences a writer draws from real articles, in other words than the source's: each must be left alone
 * (supported), and the same sentence with a wrong value must not be. Invented articles, one per kind of wording.
 */
function check(files: Record<string, string>, text: string, lang: Lang): VerdictLabel {
  const index = indexOf(files);
  return checkClaim(text, analyzeClaim(text, lang, index.names), index).label;
}

const article = (id: string, lang: Lang, body: string, date?: string) => ({
  [`${id}.md`]: `---\nid: ${id}\ntitle: ${id}\nlang: ${lang}\n${date ? `date: ${date}\n` : ''}---\n\n${body}\n`,
});

describe('true sentences: a claim that joins two neighbouring sentences of one article', () => {
  const housing = article(
    'housing',
    'en',
    'The Ashford housing scheme was launched in March. Councillor Ruth Vane argued the scheme cost £3m a year for 2,000 households. She said that worked out at £1,500 per household. The opposition called the figures misleading.',
  );

  it('supports a figure of the next sentence when the passage’s own value of that measure is another claim value’s', () => {
    assert.equal(check(housing, 'Ruth Vane argued the Ashford scheme cost £3m a year for 2,000 households, or £1,500 per household.', 'en'), 'supported');
    assert.notEqual(check(housing, 'Ruth Vane argued the Ashford scheme cost £3m a year for 2,000 households, or £2,500 per household.', 'en'), 'supported');
  });
});

describe('true sentences: a count whose noun is written elsewhere', () => {
  const seat = article('seat', 'en', 'Liberal Democrat Anna Rowe won the Kelbrook seat in 2001 and has a 4,812 majority. She says she will stand again.');
  const riot = article(
    'riot',
    'fr',
    "Selon le rapport de l'inspection, un total de 41 MP7 (grenades lacrymogènes), 9 LBD (lanceurs de balle de défense) et 14 DMP (grenades de désencerclement) ont été tirés à Varennes.",
  );
  const bus = article('bus', 'fr', "Le conducteur du bus de Varennes, Marc Olier, l'un des quatre blessés parmi les 31 transportés, est sorti de l'hôpital.");

  it('compares a figure with its noun before it ("a majority of almost 5,000") with the source’s figure of that noun, within the approximation', () => {
    assert.equal(check(seat, 'Anna Rowe has held Kelbrook since 2001, with a majority of almost 5,000.', 'en'), 'supported');
    assert.notEqual(check(seat, 'Anna Rowe has held Kelbrook since 2001, with a majority of almost 9,000.', 'en'), 'supported');
  });

  it('reads the noun of an abbreviation in the parenthesis after it (« 14 DMP (grenades de désencerclement) »)', () => {
    assert.equal(check(riot, "Quarante et une grenades lacrymogènes et quatorze grenades de désencerclement ont été tirées à Varennes, selon l'inspection.", 'fr'), 'supported');
    assert.notEqual(check(riot, "Quarante et une grenades lacrymogènes et seize grenades de désencerclement ont été tirées à Varennes, selon l'inspection.", 'fr'), 'supported');
  });

  it('finds a count whose noun the claim leaves to a pronoun (« le bus en transportait 31 ») in the source’s count of that word', () => {
    assert.equal(check(bus, "Marc Olier, conducteur du bus de Varennes, était l'un des quatre blessés ; le bus en transportait 31.", 'fr'), 'supported');
    assert.notEqual(check(bus, "Marc Olier, conducteur du bus de Varennes, était l'un des quatre blessés ; le bus en transportait 35.", 'fr'), 'supported');
  });
});

describe('true sentences: a duration of the claim’s fact told in the next sentence', () => {
  const drug = article(
    'drug',
    'fr',
    "Selon l'avocat des familles de Varennes, le pharmacien porte une responsabilité pour avoir délivré pendant trois ans ce sédatif au chauffeur. La notice du Calmix en limite la durée de prescription à quatre semaines et déconseille la conduite.",
  );

  it('supports a claim that joins a duration of each sentence, each the value of its own fact', () => {
    assert.equal(check(drug, 'Selon l’avocat des familles, le pharmacien a délivré ce sédatif pendant trois ans, alors que la notice du Calmix en limite la prescription à quatre semaines.', 'fr'), 'supported');
    assert.notEqual(check(drug, 'Selon l’avocat des familles, le pharmacien a délivré ce sédatif pendant trois ans, alors que la notice du Calmix en limite la prescription à six semaines.', 'fr'), 'supported');
  });
});

describe('true sentences: names and nouns the passage leaves to its article', () => {
  const plant = article(
    'plant',
    'en',
    'Unions say Veltra is to close its gearbox plant at Corvino near Brescia. Veltra has yet to comment. The new gearboxes will be bought from a supplier in Spain. Union leader Paola Renzi met Veltra managers on Monday regarding the future of the Corvino plant. The unions said the end of gearbox production at the facility would mean the loss of 600 jobs.',
  );
  const rescue = article(
    'rescue',
    'fr',
    'Des moyens lourds ont été engagés par les pompiers de Varennes : 64 sapeurs et un poste médical avancé. Trois hélicoptères de la sécurité civile ont été mobilisés.',
  );

  it('finds a place the claim gives beside a name as the article does ("at Corvino, near Brescia"), not another place', () => {
    assert.equal(check(plant, 'Unions said ending gearbox production at Corvino, near Brescia, would mean the loss of 600 jobs.', 'en'), 'supported');
    assert.notEqual(check(plant, 'Unions said ending gearbox production at Corvino, near Verona, would mean the loss of 600 jobs.', 'en'), 'supported');
  });

  it('counts « sapeurs-pompiers » as « sapeurs » (the head of a compound of two plural nouns)', () => {
    assert.equal(check(rescue, 'Soixante-quatre sapeurs-pompiers ont été engagés à Varennes, ainsi que trois hélicoptères de la sécurité civile.', 'fr'), 'supported');
    assert.notEqual(check(rescue, 'Quatre-vingts sapeurs-pompiers ont été engagés à Varennes, ainsi que trois hélicoptères de la sécurité civile.', 'fr'), 'supported');
  });
});

describe('true sentences: a day the article dates by its weekday', () => {
  const storm = article('storm', 'fr', "Le toit du gymnase de Varennes s'est effondré jeudi soir sous le poids de la neige. Personne n'a été blessé.", '2021-03-06');

  it('supports a claim dated by day and month where the passage says the weekday and the article is dated', () => {
    assert.equal(check(storm, 'Le toit du gymnase de Varennes s’est effondré le jeudi 4 mars sous le poids de la neige.', 'fr'), 'supported');
    assert.notEqual(check(storm, 'Le toit du gymnase de Varennes s’est effondré le jeudi 11 mars sous le poids de la neige.', 'fr'), 'supported');
  });
});

describe('true sentences: a year of a clause of time told a few sentences before the passage', () => {
  const merger = article(
    'merger',
    'en',
    'The Norvik-Tessa partnership came about in 2011 as an alternative to a full merger. Rival bidders had been willing to buy Tessa, but its founder refused. Instead, Norvik swapped a 5% stake in itself for 15% of Tessa - and gave Tessa an option to sell the rest between March 2014 and June 2019.',
  );

  it('supports "When the partnership was formed in 2011, …" where the article dates the partnership two sentences before', () => {
    assert.equal(check(merger, 'When the partnership was formed in 2011, Norvik swapped a 5% stake in itself for 15% of Tessa.', 'en'), 'supported');
    assert.notEqual(check(merger, 'When the partnership was formed in 2009, Norvik swapped a 5% stake in itself for 15% of Tessa.', 'en'), 'supported');
  });
});

describe('true sentences: the year of « mai dernier » is the article’s', () => {
  const bridge = article('bridge', 'fr', 'Le pont de Varennes où avait eu lieu la collision a rouvert en mai dernier, après onze mois de travaux.', '2021-09-10');

  it('supports « en mai 2021 » against « en mai dernier » in an article of September 2021, with a road number the passage leaves out', () => {
    assert.equal(check(bridge, 'Le pont de la route 12 à Varennes a rouvert en mai 2021, après onze mois de travaux.', 'fr'), 'supported');
    assert.notEqual(check(bridge, 'Le pont de la route 12 à Varennes a rouvert en mai 2020, après onze mois de travaux.', 'fr'), 'supported');
  });
});

describe('true sentences: a name the claim writes by its initials', () => {
  const road = article('road', 'fr', 'Le pont de la route départementale 17 a rouvert à Varennes, plus de six mois après la crue.');

  it('finds « RD 17 » where the passage writes « route départementale 17 », not « RD 19 » nor « RN 17 »', () => {
    assert.equal(check(road, 'Le pont de la RD 17 a rouvert à Varennes, plus de six mois après la crue.', 'fr'), 'supported');
    assert.notEqual(check(road, 'Le pont de la RD 19 a rouvert à Varennes, plus de six mois après la crue.', 'fr'), 'supported');
    assert.notEqual(check(road, 'Le pont de la RN 17 a rouvert à Varennes, plus de six mois après la crue.', 'fr'), 'supported');
  });
});
