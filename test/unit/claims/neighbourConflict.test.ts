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
  'pass.md': `---
id: pass
title: Kelby Pass to reopen
lang: en
---

Kelby Pass will reopen to cars on Saturday, the county council's chief engineer announced on Tuesday 4 June. "We had to wait for the repairs to end," said the chief engineer, Alan Rudd, at a press briefing.
`,
  'bridge.md': `---
id: bridge
title: Kelby bridge repairs
lang: en
---

The council will repair the old Kelby bridge over the summer, its engineers said. A new footbridge beside it is expected to cost £2.1m.
`,
  'prefet.md': `---
id: prefet
title: Le col de la Bonette rouvert
lang: fr
---

La réouverture du col aura lieu samedi, a annoncé le préfet Marc Dutreil. « Il fallait attendre la fin des travaux », a indiqué M. Dutreil devant la presse.
`,
});

const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

/** An article's two sentences joined, and a contradiction of a figure found at `at` in the joined text. */
function joinedVerdict(kind: 'quantity' | 'attribution', at: (text: string) => number, id = 'rocade'): { verdict: Verdict; text: string } {
  const doc = corpus.documentById(id)!;
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
    assert.equal(valueConflictAcrossPair(verdict, sentencesJoined, new Set()), verdict);
  });

  it('contradicts the claim with the name one sentence gives the role noun of the sentence before', () => {
    const en = check('It was the chief engineer, Tom Hale, who announced on 4 June that Kelby Pass would reopen.', 'en');
    assert.equal(en.label, 'contradicted');
    assert.equal(en.conflict?.kind, 'attribution');
    assert.equal(en.conflict?.sourceText, 'Alan Rudd');
    assert.ok(sentencesJoined(en.evidence[0].sentence));
  });

  it('takes no name that both sentences write, nor one read over their boundary', () => {
    const named = (name: string, id: string) => {
      const { verdict } = joinedVerdict('attribution', () => 0, id);
      return { ...verdict, conflict: { ...verdict.conflict!, sourceText: name, sourceName: name, sourceQuantity: undefined } };
    };
    // « M. Dutreil » carries on the first sentence's « Marc Dutreil »: the pair's subject, no other name of a slot.
    assert.equal(valueConflictAcrossPair(named('Dutreil', 'prefet'), sentencesJoined, new Set()), undefined);
    assert.equal(valueConflictAcrossPair(named('Alan Rudd', 'pass'), sentencesJoined, new Set())?.conflict?.sourceText, 'Alan Rudd');
    assert.equal(valueConflictAcrossPair(named('June. "We', 'pass'), sentencesJoined, new Set()), undefined);
  });

  it('takes no value of a sentence that opens on another holder, brought in by an indefinite article or named', () => {
    const { verdict } = joinedVerdict('quantity', (text) => text.indexOf('£2.1m'), 'bridge');
    assert.equal(valueConflictAcrossPair(verdict, sentencesJoined, new Set(['kelby'])), undefined);
    // « Kelby Pass will reopen … on Tuesday 4 June »: the claim's own holder, or another one.
    const pass = joinedVerdict('quantity', (text) => text.indexOf('Tuesday'), 'pass').verdict;
    assert.equal(valueConflictAcrossPair(pass, sentencesJoined, new Set(['kelby'])), pass);
    assert.equal(valueConflictAcrossPair(pass, sentencesJoined, new Set(['glenmore'])), undefined);
  });

  it('takes no negation across two sentences, nor a value read over their boundary, nor a passage that is not joined', () => {
    const negation = joinedVerdict('quantity', (text) => text.indexOf('4 mètres')).verdict;
    assert.equal(valueConflictAcrossPair({ ...negation, conflict: { ...negation.conflict!, kind: 'negation' } }, sentencesJoined, new Set()), undefined);
    const { verdict, text } = joinedVerdict('quantity', (t) => t.indexOf('. Mais') - 3);
    assert.ok(text.slice(verdict.conflict!.sourceQuantity!.start, verdict.conflict!.sourceQuantity!.end).includes('. '));
    assert.equal(valueConflictAcrossPair(verdict, sentencesJoined, new Set()), undefined);
    const single = { ...verdict, evidence: [{ ...verdict.evidence[0], sentence: corpus.documentById('rocade')!.sentences[0] }] };
    assert.equal(valueConflictAcrossPair(single, sentencesJoined, new Set()), undefined);
  });
});
