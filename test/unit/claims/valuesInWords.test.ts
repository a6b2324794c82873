import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** An invented sports and economy report, written for these tests. */
const corpus = indexOf({
  'rowing.md': `---
id: rowing
title: Harbridge rowing club season
lang: en
---

The defeat ended Harbridge's 14-game winning run on the Thames and left coach Ada Kerrow without a trophy.

Economists at the Port Elsby Institute said that as much as 2% of the island's annual growth may be lost to the floods.

Kerrow said the club needed two crews who are near 30 wins a season.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

describe('values written in words', () => {
  it('reads a count written as one hyphenated word before its noun, in digits or words', () => {
    const [digits] = parseQuantities("It ended a 14-game winning run", 'en');
    assert.equal(digits.value, 14);
    assert.equal(digits.unit, 'game');
    const [words] = parseQuantities('It ended a fifteen-game winning run', 'en');
    assert.equal(words.value, 15);
    assert.equal(words.unit, 'game');
    assert.equal(words.words, true);
    assert.deepEqual(parseQuantities('a one-off payment', 'en'), []);
  });

  it('contradicts a hyphenated count in words against the source’s in digits, and supports the same count', () => {
    const wrong = check("The defeat ended Harbridge's fifteen-game winning run on the Thames.");
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceQuantity?.value, 14);
    assert.equal(check("The defeat ended Harbridge's fourteen-game winning run on the Thames.").label, 'supported');
  });

  it('reads "one per cent" as 1 %, not an article', () => {
    const [q] = parseQuantities('as much as one per cent of growth', 'en');
    assert.equal(q.kind, 'percent');
    assert.equal(q.value, 1);
    assert.equal(parseQuantities('a per cent sign', 'en').length, 0);
  });

  it('contradicts a per cent in words against another figure, and supports the same figure', () => {
    assert.equal(check("As much as two per cent of the island's annual growth may be lost to the floods, economists said.").label, 'supported');
    assert.equal(check("As much as one per cent of the island's annual growth may be lost to the floods, economists said.").label, 'contradicted');
  });

  it('reads "near", "close to", "an estimated", « de l’ordre de », « aux environs de » before a number as approximate', () => {
    assert.equal(parseQuantities('near 30 wins', 'en')[0].approx, 'about');
    assert.equal(parseQuantities('close to 30 wins', 'en')[0].approx, 'about');
    assert.equal(parseQuantities('an estimated 30,000 fans', 'en')[0].approx, 'about');
    assert.equal(parseQuantities('in the region of £30m', 'en')[0].approx, 'about');
    assert.equal(parseQuantities("de l'ordre de 30 millions d'euros", 'fr')[0].approx, 'about');
    assert.equal(parseQuantities('aux environs de 300 personnes', 'fr')[0].approx, 'about');
  });
});

describe('shares written as fractions', () => {
  const shares = indexOf({
    'islands.md': `---
id: islands
title: Tourism on the Varda islands
lang: en
---

On the Varda islands, in the northern sea, three-quarters of all jobs depend on fishing.
`,
  });
  const checkShare = (text: string) => checkClaim(text, analyzeClaim(text, 'en', shares.names), shares);

  it('compares a share with the source’s when "of all" stands between the share and its noun', () => {
    const wrong = checkShare('On the Varda islands, half of all jobs depend on fishing.');
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceText, 'three-quarters');
    assert.equal(checkShare('On the Varda islands, three-quarters of all jobs depend on fishing.').label, 'supported');
  });
});

describe('scores of a match', () => {
  const matches = indexOf({
    'final.md': `---
id: final
title: Harbridge win the Wessex Cup
lang: en
---

Harbridge beat Tolworth 3-1 in the Wessex Cup final at Elmfield Park on Saturday.
`,
  });
  const checkScore = (text: string) => checkClaim(text, analyzeClaim(text, 'en', matches.names), matches);

  it('contradicts another score of the same match, and supports the same score in either order', () => {
    const wrong = checkScore('Harbridge beat Tolworth 4-1 in the Wessex Cup final at Elmfield Park.');
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceText, '3-1');
    assert.equal(checkScore('Harbridge beat Tolworth 3-1 in the Wessex Cup final at Elmfield Park.').label, 'supported');
    assert.equal(checkScore('Tolworth lost 1-3 to Harbridge in the Wessex Cup final at Elmfield Park.').label, 'supported');
  });
});

describe('ratios in words', () => {
  const sailing = indexOf({
    'voile.md': `---
id: voile
title: La voile en Bretagne
lang: fr
---

Selon l'enquête de l'observatoire de Lorient, un Breton sur cinq pratique la voile au moins une fois par an.
`,
  });
  const checkRatio = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', sailing.names), sailing);

  it('supports a share in figures against the same ratio in words, and contradicts another ratio', () => {
    assert.equal(checkRatio("Selon l'enquête de l'observatoire de Lorient, 20 % des Bretons pratiquent la voile au moins une fois par an.").label, 'supported');
    const wrong = checkRatio("Selon l'enquête de l'observatoire de Lorient, un Breton sur trois pratique la voile au moins une fois par an.");
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceText, 'un Breton sur cinq');
  });
});

describe('a match score beside set scores', () => {
  const tie = indexOf({
    'tie.md': `---
id: tie
title: Wessex win the county tie
lang: en
---

Ada Kerrow beat Nell Farrow 7-6 (8-6) 6-2 in the final dead rubber to cut Wessex's winning margin to 3-2.
`,
  });
  const checkTie = (text: string) => checkClaim(text, analyzeClaim(text, 'en', tie.names), tie);

  it('contradicts a match score with the match score, never with a set or a tie-break', () => {
    const wrong = checkTie("Ada Kerrow beat Nell Farrow in the final dead rubber, which cut Wessex's winning margin to 3-1.");
    assert.equal(wrong.label, 'contradicted');
    assert.equal(wrong.conflict?.sourceText, '3-2');
  });
});
