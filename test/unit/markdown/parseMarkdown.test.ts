import assert from 'node:assert/strict';
import { parseMarkdown, sourceSpan } from '../../../server/src/core/markdown/parseMarkdown';
import { assertAligned, sourceOf } from './helpers';

function texts(source: string): string[] {
  return parseMarkdown(source).blocks.map((block) => block.text);
}

function kinds(source: string): string[] {
  return parseMarkdown(source).blocks.map((block) => `${block.kind}:${block.text}`);
}

function assertAllAligned(source: string): void {
  for (const block of parseMarkdown(source).blocks) assertAligned(source, block);
}

describe('parseMarkdown', () => {
  describe('block kinds', () => {
    it('reads a paragraph with soft line breaks as one line', () => {
      const source = 'First line of text\nsecond line.\n';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.kind, 'paragraph');
      assert.equal(block.text, 'First line of text second line.');
      assert.deepEqual(block.span, { start: 0, end: source.length - 1 });
      assert.equal(source[block.offsets[18]], '\n');
      assertAligned(source, block);
    });

    it('reads ATX and setext headings without their markers', () => {
      const source = '# Title *here* #\n\nSub title\n---------\n';
      const blocks = parseMarkdown(source).blocks;
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['heading', 'Title here'],
          ['heading', 'Sub title'],
        ],
      );
      assert.equal(source.slice(blocks[0].span.start, blocks[0].span.end), 'Title *here*');
      assert.equal(sourceOf(source, blocks[0], 'here'), 'here');
    });

    it('labels list items, block quotes and their nesting by the innermost container', () => {
      const source = '- one\n- two\n  continued\n\n> quoted\n> more\n\n> - listed in a quote\n\n- > quoted in a list\n';
      assert.deepEqual(kinds(source), [
        'listItem:one',
        'listItem:two continued',
        'blockquote:quoted more',
        'listItem:listed in a quote',
        'blockquote:quoted in a list',
      ]);
      assertAllAligned(source);
    });

    it('reads ordered and task list items', () => {
      assert.deepEqual(kinds('1. first\n2. second\n\n- [ ] task\n'), ['listItem:first', 'listItem:second', 'listItem:[ ] task']);
    });

    it('reads a nested list inside a block quote with exact offsets', () => {
      const source = '> Intro text\n>\n> - outer item\n>   - inner *item* here\n>     lazy line\n';
      const blocks = parseMarkdown(source).blocks;
      assert.deepEqual(
        blocks.map((b) => `${b.kind}:${b.text}`),
        ['blockquote:Intro text', 'listItem:outer item', 'listItem:inner item here lazy line'],
      );
      assert.equal(sourceOf(source, blocks[2], 'lazy line'), 'lazy line');
      assert.equal(sourceOf(source, blocks[2], 'here lazy'), 'here\n>     lazy');
      for (const block of blocks) assertAligned(source, block);
    });

    it('reads each GFM table cell as a block', () => {
      const source = '| Model | Score |\n|:--|--:|\n| GPT-4 | 86,4 % |\n| a \\| b | `x` |\n';
      const blocks = parseMarkdown(source).blocks;
      assert.deepEqual(
        blocks.map((b) => `${b.kind}:${b.text}`),
        ['tableCell:Model', 'tableCell:Score', 'tableCell:GPT-4', 'tableCell:86,4 %', 'tableCell:a | b'],
      );
      assert.equal(sourceOf(source, blocks[3], '86,4 %'), '86,4 %');
      assert.equal(sourceOf(source, blocks[4], 'a | b'), 'a \\| b');
      for (const block of blocks) assertAligned(source, block);
    });
  });

  describe('exclusions', () => {
    it('skips fenced, indented and unclosed code', () => {
      assert.deepEqual(texts('Text.\n\n```js\nconst a = 1;\n```\n\n    indented code\n\nAfter.\n\n~~~\nnever closed\n'), ['Text.', 'After.']);
    });

    it('drops inline code without doubling spaces', () => {
      const source = 'Call `fetch()` now and `x`.';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'Call now and.');
      assertAligned(source, block);
    });

    it('drops block and inline HTML', () => {
      assert.deepEqual(texts('<div>\nhidden\n</div>\n\nShown <span>text</span> here.\n'), ['Shown text here.']);
    });

    it('keeps link text and drops destinations, titles, images and autolinks', () => {
      const source = 'See [the *report*](https://example.com "Title") and ![a chart](c.png) or <https://x.org> now.';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'See the report and or now.');
      assert.equal(sourceOf(source, block, 'the report'), 'the *report');
      assertAligned(source, block);
    });

    it('drops bare URLs', () => {
      assert.deepEqual(texts('Source: https://example.com/a?b=1. And www.example.org too.'), ['Source:. And too.']);
    });

    it('keeps reference link text and skips definitions', () => {
      assert.deepEqual(texts('A [reference][ref] and [ref].\n\n[ref]: https://example.com "T"\n'), ['A reference and ref.']);
    });

    it('drops footnote references and reads footnote definitions as prose of kind footnote', () => {
      const source = 'A claim[^1] here [^note].\n\n[^1]: The footnote text.\n[^note]: Another.\n';
      const [block, ...rest] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'A claim here.');
      assert.deepEqual(
        rest.map((b) => `${b.kind}:${b.text}`),
        ['footnote:The footnote text.', 'footnote:Another.'],
      );
      for (const b of [block, ...rest]) assertAligned(source, b);
    });

    it('gives the citations of a footnote that only cites to the sentence of its reference, anchored there', () => {
      const source = 'First claim.[^a] Second claim.\n\nOther paragraph.\n\n[^a]: See [@smith, p. 3].\n[^b]: A note that says more [@jones].\n';
      const parsed = parseMarkdown(source);
      assert.deepEqual(
        parsed.blocks.map((b) => `${b.kind}:${b.text}:${b.citations.map((c) => c.keys.map((k) => k.id).join()).join()}`),
        ['paragraph:First claim. Second claim.:smith', 'paragraph:Other paragraph.:', 'footnote:A note that says more.:jones'],
      );
      const [citation] = parsed.blocks[0].citations;
      assert.equal(citation.anchor, source.indexOf('[^a]'));
      assert.equal(source.slice(citation.span.start, citation.span.end), '[@smith, p. 3]');
    });

    it('reads a Pandoc definition list: the term a label, each definition prose', () => {
      const source = 'Revenue\n: The firm earned 3 million euros in 2023.\n\nNext paragraph.\n';
      const blocks = parseMarkdown(source).blocks;
      assert.deepEqual(
        blocks.map((b) => `${b.kind}:${b.label === true}:${b.text}`),
        ['term:true:Revenue', 'listItem:false:The firm earned 3 million euros in 2023.', 'paragraph:false:Next paragraph.'],
      );
      for (const b of blocks) assertAligned(source, b);
    });

    it('gives each definition the term it defines, mapped to the source', () => {
      const source = 'Léa **Montval**\n: militante âgée de 80 ans.\n\n  Elle vit à Rivel.\n\nAutre paragraphe.\n';
      const blocks = parseMarkdown(source).blocks;
      assert.deepEqual(
        blocks.map((b) => `${b.kind}:${b.term?.text ?? '-'}`),
        ['term:-', 'listItem:Léa Montval', 'listItem:Léa Montval', 'paragraph:-'],
      );
      const term = blocks[1].term!;
      assert.equal(source.slice(term.offsets[0], term.offsets[term.text.length]), 'Léa **Montval');
      assert.equal(source[term.offsets[4]], 'M');
    });

    it('gives a definition whose term has no words a term of no words', () => {
      const blocks = parseMarkdown('![portrait](p.png)\n: militante âgée de 80 ans.\n').blocks;
      assert.deepEqual(blocks.map((b) => `${b.kind}:${b.term?.text ?? '-'}`), ['listItem:']);
    });

    it('skips thematic breaks and empty blocks', () => {
      assert.deepEqual(texts('Text\n\n***\n\n![only an image](a.png)\n\n`only code`\n'), ['Text']);
    });
  });

  describe('front matter', () => {
    it('returns the YAML between the fences with its spans', () => {
      const source = '---\ntitle: Essai\nlang: fr\n---\n\n# Title\n';
      const { frontMatter, blocks } = parseMarkdown(source);
      assert.ok(frontMatter);
      assert.equal(frontMatter.raw, 'title: Essai\nlang: fr');
      assert.equal(source.slice(frontMatter.valueSpan.start, frontMatter.valueSpan.end), frontMatter.raw);
      assert.equal(source.slice(frontMatter.span.start, frontMatter.span.end), '---\ntitle: Essai\nlang: fr\n---');
      assert.deepEqual(texts(source), ['Title']);
      assert.equal(blocks[0].offsets[0], source.indexOf('Title'));
    });

    it('handles CRLF, an empty front matter and a document of only front matter', () => {
      const crlf = '---\r\na: 1\r\n---\r\nBody\r\n';
      const parsed = parseMarkdown(crlf);
      assert.equal(crlf.slice(parsed.frontMatter!.valueSpan.start, parsed.frontMatter!.valueSpan.end), 'a: 1');
      assert.deepEqual(parsed.blocks.map((b) => b.text), ['Body']);
      const empty = parseMarkdown('---\n---\n');
      assert.equal(empty.frontMatter?.raw, '');
      assert.deepEqual(empty.frontMatter?.valueSpan, { start: 4, end: 4 });
      assert.equal(empty.blocks.length, 0);
    });

    it('is not front matter unless at the very start', () => {
      const { frontMatter, blocks } = parseMarkdown('Intro\n\n---\na: 1\n---\n');
      assert.equal(frontMatter, undefined);
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['paragraph', 'Intro'],
          ['heading', 'a: 1'],
        ],
      );
    });

    it('keeps offsets exact after a byte order mark', () => {
      const source = '\ufeff---\na: 1\n---\nText *here*.';
      const { frontMatter, blocks } = parseMarkdown(source);
      assert.equal(source.slice(frontMatter!.valueSpan.start, frontMatter!.valueSpan.end), 'a: 1');
      assert.equal(sourceOf(source, blocks[0], 'here'), 'here');
      assertAligned(source, blocks[0]);
    });
  });

  describe('offsets', () => {
    it('maps escapes to the escaped character', () => {
      const source = 'Price \\*not\\* emphasis \\[x\\] 5\\$.';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'Price *not* emphasis [x] 5$.');
      assertAligned(source, block);
      assert.equal(sourceOf(source, block, '*not*'), '*not\\*');
    });

    it('maps decoded character references to the whole reference', () => {
      const source = 'R&amp;D costs &euro;5 &#8212; &#x41;BC &nope; here';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'R&D costs €5 — ABC &nope; here');
      assertAligned(source, block);
      assert.equal(sourceOf(source, block, 'R&D'), 'R&amp;D');
      assert.equal(sourceOf(source, block, '€'), '&euro;');
      assert.equal(sourceOf(source, block, 'ABC'), '&#x41;BC');
      assert.equal(block.offsets[1], 1);
      assert.equal(block.offsets[2], 6);
    });

    it('maps soft and hard line breaks under CRLF to the line ending', () => {
      const source = 'Line one\r\nline two  \r\nline three\\\r\nfour\r\n';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'Line one line two line three four');
      assertAligned(source, block);
      assert.equal(source.slice(block.offsets[8], block.offsets[8] + 2), '\r\n');
      assert.equal(sourceOf(source, block, 'one line'), 'one\r\nline');
      assert.equal(sourceOf(source, block, 'four'), 'four');
      assert.equal(block.offsets[block.text.length], source.length - 2);
    });

    it('skips continuation indentation and quote prefixes', () => {
      const source = '> > Deep quote\n> > continues   here\n> lazily.\n';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.kind, 'blockquote');
      assert.equal(block.text, 'Deep quote continues   here lazily.');
      assertAligned(source, block);
      assert.equal(sourceOf(source, block, 'lazily'), 'lazily');
    });

    it('keeps surrogate pairs and emoji aligned', () => {
      const source = 'Emoji 🎉 and 𝔘𝔫𝔦 *text* 👍🏽.';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'Emoji 🎉 and 𝔘𝔫𝔦 text 👍🏽.');
      assertAligned(source, block);
      assert.equal(sourceOf(source, block, '👍🏽'), '👍🏽');
    });

    it('maps every word of a mixed document back to itself', () => {
      const source = [
        '# Le marché',
        '',
        'Selon **Reuters**, le chiffre d’affaires atteint 236,03 M€ en 2024 [@reuters2024].',
        'Les *acteurs* comme [JD.com](https://jd.com) progressent.',
        '',
        '- Qwen2.5-Max bat GPT-4',
        '  sur 3 tests.',
        '',
        '| Pays | Part |',
        '| --- | --- |',
        '| France | 12 % |',
      ].join('\n');
      const blocks = parseMarkdown(source).blocks;
      for (const block of blocks) {
        assertAligned(source, block);
        for (const match of block.text.matchAll(/[\p{L}\p{N}]+(?:[,.’-][\p{L}\p{N}]+)*/gu)) {
          const span = sourceSpan(block, match.index, match.index + match[0].length);
          assert.equal(source.slice(span.start, span.end), match[0]);
        }
      }
    });

    it('gives an empty span for an empty range and clamps out-of-range ones', () => {
      const source = 'Some text.';
      const [block] = parseMarkdown(source).blocks;
      assert.deepEqual(sourceSpan(block, 4, 4), { start: 4, end: 4 });
      assert.deepEqual(sourceSpan(block, 5, 99), { start: 5, end: 10 });
    });
  });

  describe('ignore comments', () => {
    it('ignores the block after an ignore comment, only that one', () => {
      const source = 'Kept.\n\n<!-- grounded: ignore -->\nIgnored paragraph.\n\nKept again.\n';
      assert.deepEqual(
        parseMarkdown(source).blocks.map((b) => [b.text, b.ignored]),
        [
          ['Kept.', false],
          ['Ignored paragraph.', true],
          ['Kept again.', false],
        ],
      );
    });

    it('tolerates case and spacing, and ignores a whole list after the comment', () => {
      const source = '<!--GROUNDED :  Ignore-->\n- a\n- b\n\nc\n';
      assert.deepEqual(
        parseMarkdown(source).blocks.map((b) => b.ignored),
        [true, true, false],
      );
    });

    it('ignores a paragraph or list item containing the comment', () => {
      const source = 'Text <!-- grounded: ignore --> here.\n\n- kept\n- dropped <!-- grounded: ignore -->\n  - its child\n- kept too\n';
      assert.deepEqual(
        parseMarkdown(source).blocks.map((b) => [b.text, b.ignored]),
        [
          ['Text here.', true],
          ['kept', false],
          ['dropped', true],
          ['its child', true],
          ['kept too', false],
        ],
      );
    });

    it('ignores everything between off and on', () => {
      const source = 'a\n\n<!-- grounded: off -->\n\nb\n\n# c\n\n| d |\n|---|\n| e |\n\n<!-- grounded: on -->\n\nf\n\n<!-- grounded: off -->\ng\n';
      assert.deepEqual(
        parseMarkdown(source).blocks.map((b) => `${b.text}:${b.ignored}`),
        ['a:false', 'b:true', 'c:true', 'd:true', 'e:true', 'f:false', 'g:true'],
      );
    });

    it('does not treat other comments as directives', () => {
      assert.deepEqual(
        parseMarkdown('<!-- note -->\nText\n\n<!-- grounded: ignored -->\nMore\n').blocks.map((b) => b.ignored),
        [false, false],
      );
    });
  });

  describe('citations in blocks', () => {
    it('removes a bracketed citation with the space before it', () => {
      const source = 'The claim holds [@smith2020].';
      const parsed = parseMarkdown(source);
      const [block] = parsed.blocks;
      assert.equal(block.text, 'The claim holds.');
      assert.equal(block.citations.length, 1);
      assert.equal(source.slice(block.citations[0].span.start, block.citations[0].span.end), '[@smith2020]');
      assert.deepEqual(parsed.citations, block.citations);
      assertAligned(source, block);
    });

    it('reads a citation that micromark parses as a link reference', () => {
      const source = 'Claim [@key].\n\n[@key]: https://example.com\n';
      const [block] = parseMarkdown(source).blocks;
      assert.equal(block.text, 'Claim.');
      assert.equal(block.citations[0]?.keys[0]?.id, 'key');
      assert.equal(source.slice(block.citations[0].span.start, block.citations[0].span.end), '[@key]');
    });

    it('collects citations of every block in document order', () => {
      const source = '# Title @a\n\n- item [@b; @c]\n\n> quote [see @d, p. 3]\n\n| x [@e] |\n|---|\n';
      const { citations } = parseMarkdown(source);
      assert.deepEqual(
        citations.flatMap((c) => c.keys.map((k) => k.id)),
        ['a', 'b', 'c', 'd', 'e'],
      );
      for (const citation of citations) {
        for (const key of citation.keys) assert.equal(source.slice(key.span.start, key.span.end), `@${key.id}`);
      }
    });

    it('does not find citations in code or in emails', () => {
      const { citations, blocks } = parseMarkdown('Mail me@example.com or see `[@code]`.\n\n```\n[@fenced]\n```\n');
      assert.equal(citations.length, 0);
      assert.equal(blocks[0].text, 'Mail me@example.com or see.');
    });

    it('keeps a citation-only paragraph as an empty block with its citation', () => {
      const [block] = parseMarkdown('[@only]\n').blocks;
      assert.equal(block.text, '');
      assert.equal(block.citations.length, 1);
      assert.equal(block.offsets.length, 1);
    });

    it('gives a citation-only table cell to its row: the nearest cell with text before it, else after it', () => {
      const source = '| Indicateur | Valeur | Source |\n|---|---|---|\n| Passages | 224 | [@os-1] |\n| [@os-2] | Lits | |\n| [@os-3] | | |\n';
      const cited = parseMarkdown(source).blocks.map((b) => `${b.text}:${b.citations.flatMap((c) => c.keys.map((k) => k.id)).join(',')}`);
      assert.deepEqual(cited, ['Indicateur:', 'Valeur:', 'Source:', 'Passages:', '224:os-1', 'Lits:os-2,os-3']);
    });

    it('gives a citation-only paragraph or list item to the block with text before it', () => {
      const parsed = parseMarkdown('Une phrase.\n\n[@a]\n\n- [@b]\n- Un point\n');
      assert.deepEqual(parsed.blocks.map((b) => `${b.text}:${b.citations.flatMap((c) => c.keys.map((k) => k.id)).join(',')}`), ['Une phrase.:a,b', 'Un point:']);
      assert.deepEqual(parsed.citations.map((c) => c.keys[0].id), ['a', 'b']);
    });
  });

  describe('robustness', () => {
    it('handles empty and blank input', () => {
      assert.deepEqual(parseMarkdown(''), { blocks: [], citations: [] });
      assert.deepEqual(parseMarkdown('\n\n  \r\n').blocks, []);
    });

    it('survives deeply nested lists and quotes', () => {
      const deepQuote = `${'> '.repeat(3000)}deep text\n`;
      const quoted = parseMarkdown(deepQuote);
      assert.ok(quoted.blocks.some((b) => b.text.includes('deep text')));
      let deepList = '';
      for (let i = 0; i < 400; i++) deepList += `${' '.repeat(i * 2)}- item ${i}\n`;
      const started = Date.now();
      const listed = parseMarkdown(deepList);
      assert.ok(Date.now() - started < 5000);
      assert.ok(listed.blocks.length >= 1);
      for (const block of quoted.blocks) assertAligned(deepQuote, block);
      for (const block of listed.blocks) assertAligned(deepList, block);
    });

    it('handles a large table', () => {
      let source = '| a | b |\n|---|---|\n';
      for (let i = 0; i < 2000; i++) source += `| row ${i} &amp; x | ${i} |\n`;
      const blocks = parseMarkdown(source).blocks;
      assert.equal(blocks.length, 2 + 2000 * 2);
      assert.equal(blocks[blocks.length - 2].text, 'row 1999 & x');
      assertAligned(source, blocks[blocks.length - 2]);
    });

    it('never throws on random markdown-ish input and keeps offsets in order', () => {
      const alphabet = ['a', 'b', ' ', ' ', '\n', '\n', '\r\n', '*', '_', '`', '[', ']', '(', ')', '@', '#', '>', '-', '|', '\\', '&amp;', '&#', ';', '<!--', '-->', '<', '!', '~~~', '```', '🎉', 'é', '\t', '1.', ':', '^', '---\n', 'grounded: ignore', 'http://', '\ufeff'];
      let seed = 42;
      const random = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let run = 0; run < 400; run++) {
        let source = '';
        const length = random(80);
        for (let i = 0; i < length; i++) source += alphabet[random(alphabet.length)];
        const parsed = parseMarkdown(source);
        for (const block of parsed.blocks) {
          assert.equal(block.offsets.length, block.text.length + 1, JSON.stringify(source));
          for (let i = 0; i < block.offsets.length; i++) {
            assert.ok(block.offsets[i] >= 0 && block.offsets[i] <= source.length, JSON.stringify(source));
            if (i > 0) assert.ok(block.offsets[i] >= block.offsets[i - 1], JSON.stringify(source));
          }
          for (let i = 0; i < block.text.length; i++) {
            const span = sourceSpan(block, i, i + 1);
            assert.ok(span.start <= span.end && span.end <= source.length, JSON.stringify(source));
          }
        }
        for (const citation of parsed.citations) assert.ok(citation.span.start < citation.span.end && citation.span.end <= source.length);
      }
    });
  });
});
