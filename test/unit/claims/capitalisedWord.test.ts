import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { capitalisedNotName } from '../../../server/src/core/claims/capitalisedWord';
import { indexOf } from './helpers';

const index = indexOf({
  'banks.md': `---
id: banks
title: Rural bank branches keep closing
lang: en
---

Rural lenders in Norland are shutting branches faster than ever, the trade body Fincor says.

Ms Varga said: "In the last three years we have probably closed half of the rural branches." Fincor expects more closures in 2026.
`,
  'agences.md': `---
id: agences
title: Les agences bancaires rurales ferment
lang: fr
---

Les banques rurales de Norlande ferment leurs agences plus vite que jamais, selon la fédération Fincor.

Mme Varga a déclaré : « Dans les trois dernières années nous avons probablement fermé la moitié des agences rurales. » Fincor prévoit d'autres fermetures en 2026.
`,
});
const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('a capitalised word that is no name', () => {
  it('reads a capitalised function word, or a quotation\'s first word the corpus never writes as a name, as no name', () => {
    const text = 'Ms Varga said: "In the last three years we have closed half." "Closures will go on," she said.';
    assert.equal(capitalisedNotName(text, text.indexOf('In'), 'In', () => false), true);
    assert.equal(capitalisedNotName(text, text.indexOf('Closures'), 'Closures', () => false), true);
    assert.equal(capitalisedNotName(text, text.indexOf('Closures'), 'Closures', () => true), false);
    assert.equal(capitalisedNotName(text, text.indexOf('Varga'), 'Varga', () => false), false);
    assert.equal(capitalisedNotName('Selon la fédération', 0, 'Selon', () => false), true);
  });

  it('never sets a quotation\'s first word against the claim\'s name, nor writes it in its place', () => {
    for (const [claim, lang] of [
      ['Ms Varga said Norland had probably closed half of the rural branches in the last three years.', 'en'],
      ['Mme Varga a déclaré que Norlande avait probablement fermé la moitié des agences rurales dans les trois dernières années.', 'fr'],
    ] as const) {
      const verdict = check(claim, lang);
      assert.notEqual(verdict.label, 'contradicted', `${claim} → ${verdict.conflict?.sourceText}`);
    }
  });
});
