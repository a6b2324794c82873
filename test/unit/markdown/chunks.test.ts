import assert from 'node:assert/strict';
import { splitChunks } from '../../../server/src/core/markdown/chunks';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { assertAligned } from './helpers';

describe('splitChunks', () => {
  it('splits only before a column-0 line after a blank line', () => {
    const source = 'para one\n\n- item\n\n  still item\n\n    code\n\npara two\n';
    const chunks = splitChunks(source, 0, 1);
    assert.deepEqual(
      chunks.map((c) => source.slice(c.start, c.end)),
      ['para one\n\n', '- item\n\n  still item\n\n    code\n\n', 'para two\n'],
    );
  });

  it('does not split inside fenced code, multi-line HTML comments or front matter', () => {
    const source = '---\na: 1\n\nb: 2\n---\n\n```\nx\n\ny\n````not a close\n```\n\n<!--\n\ncomment\n-->\n\nend\n';
    const pieces = splitChunks(source, 0, 1).map((c) => source.slice(c.start, c.end));
    assert.deepEqual(pieces, ['---\na: 1\n\nb: 2\n---\n\n', '```\nx\n\ny\n````not a close\n```\n\n', '<!--\n\ncomment\n-->\n\n', 'end\n']);
  });

  it('flags chunks nested too deeply to parse', () => {
    const [chunk] = splitChunks(`${'- '.repeat(300)}x\n`, 0, 8000);
    assert.equal(chunk.tooDeep, true);
    assert.equal(splitChunks('- a\n  - b\n', 0, 8000)[0].tooDeep, false);
  });
});

describe('parseMarkdown on large documents', () => {
  const section = (i: number): string =>
    `## Part ${i}\n\nClaim ${i} with *emphasis* and a note[^n${i % 7}] [@key${i}, p. ${i}].\nSee [the ref][r${i % 5}] &amp; more.\n\n` +
    `> quote ${i}\n\n- item ${i}\n  continued\n\n\`\`\`\ncode ${i}\n\nstill code\n\`\`\`\n\n| c${i} | d |\n|---|---|\n| e | f |\n\n`;

  it('reads a document split in chunks the same as its sections read alone', function () {
    this.timeout(20_000);
    let definitions = '';
    for (let k = 0; k < 7; k++) definitions += `[^n${k}]: Footnote ${k}.\n\n`;
    for (let k = 0; k < 5; k++) definitions += `[r${k}]: https://example.com/${k}\n\n`;
    let source = '';
    const expected: string[] = [];
    for (let i = 0; i < 300; i++) {
      const part = section(i);
      const alone = parseMarkdown(part + '\n' + definitions).blocks.filter((block) => block.kind !== 'footnote');
      for (const block of alone) expected.push(`${block.kind}:${block.offsets[0] + source.length}:${block.text}`);
      source += part;
    }
    // The footnotes' text once, where the definitions are (the stubs other chunks get are no blocks).
    for (const block of parseMarkdown(definitions).blocks) expected.push(`${block.kind}:${block.offsets[0] + source.length}:${block.text}`);
    source += definitions;
    assert.ok(source.length > 50_000);
    const parsed = parseMarkdown(source);
    assert.deepEqual(
      parsed.blocks.map((b) => `${b.kind}:${b.offsets[0]}:${b.text}`),
      expected,
    );
    assert.equal(parsed.citations.length, 300);
    for (const block of parsed.blocks) assertAligned(source, block);
  });

  it('carries ignore directives across chunks', function () {
    this.timeout(20_000);
    let source = '';
    for (let i = 0; i < 2000; i++) source += `Paragraph ${i}.\n\n`;
    source += '<!-- grounded: ignore -->\n\nIgnored.\n\n<!-- grounded: off -->\n\n';
    for (let i = 0; i < 2000; i++) source += `Off ${i}.\n\n`;
    source += '<!-- grounded: on -->\n\nBack on.\n';
    const blocks = parseMarkdown(source).blocks;
    assert.equal(blocks.find((b) => b.text === 'Ignored.')?.ignored, true);
    assert.ok(blocks.filter((b) => b.text.startsWith('Off ')).every((b) => b.ignored));
    assert.equal(blocks.find((b) => b.text === 'Back on.')?.ignored, false);
    assert.equal(blocks.filter((b) => b.text.startsWith('Paragraph')).some((b) => b.ignored), false);
  });

  it('parses a block-quote-heavy 300 KB document in reasonable time', function () {
    this.timeout(20_000);
    let source = '';
    let units = 0;
    for (; source.length < 300_000; units++) source += '> A quoted claim &amp; more.\n\nA paragraph [@k].\n\n';
    const started = Date.now();
    const parsed = parseMarkdown(source);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 10_000, `${elapsed} ms`);
    assert.equal(parsed.blocks.length, units * 2);
    assert.equal(parsed.citations.length, units);
  });
});
