import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

// Invented articles whose facts are told without figures or names in most sentences, as news reports often are.
const index = indexOf({
  'halle.md': `---
id: halle
title: La vieille halle rouvre ses portes
lang: fr
date: 2023-05-12
---

Les commerçants du marché couvert ont assisté à la réouverture de la halle restaurée, samedi matin.

Le couvreur a reconnu devant les enquêteurs qu'il avait laissé un chalumeau allumé sous la charpente.

Les experts ont retrouvé des traces de solvant dans les gravats de la toiture effondrée.

Les pompiers ont maîtrisé l'incendie de la halle au bout de la nuit.
`,
});
const analyze = (text: string, lang: 'fr' | 'en' = 'fr') => analyzeClaim(text, lang, index.names);
const check = (text: string, lang: 'fr' | 'en' = 'fr') => checkClaim(text, analyze(text, lang), index);

describe('a plain claim (neither a figure nor a name)', () => {
  it('is a claim when it asserts something about the world', () => {
    assert.equal(analyze('Les commerçants ont assisté à la réouverture de la halle.').isClaim, true);
    assert.equal(analyze('A man was arrested at the scene shortly after the fire.', 'en').isClaim, true);
  });

  it('is no claim when it judges, points at the draft’s parts, only says what follows is about, or is too short', () => {
    assert.equal(analyze('Cette affaire reste l’une des plus troublantes de l’année.').reason, 'no-fact');
    assert.equal(analyze('La situation demeure très inquiétante pour les commerçants.').reason, 'no-fact');
    assert.equal(analyze('The fire remains one of the most troubling of the decade.', 'en').reason, 'no-fact');
    assert.equal(analyze('Les paragraphes qui suivent reprennent les faits dans l’ordre.').reason, 'signposting');
    assert.equal(analyze('The following sections set out what the experts found.', 'en').reason, 'signposting');
    assert.equal(analyze('This briefing sums up what the first reports said.', 'en').reason, 'signposting');
    assert.equal(analyze('À propos de la halle restaurée.').reason, 'signposting');
    assert.equal(analyze('Le procès continue.').reason, 'no-fact');
  });

  it('is supported by the passage that states it', () => {
    assert.equal(check('Les commerçants du marché couvert ont assisté à la réouverture de la halle.').label, 'supported');
  });

  it('is unsupported when no passage states it', () => {
    assert.equal(check('La charpente avait été inspectée par un bureau de contrôle le mois précédent.').label, 'unsupported');
  });

  it('is not supported by a passage of another fact that shares some of its words', () => {
    // Two thirds of its words are the reopening's: the demolition is another fact.
    assert.equal(check('Les commerçants ont assisté à la démolition de la halle, samedi matin.').label, 'unsupported');
  });

  it('is not supported when the corpus writes one of its words nowhere', () => {
    // The experts found solvent, not cannabis: the corpus never names cannabis.
    assert.equal(check('Les experts ont retrouvé des traces de cannabis dans les gravats de la toiture effondrée.').label, 'unsupported');
    assert.equal(check('Les experts ont retrouvé des traces de solvant dans les gravats de la toiture.').label, 'supported');
  });

  it('is never contradicted: a passage that seems to deny it leaves it unsupported', () => {
    assert.notEqual(check('Le couvreur a nié devant les enquêteurs avoir laissé un chalumeau allumé sous la charpente.').label, 'contradicted');
    assert.notEqual(check('Les pompiers n’ont pas maîtrisé l’incendie de la halle au bout de la nuit.').label, 'contradicted');
  });

  it('is not reported unsupported when its subject is a pronoun that an earlier sentence names', () => {
    assert.equal(check('Il avait fait inspecter la charpente par un bureau de contrôle le mois précédent.').label, 'none');
    assert.equal(check('Ils ont maîtrisé l’incendie de la halle au bout de la nuit.').label, 'supported');
  });

  it('is not checked on the words left around math or code cut out of it, but is with markup and citations', () => {
    const claims = (markdown: string) => checkDraft(parseMarkdown(`${markdown}\n`), index, { language: 'fr' })!.map((r) => r.analysis.isClaim);
    assert.deepEqual(claims('Le rapport des charges vaut $r = 9/12$ selon le modèle des experts.'), [false]);
    assert.deepEqual(claims('La charpente a cédé sous la charge `poids_max` prévue par les plans.'), [false]);
    assert.deepEqual(claims('Les **commerçants** ont assisté à la _réouverture_ de la halle [@halle].'), [true]);
  });

  it('is not checked against passages in another language only', () => {
    assert.equal(check('The roofer admitted he had left a blowtorch burning under the roof frame.', 'en').label, 'none');
  });
});
