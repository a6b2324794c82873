import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('two sources that give one fact two values', () => {
  const index = indexOf({
    'feu-1.md': `---
id: feu-1
title: Le feu de Valbrune
lang: fr
date: 2021-03-01
---

Au total, plus de 200 personnes sont mobilisées pour lutter contre les flammes à Valbrune, dont plus de 80 pompiers.
`,
    'feu-2.md': `---
id: feu-2
title: Valbrune, le point sur l'incendie
lang: fr
date: 2021-03-02
---

Plus de 300 personnes sont toujours mobilisées contre les flammes à Valbrune, appuyées par trois Canadair.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', index.names), index);
  const claim = 'Au total, plus de 300 personnes sont mobilisées contre les flammes à Valbrune, dont plus de 80 pompiers.';

  it('does not contradict a claim that writes one source\'s value with the other\'s, and names both', () => {
    const verdict = check(claim);
    assert.notEqual(verdict.label, 'contradicted');
    assert.equal(verdict.evidence[0].doc.id, 'feu-2');
    assert.equal(verdict.disagreement?.evidence.doc.id, 'feu-1');
    // Each value as its passage writes it, with its qualifier (as the cited source's disagreement gives it).
    assert.equal(verdict.disagreement?.sourceText, 'plus de 200 personnes');
    assert.equal(verdict.disagreement?.statedText, 'Plus de 300 personnes');
  });

  it('offers no fix that writes the other source\'s value in place of the writer\'s', () => {
    const findings = findingsOf(checkDraft(parseMarkdown(`${claim}\n`), index, { language: 'fr' })!, index);
    assert.deepEqual(findings.flatMap((f) => f.fixes.map((x) => x.newText)), []);
    assert.ok(findings.every((f) => f.code !== 'contradicted-claim'));
  });

  it('still contradicts a value that neither source gives', () => {
    const verdict = check('Au total, plus de 500 personnes sont mobilisées contre les flammes à Valbrune, dont plus de 80 pompiers.');
    assert.equal(verdict.label, 'contradicted');
  });
});
