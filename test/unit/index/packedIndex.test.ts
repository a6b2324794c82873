import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildIndexData, type BuildEvents } from '../../../server/src/core/index/buildIndex';
import type { IndexData } from '../../../server/src/core/index/indexCache';
import { packedBuffers, packIndexData, unpackIndexData } from '../../../server/src/core/index/packedIndex';

describe('packed index data', () => {
  let data: IndexData;
  before(async () => {
    const roots = ['corpus', 'test/fixtures/corpora/rail', 'test/fixtures/corpora/bad'].map((r) => path.resolve(__dirname, '../../..', r));
    await buildIndexData({ roots, baseDir: '/', curated: [] }, { index: (d: Parameters<BuildEvents['index']>[0]) => (data = d), entities: () => undefined });
  });

  it('gives back every document’s metadata (same fields, same order) and record, moved as postMessage moves it', () => {
    const packed = packIndexData(data);
    const moved = structuredClone(packed, { transfer: packedBuffers(packed) });
    const back = unpackIndexData(moved);
    assert.ok(data.documents.some((d) => d.meta.problems.length > 0), 'a document with problems');
    assert.ok(data.documents.some((d) => d.meta.frontMatterSpan) && data.documents.some((d) => !d.meta.frontMatterSpan));
    assert.equal(back.documents.length, data.documents.length);
    back.documents.forEach((d, i) => {
      assert.deepEqual(Object.entries(d.meta), Object.entries(data.documents[i].meta));
      assert.deepEqual(d.record, data.documents[i].record);
    });
    assert.deepEqual(back.vocabulary, data.vocabulary);
    assert.deepEqual(back.bm25, data.bm25);
  });
});
