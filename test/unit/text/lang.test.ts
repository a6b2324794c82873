import assert from 'node:assert/strict';
import { decidedLang, detectSentenceLang } from '../../../server/src/core/text/lang';

describe('decidedLang', () => {
  it('decides a paragraph whose stop words of one language lead clearly', () => {
    assert.equal(decidedLang('The board of Brevalis said that it would not sell the plant, and that the workers would stay.'), 'en');
    assert.equal(decidedLang("Le conseil de Brevalis a dit qu'il ne vendrait pas l'usine et que les salariés resteraient."), 'fr');
  });

  it('leaves undecided a text with few stop words, a tie or two languages mixed', () => {
    assert.equal(decidedLang('Marta Quillon heads Brevalis.'), undefined);
    assert.equal(decidedLang('Brevalis exports rose 4.1% in 2011.'), undefined);
    assert.equal(decidedLang('Marta Quillon said « je ne partirai pas de cette maison » and that she would not leave.'), undefined);
  });
});

describe('detectSentenceLang', () => {
  it("reads a sentence by its own stop words first, whatever its context's language", () => {
    assert.equal(detectSentenceLang('Brevalis exports rose 4.1% in 2011.', 'fr', 'fr'), 'en');
    assert.equal(detectSentenceLang('Nouveau record pour Brevalis.', 'en', 'en'), 'fr');
  });

  it('gives a sentence whose stop words tie the language of its context when that is decided', () => {
    // Character n-grams alone read these short sentences by their names: French names, French; English, English.
    assert.equal(detectSentenceLang('Arnaud Levasseur joins Brevalis.', 'en'), 'fr');
    assert.equal(detectSentenceLang('Arnaud Levasseur joins Brevalis.', 'fr', 'en'), 'en');
    assert.equal(detectSentenceLang('Levasseur replaces Dubreuil.', 'fr', 'en'), 'en');
    assert.equal(detectSentenceLang('Mark Stanton quitte Brevalis.', 'fr'), 'en');
    assert.equal(detectSentenceLang('Mark Stanton quitte Brevalis.', 'en', 'fr'), 'fr');
  });

  it("keeps the n-grams' answer when no context is decided (a sentence alone in its draft)", () => {
    // franc-min, used before eld, read these three as French.
    assert.equal(detectSentenceLang('Marta Quillon heads Brevalis.', 'fr'), 'en');
    assert.equal(detectSentenceLang('Quillon retires next summer.', 'fr'), 'en');
    assert.equal(detectSentenceLang('Key figures:', 'fr'), 'en');
    assert.equal(detectSentenceLang('Norvane Rail will carry 7 million passengers a year.', 'fr'), 'en');
    assert.equal(detectSentenceLang('Budget total : 12 millions.', 'en'), 'fr');
    assert.equal(detectSentenceLang('Marc Dubreuil dirige Brevalis depuis 2015.', 'en'), 'fr');
  });
});
