import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { joinedWithNeighbours, sentencesJoined } from '../../../server/src/core/claims/neighbourPassages';
import { indexOf } from './helpers';

/** Invented articles that tell a fact in two sentences running on from each other. */
const corpus = indexOf({
  'gardien.md': `---
id: gardien
title: Un bénévole de nouveau interpellé
lang: fr
---

L'homme, un bénévole de la paroisse, avait été interpellé dans la foulée de l'incendie, et remis en liberté le lendemain sans poursuite. Les analyses ont conduit à l'interpellation de cette même personne ce jour, 3 août, à 5 h 50, et à son placement en garde à vue.

Les enquêteurs ont entendu une trentaine de témoins.
`,
  'digue.md': `---
id: digue
title: La digue de Porspoder
lang: fr
---

La digue de Porspoder a été rehaussée par une entreprise de Morlaix après la tempête d'hiver. Sept autres communes du littoral attendent encore leurs travaux.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

describe('a claim told by two neighbouring sentences of one article', () => {
  it('joins a passage with the sentence before and after it in its block, offsets kept', () => {
    const doc = corpus.documentById('gardien')!;
    const [first, second] = doc.sentences;
    const joined = joinedWithNeighbours([{ doc, sentence: second }], 3);
    assert.equal(joined.length, 1);
    assert.equal(joined[0].sentence.text, `${first.text} ${second.text}`);
    assert.deepEqual(sentencesJoined(joined[0].sentence), [first, second]);
    assert.equal(joined[0].sentence.offsets.length, joined[0].sentence.text.length + 1);
    const at = joined[0].sentence.text.lastIndexOf('placement');
    assert.equal(doc.text.slice(joined[0].sentence.offsets[at], joined[0].sentence.offsets[at] + 9), 'placement');
    assert.equal(joinedWithNeighbours([{ doc, sentence: first }], 3).length, 1);
  });

  it('does not support a claim from two sentences when its figure is in a sentence that says nothing else of it, or when a word of it is in neither', () => {
    assert.notEqual(check("La digue de Porspoder a été rehaussée par sept ouvriers d'une entreprise de Morlaix après la tempête.").label, 'supported');
    assert.notEqual(check('Le 3 août à 5 h 50, le même bénévole a de nouveau été interpellé et placé en garde à vue par les pompiers de Brest.').label, 'supported');
  });
});
