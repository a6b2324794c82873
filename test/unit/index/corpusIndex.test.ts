import assert from 'node:assert/strict';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';

const article = (file: string, id: string) => buildDocument(file, `---\nid: ${id}\nlang: fr\n---\n\nLa coopérative a vendu 42 tonnes de pommes en 2023.\n`);

describe('CorpusIndex: duplicate citation ids', () => {
  it('leaves the id to the file named after it, whatever the order, and reports the other file', () => {
    for (const order of [['/c/a-copy.md', '/c/os-1671.md'], ['/c/os-1671.md', '/c/a-copy.md']]) {
      const index = new CorpusIndex();
      for (const file of order) index.setDocument(article(file, 'os-1671'));
      assert.equal(index.documentById('OS-1671')?.path, '/c/os-1671.md');
      const duplicates = index.problems().filter((p) => p.message.startsWith('duplicate id'));
      assert.deepEqual(duplicates.map((p) => p.path), ['/c/a-copy.md']);
      assert.match(duplicates[0].message, /\/c\/os-1671\.md has it too/);
    }
  });

  it('gives it to the first by path when no file is named after it', () => {
    const index = new CorpusIndex();
    index.setDocument(article('/c/b.md', 'same'));
    index.setDocument(article('/c/a.md', 'same'));
    assert.equal(index.documentById('same')?.path, '/c/a.md');
    assert.deepEqual(index.problems().filter((p) => p.message.startsWith('duplicate id')).map((p) => p.path), ['/c/b.md']);
  });
});

describe('CorpusIndex: problems', () => {
  it('are gathered again after a document, the listing or the curated problems change, and a caller’s copy is its own', () => {
    const index = new CorpusIndex();
    index.setDocument(article('/c/a.md', 'same'));
    assert.deepEqual(index.problems(), []);
    index.problems().push({ path: '/x', severity: 'error', message: 'not the index’s' });
    assert.deepEqual(index.problems(), []);
    index.setDocument(article('/c/b.md', 'same'));
    assert.deepEqual(index.problems().map((p) => p.path), ['/c/b.md']);
    index.listingProblems = [{ path: '/c/missing', severity: 'error', message: 'corpus path "missing" does not exist' }];
    assert.deepEqual(index.problems().map((p) => p.path), ['/c/missing', '/c/b.md']);
    index.setCurated([], [{ path: '/c/grounded.entities.json', severity: 'warning', message: 'bad entry' }]);
    assert.deepEqual(index.problems().map((p) => p.path), ['/c/missing', '/c/grounded.entities.json', '/c/b.md']);
    index.removeDocument('/c/b.md');
    assert.deepEqual(index.problems().map((p) => p.path), ['/c/missing', '/c/grounded.entities.json']);
  });
});
