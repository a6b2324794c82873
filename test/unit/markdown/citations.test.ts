import assert from 'node:assert/strict';
import { type Citation, parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { assertAligned } from './helpers';

interface Read {
  text: string;
  cited: string[];
  keys: Array<{ id: string; locator?: string }>;
}

function read(source: string): Read {
  const { blocks, citations } = parseMarkdown(source);
  for (const block of blocks) assertAligned(source, block);
  for (const citation of citations) {
    for (const key of citation.keys) assert.ok([`@${key.id}`, `@{${key.id}}`].includes(source.slice(key.span.start, key.span.end)), 'the key span covers the key as written');
  }
  return {
    text: blocks.map((b) => b.text).join(' | '),
    cited: citations.map((c: Citation) => source.slice(c.span.start, c.span.end)),
    keys: citations.flatMap((c) => c.keys.map((k) => (k.locator ? { id: k.id, locator: k.locator } : { id: k.id }))),
  };
}

describe('Pandoc citations', () => {
  it('reads [@id]', () => {
    assert.deepEqual(read('Claim [@smith2020].'), { text: 'Claim.', cited: ['[@smith2020]'], keys: [{ id: 'smith2020' }] });
  });

  it('reads a locator after a comma', () => {
    assert.deepEqual(read('Claim [@smith2020, p. 3] holds.'), {
      text: 'Claim holds.',
      cited: ['[@smith2020, p. 3]'],
      keys: [{ id: 'smith2020', locator: 'p. 3' }],
    });
  });

  it('reads several keys separated by semicolons, with prefixes and locators', () => {
    assert.deepEqual(read('Claim [see @a, pp. 3-4; also @b; -@c].'), {
      text: 'Claim.',
      cited: ['[see @a, pp. 3-4; also @b; -@c]'],
      keys: [{ id: 'a', locator: 'pp. 3-4' }, { id: 'b' }, { id: 'c' }],
    });
  });

  it('reads in-text citations, with an optional bracketed locator', () => {
    assert.deepEqual(read('As @smith2020 shows, and @doe21 [p. 33] adds.'), {
      text: 'As shows, and adds.',
      cited: ['@smith2020', '@doe21 [p. 33]'],
      keys: [{ id: 'smith2020' }, { id: 'doe21', locator: 'p. 33' }],
    });
  });

  it('keeps internal punctuation in keys and leaves trailing punctuation out', () => {
    assert.deepEqual(read('See @doi:10.1000/xyz.1, and @Dupont_é2019.').keys, [{ id: 'doi:10.1000/xyz.1' }, { id: 'Dupont_é2019' }]);
  });

  it('removes a citation at the start of a block with the space after it', () => {
    assert.equal(read('@smith2020 argues this.').text, 'argues this.');
    assert.equal(read('[@a] Then text.').text, 'Then text.');
  });

  it('reads citations inside emphasis, lists, quotes and headings', () => {
    const { keys, text } = read('- *claim [@a]*\n\n> quote @b\n\n## Heading [@c]\n');
    assert.deepEqual(keys, [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    assert.equal(text, 'claim | quote | Heading');
  });

  it('reads citations across a soft line break and under CRLF', () => {
    const source = 'A claim\r\n[@a;\r\n@b] and more.';
    const result = read(source);
    assert.equal(result.text, 'A claim and more.');
    assert.deepEqual(result.cited, ['[@a;\r\n@b]']);
  });

  it('ignores emails, bare @ signs, escapes and brackets without keys', () => {
    const result = read('Write to a@b.org, meet @ noon, \\[@esc\\] \\@handle [a link] (\\@paren).');
    assert.deepEqual(result.keys, []);
    assert.equal(result.text, 'Write to a@b.org, meet @ noon, [@esc] @handle [a link] (@paren).');
  });

  it('reads an in-text key right after an opening parenthesis, quote or dash, as Pandoc does', () => {
    const result = read('Claim (@dupont2021). Other «@roe» and —@poe, (voir @k).');
    assert.deepEqual(result.keys, [{ id: 'dupont2021' }, { id: 'roe' }, { id: 'poe' }, { id: 'k' }]);
    assert.deepEqual(result.cited, ['@dupont2021', '@roe', '@poe', '@k']);
    assert.equal(result.text, 'Claim. Other and —, (voir).', 'brackets and quotes left empty go with the key');
  });

  it('does not read an @ inside a URL or glued to a word as a citation', () => {
    assert.deepEqual(read('See https://twitter.com/@user now, x:@k and a_@k or a.@k.').keys, []);
  });

  it('reads braced keys, bracketed and in-text', () => {
    const source = 'Claim [@{dupont2021}] and [see @{https://doi.org/10.1/x?y=1&z}, p. 3]; @{roe.} says.';
    const result = read(source);
    assert.deepEqual(result.keys, [{ id: 'dupont2021' }, { id: 'https://doi.org/10.1/x?y=1&z', locator: 'p. 3' }, { id: 'roe.' }]);
    assert.deepEqual(result.cited, ['[@{dupont2021}]', '[see @{https://doi.org/10.1/x?y=1&z}, p. 3]', '@{roe.}']);
    assert.equal(result.text, 'Claim and; says.');
  });

  it('ignores citations in code and link destinations', () => {
    assert.deepEqual(read('`[@code]` and [text](http://x.org/@user) here.').keys, []);
  });

  it('reads link text that is a citation', () => {
    const result = read('Per [@key](https://doi.org/x) today.');
    assert.deepEqual(result.keys, [{ id: 'key' }]);
    assert.equal(result.text, 'Per today.');
  });
});
