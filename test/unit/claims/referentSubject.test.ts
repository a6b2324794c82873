import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import type { Verdict } from '../../../server/src/core/claims/checkClaim';
import { draftAntecedents, headingDistance, type Antecedent } from '../../../server/src/core/claims/draftAntecedents';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { subjectReferent, verdictAsWritten, withReferent } from '../../../server/src/core/claims/referentSubject';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

const index = indexOf({
  'vallorne.md': '---\nid: vallorne\ntitle: La coopérative Vallorne change de cap\nlang: fr\n---\n\nMarc Tessier, né en 1962, dirige la coopérative Vallorne depuis mars.\n\nLa coopérative a collecté 85 millions de litres de lait en 2022.\n',
  'brenval.md': '---\nid: brenval\ntitle: Le club de Brenval\nlang: fr\n---\n\nLucie Garnier, née en 1971, préside le club de Brenval.\n',
  'tala.md': '---\nid: tala\ntitle: Tala Brenn wins in Ostby\nlang: en\n---\n\nTala Brenn, who was born in 1990, won the 100 metres in Ostby on Sunday.\n',
});

// The entities ready, as the server has them once its index is (names tell who a pronoun stands for).
index.entities();

const check = (draft: string) => {
  const results = checkDraft(parseMarkdown(draft), index, { language: 'auto' })!;
  return { results, findings: findingsOf(results, index) };
};

const person = (name: string, distance = 1): Antecedent => ({ name, kind: 'person', distance });

describe('claims whose subject is a pronoun: the name it stands for in the draft', () => {
  it('finds the only person of the nearest sentence that names one', () => {
    const antecedents = [{ name: 'Vallorne', kind: 'organization', distance: 1 } as Antecedent, person('Marc Tessier', 2), person('Lucie Garnier', 3)];
    assert.deepEqual(subjectReferent('Il est né en 1965.', antecedents), { start: 0, end: 2, name: 'Marc Tessier', kind: 'person' });
    assert.equal(subjectReferent('They were founded in 1901.', antecedents)?.name, 'Vallorne');
    assert.equal(withReferent('Il est né en 1965.', subjectReferent('Il est né en 1965.', antecedents)!), 'Marc Tessier est né en 1965.');
  });

  it('takes a pronoun after a fronted phrase, not after one that names someone', () => {
    assert.equal(subjectReferent('Le 3 mars, il a quitté son poste.', [person('Marc Tessier')])?.start, 11);
    assert.equal(subjectReferent('Selon Lucie Garnier, il a quitté son poste.', [person('Marc Tessier')]), undefined);
  });

  it('leaves a pronoun with two names it may stand for, or a surname read as a product, unresolved', () => {
    assert.equal(subjectReferent('Elle a démissionné.', [person('Marc Tessier'), person('Lucie Garnier')]), undefined);
    assert.equal(subjectReferent('Il a démissionné.', [person('Lucie Garnier'), { name: 'Tessier', kind: 'product', distance: 1 }]), undefined);
    // One name written inside the other is the same person.
    assert.equal(subjectReferent('Il a démissionné.', [person('Tessier'), person('Marc Tessier')])?.name, 'Marc Tessier');
  });

  it('gives impersonal « il », "it" and clefts no referent', () => {
    const antecedents = [person('Marc Tessier'), { name: 'Vallorne', kind: 'organization', distance: 1 } as Antecedent];
    for (const text of ['Il y a eu 40 départs en 2021.', 'Il faut 3 ans pour former un fromager.', 'Il est probable que la coopérative ferme.', 'It is likely that the plant will close in 2024.', 'It was Marc Tessier who sold the plant in 2019.', 'It takes 3 years to train a cheesemaker.']) {
      assert.equal(subjectReferent(text, antecedents), undefined, text);
    }
  });

  it('moves a conflict back to the claim as written, and drops a verdict whose conflict is on the name', () => {
    const referent = { start: 0, end: 2, name: 'Marc Tessier', kind: 'person' as const };
    const onYear: Verdict = { label: 'contradicted', confidence: 0.9, evidence: [], conflict: { kind: 'year', claimStart: 25, claimEnd: 29, sourceText: '1962' } };
    assert.deepEqual(verdictAsWritten(onYear, referent)?.conflict, { kind: 'year', claimStart: 15, claimEnd: 19, sourceText: '1962' });
    const onName: Verdict = { ...onYear, conflict: { kind: 'attribution', claimStart: 5, claimEnd: 12, sourceText: 'Garnier' } };
    assert.equal(verdictAsWritten(onName, referent), undefined);
  });

  it('looks back in the section only, and takes the section heading’s names last', () => {
    const sentences = draftSentences(parseMarkdown('# Marc Tessier\n\nLa coopérative Vallorne a fermé.\n\n# Lucie Garnier\n\nElle a démissionné. Elle est partie.\n'));
    const antecedents = draftAntecedents(sentences, index.entities());
    const last = antecedents[antecedents.length - 1].map((a) => `${a.name}@${a.distance}`);
    // The pronoun before it stands for the heading's name, and brings it one sentence nearer.
    assert.deepEqual(last, ['Lucie Garnier@1', `Lucie Garnier@${headingDistance}`]);
    const second = sentences.findIndex((s) => s.text.startsWith('Elle'));
    assert.ok(antecedents.slice(second).flat().every((a) => a.name !== 'Marc Tessier' && a.name !== 'Vallorne'));
  });

  it('contradicts a pronoun claim with its referent’s value, on the value, with the source’s value as the fix (fr, en)', () => {
    for (const [draft, wrong, right] of [
      ['Marc Tessier dirige la coopérative Vallorne.\n\nIl est né en 1965.\n', '1965', '1962'],
      ['Marc Tessier dirige la coopérative Vallorne. En mars, il est né en 1965.\n', '1965', '1962'],
      ['Tala Brenn won the 100 metres in Ostby. She was born in 1993.\n', '1993', '1990'],
    ]) {
      const [finding] = check(draft).findings.filter((f) => f.code === 'contradicted-claim');
      assert.ok(finding, draft);
      assert.equal(draft.slice(finding.span.start, finding.span.end), wrong);
      assert.deepEqual(finding.fixes.map((f) => f.newText), [right]);
    }
    assert.equal(check('Marc Tessier dirige la coopérative Vallorne.\n\nIl est né en 1962.\n').results[1].verdict.label, 'supported');
  });

  it('never contradicts a pronoun claim alone, after two persons, or after a heading', () => {
    for (const draft of ['Il est né en 1965.\n', 'Marc Tessier et Lucie Garnier se sont rencontrés.\n\nIl est né en 1965.\n', '# A\n\nMarc Tessier dirige la coopérative Vallorne.\n\n# B\n\nIl est né en 1965.\n', 'She was born in 1993.\n']) {
      assert.ok(check(draft).findings.every((f) => f.code !== 'contradicted-claim'), draft);
    }
  });
});
