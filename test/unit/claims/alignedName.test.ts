import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { alignedFix, findAlignedNameConflict } from '../../../server/src/core/claims/alignedName';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** A passage as the rule reads it: aligned with the claim, tied to its story, `name` the claim's one name it does not write. */
function passageFor(claimText: string, name: string, text: string, lang: Lang, coverage = 0.8) {
  const at = claimText.indexOf(name);
  const uncovered = [...name.matchAll(/\S+/g)].map((m) => ({ start: at + m.index, end: at + m.index + m[0].length }));
  return { text, lang, coverage, uncovered, named: [], tied: true, aligned: true };
}

const find = (claimText: string, name: string, passages: string[], lang: Lang) =>
  findAlignedNameConflict(claimText, lang, passages.map((p) => passageFor(claimText, name, p, lang)), () => undefined);

describe('another name where the claim’s name stands, told by the words around it (alignedName.ts)', () => {
  it('reads a subject by the words after it, an apposition by its words, a modifier by the noun after it', () => {
    const subject = find('Dunmore Freight stopped serving the harbour in March 2011.', 'Dunmore Freight', ['Since then, Kelsall Shipping, stopped serving the harbour in March 2011.'], 'en');
    assert.equal(subject?.source.text, 'Kelsall Shipping');
    const apposition = find('Le préfet a reçu Jean Dupont, le directeur du chantier naval, jeudi.', 'Jean Dupont', ['Le préfet a reçu mardi Paul Martin, le directeur du chantier naval de Lorient.'], 'fr');
    assert.equal(apposition?.source.text, 'Paul Martin');
    const modifier = find('Her next opponent was the Welsh 5th seed.', 'Welsh', ['She faces Ann Dow, the Scottish 5th seed.'], 'en');
    assert.equal(modifier?.source.text, 'Scottish');
  });

  it('reads a name whose nearest words differ when both sides align, a possessive and its name as one name', () => {
    const claimText = "In a game marred by fouls, Leyton's Tom Reed was sent off for tripping Ian Cole.";
    assert.equal(find(claimText, "Leyton's Tom Reed", ['It was a game marred by fouls and the sending off of Sam Holt for tripping Ian Cole.'], 'en')?.source.text, 'Sam Holt');
    assert.equal(find(claimText, "Leyton's Tom Reed", ['Sam Holt was sent off for tripping Ian Cole.'], 'en')?.source.text, 'Sam Holt');
  });

  it('sets against the claim’s name only its uncovered stretch, not a name the passage writes around it (« à Vesoul Jean Dupont »)', () => {
    const claimText = 'Le préfet a convoqué à Vesoul Jean Dupont, le directeur du chantier naval.';
    const found = find(claimText, 'Jean Dupont', ['Le préfet a reçu Paul Martin, le directeur du chantier naval, convoqué à Vesoul.'], 'fr');
    assert.equal(found?.claim.text, 'Jean Dupont');
    assert.equal(found?.source.text, 'Paul Martin');
    // « Jean » of « Jean Dupont » is the same name's, written in part: no other name stands apart.
    assert.equal(find('Le directeur Jean Dupont a parlé aux salariés du chantier naval.', 'Dupont', ['Selon le directeur, Paul Martin a parlé aux salariés du chantier naval.'], 'fr'), undefined);
  });

  it('finds nothing when the nearest words differ, when the context runs into another clause, or when a name’s end is unsure', () => {
    // Shared names further off are no alignment: « originaire » is not « filmé ».
    assert.equal(find('Marc Tellier est originaire de Morlaix.', 'Morlaix', ['Marc Tellier avait été filmé à Brest lundi.'], 'fr'), undefined);
    // "…, and a full listing" and "…, he said a full listing" are other clauses.
    assert.equal(find('The shares trade on the Growth Board, and a full listing is one option.', 'Growth Board', ['He spoke at a forum in Lagos, he said a full listing is one option.'], 'en'), undefined);
    // A month is a time, not the meeting's place, however aligned.
    assert.equal(find('The club will meet in Oporto on the anniversary of the flood.', 'Oporto', ['The club will meet in the capital on the May anniversary of the flood.'], 'en'), undefined);
    // « l'Organisation de l'aviation civile » and « l'Agence européenne … »: where the names end is not told.
    assert.equal(find("Ce soir, c'est l'Organisation de l'aviation civile qui a fermé le ciel.", 'Organisation', ["Ce soir, l'Agence européenne de sécurité a fermé le ciel."], 'fr'), undefined);
  });

  it('finds nothing when the passage gives the name too, when two names align, or when two passages as close give two names', () => {
    assert.equal(find('Dunmore Freight stopped serving the harbour in March 2011.', 'Dunmore Freight', ['Kelsall Shipping, like Dunmore Freight, stopped serving the harbour in March 2011.'], 'en'), undefined);
    assert.equal(find('Dunmore Freight stopped serving the harbour in March 2011.', 'Dunmore Freight', ['Kelsall Shipping stopped serving the harbour in March 2011 and Ardmore Lines stopped serving the harbour in May.'], 'en'), undefined);
    assert.equal(find('Dunmore Freight stopped serving the harbour in March 2011.', 'Dunmore Freight', ['Kelsall Shipping stopped serving the harbour in March 2011.', 'Ardmore Lines stopped serving the harbour in March 2011.'], 'en'), undefined);
  });
});

describe('the fix of an aligned-name conflict (alignedName.ts)', () => {
  const fixOf = (claimText: string, name: string, passage: string) => {
    const found = find(claimText, name, [passage], 'fr')!;
    const fix = alignedFix(claimText, found, 'fr');
    return claimText.slice(0, fix.claimStart) + fix.sourceName + claimText.slice(fix.claimEnd);
  };
  it('elides « de » before a name that opens on a vowel, and writes it whole before one that does not', () => {
    assert.equal(fixOf('Le car dessert les villes voisines de Vannes et de Saint-Malo chaque matin.', 'Saint-Malo', 'Le car dessert les villes voisines de Vannes et Auray chaque matin.'), 'Le car dessert les villes voisines de Vannes et d\'Auray chaque matin.');
    assert.equal(fixOf("Le car dessert les villes voisines de Vannes et d'Auray chaque matin.", 'Auray', 'Le car dessert les villes voisines de Vannes et Lorient chaque matin.'), 'Le car dessert les villes voisines de Vannes et de Lorient chaque matin.');
  });
});

describe('a claim with another name in an aligned position, checked against a corpus (alignedName.ts)', () => {
  const corpus = indexOf({
    'port.md': `---
id: port
title: Ferries leave Portcullen
lang: en
date: 2011-04-02
---

Kelsall Shipping stopped serving Portcullen harbour in March 2011, leaving the island with one ferry.
`,
  });
  corpus.entities();
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

  it('contradicts the claim and fixes it with the passage’s name; leaves the true claim supported', () => {
    const wrong = check('Dunmore Freight stopped serving Portcullen harbour in March 2011, leaving the island with one ferry.');
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceName, 'Kelsall Shipping');
    assert.equal(check('Kelsall Shipping stopped serving Portcullen harbour in March 2011, leaving the island with one ferry.').label, 'supported');
  });
});
