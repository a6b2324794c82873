import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

const fr = indexOf({
  'marche.md': `---
id: marche
title: "Une marche pour le climat à Brenval"
lang: fr
date: 2022-03-02
---

Jeanne Dutrac, militante âgée de 21 ans, a organisé la marche de Brenval samedi.

Léa Montval, militante âgée de 80 ans, a défilé en tête du cortège.
`,
});

const en = indexOf({
  'games.md': `---
id: games
title: "Harbour Games open to all"
lang: en
date: 2022-03-02
---

Entry to the Harbour Games is free for those aged 22 and above, the organisers said.
`,
  'tala.md': `---
id: tala
title: "Tala Brenn wins in Ostby"
lang: en
date: 2022-03-04
---

Tala Brenn, a sprinter aged 31, won the 100 metres in Ostby on Sunday.
`,
});

const check = (draft: string, index = fr) => {
  const results = checkDraft(parseMarkdown(draft), index, { language: 'auto' })!;
  return { results, findings: findingsOf(results, index) };
};

describe('definition lists: the term is the subject of its definition', () => {
  it('checks the definition as said of its term, with exact offsets for both', () => {
    const draft = 'Léa Montval\n\n: militante âgée de 80 ans.\n';
    const [sentence] = draftSentences(parseMarkdown(draft)).filter((s) => !s.label);
    assert.equal(sentence.text, 'Léa Montval, militante âgée de 80 ans.');
    assert.equal(draft.slice(sentence.span.start, sentence.span.end), 'militante âgée de 80 ans.');
    assert.equal(draft.slice(sentence.offsets[0], sentence.offsets[11]), 'Léa Montval');
    const own = sentence.definition!.ownStart;
    assert.equal(draft.slice(sentence.offsets[own], sentence.offsets[sentence.text.length]), 'militante âgée de 80 ans.');
  });

  it('supports the term’s own value, never another holder’s', () => {
    const { results, findings } = check('Léa Montval\n\n: militante âgée de 80 ans.\n');
    assert.equal(results.find((r) => !r.sentence.label)!.verdict.label, 'supported');
    assert.equal(findings.length, 0);
  });

  it('contradicts a wrong value of the term with its range on the definition’s value', () => {
    const draft = 'Léa Montval\n\n: militante âgée de 81 ans.\n';
    const [finding] = check(draft).findings;
    assert.equal(finding.code, 'contradicted-claim');
    assert.equal(draft.slice(finding.span.start, finding.span.end), '81');
    assert.deepEqual(finding.fixes.map((f) => f.newText), ['80']);
  });

  it('leaves a term the corpus does not know unsupported: no other holder’s value (fr, en)', () => {
    for (const [draft, index] of [['Marc Olivet\n\n: militante âgée de 30 ans.\n', fr], ['Oren Vale\n\n: a sprinter aged 35.\n', en]] as const) {
      const findings = check(draft, index).findings;
      assert.ok(findings.every((f) => f.code !== 'contradicted-claim' && f.fixes.length === 0), draft);
    }
  });

  it('checks a definition that opens on its own subject as written', () => {
    const [sentence] = draftSentences(parseMarkdown('Marc Olivet\n\n: Jeanne Dutrac a organisé la marche.\n')).filter((s) => !s.label);
    assert.equal(sentence.text, 'Jeanne Dutrac a organisé la marche.');
    assert.equal(sentence.definition, undefined);
  });

  it('checks a glossary term that is no name as the subject too', () => {
    const [sentence] = draftSentences(parseMarkdown('Taux de participation :\n\n: 61 % au premier tour.\n')).filter((s) => !s.label);
    assert.equal(sentence.text, 'Taux de participation, 61 % au premier tour.');
  });

  it('never gives a definition of no subject another holder’s value', () => {
    const draft = '![portrait](p.png)\n\n: militante âgée de 30 ans.\n';
    const { findings } = check(draft);
    assert.ok(findings.every((f) => f.code !== 'contradicted-claim' && f.fixes.length === 0));
  });

  it('keeps a conflict inside the term on the definition’s text, with no fix', () => {
    const draft = 'Jeanne Dutrac, 80 ans\n\n: militante de Brenval.\n';
    for (const finding of check(draft).findings) {
      assert.ok(finding.span.start >= draft.indexOf(': ') + 2, 'range on the definition');
      if (finding.code === 'contradicted-claim') assert.equal(finding.fixes.length, 0);
    }
  });
});
