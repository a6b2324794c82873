import assert from 'node:assert/strict';
import { checkDraftAsync, partialMinSentences } from '../../../server/src/core/claims/checkDraft';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf, orchardCorpus } from './helpers';

const index = indexOf(orchardCorpus);
const draftOf = (sentences: number) => Array.from({ length: sentences }, (_, i) => `Le Domaine Lecoq produit ${i + 2} millions de bouteilles par an.`).join('\n\n');

describe('checkDraftAsync', () => {
  it('shows the findings of a long draft in parts, and of a short one whole, however slow the machine', async () => {
    // Slices and parts as often as possible (0 ms): only the draft's length decides.
    const parts = async (sentences: number) => {
      let calls = 0;
      const results = await checkDraftAsync(parseMarkdown(draftOf(sentences)), index, { language: 'auto', onPartial: () => calls++ }, 0, 0);
      assert.equal(results?.length, sentences);
      return calls;
    };
    assert.equal(await parts(partialMinSentences - 1), 0);
    assert.ok((await parts(partialMinSentences)) > 0);
  });
});
