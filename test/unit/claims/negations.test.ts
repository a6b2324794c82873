import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { negatedByOtherForms, saysNoWithout } from '../../../server/src/core/claims/negations';
import { indexOf } from './helpers';

describe('negations in other forms', () => {
  it('reads « ne » … « aucun », « jamais », « pas » with an aside between them', () => {
    assert.equal(isNegated('Les jurés n’ont de l’avis de leur président commis aucune faute dans ce dossier.', 'fr'), true);
    assert.equal(isNegated('Le maire n’a selon ses plus proches collaborateurs jamais quitté la commune.', 'fr'), true);
    assert.equal(isNegated('La digue n’a à en croire les ingénieurs pas cédé.', 'fr'), true);
  });

  it('reads « ne » right after an opening quote mark', () => {
    assert.equal(isNegated('Le maire de Quimper a ajouté qu’il "ne pourra pas financer" la digue.', 'fr'), true);
    assert.equal(isNegated('Le préfet a dit « n’avoir jamais vu » une telle marée.', 'fr'), true);
    assert.equal(isNegated('Le maire a parlé d’un "nouveau départ" pour la digue.', 'fr'), false);
  });

  it('reads a negative pronoun right before « ne »', () => {
    assert.equal(isNegated('À Quimper, personne n’a été blessé.', 'fr'), true);
    assert.equal(isNegated('Depuis mars, rien n’a changé sur le port.', 'fr'), true);
    assert.equal(isNegated('Une personne n’a été blessée que légèrement.', 'fr'), false);
  });

  it('does not join a « ne » to a negative word of another clause', () => {
    // « que », « mais », « et » open another clause with its own verb; an end of clause stops the reading too.
    assert.equal(negatedByOtherForms('Il ne reste à la commune que des terrains sans aucun intérêt.', 'fr'), false);
    assert.equal(negatedByOtherForms('Il ne fait guère de doute, dit le maire, et les jurés de la cour savent que rien.', 'fr'), false);
    assert.equal(negatedByOtherForms('Avant qu’il ne parte vers le port. Les pêcheurs de la baie ont pas mal travaillé.', 'fr'), false);
  });

  it('reads the English negative determiner "no" before a noun', () => {
    assert.equal(isNegated('Officers searched the harbour, but no arrests have been made.', 'en'), true);
    assert.equal(isNegated('Nobody was injured in the blaze.', 'en'), true);
    assert.equal(isNegated('No one saw the boat leave.', 'en'), true);
  });

  it('does not read "no" where it does not deny', () => {
    assert.equal(isNegated('There is no doubt the harbour will reopen in May.', 'en'), false);
    assert.equal(isNegated('The council will pay no more than £40m for the bridge.', 'en'), false);
    assert.equal(isNegated('The ferry left from Gate No. 4 at noon.', 'en'), false);
    assert.equal(isNegated('The shares fell from $12bn to virtually nothing.', 'en'), false);
    assert.equal(isNegated('Harbour fees rose 5% in May with no sign of slowing.', 'en'), false);
    assert.equal(isNegated('The council repaired the pier at no cost to residents.', 'en'), false);
    assert.equal(isNegated('The club is in no position to match the offer.', 'en'), true);
    assert.equal(isNegated('The mayor said it was a case of No Way Back for the port.', 'en'), false);
  });

  it('lets a passage that denies the claim with an aside before « aucune » contradict it, not support it', () => {
    const corpus = indexOf({
      'port.md': `---
id: port
title: L'enquête sur l'incendie du port de Lorient
lang: fr
---

Le préfet Armand Vasseur s'est exprimé mardi devant la presse. "Les dockers n'ont de mon point de vue commis aucune faute dans la gestion de l'incendie", a-t-il déclaré.
`,
    });
    const claim = 'Armand Vasseur a estimé que les dockers avaient commis plusieurs fautes dans la gestion de l’incendie.';
    const verdict = checkClaim(claim, analyzeClaim(claim, 'fr', corpus.names), corpus);
    assert.notEqual(verdict.label, 'supported');
    const truth = 'Armand Vasseur a estimé que les dockers n’avaient commis aucune faute dans la gestion de l’incendie.';
    assert.notEqual(checkClaim(truth, analyzeClaim(truth, 'fr', corpus.names), corpus).label, 'contradicted');
  });
});

