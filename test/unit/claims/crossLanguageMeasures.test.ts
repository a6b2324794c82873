import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { attributionPhrases } from '../../../server/src/core/claims/attributionPhrase';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { forAnotherCause } from '../../../server/src/core/claims/slots';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** An invented French story of a landslide and a trial, checked with English claims (drafts in English from French sources). */
const corpus = indexOf({
  'glissement.md': `---
id: glissement
title: Un glissement de terrain ouvre une faille près de Modane
lang: fr
date: 2023-05-12
---

Un glissement de terrain a ouvert un immense cratère près de Modane, en France, mercredi. 27 mètres de profondeur. C'est la taille du cratère qu'a laissé l'éboulement après l'incendie, selon les experts des pompiers.

Le tunnel routier fermé après l'éboulement mesure 640 mètres de longueur.

La compagne de Julien Morand, Léa R., une infirmière alors âgée de 34 ans, a été entendue par les enquêteurs.

Les experts des pompiers et les géologues sont arrivés sur place jeudi.

Le maire a salué le travail des experts et des pompiers.

Le documentaire "Les Glaciers de Vanoise" est sorti mercredi dans 340 salles, malgré la polémique.

Malgré les appels à la grève des techniciens, le festival de Modane a attiré plus de 80.000 spectateurs pour sa première semaine.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

/** The first quick fix of an English one-sentence draft, as the draft reads with it. */
function fixed(text: string): string | undefined {
  const results = checkDraft(parseMarkdown(`${text}\n`), corpus, { language: 'en' })!;
  const finding = findingsOf(results, corpus).find((f) => f.code === 'contradicted-claim');
  const fix = finding?.fixes[0];
  return fix ? text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end) : undefined;
}

describe('English claims against French sources: measure words and whose value it is', () => {
  it('reads "deep" as « profondeur » and leaves the words of "according to …" out of the value’s fact', () => {
    const claim = 'The rockfall left a crater 72 metres deep, according to fire brigade experts.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'The rockfall left a crater 27 metres deep, according to fire brigade experts.');
    assert.notEqual(check('The rockfall left a crater 27 metres deep, according to fire brigade experts.').label, 'contradicted');
  });

  it('reads "length" as « longueur »', () => {
    const claim = 'The road tunnel closed after the rockfall has a length of 460 metres.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'The road tunnel closed after the rockfall has a length of 640 metres.');
  });

  it('compares two counts of one noun ("cinemas", « salles ») whatever verbs govern them ("opened", « est sorti »)', () => {
    const claim = 'The documentary Les Glaciers de Vanoise opened in 430 cinemas on Wednesday.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'The documentary Les Glaciers de Vanoise opened in 340 cinemas on Wednesday.');
    assert.notEqual(check('The documentary Les Glaciers de Vanoise opened in 340 cinemas on Wednesday.').label, 'contradicted');
  });

  it('reads the age after a possessor ("Morand\'s partner … was 43") as the partner’s, not the possessor’s', () => {
    const claim = "Julien Morand's partner, a nurse, was 43 when she was questioned.";
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), "Julien Morand's partner, a nurse, was 34 when she was questioned.");
  });
});

describe('forAnotherCause across languages', () => {
  it('reads the English claim’s words in French: « pour sa première semaine » is the claim’s "in its first week", no other cause', () => {
    const claimText = 'Despite calls for a strike, the festival drew more than 80,000 spectators in its first week.';
    const sourceText = 'Malgré les appels à la grève, le festival a attiré plus de 80.000 spectateurs pour sa première semaine.';
    const claim = { text: claimText, quantities: parseQuantities(claimText, 'en'), lang: 'en' as const };
    const source = { text: sourceText, quantities: parseQuantities(sourceText, 'fr'), lang: 'fr' as const };
    assert.ok(!forAnotherCause(claim, source, source.quantities.find((q) => q.value === 80000)!));
    // A cause of the passage the claim has no word for, in either language, is still another cause.
    const otherText = 'Malgré les appels à la grève, le festival a attiré plus de 80.000 spectateurs pour la venue du ministre.';
    const other = { text: otherText, quantities: parseQuantities(otherText, 'fr'), lang: 'fr' as const };
    assert.ok(forAnotherCause(claim, other, other.quantities.find((q) => q.value === 80000)!));
  });

  it('lets a French passage with « pour sa première semaine » state an English claim "in its first week"', () => {
    assert.equal(check('Despite calls for a strike, the Modane festival drew more than 80,000 spectators in its first week.').label, 'supported');
  });
});

describe('attributionPhrases', () => {
  it('finds « selon X », « d’après X », "according to X" up to the comma or the end', () => {
    const text = 'The crater is 43 metres deep, according to French experts.';
    assert.deepEqual(attributionPhrases(text).map((p) => text.slice(p.start, p.end)), ['according to French experts']);
    const fr = "Selon la préfecture, 12 maisons ont été évacuées, d'après les pompiers.";
    assert.deepEqual(attributionPhrases(fr).map((p) => fr.slice(p.start, p.end)), ['Selon la préfecture', "d'après les pompiers"]);
    assert.deepEqual(attributionPhrases('Prices rose by 3%.'), []);
  });
});
