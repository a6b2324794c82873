import assert from 'node:assert/strict';
import { Bm25Index, bm25DataOf } from '../../../server/src/core/index/bm25';

describe('Bm25Index', () => {
  it('ranks the passage sharing the rarest terms first', () => {
    const index = new Bm25Index();
    index.add(['chine', 'ingenieur', 'diplom']);
    index.add(['chine', 'tarif', 'trump']);
    index.add(['chine', 'puce', 'nvidia']);
    const hits = index.search(['ingenieur', 'chine'], 3);
    assert.equal(hits[0].id, 0);
    assert.equal(hits.length, 3);
    assert.ok(hits[0].score > hits[1].score);
  });

  it('prefers a short passage over a long one with the same match', () => {
    const index = new Bm25Index();
    index.add(['tarif', ...Array.from({ length: 30 }, (_, i) => `filler${i}`)]);
    index.add(['tarif', 'trump']);
    assert.equal(index.search(['tarif'], 2)[0].id, 1);
  });

  it('returns nothing for unknown terms and an empty index', () => {
    const index = new Bm25Index();
    assert.deepEqual(index.search(['x'], 5), []);
    index.add(['a']);
    assert.deepEqual(index.search(['zzz'], 5), []);
  });

  it('forgets removed passages and keeps document frequencies exact', () => {
    const index = new Bm25Index();
    const a = index.add(['alpha', 'beta']);
    index.add(['alpha']);
    assert.equal(index.documentFrequency('alpha'), 2);
    index.remove(a, ['alpha', 'beta']);
    assert.equal(index.documentFrequency('alpha'), 1);
    assert.equal(index.documentFrequency('beta'), 0);
    assert.deepEqual(index.search(['beta'], 5), []);
    assert.equal(index.size, 1);
    index.remove(a, ['alpha', 'beta']);
    assert.equal(index.size, 1, 'removing twice is harmless');
  });

  it('keeps the best k of many hits in order', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 1000; i++) index.add(['common', ...Array.from({ length: i % 50 }, () => 'pad')]);
    const hits = index.search(['common'], 10);
    assert.equal(hits.length, 10);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
    assert.ok(hits.every((h) => h.id % 50 === 0), 'the shortest passages win');
  });

  it('lets weights boost a term', () => {
    const index = new Bm25Index();
    index.add(['chine', 'x1']);
    index.add(['trump', 'x2']);
    index.add(['chine', 'x3']);
    assert.equal(index.search(['chine', 'trump'], 1, new Map([['trump', 5]]))[0].id, 1);
  });

  it('grows past its initial capacity', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 5000; i++) index.add([`t${i}`, 'shared']);
    assert.equal(index.search(['t4999'], 1)[0].id, 4999);
  });
});

describe('Bm25Index as plain arrays (cache, threads)', () => {
  it('answers the same after toData/fromData, and still takes passages in and out', () => {
    const index = new Bm25Index();
    const passages = [['chine', 'ingenieur', 'diplom'], ['chine', 'tarif', 'trump', 'tarif'], ['chine', 'puce', 'nvidia'], ['puce', 'tarif']];
    passages.forEach((p) => index.add(p));
    index.remove(2, passages[2]);
    const restored = Bm25Index.fromData(structuredClone(index.toData()), index.vocabulary);
    for (const query of [['chine'], ['tarif', 'trump'], ['puce'], ['nvidia']]) assert.deepEqual(restored.search(query, 5), index.search(query, 5));
    assert.equal(restored.size, 3);
    for (const target of [index, restored]) {
      target.add(['puce', 'nvidia', 'chine']);
      target.remove(0, passages[0]);
    }
    for (const query of [['chine'], ['puce', 'nvidia'], ['diplom']]) assert.deepEqual(restored.search(query, 5), index.search(query, 5));
  });

  it('gives back the same arrays after a restore, whether its lists were read or not', () => {
    const index = new Bm25Index();
    const passages = [['chine', 'ingenieur', 'diplom'], ['chine', 'tarif', 'trump', 'tarif'], ['chine', 'puce', 'nvidia'], ['puce', 'tarif']];
    passages.forEach((p) => index.add(p));
    const restored = Bm25Index.fromData(structuredClone(index.toData()), index.vocabulary);
    assert.deepEqual(restored.toData(), index.toData(), 'no list read');
    restored.search(['tarif'], 2);
    assert.equal(restored.documentFrequency('chine'), 3);
    for (const target of [index, restored]) target.remove(1, passages[1]);
    assert.deepEqual(restored.toData(), index.toData(), 'some lists read, one passage out');
  });
});

describe('Bm25Index search pruning (MaxScore)', () => {
  it('finds the same best passages as scoring every passage', async () => {
    const fc = (await import('fast-check')).default;
    // Skewed vocabulary: a few words in most passages, many rare ones.
    const word = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('la', 'societe', 'emploi', 'personne') }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 40 }).map((n) => `w${n}`) });
    const passage = fc.array(word, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(passage, { minLength: 1, maxLength: 300 }), fc.array(word, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 12 }), fc.boolean(), (passages, query, limit, weighted) => {
        const index = new Bm25Index();
        passages.forEach((p) => index.add(p));
        if (passages.length > 3) index.remove(1, passages[1]);
        const weights = weighted ? new Map([[query[0], 2]]) : undefined;
        const hits = index.search(query, limit, weights);
        const all = index.search(query, 100_000, weights);
        assert.equal(hits.length, Math.min(limit, all.length));
        hits.forEach((hit, i) => assert.ok(Math.abs(hit.score - all[i].score) < 1e-4, `rank ${i}: ${hit.score} vs ${all[i].score}`));
      }),
      { numRuns: 300 },
    );
  });
});

describe('bm25DataOf', () => {
  it('gives the data of the passages added one by one, empty passages and repeated terms included', () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const records = Array.from({ length: 60 }, () => {
      const sentences = random(6);
      const starts = new Int32Array(sentences + 1);
      const terms: number[] = [];
      for (let s = 0; s < sentences; s++) {
        const length = random(4) === 0 ? 0 : 1 + random(30);
        // Zipf-like ids: a few terms in most passages, many rare ones, repeats within a passage.
        for (let i = 0; i < length; i++) terms.push(random(3) === 0 ? random(5) : random(400));
        starts[s + 1] = terms.length;
      }
      return { terms: Int32Array.from(terms), starts };
    });
    records.push({ terms: Int32Array.from(Array(70_000).fill(3)), starts: Int32Array.from([0, 70_000]) });
    const index = new Bm25Index();
    for (const { terms, starts } of records) for (let s = 0; s + 1 < starts.length; s++) index.addIds(terms, starts[s], starts[s + 1]);
    assert.deepEqual(bm25DataOf(records), index.toData());
    assert.deepEqual(bm25DataOf([]), new Bm25Index().toData());
  });
});