describe('a predicate said the other way after the clause naming its subject', () => {
  const corpus = indexOf({
    'digue.md': `---
id: digue
title: La digue de Port-Louis
lang: fr
---

Le lendemain, le préfet du Morbihan Armand Vasseur souligne que la commune n'est "pas tenue" de financer la réparation de la digue.
`,
    'avocat.md': `---
id: avocat
title: Les riverains de Port-Louis devant le tribunal
lang: fr
---

Interrogé sur les déclarations du préfet du Morbihan, qui avait assuré que la commune n'était pas tenue de financer cette réparation de la digue, l'avocat des riverains tranche : "Armand Vasseur se trompe".
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

  it('does not take the clause that names the subject for a support of the predicate', () => {
    const verdict = check('Le préfet du Morbihan, Armand Vasseur, a estimé que la commune était tenue de financer la réparation de la digue.');
    assert.notEqual(verdict.label, 'supported');
  });

  it('still supports the claim that says the same no', () => {
    const verdict = check('Le préfet du Morbihan, Armand Vasseur, a estimé que la commune n’était pas tenue de financer la réparation de la digue.');
    assert.notEqual(verdict.label, 'contradicted');
  });
});

describe('negative coordination: « ne … ni », « ni … ni », "neither … nor"', () => {
  it('reads « ne … ni » and « ni … ni » as a negation, with words between the verb and « ni »', () => {
    assert.equal(isNegated('Le règlement ne prévoyait alors, par exemple, ni indemnité ni préavis pour les saisonniers.', 'fr'), true);
    assert.equal(isNegated('Le gardien n’avait ni clé ni badge.', 'fr'), true);
    assert.equal(isNegated('Pour les saisonniers, ni indemnité ni préavis à l’époque.', 'fr'), true);
    assert.equal(isNegated('Le gardien avait une clé et un badge.', 'fr'), false);
  });

  it('reads "neither … nor" and "nor" as a negation, not inside a title', () => {
    assert.equal(isNegated('The charter provided for neither a pension nor notice.', 'en'), true);
    assert.equal(isNegated('Neither the warden nor his deputy signed the charter.', 'en'), true);
    assert.equal(isNegated('Nor did the warden sign the charter.', 'en'), true);
    assert.equal(isNegated('The warden sang Neither Here Nor There at the fair.', 'en'), false);
  });

  const corpus = indexOf({
    'reglement.md': `---
id: reglement
title: Le règlement des saisonniers de Granville
lang: fr
---

Pour les vendanges de 1962, le règlement municipal de Granville ne prévoyait alors, par exemple, ni indemnité de transport ni préavis de renvoi.
`,
    'charter.md': `---
id: charter
title: The Dunmore dockers' charter
lang: en
---

The 1962 Dunmore charter provided for neither a transport allowance nor notice of dismissal.
`,
  });
  const check = (claim: string, lang: 'fr' | 'en') => checkClaim(claim, analyzeClaim(claim, lang, corpus.names), corpus);

  it('does not call a claim that says the same no the other way round', () => {
    assert.notEqual(check('Le règlement municipal de Granville ne prévoyait pas d’indemnité de transport.', 'fr').label, 'contradicted');
    assert.notEqual(check('The 1962 Dunmore charter did not provide for a transport allowance.', 'en').label, 'contradicted');
  });

  it('still does not support the claim that says yes', () => {
    assert.notEqual(check('Le règlement municipal de Granville prévoyait une indemnité de transport.', 'fr').label, 'supported');
    assert.notEqual(check('The 1962 Dunmore charter provided for a transport allowance.', 'en').label, 'supported');
  });
});

describe('« sans », "without" before a noun says a negated claim’s no', () => {
  const corpus = indexOf({
    'granville.md': `---
id: granville
title: Les saisonniers de Granville
lang: fr
---

En 1962, le règlement de Granville prévoyait que les saisonniers travaillaient sans contrat écrit.
`,
  });
  const check = (claim: string) => checkClaim(claim, analyzeClaim(claim, 'fr', corpus.names), corpus);

  it('reads « sans » + the claim’s denied noun as the same no', () => {
    assert.equal(saysNoWithout('Le règlement ne prévoyait pas de contrat écrit.', 'Les saisonniers travaillaient sans contrat écrit.', 'fr', 'fr'), true);
    assert.equal(saysNoWithout('The dockers did not have a written contract.', 'The dockers worked without a written contract.', 'en', 'en'), true);
    assert.equal(saysNoWithout('Le règlement ne prévoyait pas de contrat écrit.', 'Les saisonniers travaillaient sans préavis.', 'fr', 'fr'), false);
    assert.equal(saysNoWithout('Le règlement prévoyait un contrat écrit.', 'Les saisonniers travaillaient sans contrat écrit.', 'fr', 'fr'), false);
  });

  it('does not call the negated claim contradicted, and does not support the claim that says yes', () => {
    assert.notEqual(check('En 1962, le règlement de Granville ne prévoyait pas de contrat écrit pour les saisonniers.').label, 'contradicted');
    assert.notEqual(check('En 1962, le règlement de Granville prévoyait un contrat écrit pour les saisonniers.').label, 'supported');
  });
});
