import assert from 'node:assert/strict';
import { adjacentPairs } from '../../../server/src/core/claims/citedAdjacent';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

const index = indexOf({
  'proces.md': `---
id: proces
title: Le procès de l'incendie de Carhaix
lang: fr
---

La cour d'appel de Rennes a annulé jeudi les aveux de Lucien Morvan lors de son audition de mars 1992. Devant les enquêteurs, le jeune apprenti, alors âgé de 17 ans, avait désigné son oncle.

Le procès doit reprendre en septembre.
`,
  'portrait.md': `---
id: portrait
title: Lucien Morvan, trente ans après
lang: fr
---

Entendu lors de son audition en mars 1992, alors qu'il n'avait que 17 ans, Lucien Morvan avait désigné son oncle.
`,
  'port.md': `---
id: port
title: Le port de Carhaix
lang: fr
---

Le port de Carhaix a accueilli 40 000 visiteurs en 2019.
`,
});
const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);

describe('a cited source that states the claim across two adjacent sentences', () => {
  it('pairs adjacent sentences of one paragraph only, with offsets back to the source', () => {
    const doc = index.documentById('proces')!;
    const pairs = adjacentPairs(doc);
    assert.equal(pairs.length, 1);
    const [pair] = pairs;
    assert.equal(pair.joined.text, `${pair.first.text} ${pair.second.text}`);
    const at = pair.joined.text.indexOf('17 ans');
    assert.equal(doc.text.slice(pair.joined.offsets[at], pair.joined.offsets[at + 6]), '17 ans');
  });

  it('is no wrong citation, and offers no other source in its place', () => {
    const draft = 'Lucien Morvan avait 17 ans lors de son audition de mars 1992 [@proces].\n';
    assert.deepEqual(findings(draft).map((f) => f.code), []);
  });

  it('still reports a citation of a source that states nothing of the claim', () => {
    const draft = 'Lucien Morvan avait 17 ans lors de son audition de mars 1992 [@port].\n';
    const f = findings(draft).find((x) => x.code === 'miscited-claim');
    assert.ok(f);
    assert.equal(f.fixes[0].newText, 'portrait');
  });
});
