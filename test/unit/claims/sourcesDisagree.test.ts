import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { statesFactAsFully } from '../../../server/src/core/claims/disagreeingSources';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** Two articles that give one person's age two values (a later article corrects, or one of them is wrong). */
const index = indexOf({
  'crue.md': `---
id: crue
title: "La crue de l'Orvette"
lang: fr
date: 2022-03-02
---

Jeanne Dutrac, militante âgée de 21 ans, a organisé la marche de Brenval samedi.
`,
  'marche.md': `---
id: marche
title: "Brenval, la marche des jeunes"
lang: fr
date: 2022-03-04
---

Jeanne Dutrac, militante âgée de 25 ans, a organisé la marche de Brenval samedi dernier.
`,
  'relay.md': `---
id: relay
title: "Ostby relay"
lang: en
date: 2022-03-02
---

Tala Brenn, a sprinter aged 31, anchored the Ostby relay team on Sunday.
`,
  'relay2.md': `---
id: relay2
title: "Ostby relay team wins"
lang: en
date: 2022-03-05
---

Tala Brenn, a sprinter aged 34, anchored the Ostby relay team last Sunday.
`,
});

const check = (draft: string) => {
  const results = checkDraft(parseMarkdown(draft), index, { language: 'auto' })!;
  return { results, findings: findingsOf(results, index) };
};

const DISAGREE = /sources divergent|sources disagree/;

describe('sources that disagree: never a contradiction nor a fix', () => {
  const drafts = [
    'Jeanne Dutrac, militante âgée de 30 ans, a organisé la marche de Brenval.',
    'Jeanne Dutrac\n\n: militante âgée de 30 ans, a organisé la marche de Brenval.',
    'Tala Brenn, a sprinter aged 40, anchored the Ostby relay team.',
  ];

  it('leaves a claim whose fact two sources give two other values unsupported, naming the disagreement', () => {
    for (const draft of drafts) {
      const checked = check(draft).results.find((r) => r.analysis.isClaim)!;
      assert.equal(checked.verdict.label, 'unsupported', draft);
      assert.ok(checked.verdict.disagreement, draft);
      assert.equal(checked.verdict.conflict, undefined, draft);
    }
  });

  it('gives no finding both the disagreement’s wording and a contradiction or a fix', () => {
    for (const draft of drafts) {
      for (const finding of check(draft).findings) {
        if (!DISAGREE.test(finding.message) && !finding.about?.verdict.disagreement) continue;
        assert.notEqual(finding.code, 'contradicted-claim', draft);
        assert.equal(finding.fixes.length, 0, draft);
      }
    }
  });

  it('still lets the source the claim cites decide its value (README)', () => {
    const { results } = check('Jeanne Dutrac, militante âgée de 30 ans, a organisé la marche de Brenval [@crue].');
    assert.equal(results[0].verdict.label, 'contradicted');
  });
});

describe('a disagreement is of the claim’s fact as fully stated', () => {
  it('names another source’s value only when its passage states as many of the claim’s other values', () => {
    // The claim's time, people and engines: the contradicting passage states the time and the people, the other none.
    const contradicting = { matched: ['6h10', '140 pompiers'] };
    assert.equal(statesFactAsFully({ matched: [] }, contradicting), false);
    assert.equal(statesFactAsFully({ matched: ['6h10', '140 pompiers'] }, contradicting), true);
    assert.equal(statesFactAsFully({ matched: [] }, { matched: [] }), true);
  });
});
