import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { valuesMeetingBound } from '../../../server/src/core/claims/boundMet';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

const index = indexOf({
  'marche.md': `---
id: marche
title: Marche à Valbourg
lang: fr
---

Samedi, 2 600 personnes ont défilé à Valbourg contre la fermeture de la maternité, selon la police.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);
const q = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang)[0];

describe('a claim bound against a source figure', () => {
  it('states a bound only when every value of the measure meets it', () => {
    assert.equal(valuesMeetingBound(q('plus de 2 000 personnes', 'fr'), [q('2 600 personnes', 'fr')]).length, 1);
    assert.equal(valuesMeetingBound(q('plus de 2 000 personnes', 'fr'), [q('2 600 personnes', 'fr'), q('300 personnes', 'fr')]).length, 0);
    assert.equal(valuesMeetingBound(q('plus de 3 000 personnes', 'fr'), [q('2 600 personnes', 'fr')]).length, 0);
    assert.equal(valuesMeetingBound(q('plus de 2 000 personnes', 'fr'), [q('plus de 2 600 personnes', 'fr')]).length, 0);
    // A figure far past the bound is no way to write it: another fact's, most likely.
    assert.equal(valuesMeetingBound(q('more than three years', 'en'), [q('10 years', 'en')]).length, 0);
  });

  it('supports a bound the source’s figure meets and contradicts one it does not', () => {
    assert.equal(check('Plus de 2 000 personnes ont défilé à Valbourg samedi contre la fermeture de la maternité, selon la police.', 'fr').label, 'supported');
    const wrong = check('Plus de 3 000 personnes ont défilé à Valbourg samedi contre la fermeture de la maternité, selon la police.', 'fr');
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceQuantity?.value, 2600);
  });

  it('fixes a bound the figure does not meet with the figure alone, which keeps the sentence true', () => {
    const draft = 'Plus de 3 000 personnes ont défilé à Valbourg samedi contre la fermeture de la maternité, selon la police.\n';
    const findings = findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'fr' })!, index);
    const fixed = findings.flatMap((f) => f.fixes.map((x) => draft.slice(0, x.span.start) + x.newText + draft.slice(x.span.end)));
    assert.deepEqual(fixed, ['2 600 personnes ont défilé à Valbourg samedi contre la fermeture de la maternité, selon la police.\n']);
  });
});
