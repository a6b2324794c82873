import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCorpus } from '../../../server/src/core/corpus/loadCorpus';
import { isNoiseToken } from '../../../server/src/core/entities/candidates';
import { extractEntities, spellsOut } from '../../../server/src/core/entities/extract';
import { ownerBefore, roleBefore } from '../../../server/src/core/entities/roles';
import type { Entity } from '../../../server/src/core/entities/types';
import { CorpusIndex } from '../../../server/src/core/index/corpusIndex';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { tokenize } from '../../../server/src/core/text/tokenize';

const roles = path.resolve(__dirname, '../../fixtures/corpora/roles');

/** The phrase before the name that ends `text`. */
function phraseBefore(text: string, name: string): string | undefined {
  const at = text.indexOf(name);
  return roleBefore(text, 0, at)?.text;
}

describe('roleBefore: titles, roles and kinds written before a name', () => {
  it('reads a title with its complement, with or without a comma', () => {
    assert.equal(phraseBefore('Selon le préfet de Normandie Pierre-André Durand, l’eau est potable.', 'Pierre-André'), 'le préfet de Normandie');
    assert.equal(phraseBefore('Le maire, Lucien Ferrand, a dénoncé une décision brutale.', 'Lucien'), 'Le maire');
    assert.equal(phraseBefore('Le PDG du groupe, Marc Delorme, l’avait reconnu.', 'Marc'), 'Le PDG du groupe');
    assert.equal(phraseBefore("La pneumologue de l'hôpital de Rennes, Claire Dumas, avait alerté les autorités.", 'Claire'), "La pneumologue de l'hôpital de Rennes");
    assert.equal(phraseBefore('The talks continued with LSE chief executive Clara Furse on Monday.', 'Clara'), 'LSE chief executive');
    assert.equal(phraseBefore('US district judge Mary Holt ruled on Tuesday.', 'Mary'), 'US district judge');
  });

  it('keeps a party label between the role and the name', () => {
    assert.equal(phraseBefore('A Lille, la maire sortante PS Martine Aubry a gagné.', 'Martine'), 'la maire sortante PS');
  });

  it('reads the kind of a thing: an adjective, a complement, an English compound', () => {
    assert.equal(phraseBefore("L'Anses a analysé les denrées prélevées après l'incendie de l'usine chimique Lubrizol à Rouen.", 'Lubrizol'), "l'usine chimique");
    assert.equal(phraseBefore('La famille Pinault possède le groupe de luxe Kering.', 'Kering'), 'le groupe de luxe');
    assert.equal(phraseBefore('Deutsche Boerse also owns the clearing firm Clearstream.', 'Clearstream'), 'the clearing firm');
  });

  it('skips a form of address between the role and the name', () => {
    assert.equal(phraseBefore("Il a signé avec l'archevêque de Paris, Mgr Michel Aupetit, la convention.", 'Michel'), "l'archevêque de Paris");
  });

  it('resolves a possessive to the subject or the nearest owner', () => {
    assert.equal(phraseBefore('ByteDance continue d’avancer avec son modèle linguistique Doubao.', 'Doubao'), 'modèle linguistique de ByteDance');
    assert.equal(phraseBefore('Face aux États-Unis, des entreprises comme Huawei renforcent leur présence, leurs puces Ascend étant déjà déployées.', 'Ascend'), 'puces de Huawei');
    assert.equal(phraseBefore('Clint Eastwood took the best director prize for Million Dollar Baby while its star Hilary Swank won.', 'Hilary'), 'star of Million Dollar Baby');
    assert.equal(ownerBefore('Alibaba, par exemple, engage des chercheurs en IA pour son moteur', 0, 60, 'son'), 'Alibaba');
  });

  it('gives nothing for a date, a verb or another name’s role', () => {
    assert.equal(phraseBefore('Le 21 décembre, Vernalis a annoncé le rappel de ses produits.', 'Vernalis'), undefined);
    assert.equal(phraseBefore('Le président reçoit Jean Dupont demain.', 'Jean'), undefined);
    assert.equal(phraseBefore('Il a vu le ministre Bruno Le Maire, Jean Castex et les autres.', 'Jean'), undefined);
    assert.equal(phraseBefore('José Manuel Barroso told the President of the European Parliament that it would.', 'European'), undefined);
    assert.equal(phraseBefore('Speaking outside the Olympic Primary School, Mr Brown said so.', 'Brown'), undefined);
    // "le maire de Levallois-Perret": the mayor is not Levallois-Perret.
    assert.equal(phraseBefore('Le maire de Levallois-Perret a été condamné.', 'Levallois'), undefined);
    assert.equal(phraseBefore('Elle habite la commune de Préaux, au nord de Rouen.', 'Préaux'), 'la commune de');
  });

  it('takes no participle after an auxiliary, no role of another person, no role completing an earlier noun', () => {
    assert.equal(phraseBefore("Si j'avais prévenu Edouard Philippe, il m'aurait dissuadé.", 'Edouard'), undefined);
    // The analyst is someone else; the name follows the noun that says what it is.
    assert.equal(phraseBefore('said Dmitri Orlov, an analyst at brokerage Zenit.', 'Zenit'), undefined);
    assert.equal(phraseBefore('Liberal Democrat spokeswoman for women Sandra Gidley said so.', 'Sandra'), 'Liberal Democrat spokeswoman for women');
    assert.equal(phraseBefore('And, according to Tass news agency, Gazprom did not bid.', 'Gazprom'), undefined);
    // "the ex-Norvik boss" is the ally's friend, not the ally.
    assert.equal(phraseBefore('A close ally of the ex-Norvik boss, Mr Palin is based in Oslo.', 'Palin'), undefined);
    assert.equal(phraseBefore('Déléguée syndicale CFE-CGC, Anne Morel décrit une ambiance étrange.', 'Anne'), 'Déléguée syndicale CFE-CGC');
  });

  it('reads the role of an inserted apposition that completes a plain noun', () => {
    const text = "En 2028 : la principale demande du PDG d'Elvir, Jean-Marc Lenoir, est respectée.";
    const at = text.indexOf('Jean-Marc');
    assert.equal(roleBefore(text, 0, at, at + 'Jean-Marc Lenoir'.length)?.text, "PDG d'Elvir");
    // Without the closing comma, the name is the subject: the role is the fronted phrase's.
    assert.equal(roleBefore(text, 0, at)?.text, undefined);
  });

  it('resolves a possessive past names that qualify a noun ("its Kolva unit", "a US court")', () => {
    const text = 'Norvik had argued that a US court could rule before its Kolva unit was sold, since its chief finance officer Bruce Hale lives in Texas.';
    assert.equal(phraseBefore(text, 'Bruce'), 'chief finance officer of Norvik');
  });
});

