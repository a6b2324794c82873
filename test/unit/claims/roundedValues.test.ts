import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { roundingStep, roundsTo } from '../../../server/src/core/claims/roundedValues';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const q = (text: string) => parseQuantities(text, 'fr')[0];

describe('a figure rounded at the precision its writing implies', () => {
  it('reads the step of the last written digit', () => {
    assert.equal(roundingStep(q('0,048 M€')), 1000);
    assert.equal(roundingStep(q("48,4 milliers d'euros")), 100);
    assert.equal(roundingStep(q('48 000 euros')), 1000);
    assert.equal(roundingStep(q('48.362 euros')), 1);
    assert.equal(roundingStep(q('environ 48 000 euros')), undefined);
  });

  it('holds a rounding of the source, not another figure nor an equal one', () => {
    const source = q('48.362 euros');
    assert.ok(roundsTo(q('48 000 euros'), source));
    assert.ok(roundsTo(q('0,048 M€'), source));
    assert.ok(roundsTo(q("48,4 milliers d'euros"), source));
    assert.ok(!roundsTo(q('45 000 euros'), source));
    assert.ok(!roundsTo(q("48,3 milliers d'euros"), source));
    assert.ok(!roundsTo(q('48.362 euros'), source));
    // The source no more precise than the claim: no rounding of it.
    assert.ok(!roundsTo(q('48 000 euros'), q('45.000 euros')));
  });
});

describe('two sources that disagree, and a claim that rounds one of them', () => {
  const index = indexOf({
    'audit.md': `---
id: audit
title: L'audit de la salle des fêtes
lang: fr
date: 2022-05-03
---

L'audit départemental a examiné la rénovation de la salle des fêtes de Quillac, achevée au printemps pour 48.362 euros TTC.
`,
    'gazette.md': `---
id: gazette
title: Quillac, les comptes de la salle des fêtes
lang: fr
date: 2022-04-20
---

Selon la Gazette, la rénovation de la salle des fêtes de Quillac a coûté 45.000 euros à la commune.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);
  const findings = (text: string) => findingsOf(checkDraft(parseMarkdown(`${text}\n`), index, { language: 'fr' })!, index);

  for (const value of ['48 000 euros', '0,048 M€', "48,4 milliers d'euros"]) {
    it(`does not contradict « ${value} » from the other source, and names both`, () => {
      const verdict = check(`La rénovation de la salle des fêtes de Quillac a coûté ${value}.`);
      assert.notEqual(verdict.label, 'contradicted');
      assert.equal(verdict.disagreement?.evidence.doc.id, 'gazette');
      assert.equal(verdict.disagreement?.statedText, '48.362 euros');
    });
  }

  it('offers no fix to the other source\'s figure when the claim cites the source it rounds', () => {
    const found = findings('La rénovation de la salle des fêtes de Quillac a coûté 0,048 M€ [@audit].');
    assert.ok(found.every((f) => f.code !== 'contradicted-claim' && f.code !== 'miscited-claim'));
    assert.deepEqual(found.flatMap((f) => f.fixes.map((x) => x.newText)), []);
  });

  it('does not contradict from another source the exact amount the cited source writes in other words', () => {
    const found = findings('La rénovation de la salle des fêtes de Quillac a coûté 48 362 euros à la commune [@audit].');
    assert.ok(found.every((f) => f.code !== 'contradicted-claim'));
    assert.deepEqual(found.flatMap((f) => f.fixes.map((x) => x.newText)), []);
  });

  it('leaves the source the claim cites to decide its value', () => {
    const found = findings('La rénovation de la salle des fêtes de Quillac a coûté 48 000 euros [@gazette].');
    assert.ok(found.some((f) => f.code === 'contradicted-claim'));
  });

  it('leaves a figure that rounds neither source unsupported: the sources disagree, no fix says which holds', () => {
    const verdict = check('La rénovation de la salle des fêtes de Quillac a coûté 41 000 euros.');
    assert.equal(verdict.label, 'unsupported');
    assert.ok(verdict.disagreement);
    assert.deepEqual(findings('La rénovation de la salle des fêtes de Quillac a coûté 41 000 euros.').flatMap((f) => f.fixes), []);
  });
});
