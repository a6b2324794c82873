import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../../server/src/core/corpus/loadCorpus';
import { recordOf, WordTable } from '../../../server/src/core/index/docRecord';
import { forEachNameCount, NameStats } from '../../../server/src/core/index/nameStats';
import { Vocabulary } from '../../../server/src/core/index/vocabulary';
import { termsOf } from '../../../server/src/core/text/stem';

const corpora = ['corpus', 'test/fixtures/corpora/press', 'test/fixtures/corpora/rail', 'test/fixtures/corpora/roles', 'test/fixtures/corpora/space', 'test/fixtures/eval/real-dev/corpus-fr', 'test/fixtures/eval/real-dev/corpus-en'];

describe('recordOf', () => {
  it('keeps each sentence’s retrieval terms and the document’s name counts as counting its sentences gives them, in every test corpus', async () => {
    const vocabulary = new Vocabulary();
    let documents = 0;
    for (const corpus of corpora) {
      const loaded = await loadCorpus([path.resolve(__dirname, '../../..', corpus)], '/');
      for (const doc of loaded.documents) {
        const record = recordOf(doc, vocabulary);
        doc.sentences.forEach((sentence, i) => {
          const terms = [...record.terms.subarray(record.starts[i], record.starts[i + 1])].map((id) => vocabulary.words[id]);
          assert.deepEqual(terms, termsOf(sentence.text, doc.lang), `${doc.path}, sentence ${i}`);
        });
        const expected = new NameStats();
        doc.sentences.forEach((sentence) => expected.count(sentence.text));
        const counted: [string, number, number, number, number][] = [];
        forEachNameCount(record.names, (id, ...counts) => counted.push([vocabulary.words[id], ...counts]));
        const byWord = (a: readonly unknown[], b: readonly unknown[]) => (String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0);
        assert.deepEqual(counted.sort(byWord), expected.entries().sort(byWord), doc.path);
        documents++;
      }
    }
    assert.ok(documents > 100, `${documents} documents`);
  });
});

describe('WordTable', () => {
  it('finds each word by a range of any text, as a Map of the words would, through growth and collisions', () => {
    const table = new WordTable();
    const map = new Map<string, number>();
    const words = Array.from({ length: 20_000 }, (_, i) => [`w${i}`, `É${i}`, `l’${i % 97}x`, String.fromCodePoint(0x1f600 + (i % 50)) + i][i % 4]);
    for (const [i, word] of words.entries()) {
      const text = `« ${word} »`;
      const found = table.get(text, 2, 2 + word.length);
      assert.equal(found, map.get(word) ?? -1, word);
      if (found < 0) {
        table.set(word, i * 2 ** 26 + 7);
        map.set(word, i * 2 ** 26 + 7);
      }
    }
    for (const [word, value] of map) assert.equal(table.get(`${word}.`, 0, word.length), value);
    assert.equal(table.get('w1', 0, 1), -1);
    assert.equal(table.get('xw48', 1, 3), map.get('w4'));
  });
});
