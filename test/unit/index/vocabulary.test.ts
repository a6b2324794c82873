import assert from 'node:assert/strict';
import { Vocabulary } from '../../../server/src/core/index/vocabulary';

describe('Vocabulary', () => {
  it('numbers the words it is given in their order, new words after them, and knows no others', () => {
    const words = ['port', 'brest', 'volta'];
    const vocabulary = new Vocabulary(words);
    assert.equal(vocabulary.size, 3);
    assert.equal(vocabulary.get('brest'), 1);
    assert.equal(vocabulary.get('rennes'), undefined);
    assert.equal(vocabulary.id('volta'), 2);
    assert.equal(vocabulary.id('rennes'), 3);
    assert.equal(vocabulary.get('rennes'), 3);
    assert.deepEqual(vocabulary.words, ['port', 'brest', 'volta', 'rennes']);
    const fresh = new Vocabulary();
    assert.equal(fresh.id('a'), 0);
    assert.equal(fresh.id('b'), 1);
    assert.equal(fresh.id('a'), 0);
  });
});
