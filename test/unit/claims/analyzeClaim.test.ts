import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { indexOf, orchardCorpus } from './helpers';

const index = indexOf(orchardCorpus);
const analyze = (text: string, lang: 'fr' | 'en' = 'fr', heading = false) => analyzeClaim(text, lang, index.names, { heading });

describe('analyzeClaim', () => {
  it('leaves about-lines, transitions, draft references and labels unchecked', () => {
    assert.equal(analyze('À propos de Vergers d’Auge dans ce dossier.').reason, 'signposting');
    assert.equal(analyze('Revenons maintenant à la récolte de Claire Hamon.').reason, 'signposting');
    assert.equal(analyze('Let us now turn to Vergers d’Auge.', 'en').reason, 'signposting');
    assert.equal(analyze('Bilan 2023 :').isClaim, false);
    assert.equal(analyze('Key figures for Vergers d’Auge:', 'en').isClaim, false);
    assert.equal(analyze('Revenons à 2023 : Vergers d’Auge a récolté 42 000 tonnes.').isClaim, true);
    // A table row outside a table: structure, not prose; a long cell is prose.
    assert.equal(analyze('| Date | Récolte de Vergers d’Auge |').reason, 'label');
    assert.equal(analyze('| Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023 |').isClaim, true);
  });

  it('reads a refusal and a judged « non » as negation', () => {
    assert.equal(isNegated('L’Unsa a refusé de poursuivre la grève.', 'fr'), true);
    assert.equal(isNegated('La grève est jugée non justifiée.', 'fr'), true);
    assert.equal(isNegated('Aucune mise en service n’est actée avant 2035.', 'fr'), true);
    assert.equal(isNegated('en 2017).Aucun autre réacteur que les deux de Valmont ne serait fermé.', 'fr'), true);
    assert.equal(isNegated('Ni le maire ni le préfet n’étaient au courant.', 'fr'), true);
    assert.equal(isNegated('Aucun réacteur a été fermé selon lui, dit-il.', 'fr'), false);
    assert.equal(isNegated('Les secteurs non agricoles sont aidés.', 'fr'), false);
    assert.equal(isNegated('The board refused to sign.', 'en'), true);
  });

  it('treats a sentence with a figure as a claim', () => {
    const a = analyze('La coopérative a récolté 50 000 tonnes de pommes.');
    assert.equal(a.isClaim, true);
    assert.equal(a.quantities[0].value, 50000);
  });

  it('treats a sentence with a name and a predicate as a claim', () => {
    assert.equal(analyze('Claire Hamon dirige une coopérative normande.').isClaim, true);
  });

  it('does not treat questions as claims', () => {
    assert.equal(analyze('Combien de tonnes la coopérative a-t-elle récoltées en 2023 ?').reason, 'question');
  });

  it('does not treat signposting as claims, with or without "nous"', () => {
    assert.equal(analyze('Dans cette section, nous présentons la filière.').isClaim, false);
    assert.equal(analyze('Cette note fait le point sur trois débouchés de la filière.').reason, 'signposting');
    assert.equal(analyze('In this report, we review the apple market.', 'en').isClaim, false);
    // The draft naming itself behind a writer's aside label (« Note : », "NB:"), and a writer's draft by name.
    assert.equal(analyze('Note : ce brouillon résume la récolte de Vergers d’Auge en 2023.').reason, 'signposting');
    assert.equal(analyze('NB: this draft sums up the 2023 harvest of Vergers d’Auge.', 'en').reason, 'signposting');
    assert.equal(analyze('Note : Vergers d’Auge a récolté 42 000 tonnes en 2023.').isClaim, true);
    // The draft's notes, in the plural.
    assert.equal(analyze('These notes summarise my reading; figures still need checking.', 'en').reason, 'signposting');
    assert.equal(analyze('Ces notes résument les articles lus sur Vergers d’Auge.').reason, 'signposting');
    // A draft law is no draft of the writer's.
    assert.equal(analyze('This draft law would cut the apple levy by 5% in 2024.', 'en').isClaim, true);
  });

  it('reads a capitalised "Our" or « Nos » between capitalised words as part of a name, not the writer speaking', () => {
    assert.equal(analyze('Claire Hamon chairs Save Our Orchards, which opposes the Vergers d’Auge plant.', 'en').isClaim, true);
    assert.equal(analyze('Our review covers Vergers d’Auge.', 'en').reason, 'signposting');
    assert.equal(analyze('Nous revenons sur Vergers d’Auge.').reason, 'signposting');
  });

  it('does not treat a list of sources as a claim, whatever dates and names it holds', () => {
    assert.equal(analyze('Sources: Ouest-France and Le Monde, 2022–2023.', 'en').reason, 'label');
    assert.equal(analyze('Sources : dépêches de l’AFP, mars 2023.').reason, 'label');
    assert.equal(analyze('Voir aussi : la récolte de 2022 de Vergers d’Auge.').reason, 'label');
    assert.equal(analyze('Les sources de Vergers d’Auge ont fourni 42 000 litres en 2023.').isClaim, true);
  });

  it('does not treat opinions without facts as claims', () => {
    assert.equal(analyze('La situation reste préoccupante pour les producteurs.').reason, 'no-fact');
  });

  it('checks headings only when they state a figure', () => {
    assert.equal(analyze('La filière en chiffres', 'fr', true).isClaim, false);
    assert.equal(analyze('42 000 tonnes récoltées en 2023', 'fr', true).isClaim, true);
  });

  it('recognises names mid-sentence and corpus names at the start', () => {
    const a = analyze('Vergers d’Auge exporte vers la Belgique.');
    assert.deepEqual(a.words.filter((w) => w.isName).map((w) => w.text), ['Vergers', 'Auge', 'Belgique']);
  });

  it('takes an unknown capitalised first word for a name, but not a function word', () => {
    assert.ok(analyze('Carrefour achète 18 % de la production.').words.find((w) => w.text === 'Carrefour')?.isName);
    assert.ok(!analyze('Parmi les saisonniers, 40 % sont étrangers.').words.find((w) => w.text === 'Parmi')?.isName);
  });

  it('gives English words French terms to look for', () => {
    const a = analyze('The cooperative exports 18% of its production to Belgium.', 'en');
    assert.ok(a.words.find((w) => w.text === 'exports')?.terms.some((t) => t.startsWith('export')));
  });

  it('detects negation, but not the restrictive "ne … que"', () => {
    assert.equal(isNegated('La cueillette n’est pas interdite.', 'fr'), true);
    assert.equal(isNegated('Le trajet ne prendra plus que deux heures.', 'fr'), false);
    assert.equal(isNegated('Harvesting is not allowed.', 'en'), true);
    // Words between the verb and « pas »: « n'ont en revanche pas retenu ».
    assert.equal(isNegated('Les juges n’ont en revanche pas retenu la corruption.', 'fr'), true);
    assert.equal(isNegated('Le trajet ne prendra en fait plus que deux heures.', 'fr'), false);
  });
});
