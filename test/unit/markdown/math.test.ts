import assert from 'node:assert/strict';
import { splitChunks } from '../../../server/src/core/markdown/chunks';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseCorpusMarkdown } from '../../../server/src/core/markdown/simpleMarkdown';
import { assertAligned, sourceOf } from './helpers';

const texts = (source: string) => parseMarkdown(source).blocks.map((b) => b.text);

describe('TeX math (Pandoc tex_math_dollars)', () => {
  it('drops inline math, and brackets that held only math, keeping offsets exact', () => {
    const source = 'DeepSeek serait 17 fois moins cher ($r = 1/17$) que les solutions 😀 américaines.';
    const [block] = parseMarkdown(source).blocks;
    assert.equal(block.text, 'DeepSeek serait 17 fois moins cher que les solutions 😀 américaines.');
    assertAligned(source, block);
    assert.equal(sourceOf(source, block, 'que'), 'que');
    assert.equal(sourceOf(source, block, 'américaines.'), 'américaines.');
  });

  it('drops math inside a sentence without leaving a gap of two spaces', () => {
    assert.deepEqual(texts('Le ratio $r$ vaut 17, soit $\\frac{1}{17}$.'), ['Le ratio vaut 17, soit.']);
  });

  it('never reads display math as prose, on one line or between $$ lines', () => {
    assert.deepEqual(texts('Avant.\n\n$$ c = 17 \\, d $$\n\n$$\nZorblax = 45 \\times 2020\n$$\n\nAprès.\n'), ['Avant.', 'Après.']);
    assert.deepEqual(texts('Avant\n$$\nc = 17\n$$\nAprès.\n'), ['Avant', 'Après.']);
  });

  it('keeps prices and lone dollars as prose', () => {
    for (const prose of ['Le prix passe de 20 $ à 30 $.', 'It cost $5-$10, or US$5 and $20, $30.', 'Un \\$x\\$ échappé.', 'From $5 to $6 million.']) {
      const [block] = parseMarkdown(prose).blocks;
      assert.equal(block.text, prose.replaceAll('\\', ''), prose);
      assertAligned(prose, block);
    }
  });

  it('keeps math out of prose in block quotes, list items and table cells', () => {
    assert.deepEqual(texts('> Cité $x = 2$ ici.\n\n- Item $y$ là.\n\n| $z$ | Cellule $w$ |\n|---|---|\n'), ['Cité ici.', 'Item là.', 'Cellule']);
  });

  it('never cuts a long draft inside display math that holds blank lines', () => {
    const para = (i: number) => `Paragraphe ${i}, assez long pour remplir un morceau de texte.`;
    const source = [...Array.from({ length: 20 }, (_, i) => para(i)), '$$\na = 1\n\nb = 2\n\nc = 3\n$$', ...Array.from({ length: 20 }, (_, i) => para(i + 20))].join('\n\n');
    const open = source.indexOf('$$');
    const close = source.indexOf('$$', open + 2);
    assert.ok(splitChunks(source, 0, 300).every((c) => c.start <= open || c.start > close), 'no chunk starts inside the math');
    assert.ok(!texts(source).some((t) => /^[abc] = /.test(t)));
  });

  it('gives the same blocks in the fast corpus reader', () => {
    for (const source of ['Texte $x$ ici.\n', 'Prix 20 $ et 30 $.\n', '$$\nx\n$$\n\nTexte.\n', 'From $5 to $6 million.\n']) {
      assert.deepEqual(parseCorpusMarkdown(source).blocks.map((b) => b.text), parseMarkdown(source).blocks.map((b) => b.text), source);
    }
  });
});
