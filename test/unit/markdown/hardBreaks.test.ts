import assert from 'node:assert/strict';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { assertAligned } from './helpers';

/** Each sentence of a draft as the source text its span covers. */
function sentencesOf(source: string): string[] {
  return draftSentences(parseMarkdown(source)).map((s) => source.slice(s.span.start, s.span.end));
}

describe('hard line breaks and links inside sentences', () => {
  it('ends a sentence at a hard line break (backslash) before a line that starts as a sentence does', () => {
    const source = 'La digue mesurait 90 mètres de long\\\nLa digue, bâtie en 1862, mesurait 80 m.\n';
    assert.deepEqual(sentencesOf(source), ['La digue mesurait 90 mètres de long', 'La digue, bâtie en 1862, mesurait 80 m.']);
    for (const block of parseMarkdown(source).blocks) assertAligned(source, block);
  });

  it('ends a sentence at a hard line break of two trailing spaces, under CRLF too', () => {
    const source = 'La digue mesurait 90 mètres de long  \r\nLa digue mesurait 80 m.\r\n';
    assert.deepEqual(sentencesOf(source), ['La digue mesurait 90 mètres de long', 'La digue mesurait 80 m.']);
    for (const block of parseMarkdown(source).blocks) assertAligned(source, block);
  });

  it('keeps one sentence across a hard line break before a lower-case word, and across a soft one', () => {
    assert.deepEqual(sentencesOf('La digue mesurait\\\n90 mètres de long.\n'), ['La digue mesurait\\\n90 mètres de long.']);
    assert.deepEqual(sentencesOf('La digue mesurait 90 mètres\nLa digue.\n'), ['La digue mesurait 90 mètres\nLa digue.']);
  });

  it('keeps a link’s text inside its sentence, with exact positions', () => {
    const source = 'La digue [mesurait](http://example.org/digue) 90 mètres de long.\n';
    const [sentence] = draftSentences(parseMarkdown(source));
    assert.equal(sentence.text, 'La digue mesurait 90 mètres de long.');
    assert.equal(source.slice(sentence.span.start, sentence.span.end), source.trimEnd());
    const at = sentence.text.indexOf('90');
    assert.equal(source.slice(sentence.offsets[at], sentence.offsets[at + 2]), '90');
  });
});
