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
