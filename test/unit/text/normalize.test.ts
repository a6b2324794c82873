import assert from 'node:assert/strict';
import { composeWithOffsets, fold, foldKeepLength } from '../../../server/src/core/text/normalize';

describe('fold', () => {
  it('lowercases and strips diacritics', () => {
    assert.equal(fold('États-Unis Déjà Ça'), 'etats-unis deja ca');
  });

  it('turns typographic apostrophes into ASCII ones', () => {
    assert.equal(fold('d’ingénieurs l‘eau qu`il ʼs'), "d'ingenieurs l'eau qu'il 's");
  });

  it('spells out ligatures', () => {
    assert.equal(fold('Œuvre cœur Æther'), 'oeuvre coeur aether');
  });

  it('turns non-breaking and narrow spaces into plain spaces', () => {
    assert.equal(fold('100\u00a0000\u202f$'), '100 000 $');
  });

  it('folds text already in decomposed form', () => {
    assert.equal(fold('e\u0301te\u0301'), 'ete');
  });

  it('leaves plain ASCII lowercase text unchanged', () => {
    assert.equal(fold('jd.com gpt-4'), 'jd.com gpt-4');
  });
});

describe('foldKeepLength', () => {
  it('keeps the length and folds accents', () => {
    const input = 'Élève à l’École';
    const folded = foldKeepLength(input);
    assert.equal(folded.length, input.length);
    assert.equal(folded, "eleve a l'ecole");
  });

  it('only lowercases characters whose fold changes length', () => {
    const input = 'Cœur ŒUVRE';
    const folded = foldKeepLength(input);
    assert.equal(folded.length, input.length);
    assert.equal(folded, 'cœur œuvre');
  });

  it('keeps offsets of matches found in the folded text', () => {
    const input = 'Le cœur des États-Unis';
    const index = foldKeepLength(input).indexOf('etats-unis');
    assert.equal(input.slice(index, index + 'etats-unis'.length), 'États-Unis');
  });

  it('keeps surrogate pairs and combining marks in place', () => {
    const input = 'a😀e\u0301';
    assert.equal(foldKeepLength(input).length, input.length);
  });
});

describe('composeWithOffsets', () => {
  const offsetsOf = (text: string, base = 100) => Int32Array.from({ length: text.length + 1 }, (_, i) => base + i);

  it('composes a base letter and its combining accent into one letter, at the offset of the base letter', () => {
    const source = 'dans 12 re\u0301gions.';
    const { text, offsets } = composeWithOffsets(source, offsetsOf(source));
    assert.equal(text, 'dans 12 régions.');
    assert.equal(offsets.length, text.length + 1);
    assert.equal(offsets[text.indexOf('é')], 100 + source.indexOf('e\u0301'));
    assert.equal(offsets[text.indexOf('g')], 100 + source.indexOf('g'));
    assert.equal(offsets[text.length], 100 + source.length);
  });

  it('returns text already in NFC as it is', () => {
    const source = 'Déjà 12 régions 😀.';
    const offsets = offsetsOf(source);
    const composed = composeWithOffsets(source, offsets);
    assert.equal(composed.text, source);
    assert.equal(composed.offsets, offsets);
  });
});
