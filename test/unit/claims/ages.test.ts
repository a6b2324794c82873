import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { ageHolderOf, ageWordsOf } from '../../../server/src/core/claims/ages';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles that give ages the way the press does: in apposition, « un homme de N ans ». */
const corpus = indexOf({
  'trial.md': `---
id: trial
title: Harbour Lines trial opens in Leeds
lang: en
---

Mr Calder, 58, is accused of hiding losses of $2bn at the ferry operator Harbour Lines. Among the witnesses is Ivo Brandt, the 33-year-old son of the company's founder Olaf Brandt. His former deputy, Mr Nayar, 47, has pleaded guilty to fraud and will testify against Mr Calder.
`,
  'proces.md': `---
id: proces
title: Le gérant de la scierie de Brézolles jugé à Chartres
lang: fr
---

Le gérant de la scierie de Brézolles, Marc Tillier, âgé de 61 ans, comparaît devant le tribunal de Chartres pour homicide involontaire. Son associé, Luc Garnier, 39 ans, est poursuivi pour complicité. Un homme de 38 ans a été blessé à la scierie de Brézolles en 2019.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('ages', () => {
  it('reads an age written as one hyphenated word ("the 24-year-old son")', () => {
    const [q] = parseQuantities('Ivo Brandt, the 24-year-old son of Olaf Brandt, testified.', 'en');
    assert.equal(q.value, 24);
    assert.equal(q.age, true);
    assert.equal(q.raw, '24-year-old');
  });

  it('contradicts an age written "N-year-old" with the source’s', () => {
    const v = check("Among the witnesses is Ivo Brandt, the 36-year-old son of the company's founder Olaf Brandt.", 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 33);
    assert.notEqual(check("Among the witnesses is Ivo Brandt, the 33-year-old son of the company's founder Olaf Brandt.", 'en').label, 'contradicted');
  });

  it('reads an age after « âgé de », a noun of a person and « de », "aged"', () => {
    assert.equal(parseQuantities('Un homme de 42 ans a été interpellé.', 'fr')[0].age, true);
    assert.equal(parseQuantities('Marc Tillier, âgé de 61 ans, comparaît.', 'fr')[0].age, true);
    assert.equal(parseQuantities('He died aged 73 in Leeds.', 'en')[0].age, true);
    // A duration is no age.
    assert.notEqual(parseQuantities('Il a été condamné à 42 ans de réclusion.', 'fr')[0].age, true);
    assert.notEqual(parseQuantities('The lease runs for 42 years.', 'en')[0].age, true);
  });

  it('counts the words of an age ("years old") as found in a passage that states an age', () => {
    const text = 'Mr Calder is 60 years old.';
    const words = [...ageWordsOf(analyzeClaim(text, 'en', corpus.names))].map((w) => w.norm);
    assert.deepEqual(words.sort(), ['old', 'years']);
    assert.equal(ageWordsOf(analyzeClaim('Mr Calder hid losses of $2bn.', 'en', corpus.names)).size, 0);
  });

  it("contradicts a person's wrong age with the age the source sets after the name", () => {
    const v = check('Mr Calder is 60 years old.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 58);
    assert.equal(check('Mr Calder is 58 years old.', 'en').label, 'supported');
    const w = check('Marc Tillier, le gérant de la scierie de Brézolles, est âgé de 64 ans.', 'fr');
    assert.equal(w.label, 'contradicted');
    assert.equal(w.conflict?.sourceQuantity?.value, 61);
  });

  it('does not compare an age with the age of another person in the same sentence', () => {
    // Mr Nayar is 47: the claim's 47 for Mr Calder is not Mr Nayar's age stated, nor is 58 a fix for Mr Nayar.
    assert.notEqual(check('Mr Nayar is 58 years old.', 'en').conflict?.sourceQuantity?.value, 58);
    assert.notEqual(check('Mr Calder is 47 years old.', 'en').label, 'supported');
    assert.notEqual(check('Luc Garnier est âgé de 61 ans.', 'fr').label, 'supported');
  });

  it('compares the age of a person the claim does not name only as any figure, by its words', () => {
    // The man arrested is not said to be the man hurt: no age of a person named decides it.
    assert.notEqual(check('Un homme âgé de 45 ans a été arrêté en 2019 près de la scierie de Brézolles.', 'fr').label, 'contradicted');
  });
});

/** Invented articles where two people's ages sit in one passage or one article (fresh user 6's kind of text). */
const twoPeople = indexOf({
  'meprise.md': `---
id: meprise
title: L'homme confondu avec le fugitif témoigne
lang: fr
---

Paul Verne, l'homme de 69 ans qui a été pris pour Jacques Morel en mai dernier, a parlé pour la première fois devant les caméras. Il vit à Pontoise avec son épouse.
`,
  'fugitif.md': `---
id: fugitif
title: Le procureur de Vannes appelle à la prudence
lang: fr
---

Selon la police belge, ses empreintes correspondent à celles de Jacques Morel, aujourd'hui âgé de 58 ans.
`,
  'tapes.md': `---
id: tapes
title: Studio tapes of Harlow sessions sold
lang: en
---

"We could use the money," Mr Harlow's son Daniel, 41, said before the sale. Mr Harlow, who died in 1990 aged 80, always kept a second copy of each session.
`,
});

const checkTwo = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, twoPeople.names), twoPeople);

describe('ages of two people', () => {
  it("does not compare a person's age with the age of another person named beside it", () => {
    // « l'homme de 69 ans » is Paul Verne's age, not Jacques Morel's.
    assert.notEqual(checkTwo('Jacques Morel était âgé de 58 ans en 2019.', 'fr').label, 'contradicted');
    // Daniel's 41 is the claim's 41, not a value for the father's 80.
    assert.notEqual(checkTwo("Mr Harlow's son Daniel is 41 and his father died aged 80.", 'en').label, 'contradicted');
  });

  it('still contradicts an age with the same person\'s age', () => {
    const v = checkTwo('Jacques Morel est âgé de 62 ans.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 58);
  });

  it("does not support a person's age with a namesake's age when the rest of the name has another age nearby", () => {
    // "Mr Harlow, who died in 1990 aged 80" is the father; his son Daniel is 41.
    const v = checkTwo('Daniel Harlow is 80 years old.', 'en');
    assert.notEqual(v.label, 'supported');
    if (v.label === 'contradicted') assert.equal(v.conflict?.sourceQuantity?.value, 41);
    assert.equal(checkTwo('Mr Harlow died in 1990 aged 80.', 'en').label, 'supported');
  });

  it('tells whose age an age is from the name before it', () => {
    const holder = (text: string, lang: Lang) => {
      const qs = parseQuantities(text, lang);
      const age = qs.find((q) => q.age)!;
      const h = ageHolderOf(text, age, qs);
      return h && [...h].sort();
    };
    assert.deepEqual(holder("Paul Verne, l'homme de 69 ans qui a été pris pour Jacques Morel.", 'fr'), ['paul', 'verne']);
    assert.deepEqual(holder("Mr Harlow's son Daniel, 41, said.", 'en'), ['daniel']);
    assert.deepEqual(holder('Mr Harlow, who died in 1990 aged 80, kept it.', 'en'), ['harlow']);
    assert.equal(holder('Un homme de 42 ans a été interpellé.', 'fr'), undefined);
    // An age fronted before its holder: the name after the comma, not the sentence's capitalised first word.
    assert.deepEqual(holder('Âgée de 44 ans, Nadia Ferrand était partie à vélo.', 'fr'), ['ferrand', 'nadia']);
    assert.deepEqual(holder('Aged 52, Mr Owen Pike had sold the firm.', 'en'), ['owen', 'pike']);
    assert.equal(holder('Âgé de 30 ans, ce voisin était absent.', 'fr'), undefined);
    // A weekday or month is a time, not a holder: the possessor before it owns the noun the age is told of.
    assert.equal(holder("Mr Pike's wife, who was freed on the Sunday without charge, was 39 years old.", 'en'), undefined);
    assert.equal(holder('The driver, who was hired in March, was 39 years old.', 'en'), undefined);
    // A possessive and its noun between the name and the age: the age is the noun's, whom no name tells.
    assert.equal(holder('Arrêtée après la mort de son mari Paul Verne, son épouse de 38 ans a été relâchée.', 'fr'), undefined);
    // … unless it ends a run of names.
    assert.deepEqual(holder('Tom March, 62, chairs the board.', 'en'), ['march', 'tom']);
  });

  it('contradicts an age fronted before its holder (« Âgé de N ans, X … ») with the source’s', () => {
    const v = check('Âgé de 59 ans, Marc Tillier comparaît devant le tribunal de Chartres.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 61);
    assert.notEqual(check('Âgé de 61 ans, Marc Tillier comparaît devant le tribunal de Chartres.', 'fr').label, 'contradicted');
    // The holder's own age is the fix, not another person's of the same article.
    const w = check('Âgé de 45 ans, Luc Garnier est poursuivi pour complicité.', 'fr');
    assert.equal(w.label, 'contradicted');
    assert.equal(w.conflict?.sourceQuantity?.value, 39);
  });
});
