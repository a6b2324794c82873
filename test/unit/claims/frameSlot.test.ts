import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { findFrameSlotConflict, slotFix } from '../../../server/src/core/claims/frameSlot';
import { slotNames } from '../../../server/src/core/claims/frames';
import { indexOf } from './helpers';

const frFiles = {
  'proces.md': `---
id: proces
title: Le gérant de la scierie Vaudrey mis en examen
lang: fr
date: 2021-03-04
---

Le gérant de la scierie Vaudrey, Octave Merlin, a été mis en examen pour abus de biens sociaux.

Mis en examen pour abus de biens sociaux, Octave Merlin est désormais incarcéré à Vesoul.

Son associé, un jeune homme originaire d'Auxonne, a livré son témoignage à Radio Saône mardi.

Le juge de Lure a entendu les salariés de la scierie la semaine suivante.
`,
  'chronique.md': `---
id: chronique
title: L'écrivain Basile Fournier quitte la presse
lang: fr
date: 2021-05-10
---

L'écrivain Basile Fournier a renoncé à sa chronique hebdomadaire pour Le Courrier du Jura.
`,
};
const fr = indexOf(frFiles);

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('slots of a frame (frames.ts)', () => {
  it('reads a name placed by a predicate word and its preposition, over an article or a place noun', () => {
    const slots = slotNames("Il est incarcéré à Vesoul, près de la maison d'arrêt de Lure, et a parlé au Courrier du Jura.", 'fr');
    assert.deepEqual(
      slots.map((s) => [s.text, s.preposition, s.predicate]),
      [
        ['Vesoul', 'a', 'incarcer'],
        ['Lure', 'de', 'arret'],
        ['Courrier du Jura', 'a', 'parl'],
      ],
    );
    assert.deepEqual(
      slotNames('He gave a speech in Leeds on Friday, to The Herald.', 'en').map((s) => s.text),
      ['Leeds'],
    );
  });

  it('gives no slot to a name after a comma or at the sentence start, nor to the body of a title', () => {
    assert.deepEqual(slotNames('Vesoul, Lure et Gray sont en Haute-Saône.', 'fr').map((s) => s.text), []);
    assert.deepEqual(slotNames('La lettre a été signée par le maire de Vesoul.', 'fr').map((s) => s.text), []);
  });
});

