import assert from 'node:assert/strict';
import Fuse from 'fuse.js';
import { FuzzyNames, leastSubstringDistance, patternMasks as masks } from '../../../server/src/core/index/fuzzyNames';
import { fold } from '../../../server/src/core/text/normalize';

const sources = [
  { id: 'cloud-ia-international', title: 'Les entreprises chinoises d’IA étendent leur influence' },
  { id: 'pekin-puces-nvidia', title: 'Pékin demande à Alibaba et ByteDance de justifier l’achat de puces' },
  { id: 'tencent-baidu-strategies', title: 'Stratégies de Tencent et Baidu face aux défis IA' },
];
const names = new FuzzyNames(sources, (s) => [s.id, s.title]);

describe('FuzzyNames', () => {
  it('resolves a typo to the one close id', () => {
    assert.equal(names.closest('cloud-ia-internationl')?.id, 'cloud-ia-international');
    assert.equal(names.closest('pekin-puces-nvdiia')?.id, 'pekin-puces-nvidia', 'a swap counts as one edit');
  });

  it('ignores case and accents', () => {
    assert.equal(names.closest('PÉKIN-PUCES-NVIDIA')?.id, 'pekin-puces-nvidia');
  });

  it('finds nothing when the name is too far', () => {
    assert.equal(names.closest('nowhere'), undefined);
    assert.equal(names.closest('tencent'), undefined);
  });

  it('ranks picker matches, loosely', () => {
    const hits = names.search('strategie tencent');
    assert.equal(hits[0].item.id, 'tencent-baidu-strategies');
    assert.ok(hits.every((h) => h.score <= 0.4));
  });

  it('lists everything for an empty query', () => {
    assert.equal(names.search('').length, 3);
  });
});

describe('FuzzyNames picker search', () => {
  // Names and queries over three letters: many near matches, so that any name fuse.js would match and the
  // filter left out (or any change of rank) shows.
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = (min: number, max: number) => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => 'abc'[Math.floor(random() * 3)]).join('');
  const items = Array.from({ length: 400 }, (_, i) => ({ i, names: [random() < 0.3 ? `${word(2, 8)} ${word(2, 8)}` : word(1, 16)] }));
  const fuzzy = new FuzzyNames(items, (item) => item.names);

  /** fuse.js over every name, as FuzzyNames searched before it filtered names first. */
  const fuse = new Fuse(items.flatMap((item) => item.names.map((name) => ({ name, folded: fold(name), item }))), { keys: ['folded'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  function reference(query: string, limit: number) {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const results = words.length === 1 ? fuse.search(words[0], { limit: limit * 2 }) : fuse.search({ $and: words.map((w) => ({ folded: w })) }, { limit: limit * 2 });
    const seen = new Set<unknown>();
    const hits: { item: unknown; score: number }[] = [];
    for (const r of results) {
      const score = r.score ?? 1;
      if (score > 0.4 || seen.has(r.item.item)) continue;
      seen.add(r.item.item);
      hits.push({ item: r.item.item, score });
      if (hits.length === limit) break;
    }
    return hits;
  }

  it('gives the hits and ranks of fuse.js over all names', () => {
    for (let q = 0; q < 300; q++) {
      const query = random() < 0.2 ? `${word(1, 6)} ${word(1, 6)}` : word(1, 14);
      const fast = fuzzy.search(query, 10).map((h) => [h.item.i, h.score]);
      assert.deepEqual(fast, reference(query, 10).map((h) => [(h.item as { i: number }).i, h.score]), query);
    }
  });

  it('measures the least edit distance to any part of a name', () => {
    assert.equal(leastSubstringDistance(masks('macron'), 'emmanuel macron'), 0);
    assert.equal(leastSubstringDistance(masks('macorn'), 'emmanuel macron'), 2);
    assert.equal(leastSubstringDistance(masks('mcron'), 'emmanuel macron'), 1);
    assert.equal(leastSubstringDistance(masks('xyz'), 'abc'), 3);
    assert.equal(leastSubstringDistance(masks('a'.repeat(32)), 'a'.repeat(31)), 1);
    // Units past Latin-1 are read from the map, the others from the array.
    assert.equal(leastSubstringDistance(masks('łódź'), 'lodz łódź'), 0);
    assert.equal(leastSubstringDistance(masks('łodź'), 'lodz łódź'), 1);
    assert.equal(leastSubstringDistance(masks('œuvre'), 'oeuvre'), 1);
  });
});