describe('definitions on real-news shapes (extractEntities)', () => {
  function entitiesOf(...texts: string[]): Entity[] {
    const index = new CorpusIndex();
    texts.forEach((text, n) => index.setDocument(buildDocument(`/corpus/d${n}.md`, text)));
    return extractEntities(index.documents(), index.names);
  }
  const named = (entities: Entity[], name: string) => entities.find((e) => e.name === name || e.aliases.includes(name));

  it('reads an apposition that ends the sentence, without its circumstance, up to an acronym or a one-word name', () => {
    const entities = entitiesOf(
      '"Je compte sur les salariés", a réagi Hélène Varin, la ministre de la Transition écologique à l\'issue d\'une rencontre avec les élus à Colmar vendredi.',
      'La situation est inédite, a mis en garde Paul Brossard, le président du directoire du gestionnaire du réseau RTE.',
      '"The deal is fair," said Dmitri Orlov, an analyst at brokerage Zenit.',
    );
    assert.equal(named(entities, 'Hélène Varin')?.definition?.text, 'la ministre de la Transition écologique');
    assert.equal(named(entities, 'Paul Brossard')?.definition?.text, 'le président du directoire du gestionnaire du réseau RTE');
    assert.equal(named(entities, 'Dmitri Orlov')?.definition?.text, 'an analyst at brokerage Zenit');
    const more = entitiesOf(
      "Il s'était interrogé sur son compte Twitter André Halt, le président de l'association Stop Norvel, moquant une centrale.",
      "Le nouveau compagnon d'Ophélie, l'ex-médecin de la fédération Jean-Paul Serrat. Ophélie Roche a témoigné.",
      'Un de ses vieux amis, François Delval, accusés tous deux d\'avoir participé au coup.',
    );
    assert.equal(named(more, 'André Halt')?.definition?.text, "le président de l'association Stop Norvel");
    assert.equal(named(more, 'Twitter André Halt'), undefined);
    assert.notEqual(named(more, 'Ophélie')?.definition?.source, 'apposition');
    assert.equal(named(more, 'François Delval')?.definition?.source ?? 'sentence', 'sentence');
    assert.notEqual(named(entities, 'Zenit')?.kind, 'person');
    assert.equal(named(entities, 'Zenit')?.definition?.text, 'brokerage');
  });

  it('quotes no one\'s words as the passage that says what a name is', () => {
    const entities = entitiesOf('"Dunmore United are a debt-free company. We will see," said Mr Gill.', 'Shares in Dunmore United rose by 5% on Monday after the club confirmed the approach.');
    assert.match(named(entities, 'Dunmore United')?.definition?.text ?? '', /^Shares in/);
  });

  it('reads "Mr X is Y\'s …" as a definition, and takes no adverbial or country genitive for one', () => {
    const entities = entitiesOf(
      'Mr Palin is Norvik\' largest shareholder but lives in Oslo. Leif Palin met the board.',
      "À ce stade de l'instruction technique portant sur ces composants, Elvir estime que les écarts ne posent pas de problème.",
      "Russia's Kolvaneft was sold on Sunday to pay the tax bill.",
    );
    assert.equal(named(entities, 'Leif Palin')?.definition?.text, "Norvik' largest shareholder");
    assert.equal(named(entities, 'Elvir')?.definition?.source ?? 'sentence', 'sentence');
    assert.equal(named(entities, 'Kolvaneft')?.definition?.source ?? 'sentence', 'sentence');
  });
});

