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
    assert.equal(hoverText(t.service.getHover(d, at(d, 'nulle'))), '**Source inconnue** `@nulle_part` : aucun document du corpus n’a cet identifiant.');
    const en = t.open('This sentence cites a missing source [@nowhere].\n', 'untitled:en.md');
    assert.equal(hoverText(t.service.getHover(en, at(en, 'nowhere'))), '**Unknown source** `@nowhere`: no corpus document has this id.');
  });

  it('on an entity’s name: its definition with its source, in the draft’s language, and the claim’s verdict', () => {
    const d = t.open('Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023, selon Claire Hamon.\n');
    const hover = t.service.getHover(d, at(d, 'Hamon'))!;
    const value = hoverText(hover);
    assert.match(value, /^\*\*Claire Hamon\*\* · \*personne\* — présidente de Vergers d’Auge\n/);
    assert.match(value, /\[La filière pomme en Normandie\]\(file:\/\/\/corpus\/pommes\.md#L\d+\) `@pommes`/);
    assert.match(value, /---\n\n\*\*Étayé par le corpus\*\*\n/);
    assert.doesNotMatch(value, /%/, 'no unexplained confidence');
    assert.equal(textAt(d, hover.range!), 'Claire Hamon');
  });

  it('names the entity’s kind in English in an English draft', () => {
    const d = t.open('Claire Hamon told reporters that the harvest was good for the whole region this year.\n');
    assert.match(hoverText(t.service.getHover(d, at(d, 'Hamon'))), /^\*\*Claire Hamon\*\* · \*person\*/);
  });

  it('follows grounded.language when it forces a language', () => {
    const forced = serviceOn(undefined, { language: 'en' });
    const d = forced.open('Claire Hamon dirige la coopérative depuis longtemps, dit-on dans la région.\n');
    assert.match(hoverText(forced.service.getHover(d, at(d, 'Hamon'))), /\*person\*/);
  });

  it('on a claim: one line saying what is wrong, the evidence once around the source’s value, then the fix', () => {
    const d = t.open('# Note\n\nLe Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    const hover = t.service.getHover(d, at(d, 'bouteilles'))!;
    assert.deepEqual(hoverText(hover).split('\n'), [
      '**Contredit par le corpus** : « 2,5 millions de bouteilles » → la source dit « 1,5 million de bouteilles »',
      '',
      '> Le Domaine Lecoq, dirigé par Paul Lecoq, produit **1,5 million de bouteilles** par an.',
      '>',
      '> — [Le cidre normand à l’export](file:///corpus/cidre.md#L9) `@cidre`',
      '',
      'Correctif rapide \\: Remplacer « 2,5 millions » par « 1,5 million » \\(valeur de la source\\)',
    ]);
    assert.equal(textAt(d, hover.range!), 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an.');
  });

  it('leaves the verdict out where a diagnostic shows it (the editor shows the diagnostic there), unless it is turned off', () => {
    const d = t.open('Le Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    assert.equal(t.service.getHover(d, at(d, '2,5', 1)), null);
    const off = serviceOn(undefined, { diagnostics: { contradicted: 'off' } });
    const o = off.open('Le Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    assert.match(hoverText(off.service.getHover(o, at(o, '2,5', 1))), /^\*\*Contredit par le corpus\*\*/);
  });

  it('quotes a passage once when the entity’s definition and the verdict rest on the same one', () => {
    const d = t.open('Claire Hamon, présidente de Vergers d’Auge, affirme que la cueillette mécanique reste interdite dans les vergers labellisés.\n');
    const value = hoverText(t.service.getHover(d, at(d, 'Hamon')));
    assert.equal(value.match(/cueillette mécanique/g)?.length, 1, value);
    assert.match(value, /\*\*Étayé par le corpus\*\*\n\n\*même passage que ci-dessus\*/);
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

  it('reads only the paragraph under the cursor of a long draft for names', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraphe ${i} : la récolte de la coopérative a été bonne cette année encore.`);
    paragraphs[17] = 'La présidente Claire Hamon se félicite de la récolte.';
    const d = t.open(paragraphs.join('\n\n') + '\n', 'untitled:long.md');
    const entities = t.corpus.entities();
    const read: string[] = [];
    const findIn = entities.findIn.bind(entities);
    entities.findIn = (text: string) => {
      read.push(text);
      return findIn(text);
    };
    try {
      const hover = t.service.getHover(d, at(d, 'Hamon'))!;
      assert.equal(textAt(d, hover.range!), 'Claire Hamon');
      assert.deepEqual(read, [paragraphs[17]]);
    } finally {
      entities.findIn = findIn;
    }
  });

  it('finds the names of a corpus file again without reading every entity again', () => {
    const uri = 'file:///corpus/pommes.md';
    const d = t.documents.set(uri, t.corpus.index.documentByPath(t.corpus.pathOf('pommes.md'))!.text);
    assert.match(hoverText(t.service.getHover(d, at(d, 'Hamon'))), /Claire Hamon/);
    let asked = 0;
    const counting = { get isCancellationRequested() { asked++; return false; } };
    assert.match(hoverText(t.service.getHover(d, at(d, 'Hamon'), counting)), /Claire Hamon/);
    assert.ok(asked < t.corpus.entities().entities.length, `${asked} checks of the token for ${t.corpus.entities().entities.length} entities`);
  });
});

describe('service: hover quotes a long source sentence where it states the claim', () => {
  const t = serviceOn({
    'brest.md': [
      '---',
      'title: Le feu de l’entrepôt',
      'lang: fr',
      '---',
      '',
      `"C'est comme une pluie noire sur les toits": à Brest, les habitants des quartiers voisins regardaient avec inquiétude les traces laissées sur les voitures par le feu de la nuit, tandis que les pompiers arrosaient encore les décombres, et le préfet Armand Kerlo a annoncé jeudi que l'incendie de l'entrepôt Morvan était maîtrisé.`,
    ].join('\n'),
  });

  it('shows the words of the claim, not the start of the sentence', () => {
    const d = t.open('Le préfet Armand Kerlo a annoncé que l’incendie de l’entrepôt Morvan était maîtrisé.\n');
    const value = hoverText(t.service.getHover(d, at(d, 'annoncé'))!);
    assert.match(value, /Étayé par le corpus/);
    assert.match(value, /incendie de l'entrepôt Morvan était maîtrisé/);
    assert.doesNotMatch(value, /pluie noire/);
  });
});
