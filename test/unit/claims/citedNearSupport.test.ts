import assert from 'node:assert/strict';
import { citedNearSupport } from '../../../server/src/core/claims/citedNearSupport';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('a cited source that states most of the claim', () => {
  const passage = (coverage: number, more: Partial<{ namesCovered: boolean; conflicts: unknown[]; negated: boolean; cited: boolean }> = {}) => ({
    evidence: { coverage },
    namesCovered: more.namesCovered ?? true,
    matched: [],
    conflicts: more.conflicts ?? [],
    negated: more.negated ?? false,
    claimNegated: false,
    cited: more.cited ?? true,
  });

  it('is the fullest cited passage that names the claim’s names, with no other value and the same polarity', () => {
    const near = passage(0.52);
    assert.equal(citedNearSupport([passage(0.7, { cited: false }), near, passage(0.45)], 0, 0.5, (s) => s.cited), near);
  });

  it('is none below the least coverage, nor with a name missing, a conflicting value or the other polarity', () => {
    assert.equal(citedNearSupport([passage(0.45), passage(0.6, { namesCovered: false }), passage(0.6, { conflicts: [{}] }), passage(0.6, { negated: true })], 0, 0.5, (s) => s.cited), undefined);
  });

  const index = indexOf({
    'a.md': `---
id: quits
title: Singer attacks 'bullying' talent show
lang: en
---

Singer Mara Quinn has criticised Star Search's "bullying" of contestants after quitting the talent show.
`,
    'b.md': `---
id: recap
title: Talent show week in review
lang: en
---

Singer Mara Quinn quit Star Search earlier in the week over what she called "bullying" tactics used by the show's producers against contestants.
`,
  });

  it('is no miscitation to report when another source states the claim more fully', () => {
    const text = 'Singer Mara Quinn quit Star Search, complaining that its producers used bullying tactics against contestants [@quits].\n';
    const findings = findingsOf(checkDraft(parseMarkdown(text), index, { language: 'auto' })!, index);
    assert.equal(findings.find((f) => f.code === 'miscited-claim'), undefined);
  });
});
