import assert from 'node:assert/strict';
import { at, cancelled, hoverText, serviceOn, textAt } from './helpers';

describe('service: hover', () => {
  const t = serviceOn();

  it('on a citation: the source’s title, citation key and a link to the file', () => {
    const d = t.open('Les ventes ont progressé [@cidre].\n');
    const hover = t.service.getHover(d, at(d, '@cidre', 2))!;
    const value = hoverText(hover);
    assert.match(value, /\*\*Le cidre normand à l’export\*\*/);
    assert.match(value, /`@cidre`/);
    assert.match(value, /\(file:\/\/\/corpus\/cidre\.md#L1\)/);
    assert.equal(textAt(d, hover.range!), '@cidre');
  });

  it('on a citation of an unknown id: says so, the id escaped', () => {
    const d = t.open('Une phrase [@nulle_part].\n');
    assert.match(hoverText(t.service.getHover(d, at(d, 'nulle'))), /Unknown source\*\* `@nulle\\_part`/);
  });

  it('on an entity’s name: its definition with its source, in the draft’s language, and the claim’s verdict', () => {
    const d = t.open('Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023, selon Claire Hamon.\n');
    const hover = t.service.getHover(d, at(d, 'Hamon'))!;
    const value = hoverText(hover);
    assert.match(value, /^\*\*Claire Hamon\*\* — \*personne\*/);
    assert.match(value, /présidente de Vergers d’Auge/);
    assert.match(value, /\[La filière pomme en Normandie\]\(file:\/\/\/corpus\/pommes\.md#L\d+\)/);
    assert.match(value, /---\n\n\*\*Grounded — Étayé par le corpus\*\*/);
    assert.equal(textAt(d, hover.range!), 'Claire Hamon');
  });

  it('names the entity’s kind in English in an English draft', () => {
    const d = t.open('Claire Hamon told reporters that the harvest was good for the whole region this year.\n');
    assert.match(hoverText(t.service.getHover(d, at(d, 'Hamon'))), /\*\*Claire Hamon\*\* — \*person\*/);
  });

  it('follows grounded.language when it forces a language', () => {
    const forced = serviceOn(undefined, { language: 'en' });
    const d = forced.open('Claire Hamon dirige la coopérative depuis longtemps, dit-on dans la région.\n');
    assert.match(hoverText(forced.service.getHover(d, at(d, 'Hamon'))), /\*person\*/);
  });

  it('on a claim: its verdict, confidence and evidence passage, over the sentence', () => {
    const d = t.open('# Note\n\nLe Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    const hover = t.service.getHover(d, at(d, 'bouteilles'))!;
    assert.match(hoverText(hover), /^\*\*Grounded — Contredit par le corpus\*\* \(\d+ %\)/);
    assert.match(hoverText(hover), /> Le Domaine Lecoq, dirigé par Paul Lecoq, produit 1,5 million de bouteilles par an\./);
    assert.equal(textAt(d, hover.range!), 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an.');
  });

  it('nothing on words that are neither a citation, a name nor a claim', () => {
    const d = t.open('Quelles perspectives pour la filière ?\n');
    assert.equal(t.service.getHover(d, at(d, 'perspectives')), null);
  });

  it('nothing on a corpus file’s sentences (sources are not checked), but its names still hover', () => {
    const uri = 'file:///corpus/pommes.md';
    const d = t.documents.set(uri, t.corpus.index.documentByPath(t.corpus.pathOf('pommes.md'))!.text);
    assert.equal(t.service.getHover(d, at(d, 'saisonniers')), null);
    assert.match(hoverText(t.service.getHover(d, at(d, 'Hamon'))), /Claire Hamon/);
  });

  it('nothing once the request is cancelled', () => {
    const d = t.open('Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023, selon Claire Hamon.\n');
    assert.equal(t.service.getHover(d, at(d, 'Hamon'), cancelled), null);
  });
});
