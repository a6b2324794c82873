import assert from 'node:assert/strict';
import { termsForStem, termsForWord } from '../../../server/src/core/claims/lexicon';
import { stem } from '../../../server/src/core/text/stem';

describe('term expansion of a draft word', () => {
  it('links a French word to its synonyms through its stem', () => {
    const terms = termsForWord('recruter', 'recruter', 'fr');
    assert.ok(terms.includes(stem('recruter', 'fr')));
    assert.ok(terms.includes(stem('embaucher', 'fr')), terms.join(','));
  });

  it('links an English word to the French stems it translates to, with their synonyms', () => {
    const terms = termsForWord('hired', 'hired', 'en');
    assert.ok(terms.includes(stem('hired', 'en')));
    assert.ok(terms.includes(stem('recruter', 'fr')) && terms.includes(stem('embaucher', 'fr')), terms.join(','));
  });

  it('links a period to the adjective of its frequency: « chaque jour » / « quotidiens », « par mois » / « mensuel »', () => {
    assert.ok(termsForWord('jour', 'jour', 'fr').includes(stem('quotidiens', 'fr')));
    assert.ok(termsForWord('mois', 'mois', 'fr').includes(stem('mensuelle', 'fr')));
    assert.ok(termsForWord('semaine', 'semaine', 'fr').includes(stem('hebdomadaire', 'fr')));
  });

  it('gives each term once', () => {
    const terms = termsForWord('hired', 'hired', 'en');
    assert.equal(new Set(terms).size, terms.length);
  });

  it('expands a bare stem without the word: French synonyms, or the English stem and its translations', () => {
    assert.deepEqual(termsForStem(stem('recruter', 'fr'), 'fr'), termsForWord('recruter', 'recruter', 'fr'));
    const english = termsForStem(stem('hired', 'en'), 'en');
    assert.equal(english[0], stem('hired', 'en'));
    assert.ok(english.includes(stem('recruter', 'fr')), english.join(','));
  });
});
