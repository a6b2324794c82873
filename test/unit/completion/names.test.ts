import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameCompletions } from '../../../server/src/core/completion/names';
import { EntityIndex } from '../../../server/src/core/entities/entityIndex';
import { entityKey } from '../../../server/src/core/entities/extract';
import type { Entity, Mention } from '../../../server/src/core/entities/types';
import { NameStats } from '../../../server/src/core/index/nameStats';
import { foldKeepLength } from '../../../server/src/core/text/normalize';

const mention = { path: '/c.md', docId: 'c', span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, sentence: 0, text: 'x' } as Mention;
const entity = (name: string, aliases: string[], mentions: number): Entity => ({ id: entityKey(name), name, kind: 'person', aliases, mentions: Array(mentions).fill(mention), documents: 1, related: [] });

/** The names that start with what is typed, as completion found them before: every name compared, then sorted. */
function byScan(entities: Entity[], typed: string): string[] {
  const names = entities.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ e, name, folded: foldKeepLength(name).replace(/\s+/g, ' '), mentions: e.mentions.length })));
  const seen = new Set<Entity>();
  return names
    .filter((n) => n.folded.length > typed.length && n.folded.startsWith(typed))
    .sort((a, b) => b.mentions - a.mentions || a.name.length - b.name.length)
    .filter((n) => !seen.has(n.e) && seen.add(n.e) !== undefined)
    .map((n) => (foldKeepLength(n.e.name).replace(/\s+/g, ' ').length > typed.length && foldKeepLength(n.e.name).replace(/\s+/g, ' ').startsWith(typed) ? n.e.name : n.name));
}

describe('nameCompletions: names that continue the typed words', () => {
  it('gives the names, in the order, that comparing with every name gave', () => {
    const word = fc.array(fc.constantFrom(...'AaBbéÉ'), { minLength: 1, maxLength: 5 }).map((l) => l.join(''));
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.array(name, { maxLength: 2 }), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 30 }), name, (specs, typedName) => {
        const entities = specs.map(([n, aliases, mentions]) => entity(n, aliases, mentions));
        const index = new EntityIndex(entities);
        const prefix = `Selon ${typedName}`;
        const typed = foldKeepLength(typedName).replace(/\s+/g, ' ');
        const expected = byScan(entities, typed);
        const found = nameCompletions(prefix, index, 'fr', 1000);
        // The longest run of typed words that starts a name wins: with the whole name typed, that run is all of it.
        if (expected.length > 0 && /^[A-ZÉ]/.test(typedName)) assert.deepEqual(found.map((f) => f.name), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks the most mentioned first, then the shorter name', () => {
    const index = new EntityIndex([entity('Martin Lau', [], 3), entity('Martine Aubry', [], 9), entity('Martin', ['Martin Luther'], 3)]);
    assert.deepEqual(nameCompletions('Selon Mart', index, 'fr', 8).map((c) => c.name), ['Martine Aubry', 'Martin', 'Martin Lau']);
  });

  it('proposes an entity’s full name when it starts with what is typed, not its shorter alias', () => {
    const index = new EntityIndex([entity('Aurélien Vasseur', ['Aurélien', 'Vasseur'], 5), entity('Valérie Pécresse', ['Pécresse'], 2)]);
    assert.deepEqual(nameCompletions('Selon Auré', index, 'fr', 8).map((c) => c.name), ['Aurélien Vasseur']);
    assert.deepEqual(nameCompletions('Selon Péc', index, 'fr', 8).map((c) => c.name), ['Pécresse']);
  });

  it('looks up no name by spelling for a word the corpus writes as a common word, only for one it does not write', () => {
    const index = new EntityIndex([entity('Causse', [], 3)]);
    const words = new NameStats();
    words.count('Les causes de la crise sont connues, selon Causse.');
    assert.deepEqual(nameCompletions('Selon lui, les causes', index, 'fr', 8).map((c) => c.name), ['Causse'], 'without the corpus words, a typo');
    assert.deepEqual(nameCompletions('Selon lui, les causes', index, 'fr', 8, words), []);
    assert.deepEqual(nameCompletions('Selon lui, Cuasse', index, 'fr', 8, words).map((c) => [c.name, c.typo]), [['Causse', true]]);
    // The word after an elision is the one spelled, and replaced; under four letters, none is.
    const elided = nameCompletions("Selon l'Cuasse", index, 'fr', 8, words);
    assert.deepEqual(elided.map((c) => [c.name, "Selon l'Cuasse".slice(c.from)]), [['Causse', 'Cuasse']]);
    assert.deepEqual(nameCompletions("Selon l'Cau", new EntityIndex([entity('Caux', [], 3)]), 'fr', 8, words), []);
  });
});
