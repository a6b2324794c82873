import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { dateAsWritten } from '../../../server/src/core/claims/writtenDate';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseDates } from '../../../server/src/core/text/dates';
import { indexOf } from './helpers';

/** An invented article that dates its figure by the end of a month, no day written. */
const corpus = indexOf({
  'fibre.md': `---
id: fibre
title: Fibre take-up in Kelby grows fast
lang: en
---

By the end of March more than 3.1 million homes were using the Kelby fibre network, up from 2.4 million a year earlier.
`,
  'fair.md': `---
id: fair
title: Lanvern fair draws crowds
lang: en
---

The Lanvern fair welcomed 3,000 visitors on Saturday, the organisers said.
`,
});

describe('written date: a fix writes the source’s date as the source writes it', () => {
  it('fixes a month to the source’s month, with no day the source does not write', () => {
    const [f] = findingsOf(checkDraft(parseMarkdown('By the end of April more than 3.1 million homes were using the Kelby fibre network.\n'), corpus, { language: 'auto' })!, corpus);
    assert.equal(f?.code, 'contradicted-claim');
    assert.deepEqual(f.fixes.map((x) => x.newText), ['March']);
  });

  it('keeps a day the text writes', () => {
    const [date] = parseDates('The plant closed on 30 September 2004.', 'en');
    assert.equal(dateAsWritten(date)?.day, 30);
    // A month alone to which the reading of "by the end of September" gave its last day.
    const month = { ...date, raw: 'September', date: { day: 30, month: 9, monthFirst: true } };
    assert.equal(dateAsWritten(month)?.day, undefined);
    assert.equal(dateAsWritten(month)?.month, 9);
  });
});