describe('isNoiseToken and spellsOut', () => {
  it('tells amounts, hours and ordinals from names with digits', () => {
    const noise = (text: string) => isNoiseToken(tokenize(text)[0]);
    for (const text of ['9.4bn', '110km', '1er', '10h32', '19H00', '30-year-old', '4x100m', '2e']) assert.ok(noise(text), text);
    for (const text of ['3D', '4G', 'V8', 'Covid-19', 'GPT-4', 'Qwen2.5-Max', 'A380']) assert.ok(!noise(text), text);
  });

  it('splits sentences glued by scraping, elisions included', async () => {
    const { candidatesOf } = await import('../../../server/src/core/entities/candidates');
    const { NameStats } = await import('../../../server/src/core/index/nameStats');
    const text = "Le feu a pris dans le quartier pavillonnaire.L'Europe a réagi, selon l'AFP.Le préfet est arrivé.";
    const doc = { id: 'x', path: '/x.md', title: 'x', lines: { rangeOf: () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }) } };
    const sentence = { index: 0, text, heading: false, offsets: [...text].map((_, i) => i), range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } } };
    const names = new NameStats();
    names.count("Il parle de l'Europe et cite l'AFP.");
    const found = candidatesOf(doc as never, sentence as never, names, names.use()).map((c) => c.surface);
    assert.ok(found.includes('Europe') && found.includes('AFP'), found.join(', '));
    assert.ok(!found.some((s) => s.includes('.')), found.join(', '));
  });

  it('merges an acronym only with a name it can stand for', () => {
    assert.ok(spellsOut('ASE', 'Agence spatiale européenne'));
    assert.ok(spellsOut('HSDPA', 'High-Speed Downlink Packet Access'));
    assert.ok(!spellsOut('CAS', 'Sport'));
    assert.ok(!spellsOut('US', 'John Updike'));
  });
});

describe('extractEntities on short French and English news (the kinds of fault of the issue)', () => {
  let entities: Entity[];
  const byName = (name: string) => entities.find((e) => e.name === name || e.aliases.includes(name));

  before(async () => {
    const loaded = await loadCorpus([roles], '/');
    const index = new CorpusIndex();
    loaded.documents.forEach((d) => index.setDocument(d));
    entities = extractEntities(index.documents(), index.names);
  });

  it('defines people by their titles and roles, before or after the name, and by a nomination', () => {
    assert.equal(byName('Lucien Ferrand')?.definition?.text, 'Le maire');
    assert.equal(byName('Claire Dumas')?.definition?.text, "La pneumologue de l'hôpital de Rennes");
    assert.equal(byName('Marc Delorme')?.definition?.text, 'Le PDG du groupe');
    assert.equal(byName('Mary Holt')?.definition?.text, 'US district judge');
    assert.equal(byName('Bernard Ebbs')?.definition?.text, "Northlink's former chief executive");
    assert.match(byName('Thierry Vasseur')?.definition?.text ?? '', /nommé directeur général par intérim$/);
    assert.equal(byName('Northlink')?.definition?.text, 'the telecoms firm');
  });

  it('takes no date clause for a definition, nor the apposition of a longer name', () => {
    assert.equal(byName('Vernalis')?.definition?.source, 'sentence');
    assert.doesNotMatch(byName('Paris')?.definition?.text ?? '', /institut/);
  });

  it('gives people, places and organisations their kinds', () => {
    for (const name of ['Lucien Ferrand', 'Claire Dumas', 'Marc Delorme', 'Mary Holt', 'Bernard Ebbs', 'Thierry Vasseur']) assert.equal(byName(name)?.kind, 'person', name);
    assert.equal(byName('Rennes')?.kind, 'place');
    assert.equal(byName('Northlink')?.kind, 'organization');
  });

  it('takes no amount, time, ordinal, weekday, month or title for an entity', () => {
    for (const name of ['10h32', '1er', '9.4bn', 'Monday', 'Tuesday', 'March', 'PDG', 'Le PDG']) assert.equal(byName(name), undefined, name);
  });

  it('reads past an age, a prefixed title and an agent noun', () => {
    assert.equal(phraseBefore("L'ex-président du groupe, Paul Girard, s'est tu.", 'Paul'), "L'ex-président du groupe");
    assert.equal(phraseBefore('Le rappeur Ismaël Kone soutient la Pologne.', 'Ismaël'), 'Le rappeur');
    assert.equal(byName('Paul Girard')?.kind, 'person');
  });

  it('makes a person of a name the same article calls by its last word as one calls a person', () => {
    // "in Helen Marlow's court" reads as a place cue; "Ms Marlow said" says who she is.
    assert.equal(byName('Helen Marlow')?.kind, 'person');
    assert.ok(byName('Helen Marlow')?.aliases.includes('Marlow'));
  });

  it('makes a country a place, and a name that takes an article no person', () => {
    assert.equal(byName('Pologne')?.kind, 'place');
    assert.notEqual(byName('Maison Blanche')?.kind, 'person');
  });

  it('names the owner a genitive gives when nothing else defines the name', () => {
    assert.equal(byName('Silent Harbour')?.definition?.text, "Director Anna Berg's");
  });

  it('joins a surname used alone to the full name', () => {
    assert.ok(byName('Marc Delorme')?.aliases.includes('Delorme'));
    assert.ok(byName('Bernard Ebbs')?.aliases.includes('Ebbs'));
  });
});

