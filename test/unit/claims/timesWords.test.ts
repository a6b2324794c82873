import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented match report that counts times with "twice" and "three times". */
const match = indexOf({
  'final.md': `---
id: final
title: Harlow edge past Denby in the cup final
lang: en
---

Marsh was twice stopped on the line as Harlow laid siege to the Denby posts before the interval. Keane had lost three times to Ortiz before this final, and this was his day to beat him.
`,
});

const fixOf = (draft: string) => {
  const [f] = findingsOf(checkDraft(parseMarkdown(draft), match, { language: 'auto' })!, match);
  return f ? { code: f.code, fix: f.fixes[0]?.newText, fixed: f.fixes[0] ? draft.slice(0, f.fixes[0].span.start) + f.fixes[0].newText + draft.slice(f.fixes[0].span.end) : undefined } : undefined;
};

describe('"twice" and "three times": a number of times', () => {
  it('reads "twice" and "thrice" as the multipliers 2 and 3, as "three times"', () => {
    const qs = parseQuantities('He was twice stopped, thrice warned and three times booked.', 'en');
    assert.deepEqual(qs.map((q) => [q.raw, q.kind, q.value]), [['twice', 'multiplier', 2], ['thrice', 'multiplier', 3], ['three times', 'multiplier', 3]]);
    assert.deepEqual(parseQuantities('Il a été arrêté deux fois.', 'fr').map((q) => q.value), [2]);
  });

  it('corrects "three times" with the source\'s "twice" as written, and back', () => {
    const stopped = fixOf('Marsh was three times stopped on the line as Harlow laid siege to the Denby posts before the interval.\n');
    assert.equal(stopped?.code, 'contradicted-claim');
    assert.equal(stopped?.fixed, 'Marsh was twice stopped on the line as Harlow laid siege to the Denby posts before the interval.\n');
    const lost = fixOf('Keane had lost twice to Ortiz before this final.\n');
    assert.equal(lost?.code, 'contradicted-claim');
    assert.equal(lost?.fixed, 'Keane had lost three times to Ortiz before this final.\n');
    assert.notEqual(fixOf('Marsh was twice stopped on the line as Harlow laid siege to the Denby posts.\n')?.code, 'contradicted-claim');
  });
});
