import assert from 'node:assert/strict';
import { type ProseBlock, sourceSpan } from '../../../server/src/core/markdown/parseMarkdown';

/** The source text a word of the block's text maps back to. */
export function sourceOf(source: string, block: ProseBlock, word: string, occurrence = 0): string {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = block.text.indexOf(word, at + 1);
  assert.notEqual(at, -1, `"${word}" not in "${block.text}"`);
  const span = sourceSpan(block, at, at + word.length);
  return source.slice(span.start, span.end);
}

/** Asserts the offsets invariants: length, bounds, order, and that each plain character maps to itself. */
export function assertAligned(source: string, block: ProseBlock): void {
  assert.equal(block.offsets.length, block.text.length + 1);
  for (let i = 0; i < block.offsets.length; i++) {
    assert.ok(block.offsets[i] >= 0 && block.offsets[i] <= source.length, `offset ${i} out of bounds`);
    if (i > 0) assert.ok(block.offsets[i] >= block.offsets[i - 1], `offset ${i} goes back`);
  }
  for (let i = 0; i < block.text.length; i++) {
    const ch = block.text[i];
    const at = source[block.offsets[i]];
    if ((ch === ' ' || ch === '\n') && (at === '\n' || at === '\r')) continue;
    if (at === '&' && ch !== '&') continue;
    assert.equal(at, ch, `text[${i}] "${ch}" maps to "${at}" in ${JSON.stringify(block.text)}`);
  }
}
