import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { at, cancelled, serviceOn } from './helpers';

describe('service: definition', () => {
  const t = serviceOn();
  const corpusText = (uri: string) => t.corpus.index.documentByPath(URI.parse(uri).fsPath)!.text;
  const lineOf = (uri: string, line: number) => corpusText(uri).split('\n')[line];

  it('from a citation to the passage of the cited source behind the claim, supported or contradicted', () => {
    for (const text of ['Le Domaine Lecoq produit 1,5 million de bouteilles par an [@cidre].\n', 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an [@cidre].\n']) {
      const d = t.open(text);
      const [location] = t.service.getDefinition(d, at(d, '@cidre', 2))!;
      assert.equal(location.uri, 'file:///corpus/cidre.md');
      assert.match(lineOf(location.uri, location.range.start.line), /^Le Domaine Lecoq, dirigé par Paul Lecoq/, text);
      assert.ok(location.range.end.character > location.range.start.character, 'the passage is selected');
    }
  });

  it('from a citation that backs no claim, or a source other than the one behind it, to the start of its body, never the front matter', () => {
    for (const [text, key, first] of [
      ['Les ventes ont progressé [@cidre].\n', '@cidre', /^Les ventes de cidre normand/],
      ['Le Domaine Lecoq produit 1,5 million de bouteilles par an [@pommes].\n', '@pommes', /^La coopérative Vergers d’Auge/],
      ['## Sources [@cidre]\n', '@cidre', /^Les ventes de cidre normand/],
    ] as const) {
      const d = t.open(text);
      const [location] = t.service.getDefinition(d, at(d, key, 2))!;
      assert.equal(location.range.start.character, 0, text);
      assert.match(lineOf(location.uri, location.range.start.line), first, text);
    }
  });

  it('from an unknown citation, nowhere', () => {
    const d = t.open('Une phrase [@nulle-part].\n');
    assert.equal(t.service.getDefinition(d, at(d, 'nulle')), null);
  });

  it('from an entity’s name to its defining passage', () => {
    const d = t.open('Claire Hamon a parlé.\n');
    const [location] = t.service.getDefinition(d, at(d, 'Hamon'))!;
    assert.equal(location.uri, 'file:///corpus/pommes.md');
    assert.match(lineOf(location.uri, location.range.start.line), /Claire Hamon, présidente de Vergers d’Auge/);
  });

  it('from a supported or contradicted claim to its best evidence passage', () => {
    const d = t.open('Le Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    const [location, ...rest] = t.service.getDefinition(d, at(d, 'bouteilles'))!;
    assert.deepEqual(rest, []);
    assert.equal(location.uri, 'file:///corpus/cidre.md');
    assert.match(lineOf(location.uri, location.range.start.line), /1,5 million de bouteilles/);
  });

  it('from an unsupported claim, nowhere', () => {
    const d = t.open('Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021.\n');
    assert.equal(t.service.getDefinition(d, at(d, 'distillerie')), null);
  });

  it('nowhere once the request is cancelled', () => {
    const d = t.open('Claire Hamon a parlé.\n');
    assert.equal(t.service.getDefinition(d, at(d, 'Hamon'), cancelled), null);
  });
});
