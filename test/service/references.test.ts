import assert from 'node:assert/strict';
import { at, cancelled, cancelledAfter, serviceOn, textAt } from './helpers';

describe('service: references', () => {
  it('every mention of an entity in the corpus and in the open Markdown drafts', () => {
    const t = serviceOn();
    const d = t.open('Claire Hamon a parlé.\n', 'untitled:a.md');
    const other = t.open('Selon Claire Hamon, tout va bien.\n', 'untitled:b.md');
    t.documents.set('untitled:c.txt', 'Claire Hamon again.\n', 'plaintext');
    const locations = t.service.getReferences(d, at(d, 'Hamon'))!;
    const corpus = locations.filter((l) => l.uri.startsWith('file:'));
    assert.equal(corpus.length, 2);
    assert.ok(corpus.every((l) => l.uri === 'file:///corpus/pommes.md'));
    const drafts = locations.filter((l) => l.uri.startsWith('untitled:'));
    assert.deepEqual(drafts.map((l) => l.uri).sort(), ['untitled:a.md', 'untitled:b.md']);
    assert.equal(textAt(other, drafts.find((l) => l.uri === 'untitled:b.md')!.range), 'Claire Hamon');
  });

  it('nothing off a name', () => {
    const t = serviceOn();
    const d = t.open('Rien à signaler.\n');
    assert.equal(t.service.getReferences(d, at(d, 'signaler')), null);
  });

  it('nothing once cancelled, before or while going through the open drafts', () => {
    const t = serviceOn();
    const d = t.open('Claire Hamon a parlé.\n', 'untitled:a.md');
    for (let i = 0; i < 20; i++) t.open('Claire Hamon, encore.\n', `untitled:more-${i}.md`);
    assert.equal(t.service.getReferences(d, at(d, 'Hamon'), cancelled), null);
    const token = cancelledAfter(5);
    assert.equal(t.service.getReferences(d, at(d, 'Hamon'), token), null);
    assert.ok(token.asked < 20, `stopped early (asked ${token.asked} times)`);
  });
});
