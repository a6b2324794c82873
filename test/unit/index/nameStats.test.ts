import assert from 'node:assert/strict';
import fc from 'fast-check';
import { forEachNameCount, NameStats, nameTotals, packNameCounts, renumberNameCounts } from '../../../server/src/core/index/nameStats';
import { Vocabulary } from '../../../server/src/core/index/vocabulary';

/** A document's counts as its record keeps them: [word id, capitalized, lower, standalone, alone]… */
function recordCounts(sentences: string[], vocabulary: Vocabulary): Int32Array {
  const stats = new NameStats();
  for (const s of sentences) stats.count(s);
  return packNameCounts(stats.entries().map(([norm, ...counts]) => [vocabulary.id(norm), ...counts] as const));
}

function summary(stats: NameStats, words: string[]) {
  const use = stats.use();
  return { names: words.filter((w) => stats.isName(w)), has: words.filter((w) => stats.has(w)), standalone: [...use.standalone].sort(), alone: [...use.alone].sort(), count: stats.nameCount, nameWords: stats.nameWords().sort() };
}

describe('NameStats', () => {
  const word = fc.constantFrom('Brest', 'brest', 'Volta', 'port', 'de', 'Jean', 'Kerlo', 'KERLO', 'le', 'La');
  const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
  const documents = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
  const words = ['brest', 'volta', 'port', 'de', 'jean', 'kerlo', 'le', 'la', 'absent'];

  it('counts every word of a long text, past each growth of its arrays', () => {
    // Lower-case words of letters only (a word with digits reads as a name): « motbaa », « motbab »…
    const words = Array.from({ length: 2000 }, (_, i) => `mot${(i + 676).toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}`);
    const stats = new NameStats();
    stats.count(`Début ${words.join(' ')} fin.`);
    assert.deepEqual(words.filter((w) => !stats.has(w)), []);
    assert.deepEqual(stats.entries().filter(([norm]) => norm.startsWith('mot')).filter(([, capitalized, lower]) => capitalized !== 0 || lower !== 1), []);
  });

  it('adds documents by their records as counting their sentences does, and takes them back out', () => {
    fc.assert(
      fc.property(documents, fc.nat(), (docs, k) => {
        const direct = new NameStats();
        for (const doc of docs) for (const s of doc) direct.count(s);
        const vocabulary = new Vocabulary();
        const records = docs.map((doc) => recordCounts(doc, vocabulary));
        const byRecords = new NameStats();
        for (const r of records) byRecords.addCounts(r, vocabulary.words);
        assert.deepEqual(summary(byRecords, words), summary(direct, words));
        // One document out: as if it had never been counted.
        const out = k % docs.length;
        byRecords.addCounts(records[out], vocabulary.words, -1);
        const without = new NameStats();
        docs.forEach((doc, i) => i !== out && doc.forEach((s) => without.count(s)));
        assert.deepEqual(summary(byRecords, words), summary(without, words));
        assert.deepEqual(byRecords.entries().sort(), without.entries().sort());
      }),
      { numRuns: 300 },
    );
  });

  it('adds records’ counts summed by word id as adding each record does, and takes a record back out the same', () => {
    const counted = (stats: NameStats) => stats.entries().filter(([, ...counts]) => counts.some((n) => n !== 0)).sort();
    fc.assert(
      fc.property(documents, fc.nat(), (docs, k) => {
        const vocabulary = new Vocabulary();
        const records = docs.map((doc) => recordCounts(doc, vocabulary));
        const byRecords = new NameStats();
        for (const r of records) byRecords.addCounts(r, vocabulary.words);
        const byTotals = new NameStats();
        byTotals.addTotals(nameTotals(records, vocabulary.size), vocabulary.words);
        assert.deepEqual(summary(byTotals, words), summary(byRecords, words));
        assert.deepEqual(counted(byTotals), counted(byRecords));
        const out = records[k % records.length];
        byRecords.addCounts(out, vocabulary.words, -1);
        byTotals.addCounts(out, vocabulary.words, -1);
        assert.deepEqual(summary(byTotals, words), summary(byRecords, words));
        assert.deepEqual(counted(byTotals), counted(byRecords));
      }),
      { numRuns: 300 },
    );
  });

  it('packs a record’s counts by shape and gives back every word’s counts, renumbered too', () => {
    const entries = [[4, 0, 1, 0, 0], [7, 2, 0, 1, 1], [9, 0, 3, 0, 0], [2, 0, 0, 0, 0], [5, 0, 1, 0, 0], [8, 1, 1, 0, 0]] as const;
    const packed = packNameCounts(entries);
    assert.ok(packed.length < entries.length * 5);
    const seen: number[][] = [];
    forEachNameCount(packed, (...counts) => seen.push(counts));
    assert.deepEqual([...seen].sort((a, b) => a[0] - b[0]), entries.map((e) => [...e]).sort((a, b) => a[0] - b[0]));
    const ids = Int32Array.from({ length: 10 }, (_, i) => 100 + i);
    const renumbered: number[][] = [];
    forEachNameCount(renumberNameCounts(packed, ids), (...counts) => renumbered.push(counts));
    assert.deepEqual(renumbered, seen.map(([id, ...rest]) => [100 + id, ...rest]));
  });
});
