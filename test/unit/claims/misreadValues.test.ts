import assert from 'node:assert/strict';
import type { Lang } from '../../../server/src/core/types';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { DECADE_UNIT } from '../../../server/src/core/text/decades';
import { parseQuantities, sameQuantity } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** Invented articles whose values are written in ways a reader may misread (issue-13bm). */
const article = (id: string, title: string, lang: Lang, body: string) => `---\nid: ${id}\ntitle: ${title}\nlang: ${lang}\n---\n\n${body}\n`;
const fixesOf = (index: ReturnType<typeof indexOf>, text: string, lang: Lang) => findingsOf(checkDraft(parseMarkdown(`${text}\n`), index, { language: lang })!, index).flatMap((f) => f.fixes.map((x) => x.newText));
const check = (index: ReturnType<typeof indexOf>, text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('values misread or fixed from another fact', () => {
  it('reads a scale joined to "-plus" as the scale and a lower bound ("$1 billion-plus")', () => {
    const [q] = parseQuantities('with $4 billion-plus in bookings', 'en');
    assert.deepEqual([q.value, q.approx, q.unit], [4e9, 'at-least', 'USD']);
    assert.equal(parseQuantities('a $7 million-plus bonus', 'en')[0].value, 7e6);
  });

  it('does not contradict "more than $4bn" with "$4 billion-plus"', () => {
    const index = indexOf({
      'orla.md': article('orla', 'Orla Games ends the year on top', 'en', 'Orla Games is expected to top the console market again, with $4 billion-plus in bookings for the second straight year.'),
    });
    const v = check(index, 'Orla Games had more than $4bn in bookings.', 'en');
    assert.notEqual(v.label, 'contradicted');
  });

  it('reads a sum that forgot its scale at the scale of its conversion in parentheses ("$6.3 (£3.35m)")', () => {
    const [dollars, pounds] = parseQuantities('It opened fifth with $8.4 (£4.5m) in takings.', 'en');
    assert.deepEqual([dollars.value, pounds.value], [8.4e6, 4.5e6]);
    assert.equal(parseQuantities('The stall sold tea at $8.4 (£4.50) a pot.', 'en')[0].value, 8.4);
  });

  it('neither contradicts a sum written with the scale its source forgot, nor fixes one without it', () => {
    const index = indexOf({
      'lantern.md': article('lantern', 'Lantern Road climbs the chart', 'en', 'The drama Lantern Road entered the chart at last. It opened fifth with $8.4 (£4.5m) in takings.'),
    });
    assert.notEqual(check(index, 'Lantern Road opened fifth with $8.4m.', 'en').label, 'contradicted');
    assert.deepEqual(fixesOf(index, 'Lantern Road opened fifth with $4.5m.', 'en'), ['8.4m']); // in place of "4.5m" after the claim's "$"
  });

  it('reads « les années 60 » and « les années 1960 » as one decade, and a decade in words', () => {
    const [short] = parseQuantities('une tour des années 60', 'fr');
    const [long] = parseQuantities('construite dans les années 1960', 'fr');
    assert.ok(sameQuantity(short, long));
    assert.ok(!sameQuantity(short, parseQuantities('dans les années 1980', 'fr')[0]));
    assert.deepEqual(parseQuantities('dans les années soixante-dix', 'fr').map((q) => [q.value, q.unit]), [[70, DECADE_UNIT]]);
  });

  it('does not contradict « les années 1960 » with « les années 60 », and still contradicts another decade', () => {
    const index = indexOf({
      'tour.md': article('tour', 'La tour des Glycines évacuée', 'fr', 'Certains locataires de cette tour des années 60, comptant douze étages, ont été relogés par la mairie.'),
    });
    assert.notEqual(check(index, 'La tour, construite dans les années 1960, compte douze étages.', 'fr').label, 'contradicted');
    assert.equal(check(index, 'La tour, construite dans les années 1980, compte douze étages.', 'fr').label, 'contradicted');
  });

  it('writes a fix of a clock time in the claim’s style (« 21 h 40 », not « 20h40 »)', () => {
    const index = indexOf({
      'alerte.md': article('alerte', 'Un feu de cave rue des Tilleuls', 'fr', 'La gardienne a donné l’alerte à 20h40, selon les pompiers.'),
    });
    assert.deepEqual(fixesOf(index, 'La gardienne a donné l’alerte à 21 h 40.', 'fr'), ['20 h 40']);
    assert.deepEqual(fixesOf(index, 'La gardienne a donné l’alerte à 21h40.', 'fr'), ['20h40']);
  });

  it('takes no count told with another predicate (a relative clause) as the value of the claim’s fact', () => {
    const index = indexOf({
      'crue.md': article('crue', 'La crue de la Sarre blanche', 'fr', 'La rivière est sortie de son lit dans la nuit. "Nous avons dû hélitreuiller une quinzaine de personnes qui s\'étaient abritées dans les greniers", a indiqué à la presse le commandant Vernet. "En tout, une quarantaine de personnes ont été relogées par la commune", a ajouté l\'officier.'),
    });
    const fixes = fixesOf(index, 'Le commandant Vernet a indiqué à la presse qu\'une soixantaine de personnes avaient été relogées.', 'fr');
    assert.ok(!fixes.some((f) => /quinzaine/.test(f)), JSON.stringify(fixes));
  });
});
