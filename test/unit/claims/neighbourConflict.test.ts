import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim, type Verdict } from '../../../server/src/core/claims/checkClaim';
import { valueConflictAcrossPair } from '../../../server/src/core/claims/neighbourConflict';
import { joinedWithNeighbours, sentencesJoined } from '../../../server/src/core/claims/neighbourPassages';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { indexOf } from './helpers';

/** Invented articles that tell a fact over two sentences: its figure in one, the rest of its words in the next. */
const corpus = indexOf({
  'rocade.md': `---
id: rocade
title: Chantier de la rocade
lang: fr
---

Très vite, les services avaient prévenu que le travail durerait des semaines, les silos enterrés ayant atteint par endroits 4 mètres de profondeur sur 12 mètres de large. Mais les pluies torrentielles ont ralenti les archéologues, qui devaient les dégager.
`,
  'bypass.md': `---
id: bypass
title: Digging on the bypass site
lang: en
---

Very quickly, the services had warned that the work would last weeks, the buried silos having reached in places 4 metres in depth over 12 metres in width. But torrential rain slowed down the archaeologists, who were due to clear them.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

/** The rocade article's two sentences joined, and a contradiction of a figure found at `at` in the joined text. */
function joinedVerdict(kind: 'quantity' | 'attribution', at: (text: string) => number): { verdict: Verdict; text: string } {
  const doc = corpus.documentById('rocade')!;
  const joined = joinedWithNeighbours([{ doc, sentence: doc.sentences[0] }], 1)[0].sentence;
  const start = at(joined.text);
  const sourceQuantity = { ...parseQuantities('4 mètres', 'fr')[0], start, end: start + 8 };
  return {
    text: joined.text,
    verdict: { label: 'contradicted', confidence: 0.6, evidence: [{ doc, sentence: joined, coverage: 0.6 }], conflict: { kind, claimStart: 0, claimEnd: 8, sourceText: '4 mètres', sourceQuantity } },
  };
}

describe('a figure of a fact told over two neighbouring sentences of one article', () => {
  it('contradicts the claim with the figure of one sentence when the next holds the rest of its words', () => {
    const fr = check('Sous les pluies torrentielles, les archéologues devaient dégager des silos qui atteignaient par endroits 9 mètres de profondeur.', 'fr');
    assert.equal(fr.label, 'contradicted');
    assert.equal(fr.conflict?.sourceText, '4 mètres');
    assert.ok(sentencesJoined(fr.evidence[0].sentence));
    const en = check('In torrential rain, the archaeologists were due to clear silos which reached in places 9 metres in depth.', 'en');
    assert.equal(en.label, 'contradicted');
    assert.equal(en.conflict?.sourceText, '4 metres');
  });

  it('keeps a figure conflict of a joined passage whose value lies in one of its sentences', () => {
    const { verdict } = joinedVerdict('quantity', (text) => text.indexOf('4 mètres'));
    assert.equal(valueConflictAcrossPair(verdict, sentencesJoined), verdict);
  });

  it('takes no name across two sentences, nor a value read over their boundary, nor a passage that is not joined', () => {
    assert.equal(valueConflictAcrossPair(joinedVerdict('attribution', (text) => text.indexOf('4 mètres')).verdict, sentencesJoined), undefined);
    const { verdict, text } = joinedVerdict('quantity', (t) => t.indexOf('. Mais') - 3);
    assert.ok(text.slice(verdict.conflict!.sourceQuantity!.start, verdict.conflict!.sourceQuantity!.end).includes('. '));
    assert.equal(valueConflictAcrossPair(verdict, sentencesJoined), undefined);
    const single = { ...verdict, evidence: [{ ...verdict.evidence[0], sentence: corpus.documentById('rocade')!.sentences[0] }] };
    assert.equal(valueConflictAcrossPair(single, sentencesJoined), undefined);
  });
});