describe('surnames used alone, document by document', () => {
  it('joins "Mr Brown" to the Brown of its own article when the corpus has two', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-surnames-'));
    try {
      writeFileSync(path.join(dir, 'budget.md'), '---\nid: budget\nlang: en\n---\n\nChancellor Gordon Brown presented the budget. Mr Brown said growth would hold.\n');
      writeFileSync(path.join(dir, 'novel.md'), '---\nid: novel\nlang: en\n---\n\nThe novelist Dan Brown has a new book. Brown will tour in May.\n');
      const loaded = await loadCorpus([dir], '/');
      const index = new CorpusIndex();
      loaded.documents.forEach((d) => index.setDocument(d));
      const entities = extractEntities(index.documents(), index.names);
      const gordon = entities.find((e) => e.name === 'Gordon Brown')!;
      const dan = entities.find((e) => e.name === 'Dan Brown')!;
      assert.equal(gordon.mentions.length, 2);
      assert.equal(dan.mentions.length, 2);
      assert.ok(gordon.mentions.every((m) => m.docId === 'budget'));
      assert.equal(entities.find((e) => e.name === 'Brown'), undefined);
      assert.equal(gordon.kind, 'person');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kinds from the evidence of real news (extractEntities)', () => {
  function entitiesOf(...texts: string[]): Entity[] {
    const index = new CorpusIndex();
    texts.forEach((text, n) => index.setDocument(buildDocument(`/corpus/d${n}.md`, text)));
    return extractEntities(index.documents(), index.names);
  }
  const kind = (entities: Entity[], name: string) => entities.find((e) => e.name === name || e.aliases.includes(name))?.kind;

  it('makes a company of a name with a company role, a holding in it, or an analyst at it', () => {
    const entities = entitiesOf(
      'Shares in Dunmore United rose by 5% on Monday. Investors bought shares in Dunmore United again.',
      'The deal was confirmed by Korvan chief Alexei Brodsky. The board of Korvan said it would appeal.',
      '"It is a front," said Oleg Marin, an analyst at Velka Dialog in Moscow. Kaha Bero, analyst at Velka Dialog, agreed.',
      'Analysts said Polvneft, the state gas firm, had opted out of the auction.',
      'The bank has strong links with Surgaz, the fourth-biggest oil producer.',
    );
    assert.equal(kind(entities, 'Dunmore United'), 'organization');
    assert.equal(kind(entities, 'Korvan'), 'organization');
    assert.equal(kind(entities, 'Velka Dialog'), 'organization');
    assert.equal(kind(entities, 'Polvneft'), 'organization');
    assert.equal(kind(entities, 'Surgaz'), 'organization');
  });

  it('makes no person of a newspaper, an institution with its acronym, or hyphenated acronyms; a person after a quote', () => {
    const entities = entitiesOf(
      'Selon Le Courrier, les employés évoquent un local mal entretenu. Le Courrier révèle les infractions. Le Courrier a publié le dossier.',
      'Veille Sanitaire France (VSF) a souligné jeudi soir n\'avoir pas perdu ces prélèvements.',
      'Déléguée syndicale CFE-CGC, Anne Morel décrit une ambiance étrange.',
      '"Eux défendent leur vie professionnelle, moi, ma vie tout court", assène Gabriel Wessel.',
    );
    assert.notEqual(kind(entities, 'Le Courrier'), 'person');
    assert.equal(kind(entities, 'Veille Sanitaire France'), 'organization');
    assert.equal(kind(entities, 'CFE-CGC'), 'acronym');
    assert.equal(kind(entities, 'Gabriel Wessel'), 'person');
  });
});
