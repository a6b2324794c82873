import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { possessedBodyEnd } from '../../../server/src/core/claims/rolePhrase';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

describe('a role fix writes the source’s whole role phrase, a body past a possessive included', () => {
  it('finds where a role phrase ends past a possessive, or says it cannot', () => {
    const text = "The ferry will sail again in June, said Ines Varga, director of the Marrow Bay Authority's dredging division.";
    const [m] = roleMentions(text, 'en');
    assert.equal(text.slice(m.head.start, possessedBodyEnd(text, m)!), "director of the Marrow Bay Authority's dredging division");
    const plain = 'The ferry will sail again in June, said Ines Varga, director of the Marrow Bay Authority.';
    assert.equal(possessedBodyEnd(plain, roleMentions(plain, 'en')[0]), undefined);
  });

  const index = indexOf({
    'ferry.md': `---
id: ferry
title: Ferry service
lang: en
---

The Marrow Bay ferry will sail again in June after repairs costing 3 million pounds, said Ines Varga, director of the Marrow Bay Authority's dredging division.
`,
  });
  const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);

  it('never writes the title alone where the source’s body is past a possessive', () => {
    const draft = "Ines Varga, the Marrow Bay Authority's chief economist, said the Marrow Bay ferry will sail again in June after repairs costing 3 million pounds.\n";
    const fixes = findings(draft).flatMap((f) => f.fixes.map((x) => x.newText));
    assert.equal(fixes.length, 1);
    for (const fix of fixes) assert.match(fix, /dredging division$/);
  });
});
