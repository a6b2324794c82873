import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { sameTitleWord, sameTitleWrittenMoreFully } from '../../../server/src/core/claims/crossLanguageTitle';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** An invented French story of a reform, checked with English claims that give its minister his title. */
const corpus = indexOf({
  'reforme.md': `---
id: reforme
title: La réforme des tribunaux de commerce contestée
lang: fr
date: 2023-05-09
---

Le ministre de la Justice Hervé Lanson a jugé que cette réforme, qu'il prépare depuis 2019, n'était "pas négociable".

Les greffiers ont annoncé une grève pour le 22 mai.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);
const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), corpus, { language: 'auto' })!, corpus);

describe('claims: a title written each language’s way', () => {
  it('reads an English title and the French one it translates as one title, masculine or feminine', () => {
    assert.ok(sameTitleWord('minister', 'ministre'));
    assert.ok(sameTitleWord('director', 'directrice'));
    assert.ok(sameTitleWord('prosecutor', 'procureure'));
    assert.ok(sameTitleWord('senator', 'sénatrice'));
    assert.ok(!sameTitleWord('director', 'ministre'));
    assert.ok(!sameTitleWord('mayor', 'préfet'));
  });

  it('does not contradict an English claim that gives the name the French source’s title in English', () => {
    const verdict = check('Justice minister Hervé Lanson said the reform he has been preparing since 2019 was not negotiable.');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('still contradicts another title, with no French word written into the English claim', () => {
    const draft = 'Justice director Hervé Lanson said the reform he has been preparing since 2019 was not negotiable.\n';
    const [f] = findings(draft);
    assert.equal(f?.code, 'contradicted-claim');
    assert.match(f.message, /ministre/);
    assert.deepEqual(f.fixes, []);
  });
});

describe('claims: a title written more fully', () => {
  const court = indexOf({
    'charges.md': `---
id: charges
title: Two men charged over Harwell warehouse fire
lang: en
date: 2021-04-13
---

Harwell's chief prosecutor, Dana Whitlow, charged two men with arson on 12 April.
`,
  });
  const checkEn = (text: string) => checkClaim(text, analyzeClaim(text, 'en', court.names), court);
  const checkFr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', court.names), court);
  const mention = (text: string, lang: 'fr' | 'en') => roleMentions(text, lang)[0];

  it('reads a title and the same title with a word more as one, not a lower office', () => {
    const chief = mention('Harwell chief prosecutor Dana Whitlow spoke.', 'en');
    assert.ok(sameTitleWrittenMoreFully(mention('Harwell prosecutor Dana Whitlow spoke.', 'en'), 'en', chief, 'en'));
    assert.ok(sameTitleWrittenMoreFully(mention('La procureure Dana Whitlow a parlé.', 'fr'), 'fr', chief, 'en'));
    assert.ok(!sameTitleWrittenMoreFully(mention('Harwell deputy prosecutor Dana Whitlow spoke.', 'en'), 'en', mention('Harwell prosecutor Dana Whitlow spoke.', 'en'), 'en'));
  });

  it('does not contradict a claim that gives the name the source’s title less fully, in either language', () => {
    assert.notEqual(checkEn('Harwell prosecutor Dana Whitlow charged two men with arson on 12 April.').label, 'contradicted');
    assert.notEqual(checkFr('La procureure de Harwell Dana Whitlow a inculpé deux hommes pour incendie criminel le 12 avril.').label, 'contradicted');
  });
});
