import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../../server/src/core/corpus/loadCorpus';
import { decodeEntities, encodeEntities, firstMention, mentionCount, mentionsIn } from '../../../server/src/core/entities/compactEntities';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { deserializeEntities, serializeEntities } from '../../../server/src/core/index/indexCache';

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
});
