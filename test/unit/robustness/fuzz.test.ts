import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { continuationsOf } from '../../../server/src/core/completion/continuations';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf, orchardCorpus } from '../claims/helpers';

/** Markdown-ish text: markup, numbers, names, accents, emoji, combining marks, CRLF, surrogates. */
const pieces = fc.constantFrom(
  '# ', '## ', '- ', '> ', '1. ', '```', '`', '*', '_', '[', ']', '(', ')', '[@pommes]', '[@x; @y, p. 3]', '<!-- grounded: ignore -->',
  '<b>', '</b>', '---\n', '|', '|---|', '\\', '&amp;', ' ', '  ', '\n', '\r\n', '\n\n', '.', ',', '?', '«', '»', '’',
  'La coopérative', 'Vergers d’Auge', 'Claire Hamon', 'récolté', '42 000 tonnes', '12 %', 'en 2023', '1,5 million', 'de',
  'é', 'e\u0301', 'ﬁ', '😀', '👩🏽‍🔬', '\u200b', '\u00a0', '\u202f', 'مرحبا', '漢字', '\ud800', 'x'.repeat(50),
);
const markdown = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

describe('fuzz: drafts and corpus files through the checker', function () {
  this.timeout(60000);
  const index = indexOf(orchardCorpus);

  it('never throws and keeps every finding and fix inside the draft', () => {
    fc.assert(
      fc.property(markdown, (draft) => {
        const results = checkDraft(parseMarkdown(draft), index, { language: 'auto' })!;
        for (const finding of findingsOf(results, index)) {
          assert.ok(finding.span.start >= 0 && finding.span.start <= finding.span.end && finding.span.end <= draft.length, JSON.stringify(finding.span));
          for (const fix of finding.fixes) assert.ok(fix.span.start >= 0 && fix.span.end <= draft.length);
        }
        for (const r of results) assert.ok(r.sentence.span.start >= 0 && r.sentence.span.end <= draft.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a corpus file, and sentence ranges stay in the file', () => {
    fc.assert(
      fc.property(markdown, fc.boolean(), (text, md) => {
        const doc = buildDocument(md ? '/c/a.md' : '/c/a.txt', text);
        for (const s of doc.sentences) {
          assert.ok(s.span.start >= 0 && s.span.end <= text.length && s.span.start <= s.span.end);
          assert.ok(s.range.start.line >= 0 && s.range.end.line < doc.lines.lineCount);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws when completing any prefix', () => {
    fc.assert(
      fc.property(markdown, (prefix) => {
        for (const c of continuationsOf(prefix, index, { lang: 'fr' })) assert.ok(c.replaceFrom >= 0 && c.replaceFrom <= prefix.length);
      }),
      { numRuns: 200 },
    );
  });
});
