import assert from 'node:assert/strict';
import { claimWordsOnly, spansLeftOutText } from '../../../server/src/core/claims/fixRange';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';

describe('fix range', () => {
  it('leaves out the punctuation that ends a conflict’s words, an abbreviation’s dot inside them kept', () => {
    const text = 'The ferry is run by the Kestrel Line.';
    assert.deepEqual(claimWordsOnly(text, 20, text.length), [20, text.length - 1]);
    const inner = 'The U.S. said so, and the Kestrel Line, too.';
    assert.deepEqual(claimWordsOnly(inner, 4, 8), [4, 8]);
    assert.deepEqual(claimWordsOnly(inner, 22, 39), [22, 38]);
  });

  it('tells a draft span that holds a citation the sentence’s text leaves out', () => {
    const draft = 'The ferry is run by the Kestrel Line [@ferries].\n';
    const [sentence] = draftSentences(parseMarkdown(draft));
    const at = draft.indexOf('the Kestrel');
    assert.equal(spansLeftOutText(sentence, { start: at, end: draft.indexOf(' [@') }), false);
    assert.equal(spansLeftOutText(sentence, { start: at, end: draft.indexOf('.') + 1 }), true);
  });
});
