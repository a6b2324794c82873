import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { valueNamedForAnother } from '../../../server/src/core/claims/anotherHolder';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('valueNamedForAnother', () => {
  const sentence = 'Kell then left in a surprise vote, with 14% of the vote.';
  const [share] = parseQuantities(sentence, 'en');
  const isName = (n: string) => ['kell', 'tessa', 'vane', 'friday'].includes(n);

  it('holds when the sentence opens on another name before the value and the claim’s names are only around it', () => {
    assert.equal(valueNamedForAnother(sentence, share, true, isName), true);
  });

  it('does not hold when the sentence writes the claim’s name, opens on no name, names another further on, opens on a weekday, or dates an event', () => {
    assert.equal(valueNamedForAnother(sentence, share, false, isName), false);
    const pronoun = 'He then left in a surprise vote, with 14% of the vote.';
    assert.equal(valueNamedForAnother(pronoun, parseQuantities(pronoun, 'en')[0], true, isName), false);
    const date = 'Kell was fined for a fraud that saw the firm collapse in July 2002.';
    assert.equal(valueNamedForAnother(date, parseQuantities(date, 'en').find((q) => q.kind === 'year' || q.kind === 'date')!, true, isName), false);
    const further = 'She told Kell that she left in a surprise vote, with 14% of the vote.';
    assert.equal(valueNamedForAnother(further, parseQuantities(further, 'en')[0], true, isName), false);
    const weekday = 'Friday saw her leave in a surprise vote, with 14% of the vote.';
    assert.equal(valueNamedForAnother(weekday, parseQuantities(weekday, 'en')[0], true, isName), false);
  });
});

describe('a figure of another holder in the sentence after the claim’s holder', () => {
  const article = (id: string, title: string, body: string) => `---\nid: ${id}\ntitle: ${title}\nlang: en\ndate: 2022-05-02\n---\n\n${body}\n`;
  const index = indexOf({
    'show.md': article('show', 'Two leave Island Camp', 'Singer Tessa Vane and soap actor Rob Kell have both left the Island Camp show in a surprise double exit on Friday.\n\nTessa Vane, who left in the scheduled third vote having gained just 4% of the public vote, afterwards said she was glad. Kell then left in a surprise vote, with 14% of the vote. Comedian Ali Marr is currently favourite to win the £20,000 charity prize.'),
  });
  const findings = (claim: string) => findingsOf(checkDraft(parseMarkdown(`${claim}\n`), index, { language: 'en' })!, index);

  it('is no fix of the claim’s holder’s share: the claim is not contradicted with it', () => {
    for (const claim of ['Tessa Vane left with 9% of the vote [@show].', 'Singer Tessa Vane left in the third vote with 7% of the public vote [@show].']) {
      const [finding] = findings(claim);
      assert.notEqual(finding?.code, 'contradicted-claim', JSON.stringify(finding));
      assert.ok(!finding?.fixes.some((f) => f.newText === '14'), JSON.stringify(finding));
    }
  });

  it('still contradicts a claim of the holder the sentence names', () => {
    const [finding] = findings('Rob Kell left with 9% of the vote [@show].');
    assert.equal(finding?.code, 'contradicted-claim');
    assert.deepEqual(finding.fixes.map((f) => f.newText), ['14']);
  });
});
