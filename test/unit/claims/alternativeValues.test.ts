import assert from 'node:assert/strict';
import { oneOfAlternatives } from '../../../server/src/core/claims/alternativeValues';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

describe('a source value that is one of two alternatives: no single value to write', () => {
  const alternatives = (text: string, lang: 'fr' | 'en') => parseQuantities(text, lang).map((q) => oneOfAlternatives(text, q, lang));

  it('reads « ou », "or", « à » and a dash between two figures as alternatives', () => {
    assert.deepEqual(alternatives('Il restait 7 ou 8 caisses au dépôt.', 'fr'), [true, true]);
    assert.deepEqual(alternatives('The ferry ran three or four times a week.', 'en'), [true, true]);
    assert.deepEqual(alternatives('Quelque 30 à 35 marins ont embarqué.', 'fr'), [true, true]);
    assert.deepEqual(alternatives('The repairs took 6-9 weeks.', 'en'), [true, true]);
  });

  it('reads a change (« de 30 à 35 », "from 6 to 9") and two facts as no alternatives', () => {
    assert.deepEqual(alternatives('Le tarif est passé de 30 à 35 euros.', 'fr'), [false, false]);
    assert.deepEqual(alternatives('The fare went from 6 to 9 pounds.', 'en'), [false, false]);
    assert.deepEqual(alternatives('Le dépôt compte 7 caisses et 8 palettes.', 'fr'), [false, false]);
    assert.deepEqual(alternatives('The toll will rise from £4,000 to £4,500.', 'en'), [false, false]);
    assert.deepEqual(alternatives('Il a fallu attendre vingt-six ans.', 'fr'), [false]);
  });

  const index = indexOf({
    'depot.md': `---
id: depot
title: Le dépôt de Kervel
lang: fr
---

Au dépôt de Kervel, il restait 11 ou 12 caisses de sardines après la tempête, selon le gérant Yann Morvan.
`,
  });
  const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);

  it('writes no one of the alternatives as a fix', () => {
    const found = findings('Au dépôt de Kervel, il restait 40 caisses de sardines après la tempête [@depot].\n');
    assert.equal(found.filter((f) => f.code === 'contradicted-claim').length, 1);
    for (const f of found) for (const fix of f.fixes) assert.doesNotMatch(fix.newText, /^(?:11|12|onze|douze)(?:\s|$)/);
  });
});
