import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** Titles with a modifier (a portfolio, a body) held by other people than the claims say. */
const index = indexOf({
  'budget.md': `---
id: budget
title: "Budget row in Westmoor"
lang: en
date: 2005-03-04
---

MPs were told by Chancellor Gordon Brown that the budget would rise by 4% next year.

Transport Secretary Alistair Darling said rail fares would rise.
`,
  'brenval.md': `---
id: brenval
title: "Le plan de Brenval"
lang: fr
date: 2005-03-04
---

Le secrétaire d'État Paul Arnel a annoncé 300 gendarmes de plus à Brenval.

Le ministre de l'Intérieur Marc Tolbiac a visité Brenval lundi.

Le président du tribunal Luc Vernier a ouvert l'audience du procès de Brenval.

Après la démission du maire, sa première adjointe Claire Moreau a pris la tête de Brenval.
`,
});

const contradiction = (draft: string) => {
  const findings = findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);
  const finding = findings.find((f) => f.code === 'contradicted-claim');
  return finding && { range: draft.slice(finding.span.start, finding.span.end), fixes: finding.fixes.map((f) => f.newText) };
};

describe('a role conflict covers the whole title, or writes no fix', () => {
  it('covers a portfolio written before the title noun when the source does not write it', () => {
    assert.deepEqual(contradiction('Transport Secretary Gordon Brown told MPs the budget would rise by 4% next year.'), { range: 'Transport Secretary', fixes: [] });
  });

  it('covers a ministry written after the title noun when the source does not write it', () => {
    assert.deepEqual(contradiction("Le ministre de l'Intérieur Paul Arnel a annoncé 300 gendarmes de plus à Brenval."), { range: "ministre de l'Intérieur", fixes: [] });
  });

  it('keeps the body when the source changes the title’s rank only, and fixes the rank', () => {
    assert.deepEqual(contradiction('Après la démission du maire, sa deuxième adjointe au maire Claire Moreau a pris la tête de Brenval.'), { range: 'deuxième adjointe', fixes: ['première adjointe'] });
  });

  it('keeps the body the source writes too, and fixes the title noun', () => {
    assert.deepEqual(contradiction("Le procureur du tribunal Luc Vernier a ouvert l'audience du procès de Brenval."), { range: 'procureur du', fixes: ['président du'] });
  });
});
