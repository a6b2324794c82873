import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { sameByAcronym, spellsAcronymFrom } from '../../../server/src/core/text/acronyms';
import { indexOf } from './helpers';

const en = indexOf({
  'pilots.md': `---
id: pilots
title: Harbour pilots report a busy year
lang: en
date: 2019-03-04
---

The Harbour Guild of Coastal Pilots (HGCP) published its yearly report on Monday.

"Traffic through the strait is at a record," said Clara Dunmore, chief executive of the Harbour Guild of Coastal Pilots (HGCP).

"Our members worked longer shifts than ever," said WSA chairman Tomas Reyes.

The Western Shipping Association (WSA) represents the ferry operators of the coast.
`,
});

const fr = indexOf({
  'lettre.md': `---
id: lettre
title: La lettre du maire de Sorrac
lang: fr
date: 2019-05-05
---

Dans une lettre publiée par la GDL samedi 3 mai, le maire de Sorrac dénonce la fermeture de la gare.
`,
});

const verdictOf = (claim: string, index: typeof en, lang: 'fr' | 'en' = 'en') => checkClaim(claim, analyzeClaim(claim, lang, index.names), index).label;

describe('an acronym and the name it abbreviates', () => {
  it('reads a name and its acronym as one body, articles and links aside', () => {
    assert.ok(sameByAcronym('the HGCP', 'of the Harbour Guild of Coastal Pilots'));
    assert.ok(sameByAcronym('Western Shipping Association.', 'WSA'));
    assert.ok(!sameByAcronym('the WSA', 'the Harbour Guild of Coastal Pilots'));
    assert.ok(spellsAcronymFrom('GDL', 'publiée par la Gazette du littoral le 3 mai', 15));
    assert.ok(!spellsAcronymFrom('GDL', 'publiée par la Gazette de Sorrac le 3 mai', 15));
  });

  it('does not contradict a body led named by its acronym where the source spells it out, or the reverse', () => {
    assert.notEqual(verdictOf('Clara Dunmore heads the HGCP.', en), 'contradicted');
    assert.notEqual(verdictOf('Clara Dunmore runs the HGCP, she said.', en), 'contradicted');
    assert.notEqual(verdictOf('Tomas Reyes chairs the Western Shipping Association.', en), 'contradicted');
  });

  it('does not contradict a name read short of its lowercase words that spell the source’s acronym', () => {
    assert.notEqual(verdictOf('La lettre a été publiée par la Gazette du littoral le 3 mai.', fr, 'fr'), 'contradicted');
  });

  it('still contradicts another body led, and its fix keeps the citation and the full stop', () => {
    const draft = '# Note\n\nClara Dunmore heads the WSA [@pilots].\n';
    const [f] = findingsOf(checkDraft(parseMarkdown(draft), en, { language: 'auto' })!, en);
    assert.equal(f?.code, 'contradicted-claim');
    const fix = f.fixes[0];
    assert.ok(fix);
    const fixed = draft.slice(0, fix.span.start) + fix.newText + draft.slice(fix.span.end);
    assert.equal(fixed, '# Note\n\nClara Dunmore heads the Harbour Guild of Coastal Pilots [@pilots].\n');
  });
});
