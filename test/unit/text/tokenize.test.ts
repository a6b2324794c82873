import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold } from '../../../server/src/core/text/normalize';
import { tokenize, type Token } from '../../../server/src/core/text/tokenize';

const texts = (tokens: Token[]) => tokens.map((t) => t.text);
const kinds = (tokens: Token[]) => tokens.map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('keeps digits grouped by a thin space in one number token', () => {
    assert.deepEqual(texts(tokenize('verser 100\u2009000 euros')), ['verser', '100\u2009000', 'euros']);
  });

  it('splits French elisions off with both apostrophes', () => {
    assert.deepEqual(kinds(tokenize("d’ingénieurs l'État qu’il jusqu'à")), [
      'elision:d’', 'word:ingénieurs', "elision:l'", 'word:État', 'elision:qu’', 'word:il', "elision:jusqu'", 'word:à',
    ]);
  });

  it('splits capitalised elisions and lorsqu’/puisqu’', () => {
    assert.deepEqual(texts(tokenize('L’usine, lorsqu’elle puisqu’on')), ['L’', 'usine', 'lorsqu’', 'elle', 'puisqu’', 'on']);
  });

  it('keeps hyphens, dots and digits inside words', () => {
    assert.deepEqual(kinds(tokenize('Qwen2.5-Max, GPT-4 et JD.com aux États-Unis ; la co-fondatrice.')), [
      'word:Qwen2.5-Max', 'word:GPT-4', 'word:et', 'word:JD.com', 'word:aux', 'word:États-Unis', 'word:la', 'word:co-fondatrice',
    ]);
  });

  it('keeps names with digits as words, not numbers', () => {
    assert.deepEqual(kinds(tokenize('R1 O3 4G')), ['word:R1', 'word:O3', 'word:4G']);
  });

  it('reads decimal numbers with a comma or a dot', () => {
    assert.deepEqual(kinds(tokenize('3,57 et 3.57 puis 236,03.')), ['number:3,57', 'word:et', 'number:3.57', 'word:puis', 'number:236,03']);
  });

  it('reads digits grouped by spaces, NBSP and narrow NBSP', () => {
    assert.deepEqual(texts(tokenize('100 000 et 2\u00a0500\u202f000 et 1 234,5')), ['100 000', 'et', '2\u00a0500\u202f000', 'et', '1 234,5']);
  });

  it('does not group a year with the number after it', () => {
    assert.deepEqual(texts(tokenize('En 2018 300 personnes')), ['En', '2018', '300', 'personnes']);
  });

  it('reads comma-grouped numbers', () => {
    assert.deepEqual(kinds(tokenize('1,000,000 users')), ['number:1,000,000', 'word:users']);
  });

  it('splits percent and currency signs into symbols', () => {
    assert.deepEqual(kinds(tokenize('38% de 100 $ ou €2')), ['number:38', 'symbol:%', 'word:de', 'number:100', 'symbol:$', 'word:ou', 'symbol:€', 'number:2']);
  });

  it('splits number ranges at the hyphen', () => {
    assert.deepEqual(kinds(tokenize('2018-2020')), ['number:2018', 'number:2020']);
  });

  it('drops other punctuation and sentence-final dots', () => {
    assert.deepEqual(texts(tokenize('« Bonjour », dit-il (en 2018).')), ['Bonjour', 'dit-il', 'en', '2018']);
  });

  it('drops the English possessive', () => {
    assert.deepEqual(texts(tokenize("China’s firms and Alibaba's model")), ['China', 'firms', 'and', 'Alibaba', 'model']);
  });

  it('gives offsets into the input, shifted by base', () => {
    const text = 'Le PIB d’État : 3,57 %';
    for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
    const shifted = tokenize(text, 100);
    assert.equal(shifted[0].start, 100);
    assert.equal(shifted.at(-1)!.end, 100 + text.length);
  });

  it('gives lowercase and folded forms', () => {
    const [elision, word] = tokenize('D’Ingénieurs');
    assert.deepEqual([elision.lower, elision.norm], ['d’', "d'"]);
    assert.deepEqual([word.lower, word.norm], ['ingénieurs', 'ingenieurs']);
  });

  it('gives every token fold(text) as its folded form, ASCII or not', () => {
    // ASCII, all of Latin-1 (the characters of most French words), and beyond.
    const latin1 = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).join('');
    const text = fc.array(fc.constantFrom(...`aZ9 -.’'\`œİıKﬁ\u0301Ÿ\u212a,${latin1}`), { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) assert.equal(token.norm, fold(token.text), token.text);
      }),
      { numRuns: 2000 },
    );
  });

  // Speed is measured in `npm run bench`, not asserted here (a loaded machine made the timed version flaky).
  it('tokenizes a megabyte', function () {
    this.timeout(60_000);
    const text = 'L’entreprise a recruté 3,57 millions d’ingénieurs aux États-Unis en 2018 (38 %). '.repeat(12_500);
    const tokens = tokenize(text);
    assert.ok(tokens.length > 100_000);
  });
});
