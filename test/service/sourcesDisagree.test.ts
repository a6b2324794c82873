import assert from 'node:assert/strict';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import type { Lang } from '../../server/src/core/types';
import { documentLabel, presentFinding } from '../../server/src/service/present/findings';
import { indexOf } from '../unit/claims/helpers';

/** Invented articles: two days' counts of one fire (fr, en), and a duration one source gives exactly and another as a bound. */
const index = indexOf({
  'brasier-1.md': `---
id: brasier-1
title: Le feu de Korvel
lang: fr
date: 2023-07-01
---

Au total, plus de 150 personnes sont mobilisées pour lutter contre les flammes à Korvel, dont plus de 60 pompiers.
`,
  'brasier-2.md': `---
id: brasier-2
title: Korvel, le point sur l'incendie
lang: fr
date: 2023-07-02
---

Plus de 250 personnes sont toujours mobilisées contre les flammes à Korvel, appuyées par deux hélicoptères.
`,
  'blaze-1.md': `---
id: blaze-1
title: The Tamsby fire
lang: en
date: 2023-08-14
---

In all, more than 150 people are fighting the flames at Tamsby, including more than 60 firefighters.
`,
  'blaze-2.md': `---
id: blaze-2
title: Tamsby fire update
lang: en
date: 2023-08-15
---

More than 250 people are still fighting the flames at Tamsby, backed by two helicopters.
`,
  'leduc.md': `---
id: leduc
title: Anne Leduc quitte la verrerie
lang: fr
date: 2019-04-03
---

Victime pendant 27 ans des brimades de son chef d'atelier, Anne Leduc avait fini par quitter la verrerie de Sorel.
`,
  'cgt.md': `---
id: cgt
title: Le syndicat soutient Anne Leduc
---

Le syndicat entend tenir compte des brimades subies par Anne Leduc à la verrerie de Sorel pendant plus de 20 ans.
`,
});

function present(draft: string, lang: Lang) {
  const findings = findingsOf(checkDraft(parseMarkdown(`${draft}\n`), index, { language: lang })!, index);
  return findings.map((f) => ({ code: f.code, ...presentFinding(f, draft, lang) }));
}

describe('service: sources that disagree, told to the writer', () => {
  it('says the sources disagree on an unsupported claim, each document with its date and value, both passages shown (fr)', () => {
    const [finding, ...rest] = present('Au total, plus de 250 personnes sont mobilisées contre les flammes à Korvel, dont plus de 60 pompiers.', 'fr');
    assert.equal(rest.length, 0);
    assert.equal(finding.code, 'unsupported-claim');
    assert.deepEqual(finding.fixes, []);
    assert.equal(finding.message, 'Les sources divergent : « plus de 250 personnes » selon @brasier-2 (2 juillet 2023), comme la phrase ; « plus de 150 personnes » selon @brasier-1 (1er juillet 2023)');
    assert.deepEqual(finding.evidence.map((e) => e.ref.id), ['brasier-2', 'brasier-1']);
  });

  it('says it in English for an English draft', () => {
    const [finding, ...rest] = present('In all, more than 250 people are fighting the flames at Tamsby, including more than 60 firefighters.', 'en');
    assert.equal(rest.length, 0);
    assert.equal(finding.code, 'unsupported-claim');
    assert.equal(finding.message, 'The sources disagree: “more than 250 people” according to @blaze-2 (15 August 2023), as the sentence says; “more than 150 people” according to @blaze-1 (14 August 2023)');
    assert.deepEqual(finding.evidence.map((e) => e.ref.id), ['blaze-2', 'blaze-1']);
  });

  it('dates the cited source and the disagreeing one in a contradiction, the key alone for a document without a date', () => {
    const [finding] = present('Anne Leduc a subi pendant 20 ans les brimades de son chef d’atelier à la verrerie de Sorel [@leduc].', 'fr');
    assert.equal(finding.code, 'contradicted-claim');
    assert.equal(finding.message, '« 20 ans » → la source dit « 27 ans » (@leduc, 3 avril 2019) ; « plus de 20 ans » selon @cgt : les sources divergent');
    assert.deepEqual(finding.evidence.map((e) => e.ref.id), ['leduc', 'cgt']);
  });

  it('names a document by its key and its front matter\'s day, in the draft\'s language', () => {
    assert.equal(documentLabel({ id: 'a', date: '2024-03-01' }, 'fr'), '@a (1er mars 2024)');
    assert.equal(documentLabel({ id: 'a', date: '2024-03-21T10:00:00Z' }, 'en'), '@a (21 March 2024)');
    assert.equal(documentLabel({ id: 'a', date: 'printemps 2024' }, 'fr'), '@a');
    assert.equal(documentLabel({ id: 'a' }, 'en'), '@a');
  });
});
