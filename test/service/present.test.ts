import assert from 'node:assert/strict';
import { buildDocument } from '../../server/src/core/corpus/document';
import type { Entity } from '../../server/src/core/entities/types';
import { describeEntity } from '../../server/src/service/present/entity';
import { escapeMarkdown, fileLink } from '../../server/src/service/present/markdown';
import { describeSource, quotePassage } from '../../server/src/service/present/source';
import { evidenceSpan, excerptAround, excerptText, shortClaim, shortTitle } from '../../server/src/service/present/excerpt';

describe('service: presentation', () => {
  it('escapes corpus text so that it renders as itself: no links, images, HTML or emphasis', () => {
    const escaped = escapeMarkdown('[click](command:x) ![i](y) <img src=x> *b* `c` &amp;\nnext');
    assert.ok(!/(?<!\\)[[\]()<*`]/.test(escaped.replace(/&lt;|&amp;/g, '')), escaped);
    assert.ok(!escaped.includes('\n'));
  });

  it('links to a line of a file, 1-based, with an escaped label', () => {
    assert.equal(fileLink('a [b]', 'file:///c/a.md', 0), '[a \\[b\\]](file:///c/a.md#L1)');
  });

  it('describes a source: title, key, metadata, link', () => {
    const doc = buildDocument('/c/a.md', '---\nid: a\ntitle: Un titre\nauthor: Jeanne Dupont\ndate: 2024-01-02\nlang: fr\n---\n\nUne phrase.\n');
    assert.equal(describeSource(doc, 'fr'), '**Un titre**\n\n`@a` · Jeanne Dupont · 2024-01-02 · fr · 1 phrase\n\n[c/a.md](file:///c/a.md#L1)');
    assert.match(describeSource(doc, 'en'), / · 1 sentence\n/);
    assert.equal(quotePassage(doc, doc.sentences[0]), '> Une phrase.\n>\n> — [Un titre](file:///c/a.md#L9) `@a`');
  });

  it('centres an excerpt of a long passage on the words that state the claim, never from its start', () => {
    const passage = `"C'est comme une pluie noire sur les toits": ${'à Brest, les habitants regardaient avec inquiétude les traces laissées par le feu, '.repeat(2)}et le préfet a annoncé jeudi que l'incendie de l'entrepôt était maîtrisé depuis la veille au soir.`;
    const wanted = new Set(['prefet', 'incendie', 'entrepot', 'maitrise']);
    const centre = evidenceSpan(passage, (t) => wanted.has(t.norm));
    assert.ok(centre);
    const text = excerptText(passage, undefined, 160, centre);
    assert.ok(text.length <= 170, text);
    for (const word of ['préfet', 'incendie', 'entrepôt', 'maîtrisé']) assert.ok(text.includes(word), text);
    assert.ok(text.startsWith('…'), text);
    assert.equal(evidenceSpan(passage, () => false), undefined);
    assert.match(excerptText(passage, undefined, 160), /^"C'est comme/, 'without words to centre on: the start');
  });

  it('cuts an excerpt at word boundaries around the value a message names, never inside it', () => {
    const passage = `${'Un long début de phrase qui ne dit rien. '.repeat(6)}DeepSeek serait « 17 fois moins cher » que les autres${' et la suite continue encore'.repeat(6)}.`;
    const parts = excerptAround(passage, '17 fois', 120);
    const text = parts.map((p) => p.text).join('');
    assert.ok(text.length <= 125, String(text.length));
    assert.deepEqual(parts.filter((p) => p.focus).map((p) => p.text), ['17 fois']);
    assert.match(text, /^…\S/);
    assert.match(text, /\S…$/);
    for (const word of text.replace(/…/g, '').split(' ')) assert.ok(passage.includes(` ${word} `) || passage.startsWith(`${word} `) || passage.endsWith(` ${word}`) || /[«»]/.test(word), word);
    assert.equal(excerptText('Court.', 'absent'), 'Court.');
  });

  it('shortens titles and quoted claims on a word boundary', () => {
    assert.equal(shortTitle('La Chine réduit les distances avec les États-Unis en IA avec le meilleur qui soit donné: observer'), 'La Chine réduit les distances avec les États-Unis en IA…');
    assert.equal(shortClaim('Baidu a ouvert un centre de recherche en IA à Paris en 2023.'), 'Baidu a ouvert un centre de recherche en IA à Paris en 2023');
  });

  it('shows a hostile entity definition as text', () => {
    const entity = {
      id: 'e',
      name: 'Evil <b>Corp</b>',
      kind: 'organization',
      aliases: ['[x](http://evil)'],
      mentions: [],
      documents: 1,
      related: [],
      definition: { source: 'curated', text: '![img](http://evil/p.png) <script>' },
    } as unknown as Entity;
    const markdown = describeEntity(entity, 'en');
    assert.ok(!markdown.includes('<b>') && !markdown.includes('<script>') && !markdown.includes('](http'), markdown);
    assert.match(markdown, /\*organisation\*/);
    assert.match(markdown, /\*definition from the grounded\.entities file\*/);
  });
});
