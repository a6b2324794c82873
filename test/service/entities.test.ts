import assert from 'node:assert/strict';
import type { Entity } from '../../server/src/core/entities/types';
import { entityLocation } from '../../server/src/service/entities';
import { cancelled, serviceOn } from './helpers';

describe('service: entities', () => {
  const t = serviceOn();

  it('summarises every entity for the Entities view: counts, definition, where clicking opens', () => {
    const summaries = t.service.getEntitySummaries();
    assert.equal(summaries.length, t.corpus.entities().entities.length);
    const hamon = summaries.find((s) => s.name === 'Claire Hamon')!;
    assert.equal(hamon.kind, 'person');
    assert.equal(hamon.mentions, 2);
    assert.equal(hamon.documents, 1);
    assert.equal(hamon.definition, 'présidente de Vergers d’Auge');
    assert.equal(hamon.location?.uri, 'file:///corpus/pommes.md');
  });

  it('shows a sentence definition as the sentence', () => {
    const summary = t.service.getEntitySummaries().find((s) => s.name === 'Belgique')!;
    assert.match(summary.definition ?? '', /exporte 18 % de sa production vers la Belgique/);
  });

  it('nothing once cancelled', () => {
    assert.deepEqual(t.service.getEntitySummaries(cancelled), []);
  });

  describe('entityLocation', () => {
    const base: Entity = { id: 'x', name: 'X', kind: 'other', aliases: [], mentions: [], documents: 0, related: [] } as unknown as Entity;
    const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });

    it('is the defining passage when it has a place', () => {
      const entity = { ...base, definition: { source: 'apposition', text: 'x', sentence: 'X, x.', path: '/c/a.md', range: range(3) } } as unknown as Entity;
      assert.deepEqual(entityLocation(entity), { path: '/c/a.md', range: range(3) });
    });

    it('else the first mention (a curated definition has no place)', () => {
      const mention = { path: '/c/b.md', docId: 'b', span: { start: 0, end: 1 }, range: range(5), sentence: 0, text: 'X' };
      const entity = { ...base, definition: { source: 'curated', text: 'x' }, mentions: [mention] } as unknown as Entity;
      const at = entityLocation(entity)!;
      assert.deepEqual({ path: at.path, range: at.range }, { path: '/c/b.md', range: range(5) });
    });

    it('else nowhere', () => {
      assert.equal(entityLocation(base), undefined);
    });
  });
});
