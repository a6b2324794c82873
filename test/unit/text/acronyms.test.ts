import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { acronymExpandedIn, acronymPair, ampersandAcronymsAt, isAcronymOf, spellsAcronymAt, writesAcronym } from '../../../server/src/core/text/acronyms';
import { indexOf } from '../claims/helpers';

describe('acronyms and the names they stand for', () => {
  it('reads the initials of a name, linking words and articles skipped', () => {
    assert.equal(isAcronymOf('ERF', 'European Rowing Federation'), true);
    assert.equal(isAcronymOf('ASN', 'Autorité de sûreté nucléaire'), true);
    assert.equal(isAcronymOf('BoE', 'Bank of England'), true);
    assert.equal(isAcronymOf('FNSEA', "Fédération nationale des syndicats d'exploitants agricoles"), true);
    assert.equal(acronymPair('Union des transporteurs routiers', 'UTR'), true);
  });

  it('reads the initials of every word, linking words too, of an acronym all in capitals', () => {
    assert.equal(isAcronymOf('JDV', 'Journal du Vendredi'), true);
    assert.equal(isAcronymOf('BDL', 'Banque de Lorraine'), true);
    assert.equal(isAcronymOf('JDV', 'Journal du Vendredi matin'), false);
    assert.equal(spellsAcronymAt('JDV', 'Selon une enquête du Journal du Vendredi , le maire'.split(' '), 4), true);
    assert.equal(spellsAcronymAt('JDV', 'Selon une enquête du Journal du Vendredi , le maire'.split(' '), 3), false);
  });

  it('does not take another body, a word or a one-word name for an acronym', () => {
    assert.equal(isAcronymOf('ERF', 'European Rowing Fund Federation'), false);
    assert.equal(isAcronymOf('ERF', 'Federation'), false);
    assert.equal(isAcronymOf('Erf', 'European Rowing Federation'), false);
    assert.equal(isAcronymOf('ECB', 'European Rowing Federation'), false);
  });

  it('writes a name joined by an ampersand as the initials of its sides around it, and finds that acronym as a token of its own', () => {
    const text = 'Hollis & Crane Foods, the grocer, said sales rose.';
    assert.deepEqual(ampersandAcronymsAt(text, 0, 6), [{ acronym: 'H&CF', name: 'Hollis & Crane Foods' }]);
    assert.deepEqual(ampersandAcronymsAt('Tarn & Wyle reported a loss.', 7, 11), [{ acronym: 'T&W', name: 'Tarn & Wyle' }]);
    assert.deepEqual(ampersandAcronymsAt('Tarn & Wyle reported a loss.', 12, 20), []);
    assert.deepEqual(ampersandAcronymsAt('Tarn and Wyle reported a loss.', 0, 4), []);
    assert.equal(writesAcronym('Shares in T&W fell 2%.', 'T&W'), true);
    assert.equal(writesAcronym('Shares in AT&WX fell 2%.', 'T&W'), false);
  });

  describe('in a claim', () => {
    const corpus = indexOf({
      'aide.md': `---
id: aide
title: L'aide aux auteurs âgés
lang: fr
---

Selon une enquête du Journal du Vendredi, le romancier Paul Kerlaz a touché depuis 2004 un total de 90 000 euros.
`,
    });
    const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

    it('reads a claim that names a body by its acronym, a linking word giving a letter, as the passage that writes it in full', () => {
      assert.equal(check('Selon le JDV, Paul Kerlaz a touché 90 000 euros depuis 2004.').label, 'supported');
      assert.notEqual(check('Selon une enquête du JDV, Paul Kerlaz a touché 90 000 euros depuis 2004.').label, 'contradicted');
      assert.notEqual(check('Selon le JDV, Paul Kerlaz a touché 60 000 euros depuis 2004.').label, 'supported');
    });
  });
});

describe('an acronym whose name a passage writes in full', () => {
  it('finds the name as a whole run of capitalised words with the acronym\'s initials', () => {
    assert.equal(acronymExpandedIn('RFU', 'He was fined by the Rugby Football Union on Monday.'), true);
    assert.equal(acronymExpandedIn('ECB', 'The European Central Bank kept rates on hold.'), true);
    assert.equal(acronymExpandedIn('ASN', "L'Autorité de Sûreté Nucléaire a rendu son avis."), true);
  });

  it('takes no part of a longer run, no lowercase words, and no word for an acronym', () => {
    assert.equal(acronymExpandedIn('RF', 'He was fined by the Rugby Football Union on Monday.'), false);
    assert.equal(acronymExpandedIn('RFU', 'He was fined by the rugby football union on Monday.'), false);
    assert.equal(acronymExpandedIn('Rfu', 'He was fined by the Rugby Football Union on Monday.'), false);
  });
});
