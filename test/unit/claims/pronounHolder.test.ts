import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { pronounSubject } from '../../../server/src/core/claims/pronounHolder';
import { indexOf } from './helpers';

/** An invented French story of a music festival: one composer's award told by a pronoun, another artist named after. */
const corpus = indexOf({
  'festival.md': `---
id: festival
title: Le festival de Vienne-sur-Loire dévoile sa programmation
lang: fr
date: 2022-04-11
---

Le compositeur Arnaud Velter ouvrira le festival avec une création pour chœur. Il avait été couronné en 2016 par le trophée Orphée.

L'album de Lina Castel sera joué en clôture par l'orchestre régional.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

describe('claims: a slot filled in a clause told of a pronoun', () => {
  it('tells a pronoun that stands for another holder from one that stands for the claim’s', () => {
    const source = 'Il avait été couronné en 2016 par le trophée Orphée.';
    const at = source.indexOf('Orphée');
    assert.equal(pronounSubject(source, at, ['castel'], 'Le compositeur Arnaud Velter ouvrira le festival.'), 'other');
    assert.equal(pronounSubject(source, at, ['velter'], 'Le compositeur Arnaud Velter ouvrira le festival.'), undefined);
    // A sentence before that names no one: the pronoun may stand for the holder named further back, or for a thing.
    assert.equal(pronounSubject(source, at, ['castel'], 'La programmation compte quarante concerts.'), 'unresolved');
    // No pronoun, or a claim with no holder before its slot: not this kind.
    assert.equal(pronounSubject('Arnaud Velter avait été couronné par le trophée Orphée.', 40, ['castel'], undefined), undefined);
    assert.equal(pronounSubject(source, at, [], 'Le compositeur Arnaud Velter ouvrira le festival.'), undefined);
  });

  it('leaves unsupported a claim giving another artist’s award to the claim’s holder', () => {
    assert.notEqual(check("L'album de Lina Castel a été couronné par le trophée Sirène.").label, 'contradicted');
  });

  it('leaves unsupported a claim against a pronoun no name before ties to its holder, at a contradiction’s coverage', () => {
    const things = indexOf({
      'saison.md': `---
id: saison
title: La saison du théâtre de Brélac
lang: fr
date: 2022-09-01
---

La saison compte trente représentations. Elle avait été saluée en 2019 par le trophée Orphée.

La metteuse en scène Lina Castel ouvrira la saison.
`,
    });
    const text = 'La metteuse en scène Lina Castel a été saluée par le trophée Sirène.';
    assert.notEqual(checkClaim(text, analyzeClaim(text, 'fr', things.names), things).label, 'contradicted');
  });

  it('still contradicts the award of the holder the pronoun stands for', () => {
    const verdict = check('Arnaud Velter avait été couronné en 2016 par le trophée Sirène.');
    assert.equal(verdict.label, 'contradicted');
    assert.match(verdict.conflict?.sourceText ?? '', /Orphée/);
  });
});
