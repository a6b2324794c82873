import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf, resultsCorpus } from './helpers';

const index = indexOf(resultsCorpus);
const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);

describe('a claim with several wrong values', () => {
  it('fixes all of them in one edit, never one alone', () => {
    // The two currencies swapped: a fix of the first value alone wrote "£424m ($424m)".
    const draft = 'Harwell Mining made a pre-tax profit of £424m ($800m) in the three months to December.\n';
    const [f] = findings(draft);
    assert.equal(f.code, 'contradicted-claim');
    assert.equal(f.fixes.length, 1);
    const fixed = draft.slice(0, f.fixes[0].span.start) + f.fixes[0].newText + draft.slice(f.fixes[0].span.end);
    assert.equal(fixed, 'Harwell Mining made a pre-tax profit of £800m ($424m) in the three months to December.\n');
    assert.equal(draft.slice(f.span.start, f.span.end), '424m ($800m');
    assert.match(f.message, /« £800m », « \$424m »/);
  });

  it('keeps a single fix when one value is wrong', () => {
    const draft = 'Harwell Mining made a pre-tax profit of £800m ($500m) in the three months to December.\n';
    const [f] = findings(draft);
    assert.equal(f.code, 'contradicted-claim');
    assert.equal(draft.slice(f.fixes[0].span.start, f.fixes[0].span.end), '500m');
    assert.equal(f.fixes[0].newText, '424m');
  });

  it('writes no value when the draft between the two values is not the sentence as read', () => {
    const draft = 'Harwell Mining made a pre-tax profit of £424m (*$800m*) in the three months to December.\n';
    const [f] = findings(draft);
    assert.equal(f.code, 'contradicted-claim');
    assert.equal(f.fixes.length, 0);
  });
});
