import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { yearsHolderNoun, yearsOfAnotherNoun } from '../../../server/src/core/claims/ageOfAnotherNoun';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { stem } from '../../../server/src/core/text/stem';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented articles: two victims of one accident, one age given; an age of someone else in another article. */
const corpus = indexOf({
  'collision.md': `---
id: collision
title: Collision mortelle sur la départementale près de Vernoux
lang: fr
---

Une collision entre une camionnette et un vélo a eu lieu mardi soir sur la départementale 12 près de Vernoux. Deux personnes sont mortes dans l'accident : un cycliste de 17 ans et le conducteur de la camionnette, qui roulait vers Vernoux. Les gendarmes ont ouvert une enquête.
`,
  'incendie.md': `---
id: incendie
title: Incendie dans un immeuble de Saint-Brieuc
lang: fr
---

Un incendie a ravagé un immeuble de Saint-Brieuc dans la nuit de samedi. Une habitante, âgée de 72 ans, a été relogée par la mairie.
`,
  'crash.md': `---
id: crash
title: Van driver dies in crash near Alnwick
lang: en
---

Two people died in the crash on the A697 near Alnwick: a 17-year-old cyclist and the driver of the van, who was heading north.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

describe('ages of another common noun', () => {
  it('reads the noun an age is told of: attached before, after an English age, or the subject of a predicate', () => {
    const holder = (text: string, lang: Lang) => {
      const qs = parseQuantities(text, lang);
      return [...(yearsHolderNoun(text, qs[qs.length - 1], qs, lang) ?? [])];
    };
    assert.deepEqual(holder('Deux personnes sont mortes : un cycliste de 17 ans.', 'fr'), [stem('cycliste', 'fr')]);
    assert.deepEqual(holder('Une habitante, âgée de 72 ans, a été relogée.', 'fr'), [stem('habitante', 'fr')]);
    assert.deepEqual(holder('Le conducteur de la camionnette, mort dans l’accident, avait 41 ans.', 'fr'), [stem('conducteur', 'fr')]);
    assert.deepEqual(holder('Two people died: a 17-year-old cyclist.', 'en'), [stem('cyclist', 'en')]);
    // A time ago, a duration and an age told of a name have no common noun as holder.
    assert.deepEqual(holder('Le pont a été construit il y a 73 ans.', 'fr'), []);
    assert.deepEqual(holder('Marc Tillier, âgé de 61 ans, comparaît.', 'fr'), []);
  });

  it("does not contradict an age with another person's age of the same sentence", () => {
    // The driver's age is not given: the cyclist's 17 is neither a conflict nor a fix.
    assert.notEqual(check('Le conducteur de la camionnette, mort dans l’accident, avait 41 ans.', 'fr').label, 'contradicted');
    assert.notEqual(check('The driver of the van was 41 years old.', 'en').label, 'contradicted');
  });

  it("does not contradict an age with the age of another noun's holder of another article", () => {
    assert.notEqual(check("Le conducteur était âgé d'une cinquantaine d'années.", 'fr').label, 'contradicted');
    assert.notEqual(check('Le cycliste était âgé de 41 ans.', 'fr').label, 'contradicted');
  });

  it('still contradicts an age told of the same noun', () => {
    const v = check('Le cycliste mort dans l’accident près de Vernoux avait 19 ans.', 'fr');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 17);
  });
});

/** Invented articles: the age of a victim told of a name, beside another victim told by a common noun. */
const named = indexOf({
  'vernoux.md': `---
id: vernoux
title: Collision mortelle près de Vernoux
lang: fr
---

Une collision entre une camionnette et un vélo a eu lieu mardi soir près de Vernoux. Deux personnes sont mortes dans l'accident : Léo Martin, 17 ans, et le conducteur de la camionnette, qui roulait vers Vernoux.
`,
});
const namedEn = indexOf({
  'alnwick.md': `---
id: alnwick
title: Van crash near Alnwick
lang: en
---

Two people died in the crash near Alnwick: Leo Martin, 17, and the driver of the van, who was heading north.
`,
});

describe('ages of a name beside a common noun', () => {
  it("does not contradict a noun's age with the age of a name the same sentence gives beside that noun", () => {
    const fr = "Le conducteur de la camionnette, mort dans l'accident, avait 41 ans.";
    assert.notEqual(checkClaim(fr, analyzeClaim(fr, 'fr', named.names), named).label, 'contradicted');
    const en = 'The driver of the van who died in the crash was 41 years old.';
    assert.notEqual(checkClaim(en, analyzeClaim(en, 'en', namedEn.names), namedEn).label, 'contradicted');
  });

  it("still contradicts the name's own age", () => {
    const fr = "Léo Martin, mort dans l'accident près de Vernoux, avait 19 ans.";
    const v = checkClaim(fr, analyzeClaim(fr, 'fr', named.names), named);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 17);
  });
});

/** Invented articles: an age told of a name in another story, and a name set in apposition with a noun. */
const stories = indexOf({
  'garde-a-vue.md': `---
id: garde-a-vue
title: Collision près de Lannion
lang: fr
---

Une collision entre une camionnette et un vélo a eu lieu mardi soir près de Lannion. Le conducteur de la camionnette, Marc Roux, 41 ans, a été placé en garde à vue.
`,
  'relogement.md': `---
id: relogement
title: Incendie à Saint-Brieuc
lang: fr
---

Un incendie a ravagé un immeuble de Saint-Brieuc samedi. Jeanne Le Goff, âgée de 72 ans, a été relogée par la mairie.
`,
});
const checkStories = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', stories.names), stories);

describe('ages of a name of another story', () => {
  it("does not contradict a noun's age with a named person's age that no sentence ties to that noun", () => {
    assert.notEqual(checkStories("L'habitant relogé était âgé d'une cinquantaine d'années.").conflict?.sourceQuantity?.value, 72);
    assert.notEqual(checkStories('Le conducteur était âgé de 50 ans.').conflict?.sourceQuantity?.value, 72);
  });

  it('keeps the age of a name set in apposition with the claim’s noun as a value of the claim’s holder', () => {
    const claim = 'Le conducteur de la camionnette avait 45 ans.';
    const source = 'Le conducteur de la camionnette, Marc Roux, 41 ans, a été placé en garde à vue.';
    const side = (text: string) => {
      const quantities = parseQuantities(text, 'fr');
      return { text, lang: 'fr' as const, quantities, value: quantities.find((q) => q.age)! };
    };
    assert.equal(yearsOfAnotherNoun(side(claim), side(source)), false);
    assert.equal(yearsOfAnotherNoun(side(claim), side('Marc Roux, 41 ans, et le conducteur de la camionnette ont été blessés.')), true);
  });
});
