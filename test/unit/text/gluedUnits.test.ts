import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { continuationsOf } from '../../../server/src/core/completion/continuations';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { tokenize } from '../../../server/src/core/text/tokenize';
import { indexOf } from '../claims/helpers';

/** An invented article whose width is a decimal glued to its unit (« 5,50m »), as the press writes it. */
const corpus = indexOf({
  'passerelle.md': `---
id: passerelle
title: La passerelle de Vaudrieu
lang: fr
---

La passerelle de Vaudrieu mesurait 140 mètres de long et 5,50m de large.
`,
});

describe('a decimal with its unit glued to it', () => {
  it('is one token, not a figure cut at its decimal comma', () => {
    assert.deepEqual(tokenize('et 5,50m de large, 1,5Md€').map((t) => t.text), ['et', '5,50m', 'de', 'large', '1,5Md', '€']);
    assert.deepEqual(tokenize('3,57 millions, 2,5 km').map((t) => t.text), ['3,57', 'millions', '2,5', 'km']);
  });

  it('is one value with its unit', () => {
    const read = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang).map((q) => [q.value, q.unit, text.slice(q.start, q.end), text.slice(q.numberStart, q.numberEnd)]);
    assert.deepEqual(read('Le pont mesurait 5,50m de large.', 'fr'), [[5.5, 'm', '5,50m', '5,50']]);
    assert.deepEqual(read('La digue fait 2,5km.', 'fr'), [[2.5, 'km', '2,5km', '2,5']]);
    assert.deepEqual(read('The parcel weighed 3.2kg.', 'en'), [[3.2, 'kg', '3.2kg', '3.2']]);
    assert.deepEqual(read('Un budget de 1,5Md€.', 'fr').map((q) => q[0]), [1.5e9]);
    // "m" glued in English is the press's million, not metres.
    assert.deepEqual(read('The club has 5m fans.', 'en').map((q) => q[0]), [5e6]);
  });

  it('never gives its integer part as a fix of another measure', () => {
    const text = 'La passerelle de Vaudrieu mesurait 140 mètres de long et 6,50m de large.';
    const v = checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '5,50m');
  });

  it('is never cut by a sourced continuation', () => {
    const texts = continuationsOf('La passerelle de Vaudrieu mesurait ', corpus, { lang: 'fr' }).map((c) => c.text);
    assert.ok(texts.length > 0);
    for (const text of texts) assert.doesNotMatch(text, /\d[.,]?$/u, text);
    assert.ok(texts.some((t) => t.includes('5,50m')), texts.join(' | '));
  });
});
