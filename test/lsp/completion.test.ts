import assert from 'node:assert/strict';
import * as path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixtures, TestClient } from './harness';

const invoked = { triggerKind: 1 };
const typedSpace = { triggerKind: 2, triggerCharacter: ' ' };

/** Completion at the end of `text`, or at its ‸ marker. */
async function complete(client: TestClient, marked: string, context: object = invoked): Promise<CompletionItem[]> {
  const uri = `untitled:completion-${Math.random().toString(36).slice(2)}.md`;
  const cursor = marked.includes('‸') ? marked.indexOf('‸') : marked.length;
  const text = marked.replace('‸', '');
  await client.open(uri, text);
  const position = TextDocument.create(uri, 'markdown', 1, text).positionAt(cursor);
  const result = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position, context });
  return result?.items ?? [];
}

function apply(text: string, item: CompletionItem): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), [item.textEdit as TextEdit]);
}

describe('completion: sourced continuations and names (bundled corpus)', function () {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start();
  });

  after(async () => {
    await client.stop();
  });

  for (const [prefix, expected] of [
    ['Trump envisage un tarif de ', '60 % sur les produits chinois [@silicon-valley-talents]'],
    ['Alibaba Cloud exploite des centres de données dans ', 'plus de 29 régions hors de Chine [@cloud-ia-international]'],
    ['Chaque année, la Chine diplôme ', "3,57 millions d'ingénieurs [@chine-ia-strategie]"],
    ['Martin Lau, président de ', 'Tencent [@tencent-baidu-strategies]'],
    ['En 2018, la Chine a importé pour ', 'plus de 300 milliards de dollars de puces informatiques [@tencent-baidu-strategies]'],
  ] as const) {
    it(`continues « ${prefix}» from the source, with its citation, in the top 3`, async () => {
      const items = await complete(client, prefix);
      const texts = items.filter((i) => i.textEdit && 'range' in i.textEdit).map((i) => apply(prefix, i));
      assert.ok(texts.slice(0, 3).includes(prefix + expected) || items.slice(0, 3).some((i) => apply(prefix, i) === prefix + expected), texts.join('\n'));
    });
  }

  it('completes the word being typed and goes on', async () => {
    const prefix = 'Trump envisage un tarif d';
    const [first] = await complete(client, prefix);
    assert.equal(apply(prefix, first), 'Trump envisage un tarif de 60 % sur les produits chinois [@silicon-valley-talents]');
  });

  it('offers the key facts of the entity just named, from a passage that states what the sentence says of it', async () => {
    const prefix = 'ChatGPT reste populaire avec ';
    const items = (await complete(client, prefix)).filter((i) => i.kind === 12);
    assert.equal(apply(prefix, items[0]), 'ChatGPT reste populaire avec 910 millions de téléchargements [@chine-ia-strategie]');
    // « totalise »: no source says it of ChatGPT; a figure of it would continue another statement.
    assert.deepEqual((await complete(client, 'ChatGPT totalise ')).filter((i) => i.kind === 12), []);
  });

  it('offers a role right after a name only in the words its passage writes', async () => {
    // « Martin Lau, président de Tencent, … »: the source's words.
    const roles = (await complete(client, 'Martin Lau, ')).map((i) => (i.textEdit as TextEdit).newText);
    assert.ok(roles.includes('président de Tencent [@tencent-baidu-strategies]'), roles.join(' | '));
    // « ByteDance continue d’avancer avec son modèle linguistique Doubao »: the hover reads the possessive's owner
    // (« modèle linguistique de ByteDance »), but those words are the index's, not the source's, to cite.
    const inferred = (await complete(client, 'Doubao ')).map((i) => (i.textEdit as TextEdit).newText);
    assert.ok(!inferred.some((text) => text.includes('de ByteDance')), inferred.join(' | '));
  });

  it('completes citation keys after [@, in a table cell too, on « @ » typed', async () => {
    const prefix = '| Régions | 12 | [@cloud';
    const items = await complete(client, prefix, { triggerKind: 2, triggerCharacter: '@' });
    assert.equal(items[0].label, 'cloud-ia-international');
    assert.equal(apply(prefix, items[0]), '| Régions | 12 | [@cloud-ia-international');
    assert.ok((await complete(client, 'Voir [@', { triggerKind: 2, triggerCharacter: '@' })).length >= 5);
  });

  it('offers no figure or date right after a name with nothing said of it', async () => {
    for (const prefix of ['Selon Martin Lau ', 'La Chine ']) {
      const items = await complete(client, prefix);
      assert.ok(!items.some((i) => i.textEdit && /^\s*(?:en )?\d/.test((i.textEdit as TextEdit).newText)), `${prefix}: ${items.map((i) => i.label).join(' | ')}`);
    }
  });

  it('completes entity names fuzzily, typos included', async () => {
    const items = await complete(client, 'Le rôle de Tencnet');
    const tencent = items.find((i) => i.label === 'Tencent')!;
    assert.ok(tencent, items.map((i) => i.label).join(', '));
    assert.equal(apply('Le rôle de Tencnet', tencent), 'Le rôle de Tencent');
    assert.match(String((tencent.documentation as { value: string }).value), /Tencent/);
  });

  it('a two-word name replaces both words typed: « Martin L » + the first item gives « Martin Lau »', async () => {
    for (const prefix of ['Selon Martin L', 'Selon Martin ']) {
      const [first] = await complete(client, prefix);
      assert.equal(first.label, 'Martin Lau', prefix);
      assert.equal(apply(prefix, first), 'Selon Martin Lau', prefix);
    }
  });

  it('continues « DeepSeek serait » with a whole phrase of the source, no fragment', async () => {
    const prefix = 'Selon Oleg Zankov, DeepSeek serait ';
    const texts = (await complete(client, prefix)).map((i) => apply(prefix, i).slice(prefix.length));
    assert.equal(texts[0], '17 fois moins cher [@chine-ia-strategie]');
    assert.ok(!texts.some((t) => t.startsWith('cinq')), texts.join('\n'));
  });

  it('shows the whole source sentence and its title on resolve', async () => {
    const [item] = await complete(client, 'Trump envisage un tarif de ');
    const resolved = await client.request<CompletionItem>('completionItem/resolve', item);
    const value = (resolved.documentation as { value: string }).value;
    assert.match(value, /projections d’un tarif de 60 %/);
    assert.match(value, /silicon-valley-talents\.md#L\d+/);
  });

  it('offers nothing in code blocks, front matter or inline code', async () => {
    assert.deepEqual(await complete(client, '```\nTrump envisage un tarif de ‸\n```\n'), []);
    assert.deepEqual(await complete(client, '---\ntitle: Trump envisage un tarif de ‸\n---\n\nTexte.\n'), []);
    assert.deepEqual(await complete(client, 'Voir `Trump envisage un tarif de ‸` ici.\n'), []);
    assert.ok((await complete(client, 'Voir `x` puis Trump envisage un tarif de ‸')).length > 0, 'after a closed code span it works');
  });

  it('cuts off weak matches: no wall of items', async () => {
    const items = await complete(client, 'Trump envisage un tarif de ');
    assert.ok(items.length <= 5, String(items.length));
  });

  it('stays quiet while typing unless suggestWhileTyping is on', async () => {
    assert.deepEqual(await complete(client, 'Trump envisage un tarif de ', typedSpace), []);
    const other = await TestClient.start({ settings: { completion: { suggestWhileTyping: true } } });
    try {
      assert.ok((await complete(other, 'Trump envisage un tarif de ', typedSpace)).length > 0);
    } finally {
      await other.stop();
    }
  });

  it('answers the requests the client cancelled while they waited with RequestCancelled, and the last one in full', async () => {
    // A writer typing fast: each keystroke asks again and cancels the request before it.
    const prefix = 'Trump envisage un tarif de ';
    const uri = 'untitled:completion-superseded.md';
    await client.open(uri, prefix);
    const params = { textDocument: { uri }, position: { line: 0, character: prefix.length }, context: invoked };
    const sources = Array.from({ length: 6 }, () => new CancellationTokenSource());
    const answers = sources.map((source) =>
      client.connection.sendRequest<CompletionList | null>('textDocument/completion', params, source.token).then(
        (list) => ({ list, code: undefined as number | undefined }),
        (error: { code?: number }) => ({ list: undefined, code: error.code }),
      ),
    );
    for (const source of sources.slice(0, -1)) source.cancel();
    const settled = await Promise.all(answers);
    // The first may have started before its cancellation came; those still queued never run.
    assert.ok(settled.slice(0, -1).filter((a) => a.code === LSPErrorCodes.RequestCancelled).length >= 1, JSON.stringify(settled.map((a) => a.code)));
    assert.ok(settled.at(-1)!.list!.items.some((i) => (i.textEdit as TextEdit).newText.includes('60 %')), 'the last request is answered');
  });
});

describe('completion on the rail corpus (written for the tests)', function () {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'rail')] } } });
  });

  after(async () => {
    await client.stop();
  });

  for (const [prefix, figure] of [
    ['Le parc éolien des Deux-Caps comptera ', '62 éoliennes'],
    ['Nordvind Energy détient ', '49 %'],
  ] as const) {
    it(`continues « ${prefix}» with « ${figure} » in the top 3`, async () => {
      const items = await complete(client, prefix);
      assert.ok(items.slice(0, 3).some((i) => apply(prefix, i).includes(figure)), items.map((i) => apply(prefix, i)).join('\n'));
    });
  }
});
