import assert from 'node:assert/strict';
import { continuationsOf, entitiesNamed } from '../../../server/src/core/completion/continuations';
import { factsAbout, valueOfAnotherName } from '../../../server/src/core/completion/entityFacts';
import { nameCompletions } from '../../../server/src/core/completion/names';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { termsOf } from '../../../server/src/core/text/stem';
import { indexOf, orchardCorpus } from '../claims/helpers';

const index = indexOf(orchardCorpus);
const continue_ = (prefix: string) => continuationsOf(prefix, index, { lang: 'fr', context: entitiesNamed(prefix, index.entities()) });

describe('continuationsOf', () => {
  it('continues a sentence from the end of the prefix, to the end of the source clause', () => {
    const [best] = continue_('La coopérative a récolté ');
    assert.equal(best.text, '42 000 tonnes de pommes en 2023');
    assert.equal(best.doc.id, 'pommes');
  });

  it('matches on stems and synonyms, in another word order', () => {
    const [best] = continue_('En 2023, les ventes du cidre normand ont progressé de ');
    assert.equal(best.text, '12 %');
  });

  it('completes the word being typed', () => {
    const [best] = continue_('La coopérative emploie 310 sais');
    assert.equal(best.text, 'saisonniers et exporte 18 % de sa production vers la Belgique');
    assert.ok(best.replaceFrom > 0);
  });

  it('does not repeat what the writer already wrote', () => {
    const [best] = continue_('Le Domaine Lecoq produit ');
    assert.equal(best.text, '1,5 million de bouteilles par an');
  });

  it('searches once while a word is typed letter by letter (the same query), again once the index changes', () => {
    const counted = indexOf(orchardCorpus);
    let searches = 0;
    const reader = new Proxy(counted, {
      get(target, key) {
        if (key === 'searchTerms') return (...args: Parameters<CorpusIndex['searchTerms']>) => (searches++, target.searchTerms(...args));
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const typed = ['La coopérative emploie 310 s', 'La coopérative emploie 310 sai', 'La coopérative emploie 310 sais'];
    const answers = typed.map((prefix) => continuationsOf(prefix, reader, { lang: 'fr' }).map((c) => c.text));
    assert.equal(searches, 1);
    // The same answers as a reader that keeps nothing (another index of the same corpus).
    assert.deepEqual(answers, typed.map((prefix) => continuationsOf(prefix, indexOf(orchardCorpus), { lang: 'fr' }).map((c) => c.text)));
    assert.equal(answers[2][0], 'saisonniers et exporte 18 % de sa production vers la Belgique');
    counted.setDocument(buildDocument('/corpus/autre.md', '---\nid: autre\n---\n\nLa coopérative emploie 310 salariés permanents.\n'));
    assert.ok(continuationsOf(typed[0], reader, { lang: 'fr' }).some((c) => c.text === 'salariés permanents'));
    assert.equal(searches, 2);
  });

  it('proposes nothing when the end of the prefix is not in the corpus', () => {
    assert.deepEqual(continue_('Les oranges de Valence sont '), []);
  });

  it('aligns glue words by their written form, accents included: « à » is not the auxiliary « a »', () => {
    const court = indexOf({
      'proces.md': `---\nid: proces\nlang: fr\n---\n\nLe gérant de la brasserie a quitté la salle par une porte dérobée.\n`,
    });
    assert.deepEqual(continuationsOf('Le gérant de la brasserie a été condamné à ', court, { lang: 'fr' }), []);
    assert.equal(continuationsOf('Le gérant de la brasserie a ', court, { lang: 'fr' })[0]?.text, 'quitté la salle par une porte dérobée');
  });

  it('gives the facts the corpus states about an entity, those matching the writer’s words first', () => {
    const lecoq = index.entities().lookup('Domaine Lecoq')!;
    const facts = factsAbout(lecoq, index, 4, termsOf('bouteilles', 'fr'));
    assert.equal(facts[0].text, '1,5 million de bouteilles');
  });

  it('reads an entity’s sentences once while the index holds: asked again, the same facts from no document read', () => {
    const counted = indexOf(orchardCorpus);
    let reads = 0;
    const reader = new Proxy(counted, {
      get(target, key) {
        if (key === 'documentByPath') return (path: string) => (reads++, target.documentByPath(path));
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const vergers = counted.entities().lookup('Vergers d’Auge')!;
    const texts = (about: string) => factsAbout(vergers, reader, 4, termsOf(about, 'fr')).map((f) => `${f.text} @${f.doc.id}`);
    const fresh = (about: string) => factsAbout(indexOf(orchardCorpus).entities().lookup('Vergers d’Auge')!, indexOf(orchardCorpus), 4, termsOf(about, 'fr')).map((f) => `${f.text} @${f.doc.id}`);
    assert.deepEqual(texts('récolte'), fresh('récolte'));
    assert.ok(texts('récolte').length > 0);
    const first = reads;
    assert.ok(first > 0);
    assert.deepEqual(texts('emploie'), fresh('emploie'));
    // Only the role's defining passage is looked up again (one document, at most).
    assert.ok(reads - first <= 1, `${reads - first} documents read again`);
  });
});

describe('factsAbout: whole phrases', () => {
  const index = new CorpusIndex();
  index.setDocument(
    buildDocument(
      '/c/prix.md',
      '---\nid: prix\nlang: fr\n---\n\nSur ce marché, une entreprise sur cinq choisisse déjà Modelix pour être « 17 fois moins cher » que ses rivaux, selon Léa Brun.\n',
    ),
  );
  const modelix = () => index.entities().lookup('Modelix')!;

  it('runs a figure to the end of its phrase (« 17 fois moins cher »), and drops a fragment of a longer one (« cinq choisisse »)', () => {
    const texts = factsAbout(modelix(), index, 6).map((f) => f.text);
    assert.ok(texts.includes('17 fois moins cher'), texts.join(' | '));
    assert.ok(!texts.some((t) => t.startsWith('cinq')), texts.join(' | '));
  });

  it('gives the entity no other person’s age, nor a bare number: only its own apposition', () => {
    const family = new CorpusIndex();
    family.setDocument(
      buildDocument(
        '/c/proces.md',
        '---\nid: proces\nlang: fr\n---\n\nGérard Vallin, 58 ans, a avoué le vol des tableaux de son voisin Octave Brunet et de sa sœur Adèle, 47 ans, et de leurs deux cousins, âgés de 31 et 26 ans, en mai 2016.\n',
      ),
    );
    const texts = factsAbout(family.entities().lookup('Gérard Vallin')!, family, 10).map((f) => f.text);
    assert.ok(texts.includes('58 ans'), texts.join(' | '));
    assert.ok(!texts.some((t) => ['47 ans', '31', '26 ans'].includes(t)), texts.join(' | '));
  });
});

describe('nameCompletions', () => {
  const index = new CorpusIndex();
  index.setDocument(buildDocument('/c/a.md', '---\nid: a\nlang: fr\n---\n\nMartin Lau dirige Tencent. Martin Lau a parlé. Alibaba recrute à Lima.\n'));
  const names = (prefix: string) => nameCompletions(prefix, index.entities(), 'fr', 8).map((n) => ({ name: n.name, typed: prefix.slice(n.from) }));

  it('finds the names that the typed words start, and replaces them all', () => {
    assert.deepEqual(names('Selon Martin L')[0], { name: 'Martin Lau', typed: 'Martin L' });
    assert.deepEqual(names('Selon Martin ')[0], { name: 'Martin Lau', typed: 'Martin ' });
    assert.ok(!names('Selon Martin L').some((n) => n.name === 'Alibaba'));
  });

  it('starts no name from a common word', () => {
    assert.deepEqual(names('Le '), []);
  });
});

describe('valueOfAnotherName: whose value a passage states', () => {
  const text = "Arrêté à l'aéroport le 11 octobre 2019 alors qu'il rejoignait son épouse, Marc Teyssier a été pris pour Paul Verlaine, recherché depuis 2011.";
  const incise = 'Le Domaine Orsan, dirigé par Paul Orsan, produit 2 millions de bouteilles.';
  const value = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

  it('gives a value on the far side of another name to that name, not to the entity of the sentence', () => {
    assert.equal(valueOfAnotherName(text, value('le 11 octobre 2019'), [{ name: 'Paul Verlaine', aliases: [] }]), true);
    assert.equal(valueOfAnotherName(text, value('le 11 octobre 2019'), [{ name: 'Marc Teyssier', aliases: [] }]), false);
    assert.equal(valueOfAnotherName(text, value('depuis 2011'), [{ name: 'Paul Verlaine', aliases: [] }]), false);
    // After the name, the value stays its clause's: "Pat Cash lost to Mats Wilander in 1988".
    const after = 'Hewitt is the first Australian to make the final since Pat Cash lost to Mats Wilander in 1988.';
    const at = after.indexOf('1988');
    assert.equal(valueOfAnotherName(after, { start: at, end: at + 4 }, [{ name: 'Pat Cash', aliases: [] }]), false);
  });

  it('reads past a name in an incise: the value is still the subject’s', () => {
    const at = incise.indexOf('2 millions');
    assert.equal(valueOfAnotherName(incise, { start: at, end: at + 10 }, [{ name: 'Domaine Orsan', aliases: [] }]), false);
  });

  it('cannot tell when the passage writes none of the names', () => {
    assert.equal(valueOfAnotherName(text, value('depuis 2011'), [{ name: 'Ondine Marsac', aliases: [] }]), false);
  });
});
