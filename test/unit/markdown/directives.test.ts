import assert from 'node:assert/strict';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { directiveComment, directivesIn, ignoreSentenceEdit } from '../../../server/src/core/markdown/directives';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';

/** Each block's text with whether it is ignored as a whole. */
const blocks = (source: string) => parseMarkdown(source).blocks.map((b) => `${b.text}:${b.ignored}`);
/** Each sentence's text with whether the checker skips it. */
const sentences = (source: string) => draftSentences(parseMarkdown(source)).map((s) => `${s.text}:${s.ignored}`);

describe('ignore comments (markdownlint and Vale semantics)', () => {
  it('reads the directives of a comment, in order, case and spaces free', () => {
    assert.deepEqual(directivesIn('<!-- grounded: off --><!--GROUNDED :Ignore-Sentence--><!-- grounded: end  bibliography -->'), ['off', 'ignore-sentence', 'end bibliography']);
    assert.deepEqual(directivesIn('<!-- grounded: ignored --> <!-- note -->'), []);
    assert.equal(directiveComment('ignore'), '<!-- grounded: ignore -->');
  });

  it('silences the block a comment is right after (no blank line between), not the next one', () => {
    assert.deepEqual(blocks('Un.\n\nDeux.\n<!-- grounded: ignore -->\n\nTrois.\n'), ['Un.:false', 'Deux.:true', 'Trois.:false']);
  });

  it('silences the previous block when the comment sits between two blocks with no blank line', () => {
    assert.deepEqual(blocks('Deux.\n<!-- grounded: ignore -->\nTrois.\n'), ['Deux.:true', 'Trois.:false']);
  });

  it('silences the next block when the comment stands alone, or opens the document', () => {
    assert.deepEqual(blocks('Un.\n\n<!-- grounded: ignore -->\n\nDeux.\n\nTrois.\n'), ['Un.:false', 'Deux.:true', 'Trois.:false']);
    assert.deepEqual(blocks('<!-- grounded: ignore -->\nUn.\n\nDeux.\n'), ['Un.:true', 'Deux.:false']);
  });

  it('applies to a whole list, table or quote right before or after it', () => {
    assert.deepEqual(blocks('- a\n- b\n<!-- grounded: ignore -->\n\nc\n'), ['a:true', 'b:true', 'c:false']);
    assert.deepEqual(blocks('| a | b |\n|---|---|\n| c | d |\n<!-- grounded: ignore -->\n\ne\n'), ['a:true', 'b:true', 'c:true', 'd:true', 'e:false']);
    assert.deepEqual(blocks('> a\n>\n> b\n<!-- grounded: ignore -->\n\nc\n'), ['a:true', 'b:true', 'c:false']);
  });

  it('applies inside a container to the block it follows there', () => {
    assert.deepEqual(blocks('> a\n> <!-- grounded: ignore -->\n>\n> b\n'), ['a:true', 'b:false']);
  });

  it('silences the block it is written in: paragraph, heading, table cell', () => {
    assert.deepEqual(blocks('# Titre 2023 <!-- grounded: ignore -->\n\n| a <!-- grounded: ignore --> | b |\n|---|---|\n\nC.\n'), ['Titre 2023:true', 'a:true', 'b:false', 'C.:false']);
  });

  it('silences only the sentence a sentence-level comment follows', () => {
    const source = 'Un fait. Deux faits. <!-- grounded: ignore-sentence --> Trois faits.\n';
    assert.deepEqual(sentences(source), ['Un fait.:false', 'Deux faits.:true', 'Trois faits.:false']);
  });

  it('gives a sentence-level comment right after a block to its last sentence, and one standing alone to the next first sentence', () => {
    assert.deepEqual(sentences('Un. Deux.\n<!-- grounded: ignore-sentence -->\n\nTrois. Quatre.\n'), ['Un.:false', 'Deux.:true', 'Trois.:false', 'Quatre.:false']);
    assert.deepEqual(sentences('Un. Deux.\n\n<!-- grounded: ignore-sentence -->\n\nTrois. Quatre.\n'), ['Un.:false', 'Deux.:false', 'Trois.:true', 'Quatre.:false']);
  });

  it('silences the sentences that start between off and on, inline', () => {
    const source = 'Un. <!-- grounded: off --> Deux. Trois. <!-- grounded: on --> Quatre.\n';
    assert.deepEqual(sentences(source), ['Un.:false', 'Deux.:true', 'Trois.:true', 'Quatre.:false']);
  });

  it('silences a range across blocks, starting or ending inside a paragraph', () => {
    const source = 'Un. <!-- grounded: off --> Deux.\n\n# Trois\n\n- Quatre\n\nCinq. <!-- grounded: on --> Six.\n\nSept.\n';
    assert.deepEqual(sentences(source), ['Un.:false', 'Deux.:true', 'Trois:true', 'Quatre:true', 'Cinq.:true', 'Six.:false', 'Sept.:false']);
  });

  it('never checks the section Grounded generated (Insert bibliography)', () => {
    const source = [
      'Un fait [@a].',
      '',
      '<!-- grounded: bibliography -->',
      '## Références',
      '',
      '- *Un titre*, Jean Dupont, 2021-03-04, <https://example.org> — `@a`',
      '<!-- grounded: end bibliography -->',
      '',
      'Après.',
    ].join('\n');
    assert.deepEqual(sentences(source), ['Un fait.:false', 'Références:true', 'Un titre, Jean Dupont, 2021-03-04, —:true', 'Après.:false']);
  });

  it('makes the quick-fix edit silence exactly the chosen claim of a paragraph', () => {
    const source = 'Alpha a livré 3 turbines. Beta en a livré 4. Gamma en a livré 5 [@g].\n\nDelta en a livré 6.\n';
    const all = draftSentences(parseMarkdown(source));
    for (const chosen of all) {
      const edit = ignoreSentenceEdit(chosen.span);
      const edited = source.slice(0, edit.span.start) + edit.newText + source.slice(edit.span.end);
      const after = draftSentences(parseMarkdown(edited));
      assert.deepEqual(after.map((s) => s.text), all.map((s) => s.text), 'the comment changes no sentence');
      assert.deepEqual(after.filter((s) => s.ignored).map((s) => s.text), [chosen.text], edited);
    }
  });
});
