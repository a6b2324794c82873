import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { isAnaphoricBody } from '../../../server/src/core/claims/anaphoricBody';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { ledBodies } from '../../../server/src/core/claims/ledBody';
import { cutsWord, onWordBounds } from '../../../server/src/core/claims/wordBounds';
import { indexOf } from './helpers';

const fr = indexOf({
  'ruches.md': `---
id: ruches
title: Des ruches pour le clocher
lang: fr
date: 2021-03-02
---

L'association Abeilles du Morvan mobilise ses adhérents pour repeupler les ruches du village.

"Nous offrirons trente essaims pour la restauration du clocher", a indiqué Marc Aubry, président de cette association soutenue par la Fondation Lumière.
`,
});
const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', fr.names), fr);

describe('a role at a body that refers back, and spans on word boundaries', () => {
  it('reads no linking « de » at the end of a verb of leading (« préside »)', () => {
    const led = ledBodies('Marc Aubry préside Abeilles du Morvan.', 'fr');
    assert.equal(led.length, 1);
    assert.ok(led[0].body.text.startsWith('Abeilles'), led[0].body.text);
  });

  it('tells a body that refers back from a named one', () => {
    assert.equal(isAnaphoricBody('de cette association soutenue par la Fondation Lumière'), true);
    assert.equal(isAnaphoricBody('de celle-ci'), true);
    assert.equal(isAnaphoricBody('of the company'), true);
    assert.equal(isAnaphoricBody('de la société Lumière'), false);
    assert.equal(isAnaphoricBody('de la police nationale'), false);
    assert.equal(isAnaphoricBody('de la Fondation Lumière'), false);
  });

  it('does not contradict a named body with a role whose body refers back to it', () => {
    const v = checkFr('Marc Aubry préside Abeilles du Morvan.');
    assert.notEqual(v.label, 'contradicted');
  });

  it('never keeps a contradiction whose span cuts a word', () => {
    assert.equal(cutsWord('Marc préside Abeilles.', 11), true);
    assert.equal(cutsWord('Marc préside Abeilles.', 13), false);
    assert.equal(cutsWord('a 20km run', 4), false);
    const contradicted = { label: 'contradicted' as const, confidence: 0.9, evidence: [], conflict: { kind: 'attribution' as const, claimStart: 11, claimEnd: 21, sourceText: 'x' } };
    assert.equal(onWordBounds('Marc préside Abeilles.', contradicted).label, 'unsupported');
    assert.equal(onWordBounds('Marc préside Abeilles.', { ...contradicted, conflict: { ...contradicted.conflict, claimStart: 13 } }).label, 'contradicted');
  });
});
