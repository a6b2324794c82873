import assert from 'node:assert/strict';
import { lazyFields } from '../../../server/src/core/claims/lazyFields';

describe('lazyFields', () => {
  it('computes a field only when it is first read, and only once', () => {
    const calls: string[] = [];
    const record = lazyFields<{ terms: Set<string>; count: number }>({
      terms: () => {
        calls.push('terms');
        return new Set(['port', 'grue']);
      },
      count: () => {
        calls.push('count');
        return 3;
      },
    });
    assert.deepEqual(calls, []);
    assert.equal(record.terms.has('grue'), true);
    assert.deepEqual(calls, ['terms']);
    assert.equal(record.terms, record.terms);
    assert.deepEqual(calls, ['terms']);
    assert.equal(record.count, 3);
    assert.deepEqual(calls, ['terms', 'count']);
  });

  it('keeps an undefined value as computed, and lists every field', () => {
    let calls = 0;
    const record = lazyFields<{ other?: Set<string> }>({
      other: () => {
        calls++;
        return undefined;
      },
    });
    assert.equal(record.other, undefined);
    assert.equal(record.other, undefined);
    assert.equal(calls, 1);
    assert.deepEqual(Object.keys(record), ['other']);
  });

  it('lets one field read another', () => {
    const record: { words: string[]; first: string } = lazyFields<{ words: string[]; first: string }>({
      words: () => ['quai', 'digue'],
      first: () => record.words[0],
    });
    assert.equal(record.first, 'quai');
  });
});
