import assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { presentFinding } from '../../server/src/service/present/findings';
import { indexOf, resultsCorpus } from '../unit/claims/helpers';

const index = indexOf(resultsCorpus);

describe('service: a finding on several wrong values', () => {
  it('names each wrong value and the source’s, and titles the one fix with both', () => {
    const draft = 'Harwell Mining made a pre-tax profit of £424m ($800m) in the three months to December.\n';
    const [finding] = findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);
    const presented = presentFinding(finding, draft, 'en');
    assert.equal(presented.message, "“£424m … $800m” → the source says “£800m … $424m” (@results)");
    assert.equal(presented.fixes.length, 1);
    assert.match(presented.fixes[0].title, /424m \(\$800m/);
  });
});
