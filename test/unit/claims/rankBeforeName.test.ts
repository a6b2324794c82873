import assert from 'node:assert/strict';
import { roleMentions } from '../../../server/src/core/claims/roles';

const read = (text: string, lang: 'fr' | 'en' = 'fr') => roleMentions(text, lang).map((m) => [m.name.text, m.head.text, m.complement?.text]);

describe('a name after a title’s comma with its article and rank (« le général X »)', () => {
  it('pairs the title with the name past « le colonel », « le professeur », "the admiral"', () => {
    assert.deepEqual(read('a précisé le directeur des secours, le colonel Marc Vial.'), [['Marc Vial', 'directeur', 'des secours']]);
    assert.deepEqual(read('selon le chef du service, le professeur Anne Roux, le patient va mieux.'), [['Anne Roux', 'chef', 'du service']]);
    assert.deepEqual(read('said the head of the inquiry, the admiral John Roe.', 'en'), [['John Roe', 'head', 'of the inquiry']]);
  });

  it('pairs no name after an article and a word that is no rank', () => {
    assert.deepEqual(read('a précisé le directeur des secours, le village Saint-Jean.'), []);
  });
});
