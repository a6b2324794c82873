import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { deniesAnySubject, subjectOnlyAround } from '../../../server/src/core/claims/negatedSubject';
import { indexOf } from './helpers';

describe('a negated claim against a passage about another subject', () => {
  it('reads a claim that denies any subject', () => {
    assert.equal(deniesAnySubject('No other boat won the regatta twice.', 'en'), true);
    assert.equal(deniesAnySubject("Aucun club n'a gagné deux fois.", 'fr'), true);
    assert.equal(deniesAnySubject('Nobel laureates did not attend.', 'en'), false);
    assert.equal(deniesAnySubject("Le club n'a pas gagné.", 'fr'), false);
  });
  it('reads a subject left to the passage’s context', () => {
    assert.equal(subjectOnlyAround(['Verdier'], () => false), true);
    assert.equal(subjectOnlyAround(['Verdier'], () => true), false);
    assert.equal(subjectOnlyAround([], () => false), false);
  });

  const fr = indexOf({
    'convoi.md': `---
id: convoi
title: Attaque d'un convoi en Norlande
lang: fr
---

Les employés de l'association Terrafor ont été tués mardi près de Bellac, en Norlande. Il s'agit de la première attaque visant des ingénieurs étrangers dans la région, selon la préfecture.
`,
  });
  const en = indexOf({
    'regatta.md': `---
id: regatta
title: "'Best yacht' award for Salt Wind"
lang: en
---

Racing yacht Salt Wind has swept the field at a major sailing event, the Dunmore Harbour regatta.

It was the only yacht to win twice, winning Best Yacht of the year and the fastest crossing at the regatta, presented by the harbour master. Other winners included the dinghy Gull.
`,
  });

  it('does not call the negation the opposite of another subject’s verb', () => {
    const claim = "Terrafor n'était pas visée, selon la préfecture.";
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'fr', fr.names), fr).label, 'contradicted');
  });
  it('does not call "no other" the opposite of one that did', () => {
    const claim = 'No other yacht won twice at the Dunmore Harbour regatta.';
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'en', en.names), en, { cited: ['regatta'] }).label, 'contradicted');
  });
});
