import assert from 'node:assert/strict';
import { monthOfYear } from '../../../server/src/core/text/calendarDate';
import { formatDate } from '../../../server/src/core/text/dates';
import { parseQuantities } from '../../../server/src/core/text/quantities';

const yearOf = (text: string) => parseQuantities(text, 'en').find((q) => q.kind === 'year')!;

describe('monthOfYear', () => {
  it('reads a month written before a year as a date of month precision, spanning both', () => {
    const text = 'The route closed in June 2011 after losses.';
    const date = monthOfYear(text, yearOf(text))!;
    assert.deepEqual(date.date, { month: 6, year: 2011 });
    assert.equal(date.raw, 'June 2011');
    assert.equal(text.slice(date.numberStart, date.end), 'June 2011');
    const fr = 'La ligne a fermé en février 2009.';
    assert.deepEqual(monthOfYear(fr, parseQuantities(fr, 'fr').find((q) => q.kind === 'year')!)?.date, { month: 2, year: 2009 });
  });

  it('gives nothing for a year without a month, or a number that is no year', () => {
    const text = 'The route closed in 2011 after losses of 300 staff.';
    assert.equal(monthOfYear(text, yearOf(text)), undefined);
    assert.equal(monthOfYear(text, parseQuantities(text, 'en').find((q) => q.kind === 'number')!), undefined);
  });

  it('is written back as a month and its year, in the claim’s language', () => {
    const text = 'The route closed in June 2011.';
    const like = monthOfYear(text, yearOf(text))!;
    assert.equal(formatDate({ month: 3, year: 2011 }, like, 'en'), 'March 2011');
    assert.equal(formatDate({ month: 3, year: 2011 }, like, 'fr'), 'mars 2011');
  });
});
