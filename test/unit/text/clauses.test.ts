import assert from 'node:assert/strict';
import { clauseSpans } from '../../../server/src/core/text/clauses';

const CONTRAST = /;|\s(?:while|but|tandis que|mais)\s/giu;
const pieces = (text: string, breaks: RegExp, isBreak?: (start: number, end: number) => boolean) =>
  clauseSpans(text, breaks, { isBreak }).map((s) => text.slice(s.start, s.end));

describe('clauseSpans', () => {
  it('cuts a sentence at each break and leaves the breaks out', () => {
    assert.deepEqual(clauseSpans('A; B', /;/g), [
      { start: 0, end: 1 },
      { start: 2, end: 4 },
    ]);
    assert.deepEqual(pieces('Inflation fell below 10% while exports are up 30%; imports rose', CONTRAST), [
      'Inflation fell below 10%',
      'exports are up 30%',
      ' imports rose',
    ]);
    assert.deepEqual(pieces('Les ventes ont chuté Tandis que les prix MAIS aussi', CONTRAST), ['Les ventes ont chuté', 'les prix', 'aussi']);
  });

  it('gives the whole text when no break is written, and nothing for an empty text', () => {
    assert.deepEqual(clauseSpans('Exports, hit by the lira, fell and rose', CONTRAST), [{ start: 0, end: 39 }]);
    assert.deepEqual(clauseSpans('', CONTRAST), []);
  });

  it('drops the empty spans of breaks at either end or side by side', () => {
    assert.deepEqual(pieces('; A;; B ;', /;/g), [' A', ' B ']);
    assert.deepEqual(pieces(';;', /;/g), []);
    assert.deepEqual(pieces('A; mais B', CONTRAST), ['A', 'B']);
  });

  it('keeps a match that isBreak rejects inside its span', () => {
    const text = 'Norvik holds 1,000 shares, Ostra 2,500';
    const inNumber = (at: number) => /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '');
    assert.deepEqual(pieces(text, /,/g, (start) => !inNumber(start)), ['Norvik holds 1,000 shares', ' Ostra 2,500']);
    assert.deepEqual(pieces(text, /,/g), ['Norvik holds 1', '000 shares', ' Ostra 2', '500']);
    assert.deepEqual(pieces(text, /,/g, () => false), [text]);
  });

  it('passes each match\'s start and end to isBreak', () => {
    const seen: [number, number][] = [];
    clauseSpans('a but b; c', CONTRAST, {
      isBreak: (start, end) => {
        seen.push([start, end]);
        return true;
      },
    });
    assert.deepEqual(seen, [
      [1, 6],
      [7, 8],
    ]);
  });

  it('throws a TypeError on a pattern that is not global', () => {
    assert.throws(() => clauseSpans('A; B', /;/), TypeError);
  });
});
