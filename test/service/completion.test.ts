import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { cancelled, serviceOn, textAt } from './helpers';

const newText = (item: CompletionItem) => (item.textEdit as TextEdit).newText;

describe('service: completion', () => {
  const t = serviceOn();
  /** Completion at the end of `text`, opened as a draft. */
  const complete = (text: string, trigger?: { triggerKind: 1 | 2 | 3; triggerCharacter?: string }, service = t) => {
    const d = service.open(text);
    return { document: d, list: service.service.getCompletions(d, d.positionAt(text.length), trigger) };
  };

  it('completes an entity’s name from its capitalised start, replacing the word typed', () => {
    const { document, list } = complete('Selon Hamo');
    const item = list!.items.find((i) => i.label === 'Claire Hamon')!;
    assert.equal(newText(item), 'Claire Hamon');
    assert.equal(textAt(document, (item.textEdit as TextEdit).range), 'Hamo');
    assert.match((item.documentation as { value: string }).value, /présidente de Vergers d’Auge/);
  });

  it('a name replaces every typed word it continues: « Selon Claire Ha » gives « Selon Claire Hamon »', () => {
    for (const typed of ['Selon Claire Ha', 'Selon claire ha', 'Selon Claire ']) {
      const { document, list } = complete(typed);
      const first = list!.items[0];
      assert.equal(first.label, 'Claire Hamon', typed);
      assert.equal(TextDocument.applyEdits(document, [first.textEdit as TextEdit]), 'Selon Claire Hamon', typed);
      // VS Code filters an item on the text its range covers: the name must start with what was typed.
      const covered = textAt(document, (first.textEdit as TextEdit).range).toLowerCase();
      assert.ok(first.filterText!.toLowerCase().startsWith(covered.trimEnd()), `${first.filterText} / ${covered}`);
    }
  });

  it('ranks the names that start with the typed words first, and no other name when one does', () => {
    const labels = complete('Selon Claire H').list!.items.map((i) => i.label);
    assert.equal(labels[0], 'Claire Hamon');
    assert.ok(!labels.includes('Paul Lecoq'), labels.join(' | '));
  });

  it('does not continue a name being typed with a common word of the sources (« Claire H » is no « hausse »)', () => {
    const labels = complete('Selon Claire H').list!.items.map((i) => String(i.label));
    assert.ok(labels.every((l) => /^(Claire|H)/.test(l)), labels.join(' | '));
  });

  it('completes a name from four letters of any case, typos and accents aside', () => {
    assert.ok(complete('Les vergers de verge').list!.items.some((i) => i.label === 'Vergers d’Auge'));
  });

  it('offers how the sentence goes on in the sources, each with its citation', () => {
    const { list } = complete('La coopérative Vergers d’Auge a récolté ');
    const first = list!.items[0];
    assert.equal(newText(first), '42 000 tonnes de pommes en 2023 [@pommes]');
    assert.equal(first.labelDetails?.description, '@pommes');
  });

  it('offers the figures of the entity just named, each once', () => {
    const items = complete('Le Domaine Lecoq produit ').list!.items.map(newText);
    assert.ok(items.includes('1,5 million de bouteilles [@cidre]'), items.join(' | '));
    assert.equal(new Set(items.map((i) => i.trim().toLowerCase())).size, items.length);
  });

  it('fills in the whole source passage on resolve', () => {
    const item = complete('La coopérative Vergers d’Auge a récolté ').list!.items[0];
    const resolved = t.service.resolveCompletion({ ...item });
    assert.match((resolved.documentation as { value: string }).value, /^> La coopérative Vergers d’Auge, présidée par Claire Hamon, a récolté 42 000 tonnes/);
    assert.match((resolved.documentation as { value: string }).value, /\(file:\/\/\/corpus\/pommes\.md#L\d+\) `@pommes`$/);
  });

  it('offers nothing in code, nor in inline code', () => {
    assert.equal(complete('```\nClaire Ha').list, null);
    assert.equal(complete('Le code `Claire Ha').list, null);
  });

  it('stays quiet after a typed space unless grounded.completion.suggestWhileTyping is on', () => {
    assert.equal(complete('La coopérative Vergers d’Auge a récolté ', { triggerKind: 2, triggerCharacter: ' ' }).list, null);
    const eager = serviceOn(undefined, { completion: { suggestWhileTyping: true } });
    assert.ok(complete('La coopérative Vergers d’Auge a récolté ', { triggerKind: 2, triggerCharacter: ' ' }, eager).list!.items.length > 0);
  });

  it('offers nothing before there is an index to search, or once cancelled', () => {
    const waiting = serviceOn();
    waiting.corpus.searchable = false;
    assert.equal(complete('Selon Claire Ha', undefined, waiting).list, null);
    const d = t.open('La coopérative Vergers d’Auge a récolté ');
    assert.equal(t.service.getCompletions(d, d.positionAt(d.getText().length), undefined, cancelled), null);
  });
});

describe('service: completion of citation keys', () => {
  const t = serviceOn();
  const keys = (text: string, trigger?: { triggerKind: 1 | 2 | 3; triggerCharacter?: string }) => {
    const d = t.open(text);
    const list = t.service.getCompletions(d, d.positionAt(text.length), trigger);
    return { d, items: list?.items ?? [] };
  };

  it('offers the corpus keys after [@, in prose and in a table cell, replacing the key typed so far', () => {
    for (const text of ['Les ventes ont progressé [@ci', '| Ventes | 12 % | [@ci']) {
      const { d, items } = keys(text);
      assert.equal(items[0]?.label, 'cidre', text);
      assert.equal(items[0].detail, 'Le cidre normand à l’export');
      assert.equal(textAt(d, (items[0].textEdit as TextEdit).range), 'ci');
      assert.equal(TextDocument.applyEdits(d, [items[0].textEdit as TextEdit]), text.replace(/ci$/, 'cidre'));
    }
  });

  it('offers every key after a bare [@ or (@, also when typed as a trigger character', () => {
    assert.deepEqual(keys('Voir [@', { triggerKind: 2, triggerCharacter: '@' }).items.map((i) => i.label).sort(), ['cidre', 'pommes']);
    assert.ok(keys('Voir (@').items.length >= 2);
  });

  it('never in an e-mail address or outside prose', () => {
    assert.ok(!keys('Écrire à contact@ci').items.some((i) => i.label === 'cidre'));
    assert.equal(keys('```\n[@ci').items.length, 0);
  });
});

describe('service: completion states what the sentence typed so far says', () => {
  // Two deals in one corpus: a value continues a sentence only from a passage about its own entities and predicate.
  const deals = serviceOn({
    'zorvex.md': [
      '---',
      'title: Zorvex wins Kelda',
      'lang: en',
      '---',
      '',
      'Zorvex has won a takeover battle for US chip firm Kelda with a bid worth $4.2bn, reports say.',
      '',
      'The chip market is consolidating fast. Last week, Nimbus Systems agreed to buy its former parent Orrin Labs for about $12bn.',
      '',
      'Zorvex is by far the bigger company.',
    ].join('\n'),
    'kelda.md': ['---', 'title: Kelda founder on trial', 'lang: en', '---', '', 'Last week, Kelda agreed to a buyout by Zorvex in a deal valued at $3.9bn.', '', 'Kelda employs 9,000 people in Ohio.'].join('\n'),
    'sante.md': [
      '---',
      'title: Le suivi sanitaire',
      'lang: fr',
      '---',
      '',
      'La ministre de la Santé, Nadia Verlaine, a reconnu que les taux de plomb étaient supérieurs à la normale.',
      '',
      'Santé Publique Bretagne lancera une enquête en 2027 auprès des habitants du département 29.',
    ].join('\n'),
  });
  const proposals = (text: string) => {
    const d = deals.open(text);
    return deals.service.getCompletions(d, d.positionAt(text.length), { triggerKind: 1 })!.items.filter((i) => newText(i).includes('[@')).map((i) => newText(i));
  };

  it('continues « X agreed to buy Y for » with the price of that deal, never another deal’s nor a phrase after « for » alone', () => {
    const items = proposals('Zorvex agreed to buy Kelda for ');
    assert.ok(items.some((i) => i.includes('$3.9bn')), items.join(' | '));
    assert.ok(!items.some((i) => i.includes('$12bn')), items.join(' | '));
    assert.ok(!items.some((i) => i.startsWith('US chip firm')), items.join(' | '));
  });

  it('offers no bare figure or date after a subject with no predicate yet', () => {
    const items = proposals('La ministre de la Santé ');
    assert.ok(!items.some((i) => /^(?:en )?\d/.test(i)), items.join(' | '));
  });
});

describe('service: completion of a role in its passage’s words', () => {
  const files = {
    'equipe.md': "---\nid: equipe\ntitle: Équipe\nlang: fr\n---\n\nLa coopérative Ormeval avance avec son directeur commercial Jules Tarin, arrivé en mars. Jules Tarin vend des pommes.\n",
    'verger.md': '---\nid: verger\ntitle: Verger\nlang: fr\n---\n\nNadia Brel, présidente de Cidres Roux, a visité le verger. Nadia Brel a goûté les pommes.\n',
    'meprise.md': "---\nid: meprise\ntitle: Méprise\nlang: fr\n---\n\nArrêté à Lorient le 3 mars 2019 alors qu'il rentrait chez lui, Marc Teyssier a été pris pour Paul Verlaine. Paul Verlaine a été vu à Brest.\n",
  };
  const t = serviceOn(files);
  const proposals = (text: string) => {
    const d = t.open(text);
    return t.service.getCompletions(d, d.positionAt(text.length))!.items.map(newText);
  };

  it('offers a role the passage writes, not one whose owner the index read from elsewhere in the sentence', () => {
    assert.ok(proposals('Nadia Brel, ').includes('présidente de Cidres Roux [@verger]'), proposals('Nadia Brel, ').join(' | '));
    // The hover says « directeur commercial d’Ormeval »; the passage says « son directeur commercial ».
    assert.ok(!proposals('Jules Tarin, ').some((text) => /Ormeval/.test(text)), proposals('Jules Tarin, ').join(' | '));
  });

  it('offers a date only to the name the passage states it of, not to one named on the far side of another', () => {
    assert.ok(proposals('Marc Teyssier a été arrêté ').some((text) => /2019/.test(text)), proposals('Marc Teyssier a été arrêté ').join(' | '));
    assert.ok(!proposals('Paul Verlaine a été arrêté ').some((text) => /2019|3 mars/.test(text)), proposals('Paul Verlaine a été arrêté ').join(' | '));
  });
});
