import assert from 'node:assert/strict';
import { URI } from 'vscode-uri';
import { at, cancelled, serviceOn } from './helpers';

describe('service: definition', () => {
  const t = serviceOn();
  const corpusText = (uri: string) => t.corpus.index.documentByPath(URI.parse(uri).fsPath)!.text;
  const lineOf = (uri: string, line: number) => corpusText(uri).split('\n')[line];

  it('from a citation to the cited document, after its front matter', () => {
    const d = t.open('Les ventes ont progressé [@cidre].\n');
    const [location] = t.service.getDefinition(d, at(d, '@cidre', 2))!;
    assert.equal(location.uri, 'file:///corpus/cidre.md');
    const frontMatterEnd = corpusText(location.uri).indexOf('---', 3) + 3;
    const lines = corpusText(location.uri).split('\n');
    const offset = lines.slice(0, location.range.start.line).join('\n').length + 1 + location.range.start.character;
    assert.equal(offset, frontMatterEnd, 'at the end of the front matter');
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
