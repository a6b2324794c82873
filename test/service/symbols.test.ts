import assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { cancelled, cancelledAfter, serviceOn } from './helpers';

describe('service: symbols', () => {
  const t = serviceOn();

  it('outlines a corpus article: the article, then the entities it names at their first mention, in order', () => {
    const [article] = t.service.getDocumentSymbols('file:///corpus/pommes.md');
    assert.equal(article.name, 'La filière pomme en Normandie');
    assert.equal(article.detail, '@pommes');
    assert.equal(article.kind, SymbolKind.File);
    const children = article.children!;
    assert.ok(children.some((c) => c.name === 'Claire Hamon' && c.kind === SymbolKind.Variable && c.detail === '2×'), children.map((c) => c.name).join(','));
    const lines = children.map((c) => c.range.start.line);
    assert.deepEqual(lines, [...lines].sort((a, b) => a - b));
  });

  it('has no outline for drafts or unknown files', () => {
    assert.deepEqual(t.service.getDocumentSymbols('untitled:draft.md'), []);
    assert.deepEqual(t.service.getDocumentSymbols('file:///elsewhere/notes.md'), []);
  });

  it('finds entities by name and sources by title or citation id, fuzzily', () => {
    const byName = t.service.getWorkspaceSymbols('hamon');
    assert.equal(byName[0].name, 'Claire Hamon');
    assert.equal(byName[0].location.uri, 'file:///corpus/pommes.md');
    const byTitle = t.service.getWorkspaceSymbols('cidre normand');
    const source = byTitle.find((s) => s.kind === SymbolKind.File)!;
    assert.equal(source.name, 'Le cidre normand à l’export @cidre');
    assert.equal(source.containerName, '@cidre');
    const byKey = t.service.getWorkspaceSymbols('cid');
    assert.ok(byKey.some((s) => s.kind === SymbolKind.File && s.name.endsWith('@cidre')), JSON.stringify(byKey.map((s) => s.name)));
  });

  it('nothing once cancelled, in the middle of the entities too', () => {
    assert.deepEqual(t.service.getWorkspaceSymbols('hamon', cancelled), []);
    assert.deepEqual(t.service.getDocumentSymbols('file:///corpus/pommes.md', cancelledAfter(1)), []);
  });
});
