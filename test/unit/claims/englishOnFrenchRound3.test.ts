import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** An invented French story (a warehouse fire, a ring road, a trial), checked with English claims. */
const corpus = indexOf({
  'entrepot.md': `---
id: entrepot
title: Incendie d'un entrepôt à Saint-Olbert
lang: fr
date: 2023-05-14
---

L'incendie de l'entrepôt de Saint-Olbert a été éteint à 11h42, grâce à l'intervention de 140 personnes et l'aide de 62 engins.

Le corps de Lucie Marchal, 41 ans, a été retrouvé le 12 mars 2021 dans un bois près de Vernoux.

La loi Bertin-Royer sur l'accès aux soins, adoptée en 2014, encadre les dépassements d'honoraires.

Un rapport du conseil départemental précise que 4.500 ponts du réseau routier nécessitent des travaux.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

/** The first quick fix of an English one-sentence draft, as the draft reads with it. */
function fixed(text: string): string | undefined {
  const results = checkDraft(parseMarkdown(`${text}\n`), corpus, { language: 'en' })!;
  const finding = findingsOf(results, corpus).find((f) => f.code === 'contradicted-claim');
  const fix = finding?.fixes[0];
  return fix ? text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end) : undefined;
}

describe('English claims on French sources (round 3)', () => {
  it('reads an English time of day with a colon as the French « 11h42 », and a wrong one is contradicted', () => {
    assert.equal(check('The fire at the Saint-Olbert warehouse was put out at 11:42 by 140 people with the help of 62 fire engines.').label, 'supported');
    const wrong = 'The fire at the Saint-Olbert warehouse was put out at 11:24 by 140 people with the help of 62 fire engines.';
    assert.equal(check(wrong).label, 'contradicted');
  });

  it('counts an English compound noun by its last word ("fire engines" for « engins »), "help" read as « aide »', () => {
    const wrong = 'The fire at the Saint-Olbert warehouse was put out at 11:42 by 140 people with the help of 26 fire engines.';
    assert.equal(check(wrong).label, 'contradicted');
    assert.equal(fixed(wrong), wrong.replace('26', '62'));
    assert.equal(check('A report of the departmental council says that 4,500 road bridges need work.').label, 'supported');
    assert.notEqual(check('A report of the departmental council says that 5,400 road bridges need work.').label, 'supported');
  });

  it('reaches the French passage of a body found in a wood, and compares its date', () => {
    assert.equal(check("Lucie Marchal's body was found on 12 March 2021 in a wood near Vernoux.").label, 'supported');
    const wrong = "Lucie Marchal's body was found on 12 April 2021 in a wood near Vernoux.";
    assert.equal(check(wrong).label, 'contradicted');
    assert.equal(fixed(wrong), wrong.replace('12 April 2021', '12 March 2021'));
  });

  it('reads "passed" of a law as « adoptée », and compares its year', () => {
    assert.equal(check('The Bertin-Royer law on access to care was passed in 2014.').label, 'supported');
    const wrong = 'The Bertin-Royer law on access to care was passed in 2011.';
    assert.equal(check(wrong).label, 'contradicted');
    assert.equal(fixed(wrong), wrong.replace('2011', '2014'));
  });
});
