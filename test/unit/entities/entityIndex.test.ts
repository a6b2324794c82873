import assert from 'node:assert/strict';
import damerauLevenshtein from 'damerau-levenshtein';
import fc from 'fast-check';
import { EntityIndex } from '../../../server/src/core/entities/entityIndex';
import { entityKey } from '../../../server/src/core/entities/extract';
import type { Entity } from '../../../server/src/core/entities/types';

const entity = (name: string): Entity => ({ id: entityKey(name), name, kind: 'organization', aliases: [], mentions: [], documents: 0, related: [] });

/** What findIn matched a word one typo away from a name to, by comparing it with every name (the former way). */
function closestByScan(names: string[], word: string): string | undefined {
  const matches = new Set(names.filter((n) => n.length >= 6 && damerauLevenshtein(n, word).steps === 1));
  return matches.size === 1 ? [...matches][0] : undefined;
}

describe('EntityIndex: a capitalised word one typo away from a name', () => {
  it('finds the same name as comparing with every name: the one name one edit away, none when several are', () => {
    const letters = fc.constantFrom(...'aeinorstlé');
    const word = fc.array(letters, { minLength: 6, maxLength: 8 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 4 }), letters, (names, other, k, p, edit, letter) => {
        // A name with one edit, or (edit 4) another word.
        const name = names[k % names.length];
        const at = p % name.length;
        const typo = [name.slice(0, at) + name.slice(at + 1), name.slice(0, at) + letter + name.slice(at), name.slice(0, at) + letter + name.slice(at + 1), name.slice(0, at) + (name[at + 1] ?? '') + name[at] + name.slice(at + 2), other][edit];
        if (typo.length < 6) return;
        const keys = [...new Set(names.map(entityKey))];
        const index = new EntityIndex(keys.map(entity));
        const text = `Selon ${typo[0].toUpperCase()}${typo.slice(1)} hier.`;
        const found = index.findIn(text)[0]?.entity.id;
        const expected = keys.includes(entityKey(typo)) ? entityKey(typo) : closestByScan(keys, entityKey(typo));
        assert.equal(found, expected);
      }),
      { numRuns: 300 },
    );
  });

  it('matches a swapped, a missing, an extra and a changed letter', () => {
    const index = new EntityIndex([entity('Novaterra'), entity('Orbitex')]);
    for (const typo of ['Novatrera', 'Novatera', 'Novaterrra', 'Novaterro', 'Orbitx']) assert.equal(index.findIn(`Selon ${typo} hier.`)[0]?.entity.name, typo.startsWith('N') ? 'Novaterra' : 'Orbitex', typo);
    assert.equal(new EntityIndex([entity('Novaterra'), entity('Novaterre')]).findIn('Selon Novaterri hier.').length, 0, 'two names one edit away: none');
  });
});
