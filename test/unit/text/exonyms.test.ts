import assert from 'node:assert/strict';
import { exonymIn, exonymKey, sameExonym } from '../../../server/src/core/text/exonyms';

describe('exonyms: a place named in English and in French', () => {
  it('gives the two spellings of a city one key', () => {
    for (const [en, fr] of [['Lisbon', 'Lisbonne'], ['Athens', 'Athènes'], ['Vienna', 'Vienne'], ['Moscow', 'Moscou'], ['Tehran', 'Téhéran'], ['Manila', 'Manille'], ['Kathmandu', 'Katmandou'], ['Baghdad', 'Bagdad'], ['Venice', 'Venise'], ['Sicily', 'Sicile'], ['Marseilles', 'Marseille']]) {
      assert.equal(exonymKey(en), exonymKey(fr), `${en} / ${fr}`);
      assert.ok(sameExonym(en, fr), `${en} / ${fr}`);
    }
  });

  it('keeps other places apart', () => {
    for (const [a, b] of [['Lisbon', 'Lyon'], ['Manila', 'Mantes'], ['Vienna', 'Vierzon'], ['Athens', 'Antibes'], ['Seattle', 'Chicago'], ['Kathmandu', 'Katowice']]) {
      assert.ok(!sameExonym(a, b), `${a} / ${b}`);
    }
  });

  it('tells countries by their names in the two languages, never by spelling', () => {
    assert.ok(sameExonym('Lebanon', 'Liban'));
    assert.ok(sameExonym('Germany', 'Allemagne'));
    assert.ok(!sameExonym('Nigeria', 'Niger'));
    assert.ok(!sameExonym('Niger', 'Nigéria'));
    // A capital named like its country is no country.
    assert.ok(!sameExonym('Algeria', 'Alger'));
  });

  it('is no exonym of the same word, nor of a short one', () => {
    assert.ok(!sameExonym('Paris', 'Paris'));
    assert.ok(!sameExonym('Oslo', 'Osl'));
    assert.equal(exonymKey('Ay'), '');
  });

  it('finds the exonym among a passage’s names', () => {
    assert.ok(exonymIn('lisbon', ['le', 'lisbonne']));
    assert.ok(!exonymIn('lisbon', ['lyon', 'porto']));
  });
});
