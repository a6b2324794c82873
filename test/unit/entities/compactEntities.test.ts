import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../../server/src/core/corpus/loadCorpus';
import { decodeEntities, encodeEntities, firstMention, mentionCount, mentionsIn } from '../../../server/src/core/entities/compactEntities';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { deserializeEntities, serializeEntities } from '../../../server/src/core/index/indexCache';
import type { Entity } from '../../../server/src/core/entities/types';

describe('compact entities (cache and threads)', () => {
  it('give back the same entities, mentions read lazily, counted and looked up by file without objects', async () => {
    const loaded = await loadCorpus([path.resolve(__dirname, '../../../corpus')], '/');
    const index = new CorpusIndex();
    loaded.documents.forEach((d) => index.setDocument(d));
    const entities = index.entities().entities;
    const decoded = decodeEntities(structuredClone(encodeEntities(entities)));
    for (const [i, entity] of decoded.entries()) {
      assert.equal(mentionCount(entity), entities[i].mentions.length);
      assert.deepEqual(firstMention(entity), entities[i].mentions[0]);
      const file = entities[i].mentions[0]?.path;
      if (file) assert.deepEqual(mentionsIn(entity, file), entities[i].mentions.filter((m) => m.path === file));
    }
    assert.deepEqual(decoded, entities);
    assert.deepEqual(deserializeEntities(serializeEntities(entities)), entities);
  });

  it('keep definitions and related names of every shape: read from the corpus, curated, related to an entity left out', () => {
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } };
    const mention = { path: '/c/a.md', docId: 'a', span: { start: 10, end: 15 }, range, sentence: 0, text: 'Volta' };
    const entities: Entity[] = [
      { id: 'volta', name: 'Volta', kind: 'organization', aliases: ['VOLTA'], mentions: [mention], documents: 1, definition: { text: 'la coopérative', sentence: 'Volta, la coopérative, emploie 310 personnes.', source: 'apposition', path: '/c/a.md', docId: 'a', docTitle: 'Rennes', range }, related: [{ id: 'rennes', name: 'Rennes' }, { id: 'gone', name: 'Gone' }] },
      { id: 'rennes', name: 'Rennes', kind: 'place', aliases: [], mentions: [], documents: 0, definition: { text: 'Rennes emploie.', sentence: 'Rennes emploie.', source: 'sentence', path: '/c/b.md', docId: 'b', docTitle: 'Rennes', range }, related: [{ id: 'volta', name: 'Volta' }] },
      { id: 'ufc', name: 'UFC', kind: 'acronym', aliases: [], mentions: [], documents: 0, definition: { text: 'une association', sentence: '', source: 'curated' }, related: [{ id: 'volta', name: 'Autre nom' }] },
      { id: 'sans', name: 'Sans', kind: 'other', aliases: [], mentions: [], documents: 0, definition: undefined, related: [] },
      { id: 'nulle', name: 'Nulle', kind: 'other', aliases: [], mentions: [], documents: 0, related: [] },
    ];
    const decoded = decodeEntities(structuredClone(encodeEntities(entities)));
    assert.deepEqual(decoded, entities);
    const keys = (e: Entity) => Object.keys(e).filter((k) => k !== 'mentions');
    assert.deepEqual(decoded.map(keys), entities.map(keys));
    assert.equal(decoded[0].definition!.path, decoded[0].mentions[0].path, 'one string for a file');
  });
});
