import assert from 'node:assert/strict';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseCorpusMarkdown } from '../../../server/src/core/markdown/simpleMarkdown';
import { splitChunks } from '../../../server/src/core/markdown/chunks';
import { buildDocument } from '../../../server/src/core/corpus/document';

const texts = (source: string) => parseMarkdown(source).blocks.map((b) => b.text);

describe('front matter other than YAML between --- fences', () => {
  const toml = '+++\ntitle = "Note"\nid = "note-1"\nresume = "Zorblax Industries aurait livré 45 turbines en 2020"\n+++\n\nLe corps commence ici.\n';

  it('reads TOML front matter between +++ fences, never as prose', () => {
    const { frontMatter } = parseMarkdown(toml);
    assert.equal(frontMatter?.format, 'toml');
    assert.equal(toml.slice(frontMatter.valueSpan.start, frontMatter.valueSpan.end), frontMatter.raw);
    assert.equal(toml.slice(frontMatter.span.start, frontMatter.span.end), toml.slice(0, toml.indexOf('+++\n\n') + 3));
    assert.deepEqual(texts(toml), ['Le corps commence ici.']);
    assert.equal(parseMarkdown(toml).blocks[0].offsets[0], toml.indexOf('Le corps'));
  });

  it('reads YAML closed by ... (Pandoc), up to the first closing line', () => {
    const source = '---\ntitle: Note\nresume: Zorblax aurait livré 45 turbines\n...\n\nCorps.\n\n---\n\nSuite.\n';
    const { frontMatter } = parseMarkdown(source);
    assert.equal(frontMatter?.format, 'yaml');
    assert.equal(frontMatter.raw, 'title: Note\nresume: Zorblax aurait livré 45 turbines');
    assert.deepEqual(texts(source), ['Corps.', 'Suite.']);
    const closedByDashes = '---\ntitle: Note\n---\n\nCorps.\n\n...\n';
    assert.equal(parseMarkdown(closedByDashes).frontMatter?.raw, 'title: Note');
  });

  it('reads an unclosed --- block of many CRLF lines as prose (the closing-line scan is linear)', () => {
    const source = `---\r\n${'a: 1\r\n'.repeat(3000)}`;
    const { frontMatter, blocks } = parseMarkdown(source);
    assert.equal(frontMatter, undefined);
    assert.ok(blocks.length > 0);
  });

  it('keeps the same front matter in the fast corpus reader, with CRLF too', () => {
    for (const source of [toml, toml.replaceAll('\n', '\r\n'), '---\r\nid: a\r\n...\r\n\r\nCorps.\r\n']) {
      assert.deepEqual(parseCorpusMarkdown(source).frontMatter, parseMarkdown(source).frontMatter);
      assert.deepEqual(parseCorpusMarkdown(source).blocks.map((b) => b.text), parseMarkdown(source).blocks.map((b) => b.text));
    }
  });

  it('is not front matter when +++ is not at the very start, or never closed', () => {
    assert.equal(parseMarkdown('Intro\n\n+++\na = 1\n+++\n').frontMatter, undefined);
    assert.equal(parseMarkdown('+++\na = 1\n').frontMatter, undefined);
  });

  it('never cuts a long draft inside TOML front matter', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraphe ${i} du corps.`).join('\n\n');
    const source = `+++\n${Array.from({ length: 30 }, (_, i) => `k${i} = "${'x'.repeat(20)}"\n\nz${i} = 1`).join('\n')}\n+++\n\n${body}\n`;
    const chunks = splitChunks(source, 0, 200);
    const close = source.indexOf('\n+++\n') + 1;
    assert.ok(chunks.every((c) => c.start === 0 || c.start > close), 'no chunk starts inside the front matter');
    assert.equal(parseMarkdown(source).frontMatter?.format, 'toml');
  });

  it('gives a corpus file its TOML id, title and date', () => {
    const doc = buildDocument('/corpus/turbines.md', '+++\nid = "zx-2020"\ntitle = "Zorblax livre"\ndate = 2021-03-04\nlang = "fr"\n+++\n\nZorblax Industries a livré 45 turbines en 2020.\n');
    assert.equal(doc.id, 'zx-2020');
    assert.equal(doc.title, 'Zorblax livre');
    assert.equal(doc.date, '2021-03-04');
    assert.deepEqual(doc.problems, []);
    assert.deepEqual(doc.sentences.map((s) => s.text), ['Zorblax Industries a livré 45 turbines en 2020.']);
  });

  it('reports a bad TOML field of a corpus file on its line', () => {
    const doc = buildDocument('/corpus/bad.md', '+++\nid = "two words"\n+++\n\nTexte.\n');
    assert.equal(doc.id, 'bad');
    assert.equal(doc.problems.length, 1);
    assert.equal(doc.problems[0].range?.start.line, 1);
  });
});
