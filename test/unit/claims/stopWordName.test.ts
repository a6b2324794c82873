import assert from 'node:assert/strict';
import { roleMentions } from '../../../server/src/core/claims/roles';

const names = (text: string, lang: 'fr' | 'en' = 'en') => roleMentions(text, lang).map((m) => m.name.text);

describe('names spelt like a stop word ("Theresa May", "Li Deshui")', () => {
  it('keeps a capitalised stop word inside a name, after or before another word of it', () => {
    assert.deepEqual(names('Kestrel Bank chief Li Wenhao told reporters.'), ['Li Wenhao']);
    assert.deepEqual(names('said Norland chairman Bill Harrow.'), ['Bill Harrow']);
    assert.deepEqual(names('La ministre norlandaise Ada May a dénoncé les violences.', 'fr'), ['Ada May']);
    assert.deepEqual(names('Ada May, the Kestrel mayor, said', 'en'), ['Ada May']);
  });

  it('takes no stop word that opens a sentence or a quotation as a name’s', () => {
    assert.deepEqual(names('Le maire de Lens a parlé. Selon Paul Roy, le préfet est parti.', 'fr'), []);
    assert.deepEqual(names('Selon Paul Roy, le préfet est parti.', 'fr'), []);
  });
});
