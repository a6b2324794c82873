import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parseMarkdown, type ParsedMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseCorpusMarkdown } from '../../../server/src/core/markdown/simpleMarkdown';

const plain = (parsed: ParsedMarkdown) => ({
  frontMatter: parsed.frontMatter,
  blocks: parsed.blocks.map((b) => ({ kind: b.kind, text: b.text, offsets: [...b.offsets], ignored: b.ignored })),
});

describe('parseCorpusMarkdown (fast path for plain articles)', () => {
  it('gives what the full parser gives on plain prose, headings and front matter', () => {
    const word = fc.constantFrom('La', 'coopérative', 'récolte', '42', '000', 'tonnes', 'd’Auge', 'l\'été', '12,5', '%', '«', '»', '–', 'é', '😀', 'e\u0301', '#', '1️⃣', '.', ',', ';', ':', '!', '?', '(', ')', '"', '/', '-', '=', '+', '1.', '•', '$', '20 $', '$5', 'US$5', '$x$', '$$', '$ a $');
    const line = fc.tuple(fc.constantFrom('', ' ', '  ', '# ', '## ', '###### ', '#', ': '), fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('', ' ', '  ')).map(([lead, words, trail]) => lead + words.join(' ') + trail);
    // Front matter: none, usual, empty, with blank lines and spaces after the fences; YAML closed by `...`
    // (before or after a `---` line), TOML between `+++` fences.
    const frontMatters = ['', '---|id: a|title: T|---|', '---|---|', '--- |a: 1||b: "x y"|---  |', '---|id: a|---', '---|id: a|...|', '---|id: a|... |---|', '+++|id = "a"|title = "T"|+++|', '+++ |a = 1||+++|', '+++|a = 1|---|+++|'];
    const doc = fc
      .tuple(fc.constantFrom(...frontMatters), fc.array(fc.oneof(line, fc.constant('')), { maxLength: 20 }), fc.constantFrom('\n', '\r\n'))
      .map(([fm, lines, eol]) => fm.replaceAll('|', eol) + lines.join(eol));
    fc.assert(
      fc.property(doc, (source) => {
        assert.deepEqual(plain(parseCorpusMarkdown(source)), plain(parseMarkdown(source)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives what the full parser gives on the bundled corpus and the test corpora', () => {
    const root = path.resolve(__dirname, '../../..');
    const folders = [path.join(root, 'corpus'), ...['rail', 'space', 'bad'].map((c) => path.join(root, 'test', 'fixtures', 'corpora', c))];
    for (const folder of folders) {
      for (const name of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
        const source = readFileSync(path.join(folder, name), 'utf8');
        assert.deepEqual(plain(parseCorpusMarkdown(source)), plain(parseMarkdown(source)), name);
      }
    }
  });
});
