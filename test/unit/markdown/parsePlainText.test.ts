import assert from 'node:assert/strict';
import { parsePlainText } from '../../../server/src/core/markdown/parseMarkdown';

describe('parsePlainText', () => {
  it('makes one trimmed paragraph block per non-empty line with identity offsets', () => {
    const source = '  First line.  \r\n\r\nSecond *line* [@x].\n\n\nThird';
    const { blocks, citations } = parsePlainText(source);
    assert.deepEqual(
      blocks.map((b) => [b.kind, b.text, b.ignored]),
      [
        ['paragraph', 'First line.', false],
        ['paragraph', 'Second *line* [@x].', false],
        ['paragraph', 'Third', false],
      ],
    );
    assert.deepEqual(citations, []);
    for (const block of blocks) {
      assert.equal(source.slice(block.span.start, block.span.end), block.text);
      assert.equal(block.offsets.length, block.text.length + 1);
      for (let i = 0; i <= block.text.length; i++) assert.equal(block.offsets[i], block.span.start + i);
    }
  });

  it('strips bullets from the text but keeps offsets exact', () => {
    const source = '• Point one\n - point two\n* three\n– four\n-5 % growth\n-\n';
    const { blocks } = parsePlainText(source);
    assert.deepEqual(
      blocks.map((b) => b.text),
      ['Point one', 'point two', 'three', 'four', '-5 % growth', '-'],
    );
    for (const block of blocks) assert.equal(source.slice(block.offsets[0], block.offsets[block.text.length]), block.text);
  });

  it('handles empty input and lone carriage returns', () => {
    assert.deepEqual(parsePlainText('').blocks, []);
    assert.deepEqual(parsePlainText('a\rb').blocks.map((b) => b.offsets[0]), [0, 2]);
  });
});
