import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import type { Verdict } from '../../../server/src/core/claims/checkClaim';
import { factParts, verdictOfParts } from '../../../server/src/core/claims/factParts';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** Invented articles: a march and its route told apart, two tries of one match with their minutes. */
const corpus = indexOf({
  'marche.md': `---
id: marche
title: Une marche pour le gardien du musée de Quimperlé
lang: fr
---

Une marche silencieuse a réuni samedi 4 avril près de 900 personnes à Quimperlé.
`,
  'parcours.md': `---
id: parcours
title: Le parcours de la marche de Quimperlé
lang: fr
---

La marche silencieuse est partie de la place du musée pour rejoindre l'hôtel de ville.
`,
  'mill.md': `---
id: mill
title: Harrowgate mill finds a buyer
lang: en
---

The Harrowgate mill now employs 42 people.
`,
  'pellow.md': `---
id: pellow
title: The Pellow family's mills
lang: en
---

The Harrowgate mill was built in 1820 by the Pellow family.
`,
  'match.md': `---
id: match
title: Fenwick beat Dunmore
lang: en
---

Fenwick's first try came after 4 minutes, scored by wing Ollie Dace.

Fenwick's fourth try came after 63 minutes, when flanker Sam Reddin crossed.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('a participle phrase after the subject', () => {
  it('cuts the subject with the main clause and the subject with the participle phrase', () => {
    assert.deepEqual(factParts('Une marche silencieuse, partie de la place du musée, a réuni près de 900 personnes.', 'fr'), [
      'Une marche silencieuse a réuni près de 900 personnes.',
      'Une marche silencieuse, partie de la place du musée.',
    ]);
    assert.deepEqual(factParts('The Harrowgate mill, built in 1820, now employs 42 people.', 'en'), ['The Harrowgate mill now employs 42 people.', 'The Harrowgate mill, built in 1820.']);
    assert.deepEqual(factParts('Tom Vey, aged 34, won the final.', 'en'), ['Tom Vey won the final.', 'Tom Vey, aged 34.']);
    // A name in apposition, a list, a participle with no preposition after it: no participle phrase.
    assert.equal(factParts('Le maire, Jean Dupont, a démissionné.', 'fr'), undefined);
    assert.equal(factParts('The club, often criticised, lost again.', 'en'), undefined);
  });

  it('supports a claim whose main clause and participle phrase are each stated by a passage', () => {
    assert.equal(check("Une marche silencieuse, partie de la place du musée, a réuni près de 900 personnes à Quimperlé.", 'fr').label, 'supported');
    assert.equal(check('The Harrowgate mill, built in 1820, now employs 42 people.', 'en').label, 'supported');
  });

  it('does not support it when one of its facts has another value', () => {
    assert.notEqual(check('The Harrowgate mill, built in 1840, now employs 42 people.', 'en').label, 'supported');
    assert.notEqual(check("Une marche silencieuse, partie de la place du musée, a réuni près de 2 000 personnes à Quimperlé.", 'fr').label, 'supported');
  });

  it('never contradicts a claim by its main clause cut from the participle phrase that may tell which thing it is about', () => {
    // A checker of parts that contradicts the main clause's figure with a passage of the article that states the
    // participle phrase: a relative clause so cut gives the contradiction, a participle phrase does not.
    const doc = { path: 'match.md' };
    const checkPart = (part: string): Verdict => {
      const evidence = [{ doc, sentence: { text: part, index: 0 }, coverage: 0.8 }] as unknown as Verdict['evidence'];
      if (!/came after/.test(part)) return { label: 'supported', confidence: 0.8, evidence };
      const at = part.indexOf('63 minutes');
      const claimQuantity = parseQuantities(part, 'en').find((q) => q.value === 63)!;
      return { label: 'contradicted', confidence: 0.8, evidence, conflict: { kind: 'quantity', claimStart: at, claimEnd: at + 10, sourceText: '4 minutes', claimQuantity } } as Verdict;
    };
    assert.equal(verdictOfParts("Fenwick's fourth try, scored by flanker Sam Reddin, came after 63 minutes.", 'en', checkPart), undefined);
    assert.equal(verdictOfParts("Fenwick's fourth try, which flanker Sam Reddin scored, came after 63 minutes.", 'en', checkPart)?.label, 'contradicted');
  });
});