describe('another name in the claim’s prepositional slot, the rest of the frame aligned (frameSlot.ts)', () => {
  it('waits for the corpus’s entities: no slot conflict while they are being built (the server builds them apart)', () => {
    const fresh = indexOf(frFiles);
    const claim = 'Mis en examen pour abus de biens sociaux, le gérant de la scierie Vaudrey est incarcéré à Besançon.';
    assert.equal(fresh.hasEntities, false);
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', fresh.names), fresh).label, 'contradicted');
    assert.equal(fresh.hasEntities, false, 'the check built no entities');
    fresh.entities();
    assert.equal(checkClaim(claim, analyzeClaim(claim, 'fr', fresh.names), fresh).label, 'contradicted');
  });

  it('contradicts a claim with another place or body in the slot of its predicate, and fixes it with the passage’s name', () => {
    fr.entities();
    const place = check('Mis en examen pour abus de biens sociaux, le gérant de la scierie Vaudrey est incarcéré à Besançon.');
    assert.equal(place.label, 'contradicted');
    assert.equal(place.conflict?.sourceName, 'Vesoul');
    const body = check("Basile Fournier a renoncé à sa chronique hebdomadaire pour L'Est Républicain.");
    assert.equal(body.label, 'contradicted');
    assert.equal(body.conflict?.sourceName, 'Le Courrier du Jura');
  });

  it('compares a claim whose one name is the slot’s only with a passage its values, its citation or its other words tie to it, not when another story writes the same words', () => {
    const claim = 'Mis en examen pour abus de biens sociaux, le gérant est incarcéré à Besançon.';
    const twoStories = indexOf({ ...frFiles, 'fromagerie.md': '---\nid: fromagerie\ntitle: Une fromagerie\nlang: fr\n---\n\nLe gérant de la fromagerie Bouvet, mis en examen pour abus de biens sociaux, a été écroué à Lons-le-Saunier.\n' });
    twoStories.entities();
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', twoStories.names), twoStories).label, 'contradicted');
  });

  it('leaves alone the claim of the passage’s own name, and a town against a country in the same slot', () => {
    assert.notEqual(check('Mis en examen pour abus de biens sociaux, le gérant de la scierie Vaudrey est incarcéré à Vesoul.').label, 'contradicted');
    assert.notEqual(check('Mis en examen pour abus de biens sociaux, le gérant de la scierie Vaudrey est incarcéré en France.').label, 'contradicted');
  });

  it('writes the source’s own preposition when it is elided otherwise (« de Dole », « d’Auxonne »)', () => {
    const claimText = 'Un jeune homme originaire de Dole a témoigné.';
    const passageText = "Un jeune homme originaire d'Auxonne a témoigné.";
    const at = claimText.indexOf('Dole');
    const passage = { text: passageText, lang: 'fr' as const, coverage: 0.8, uncovered: [{ start: at, end: at + 4 }], named: [], tied: true, aligned: true };
    const found = findFrameSlotConflict(claimText, 'fr', [passage], () => undefined);
    assert.ok(found);
    assert.deepEqual(slotFix(claimText, found), { claimStart: at - 3, claimEnd: at + 4, sourceText: "d'Auxonne", sourceName: "d'Auxonne" });
  });

  it('finds no conflict when two passages as close to the claim fill the slot with two different names', () => {
    const claimText = 'Un jeune homme originaire de Dole a témoigné.';
    const at = claimText.indexOf('Dole');
    const passage = (text: string) => ({ text, lang: 'fr' as const, coverage: 0.8, uncovered: [{ start: at, end: at + 4 }], named: [], tied: true, aligned: true });
    assert.equal(findFrameSlotConflict(claimText, 'fr', [passage("Un jeune homme originaire d'Auxonne a témoigné."), passage('Un jeune homme originaire de Lure a témoigné.')], () => undefined), undefined);
  });
});

describe('names that may be one thing in a frame slot (frameSlot.ts)', () => {
  const claimText = 'La troupe a joué au théâtre avec Radio Vesoul.';
  const at = claimText.indexOf('Radio');
  const passage = (text: string) => ({ text, lang: 'fr' as const, coverage: 0.8, uncovered: [{ start: at, end: at + 'Radio Vesoul'.length }], named: [], tied: true, aligned: true });
  it('sets no name against one that shares a long word with it, nor reads a possessive’s apostrophe as the name’s', () => {
    assert.equal(findFrameSlotConflict(claimText, 'fr', [passage('La troupe a joué au théâtre avec Radio Lure.')], () => undefined), undefined);
    assert.equal(findFrameSlotConflict(claimText, 'fr', [passage('La troupe a joué au théâtre avec France Lure.')], () => undefined)?.source.text, 'France Lure');
    assert.deepEqual(slotNames("He spoke to BBC Radio Live's reporter.", 'en').map((s) => s.text), ['BBC Radio Live']);
  });
});

describe('the fix of a frame-slot conflict (frameSlot.ts)', () => {
  const conflictOf = (claimText: string, claimName: string, passageText: string) => {
    const at = claimText.indexOf(claimName);
    const passage = { text: passageText, lang: 'fr' as const, coverage: 0.8, uncovered: [{ start: at, end: at + claimName.length }], named: [], tied: true, aligned: true };
    return findFrameSlotConflict(claimText, 'fr', [passage], () => undefined)!;
  };
  it('writes no fix where the passage’s name comes with an article or a contraction the claim’s slot does not have', () => {
    const claimText = 'Les fûts sont évacués vers un centre situé près de Vesoul.';
    const fix = slotFix(claimText, conflictOf(claimText, 'Vesoul', 'Les fûts sont évacués vers un centre situé près du Creusot.'));
    assert.equal(fix.sourceName, undefined);
    assert.equal(fix.sourceText, 'du Creusot');
  });
});
