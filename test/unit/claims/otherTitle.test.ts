import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';

const fr = indexOf({
  'digue.md': `---
id: digue
title: La digue de Saint-Brévin cède
lang: fr
date: 2022-02-03
---

La digue du port de Saint-Brévin a cédé dans la nuit de mardi à mercredi sous la pression de la marée.

"Les dégâts sont considérables", a indiqué Hélène Garnier, la préfète de la Vendée, qui a déclenché le plan d'urgence littoral.

Le maire de Saint-Brévin, Yann Le Goff, a demandé l'évacuation des campings du front de mer.

La garde des Sceaux Odile Marchal a annoncé l'ouverture d'une enquête sur l'entretien de la digue.

« Aucun blessé n'est à déplorer », a affirmé Marc Delorme, le ministre de l'Agriculture et de l'Alimentation, sur une radio locale.

Le directeur général de Voyabus France, Yvan Roux, a salué la hausse des réservations depuis le début de la grève.

Chez Carbus, la grève a fait grimper la fréquentation des lignes vers Nantes.

"Le 9 mai, on a transporté 12 000 voyageurs", se félicite son directeur général, Roland de Mérat.

La pétition pour la digue avait été signée par la sœur de Lucie, Claire Duval, et son demi-frère Hugo Ternier.

L'ancien maire de Pornic Luc Berthou a rappelé que la digue avait été renforcée en 1998.
`,
});

const en = indexOf({
  'harbour.md': `---
id: harbour
title: Harbour club fines its striker
lang: en
date: 2021-03-02
---

Chairman Oliver Brent described the striker's behaviour as "completely unacceptable and deeply unprofessional".

The island could lose 20m dollars in earnings from fishing this winter, according to fisheries-dependent economy's trade minister Mara Kessel.

Portmere may lose 40m dollars in ferry fares over the next six months, according to tourism minister Ines Dahl.

Kestrel Bank chairman and chief executive Ruth Amis said the bank would close 12 branches.

Ruth Amis joined the board of the lender in 2009.

Neil Orme, now Harbour Party deputy leader, said the ferry would run all winter.

Tom Vale, a lawyer who chairs the town's rowing club, said the regatta would be cancelled.
`,
});

const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);
const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', en.names), en);

describe('another title for the claim’s person', () => {
  it('contradicts a title the passage that states the claim gives the same person another one of (no fix: which is wrong, the name or the title?)', () => {
    const v = checkFr('Hélène Garnier, maire de Saint-Brévin, a déclenché le plan d\'urgence littoral.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'attribution');
    assert.match(v.conflict?.sourceText ?? '', /préfète de la Vendée/);
    assert.equal(v.conflict?.sourceName, undefined);
    const e = checkEn("Harbour's chief executive, Oliver Brent, called the striker's behaviour completely unacceptable and deeply unprofessional.");
    assert.equal(e.label, 'contradicted');
    assert.match(e.conflict?.sourceText ?? '', /Chairman/);
  });

  it('fixes an English portfolio with the source’s ("finance minister" for "tourism minister")', () => {
    const v = checkEn("According to Portmere's finance minister, Ines Dahl, the town may lose 40m dollars in ferry fares over the next six months.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, 'tourism');
    assert.equal(v.conflict?.sourceName, 'tourism');
  });

  it('fixes a French ministry with the source’s when the two share no word, and keeps one that shares a word', () => {
    const v = checkFr("Le ministre de l'Intérieur Marc Delorme a affirmé qu'aucun blessé n'était à déplorer.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, "Agriculture et de l'Alimentation");
    assert.notEqual(checkFr("Le ministre de l'Agriculture Marc Delorme a affirmé qu'aucun blessé n'était à déplorer.").label, 'contradicted');
  });

  it('writes the source’s ministry with its own linking words when they differ (« de la Justice » → « de l’Agriculture … », never « de la Agriculture »)', () => {
    const v = checkFr("Le ministre de la Justice Marc Delorme a affirmé qu'aucun blessé n'était à déplorer.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, "de l'Agriculture et de l'Alimentation");
  });

  it('contradicts a name given a title the passage gives another name, when the documents give the claim’s name that title at another body', () => {
    const v = checkFr('Yvan Roux, directeur général de Carbus, affirme avoir transporté 12 000 voyageurs le 9 mai.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Roland de Mérat');
    // The source's name is written whole, its lowercase particle with it.
    assert.equal(checkFr('"Le 9 mai, on a transporté 12 000 voyageurs", se félicite son directeur général, Paul Garnier.').conflict?.sourceName, 'Roland de Mérat');
    assert.notEqual(checkFr('Roland de Mérat, directeur général de Carbus, affirme avoir transporté 12 000 voyageurs le 9 mai.').label, 'contradicted');
  });

  it('compares kinship with kinship only (« neveu » against « demi-frère », not against an office)', () => {
    const v = checkFr('La pétition pour la digue avait été signée par le neveu de Lucie, Hugo Ternier.');
    assert.equal(v.label, 'contradicted');
    assert.match(v.conflict?.sourceText ?? '', /demi-frère/);
    assert.notEqual(checkFr('La pétition pour la digue avait été signée par le frère de Lucie, Hugo Ternier.').label, 'contradicted');
    assert.notEqual(checkFr('La pétition pour la digue avait été signée par le maire de Vernon, Hugo Ternier.').label, 'contradicted');
  });

  it('tells a deputy’s title from the title it seconds ("deputy leader", "leader"), after "now" too', () => {
    const v = checkEn('Harbour Party leader Neil Orme said the ferry would run all winter.');
    assert.equal(v.label, 'contradicted');
    assert.notEqual(checkEn('Harbour Party deputy leader Neil Orme said the ferry would run all winter.').label, 'contradicted');
  });

  it('does not contradict a title that names the same office (« garde des Sceaux », « ministre de la Justice »; "president", "chairman")', () => {
    assert.notEqual(checkFr('La ministre de la Justice Odile Marchal a annoncé l\'ouverture d\'une enquête sur l\'entretien de la digue.').label, 'contradicted');
    assert.notEqual(checkEn("Harbour's president, Oliver Brent, called the striker's behaviour completely unacceptable and deeply unprofessional.").label, 'contradicted');
  });

  it('does not contradict when the source gives the person both titles, a dated title, or a trade beside an office', () => {
    assert.notEqual(checkEn('Kestrel Bank chief executive Ruth Amis said the bank would close 12 branches.').label, 'contradicted');
    assert.notEqual(checkFr('Le maire de Pornic Luc Berthou a rappelé que la digue avait été renforcée en 1998.').label, 'contradicted');
    assert.notEqual(checkEn('Tom Vale, the chairman of the rowing club, said the regatta would be cancelled.').label, 'contradicted');
  });
});
