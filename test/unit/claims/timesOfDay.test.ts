import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim, type VerdictLabel } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** True sentences that write a time of day otherwise than their source; invented articles. */
function check(files: Record<string, string>, text: string, lang: Lang): VerdictLabel {
  const index = indexOf(files);
  return checkClaim(text, analyzeClaim(text, lang, index.names), index).label;
}

/** The draft with the fix of its first contradicted claim applied, checked against invented articles; undefined when none is offered. */
function fixedIn(files: Record<string, string>, text: string): string | undefined {
  const index = indexOf(files);
  const draft = `${text}\n`;
  const finding = findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index).find((f) => f.code === 'contradicted-claim');
  const fix = finding?.fixes[0];
  return fix ? draft.slice(0, fix.span.start) + fix.newText + draft.slice(fix.span.end).trimEnd() : undefined;
}

const article = (id: string, lang: Lang, body: string) => ({
  [`${id}.md`]: `---\nid: ${id}\ntitle: ${id}\nlang: ${lang}\n---\n\n${body}\n`,
});

describe('times of day: « h » and « heures » are the same unit', () => {
  const museum = article('musee', 'fr', 'Le musée des Tanneurs est habituellement ouvert au public de 9 heures à 18 heures, sauf le lundi.');
  const short = article('piscine', 'fr', 'La piscine municipale de Valmont est ouverte aux nageurs de 7 h à 21 h en semaine.');

  it('supports « de 9 h à 18 h » where the source writes « de 9 heures à 18 heures », and the other way round', () => {
    assert.equal(check(museum, 'Le musée des Tanneurs est ouvert au public de 9 h à 18 h.', 'fr'), 'supported');
    assert.equal(check(short, 'La piscine municipale de Valmont est ouverte aux nageurs de 7 heures à 21 heures.', 'fr'), 'supported');
  });

  it('does not support another hour written either way', () => {
    assert.notEqual(check(museum, 'Le musée des Tanneurs est ouvert au public de 9 h à 20 h.', 'fr'), 'supported');
    assert.notEqual(check(short, 'La piscine municipale de Valmont est ouverte aux nageurs de 7 heures à 23 heures.', 'fr'), 'supported');
  });
});

describe('times of day: a numeric date followed by a time', () => {
  const library = article('mediatheque', 'fr', 'La médiathèque Louise-Michel de Corbelles a rouvert ses portes le mercredi 21 septembre 2016 à 9h00, après six mois de travaux.');

  it('supports « le 21/09/2016 à 9 heures » where the source writes the month in words', () => {
    assert.equal(check(library, 'La médiathèque Louise-Michel de Corbelles a rouvert le 21/09/2016 à 9 heures.', 'fr'), 'supported');
  });

  it('does not support another day written so', () => {
    assert.notEqual(check(library, 'La médiathèque Louise-Michel de Corbelles a rouvert le 23/09/2016 à 9 heures.', 'fr'), 'supported');
  });
});

describe('times of day: the time after a date is compared', () => {
  const council = article('conseil', 'fr', 'Le conseil municipal de Corbelles s’est réuni le lundi 7 octobre 2019 à 20h30 pour voter le budget du port.');

  it('supports the time written otherwise (« 20 h 30 »), and does not support another time', () => {
    assert.equal(check(council, 'Le conseil municipal de Corbelles s’est réuni le 7 octobre 2019 à 20 h 30 pour voter le budget du port.', 'fr'), 'supported');
    assert.notEqual(check(council, 'Le conseil municipal de Corbelles s’est réuni le 7 octobre 2019 à 22 h 30 pour voter le budget du port.', 'fr'), 'supported');
  });
});

describe('times of day: the fix of a wrong time writes the source’s time as written', () => {
  const marathon = article('marathon', 'fr', 'Éloïse Martin a couru le marathon de Lyon en 4 h 20, selon les organisateurs. Le conseil municipal de Corbelles s’est réuni le lundi 7 octobre 2019 à 20h30 pour voter le budget.');

  const fixed = (text: string) => fixedIn(marathon, text);

  it('reads « 4 heures et 20 minutes » as « 4 h 20 », and fixes another duration with the source’s « 4 h 20 »', () => {
    assert.equal(check(marathon, 'Éloïse Martin a couru le marathon de Lyon en 4 heures et 20 minutes.', 'fr'), 'supported');
    assert.equal(fixed('Éloïse Martin a couru le marathon de Lyon en 4 heures et 30 minutes.'), 'Éloïse Martin a couru le marathon de Lyon en 4 h 20.');
  });

  it('fixes « à 22 heures » with the source’s « 20h30 », never with a figure of hours (« 20,5 heures »)', () => {
    assert.equal(fixed('Le conseil municipal de Corbelles s’est réuni le 7 octobre 2019 à 22 heures pour voter le budget.'), 'Le conseil municipal de Corbelles s’est réuni le 7 octobre 2019 à 20h30 pour voter le budget.');
  });
});

describe('times of day: read to the minute, with their half of the day', () => {
  const ferry = article('ferry', 'en', 'The Kelby ferry left the harbour at 6:42pm on Friday with 300 passengers on board, the port authority said.');
  const night = article('night', 'en', 'The Dunmore night train left Kelby station at 11pm on Monday, an hour late.');

  it('does not support another hour or minute written "7:42pm", "6:45pm" where the source writes "6:42pm"', () => {
    assert.notEqual(check(ferry, 'The Kelby ferry left the harbour at 7:42pm on Friday with 300 passengers on board.', 'en'), 'supported');
    assert.notEqual(check(ferry, 'The Kelby ferry left the harbour at 6:45pm on Friday with 300 passengers on board.', 'en'), 'supported');
  });

  it('supports the same time written otherwise ("6:42 pm", "18:42", "11 pm")', () => {
    assert.equal(check(ferry, 'The Kelby ferry left the harbour at 6:42 pm on Friday with 300 passengers on board.', 'en'), 'supported');
    assert.equal(check(ferry, 'The Kelby ferry left the harbour at 18:42 on Friday with 300 passengers on board.', 'en'), 'supported');
    assert.equal(check(night, 'The Dunmore night train left Kelby station at 11 pm on Monday.', 'en'), 'supported');
  });

  it("fixes a time with its half of the day with the source's expression, never its figure of hours (\"23pm\")", () => {
    assert.equal(fixedIn(night, 'The Dunmore night train left Kelby station at 10pm on Monday.'), 'The Dunmore night train left Kelby station at 11pm on Monday.');
  });

  it("contradicts a time three minutes off with the cited source's, though another source writes the claim's", () => {
    const both = {
      ...article('seisme', 'fr', "Le séisme a frappé la région de Valmont à 18H42 mardi, selon l'institut de géophysique."),
      ...article('temoin', 'fr', 'Un séisme a frappé la région de Valmont mardi à 18H45, selon un témoin.'),
    };
    const index = indexOf(both);
    const draft = 'Le séisme a frappé la région de Valmont à 18H45 mardi [@seisme].\n';
    const codes = findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index).map((f) => f.code);
    assert.ok(codes.includes('contradicted-claim'), codes.join(', '));
  });
});
