import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { withEnglishTerms } from '../../../server/src/core/claims/englishSources';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** An invented English crime and recall story, checked with French claims (drafts in French from English sources). */
const english = {
  'escape.md': `---
id: escape
title: Robber Ludovic Armand caught after his escape
lang: en
date: 2022-03-18
---

In March, Ludovic Armand was sentenced on appeal to 18 years in prison for attacking an armoured van.

At the end of 2019, 420 employees of the group still worked at the plant.

More than 1,600 police officers and gendarmes were mobilised in the days after the escape.

The manufacturer recalled more than 2,400 batches of infant milk made at its Tarnos plant.
`,
};
const corpus = indexOf(english);

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

/** The first quick fix of a French one-sentence draft, as the draft reads with it. */
function fixed(text: string): string | undefined {
  const results = checkDraft(parseMarkdown(`${text}\n`), corpus, { language: 'fr' })!;
  const fix = findingsOf(results, corpus).find((f) => f.code === 'contradicted-claim')?.fixes[0];
  return fix ? text.slice(0, fix.span.start) + fix.newText + text.slice(fix.span.end) : undefined;
}

describe('French claims against English sources', () => {
  it('reads the French words in English through the glossary read the other way (« rappelé », « lots », « lait »)', () => {
    assert.equal(check('Le fabricant a rappelé plus de 2400 lots de lait infantile.').label, 'supported');
    const v = check('Le fabricant a rappelé plus de 3400 lots de lait infantile.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 2400);
  });

  it('contradicts a sentence in years with the English figure, written the French way in the fix', () => {
    const claim = 'En mars, Ludovic Armand a été condamné en appel à 12 ans de prison.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'En mars, Ludovic Armand a été condamné en appel à 18 ans de prison.');
  });

  it('reads "In March" as « en mars »: another month alone in its place contradicts, fixed with the month in French', () => {
    const claim = 'En avril, Ludovic Armand a été condamné en appel à 18 ans de prison.';
    assert.equal(check(claim).label, 'contradicted');
    assert.equal(fixed(claim), 'En mars, Ludovic Armand a été condamné en appel à 18 ans de prison.');
  });

  it('reads the claim’s first word, which an English corpus never writes, as a word when the glossary translates it (« Fin 2019 »)', () => {
    assert.equal(check('Fin 2019, 420 salariés du groupe travaillaient encore dans l’usine.').label, 'supported');
    const v = check('Fin 2019, 520 salariés du groupe travaillaient encore dans l’usine.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 420);
  });

  it('does not contradict a figure of another count of the English passage', () => {
    assert.notEqual(check('Le fabricant a rappelé plus de 3400 boîtes de céréales.').label, 'contradicted');
  });

  it('gives English terms only for English passages: none when the corpus has no English passage', () => {
    const french = indexOf({ 'a.md': '---\nid: a\nlang: fr\n---\n\nLe fabricant a rappelé 12 lots.\n' });
    const text = 'Le fabricant a rappelé plus de 3400 lots de lait infantile.';
    assert.equal(withEnglishTerms(analyzeClaim(text, 'fr', french.names), french), undefined);
    const analysis = withEnglishTerms(analyzeClaim(text, 'fr', corpus.names), corpus)!;
    assert.ok(analysis.words.find((w) => w.norm === 'lots')!.terms.includes('batch'));
  });
});
