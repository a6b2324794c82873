import assert from 'node:assert/strict';
import { FuzzyNames } from '../../../server/src/core/index/fuzzyNames';

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
