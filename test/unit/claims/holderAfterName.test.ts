import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { beforeHolderName } from '../../../server/src/core/claims/holderAfterName';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

/** A title's place written right before its holder's name, with no comma (as news writes it). */
const index = indexOf({
  'crue.md': `---
id: crue
title: "Inondations à Vaudrel"
lang: fr
date: 2022-03-02
---

Après la crue, la maire de Vaudrel Anna Belcour a reçu la famille des victimes en mairie.
`,
  'appeal.md': `---
id: appeal
title: "Eastfield appeals"
lang: en
date: 2005-03-04
---

The mayor of Eastfield Ruth Colley said the town would appeal against the ruling.
`,
});

const fixOf = (draft: string) => {
  const findings = findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);
  const finding = findings.find((f) => f.code === 'contradicted-claim');
  return finding && { range: draft.slice(finding.span.start, finding.span.end), fixes: finding.fixes.map((f) => f.newText) };
};

describe('a place fix that would swallow the holder named after it', () => {
  it('writes the place alone, never the name that follows it in the source (fr, en)', () => {
    assert.deepEqual(fixOf('Anna Belcour, maire de Rivel, a reçu la famille des victimes.'), { range: 'Rivel', fixes: ['Vaudrel'] });
    assert.deepEqual(fixOf('Ruth Colley, mayor of Westfield, said the town would appeal against the ruling.'), { range: 'Westfield', fixes: ['Eastfield'] });
  });

  it('cuts a run of words where the claim’s holder starts, never inside one person’s name', () => {
    assert.equal(beforeHolderName('Vaudrel Anna Belcour', [['anna', 'belcour']]), 'Vaudrel');
    assert.equal(beforeHolderName('Vaudrel Anna Belcour', [['belcour']]), 'Vaudrel');
    assert.equal(beforeHolderName('Anna Belcour', [['anna', 'belcour']]), 'Anna Belcour');
    // A family name the claim gives another person (« Gamal Moubarak », the son) ends the father's name, no holder.
    assert.equal(beforeHolderName('Hosni Moubarak', [['gamal', 'moubarak']]), 'Hosni Moubarak');
    assert.equal(beforeHolderName('Hosni Moubarak', [['moubarak']]), 'Hosni Moubarak');
    assert.equal(beforeHolderName('Pays de la Loire', [['anna', 'belcour']]), 'Pays de la Loire');
  });
});
