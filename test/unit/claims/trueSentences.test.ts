import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim, type VerdictLabel } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/**
 * True sentences a writer draws from real articles, in other words than the source's: each must be left alone
 * (supported), and the same sentence with a wrong value must not be. Invented articles, one per kind of wording.
 */
function check(files: Record<string, string>, text: string, lang: Lang): VerdictLabel {
  const index = indexOf(files);
  return checkClaim(text, analyzeClaim(text, lang, index.names), index).label;
}

const article = (id: string, lang: Lang, body: string, date?: string) => ({
  [`${id}.md`]: `---\nid: ${id}\ntitle: ${id}\nlang: ${lang}\n${date ? `date: ${date}\n` : ''}---\n\n${body}\n`,
});

describe('true sentences: a claim that joins two neighbouring sentences of one article', () => {
  const housing = article(
    'housing',
    'en',
    'The Ashford housing scheme was launched in March. Councillor Ruth Vane argued the scheme cost £3m a year for 2,000 households. She said that worked out at £1,500 per household. The opposition called the figures misleading.',
  );

  it('supports a figure of the next sentence when the passage’s own value of that measure is another claim value’s', () => {
    assert.equal(check(housing, 'Ruth Vane argued the Ashford scheme cost £3m a year for 2,000 households, or £1,500 per household.', 'en'), 'supported');
    assert.notEqual(check(housing, 'Ruth Vane argued the Ashford scheme cost £3m a year for 2,000 households, or £2,500 per household.', 'en'), 'supported');
  });
});
