import assert from 'node:assert/strict';
import { detectLang, isStopWord, stem, termsOf } from '../../../server/src/core/text/stem';

describe('stem', () => {
  it('stems French plurals to the singular stem, folded', () => {
    assert.equal(stem('ingénieurs', 'fr'), 'ingenieur');
    assert.equal(stem('régions', 'fr'), stem('région', 'fr'));
  });

  it('stems English words with the English stemmer', () => {
    assert.equal(stem('regions', 'en'), 'region');
    assert.equal(stem('engineers', 'en'), stem('engineer', 'en'));
  });

  it('gives the same stem from the cache', () => {
    const first = stem('téléchargements', 'fr');
    assert.equal(stem('téléchargements', 'fr'), first);
    assert.ok(!/[é]/.test(first));
  });
});

describe('isStopWord', () => {
  it('knows French stop words, folded', () => {
    assert.ok(isStopWord('les', 'fr'));
    assert.ok(isStopWord('etait', 'fr'));
    assert.ok(!isStopWord('ingenieur', 'fr'));
  });

  it('knows English stop words', () => {
    assert.ok(isStopWord('the', 'en'));
    assert.ok(!isStopWord('the', 'fr'));
  });

  it('treats elisions as stop words', () => {
    assert.ok(isStopWord("l'", 'fr'));
    assert.ok(isStopWord("jusqu'", 'fr'));
  });
});

describe('detectLang', () => {
  it('detects French', () => {
    assert.equal(detectLang('La société a recruté des ingénieurs dans les régions.'), 'fr');
  });

  it('detects English', () => {
    assert.equal(detectLang('The company hired engineers in these regions and they were paid well.'), 'en');
  });

  it('defaults to French without evidence', () => {
    assert.equal(detectLang('DeepSeek R1 3,57'), 'fr');
  });
});

describe('termsOf', () => {
  it('drops stop words and elisions and stems the rest', () => {
    assert.deepEqual(termsOf('Les ingénieurs d’État', 'fr'), ['ingenieur', 'etat']);
  });

  it('normalises decimal separators', () => {
    assert.deepEqual(termsOf('3,57', 'fr'), termsOf('3.57', 'fr'));
    assert.deepEqual(termsOf('3,57', 'fr'), ['3.57']);
  });

  it('normalises grouped digits', () => {
    assert.deepEqual(termsOf('100 000 et 100\u00a0000', 'fr'), ['100000', '100000']);
    assert.deepEqual(termsOf('1,000,000 users', 'en'), ['1000000', 'user']);
  });

  it('reads a single comma group as thousands in English only', () => {
    assert.deepEqual(termsOf('1,500', 'en'), ['1500']);
    assert.deepEqual(termsOf('1,500', 'fr'), ['1.5']);
  });

  it('keeps names with digits as single terms', () => {
    assert.deepEqual(termsOf('GPT-4 et Qwen2.5-Max', 'fr'), [stem('gpt-4', 'fr'), stem('qwen2.5-max', 'fr')]);
  });
});
