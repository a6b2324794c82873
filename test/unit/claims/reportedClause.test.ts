import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { reportedContentStart, reportsClause } from '../../../server/src/core/claims/reportedClause';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented announcements of jobs, in French and in English, each figure reported by a verb of saying. */
const corpus = indexOf({
  'sante.md': `---
id: sante
title: Des médecins pour les hôpitaux du Bocage
lang: fr
date: 2022-03-18
---

Le ministre de la Santé a annoncé mardi que 240 médecins seraient recrutés dans les hôpitaux de la région.
`,
  'depot.md': `---
id: depot
title: A new depot for Saint-Aulaire
lang: en
date: 2022-03-18
---

The mayor said on Monday that 130 jobs would be created at the new depot.
`,
  'ecoles.md': `---
id: ecoles
title: Les écoles du Bocage à rénover
lang: fr
date: 2022-03-18
---

Un rapport du ministère de l'Éducation indique qu'un tiers des 900 écoles de la région doivent être rénovées.
`,
});

const check = (text: string, lang: Lang) => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

/** Where the reported content holding the first figure of `text` starts, as the text from there. */
function reported(text: string, lang: Lang): string | undefined {
  const q = parseQuantities(text, lang)[0];
  const at = reportedContentStart(text, q, 0);
  return at === undefined ? undefined : text.slice(at);
}

describe('figures in a clause reported by a verb of saying', () => {
  it('finds the reported clause after the verb, its "that" or « que », and a few words between', () => {
    assert.equal(reported('The mayor said on Monday that 130 jobs would be created.', 'en'), '130 jobs would be created.');
    assert.equal(reported('The mayor said 130 jobs would be created.', 'en'), '130 jobs would be created.');
    assert.equal(reported('Le ministre a annoncé mardi que 240 médecins seraient recrutés.', 'fr'), '240 médecins seraient recrutés.');
    assert.equal(reported('The plant recalled 130 batches.', 'en'), undefined);
    assert.equal(reported('Le ministre a annoncé 240 recrutements.', 'fr'), undefined);
  });

  it('compares the figure with the source’s although the verbs of saying and their speakers differ (English claim, French source)', () => {
    const v = check('The health minister said 420 doctors would be hired in the region’s hospitals.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 240);
    assert.equal(check('The health minister said 240 doctors would be hired in the region’s hospitals.', 'en').label, 'supported');
  });

  it('reads a weekday before "that" as the time of saying, not as whom the figure is of (English claim, English source)', () => {
    const v = check('The mayor said that 310 jobs would be created at the new depot.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 130);
  });

  it('does not compare the figure of another fact reported the same way', () => {
    assert.notEqual(check('The mayor said 310 jobs would be lost at the depot.', 'en').label, 'contradicted');
  });

  it('reads who the fact is according to as its reporter, not as what governs its figure', () => {
    assert.equal(reported('According to the education ministry, half of the region’s schools must be renovated.', 'en'), 'half of the region’s schools must be renovated.');
    assert.equal(reported('Selon le préfet, 240 logements seront construits.', 'fr'), '240 logements seront construits.');
    assert.equal(reported('The ministry of 2019 rules, half of the schools.', 'en'), undefined);
    const v = check('According to the education ministry, half of the region’s 900 schools must be renovated.', 'en');
    assert.equal(v.label, 'contradicted');
    assert.equal(Math.round(v.conflict?.sourceQuantity?.value ?? 0), 33);
  });
});

describe('reportsClause', () => {
  it('reads a verb of reporting and the « que », "that" of the clause it reports', () => {
    assert.equal(reportsClause(' révèle que la '), true);
    assert.equal(reportsClause(' a rapporté mardi qu’'), true);
    assert.equal(reportsClause(' reports that the '), true);
    assert.equal(reportsClause(' said the '), true);
  });

  it('does not read a verb of the fact itself, nor « que » alone', () => {
    assert.equal(reportsClause(' a déposé une '), false);
    assert.equal(reportsClause(' ainsi que la '), false);
    assert.equal(reportsClause(' had lodged a '), false);
  });
});

describe('a speaker who claims or alleges a fact is not its holder', () => {
  const doping = indexOf({
    'doping.md': `---\nid: doping\ntitle: Doping row\nlang: en\ndate: 2004-12-03\n---\n\nBelgian official Paul Verdon claims the European indoor champion tested positive for ephedrine at an exhibition event in Ghent.\n`,
  });
  it('gives no fix writing the speaker’s name for the claim’s subject ("X claims the champion tested positive")', () => {
    const claim = 'Anna Pirot, the European indoor champion, tested positive for ephedrine at an exhibition event in Ghent.';
    assert.notEqual(checkClaim(claim, analyzeClaim(claim, 'en', doping.names), doping).label, 'contradicted');
    assert.equal(reportsClause(' claims the European indoor champion '), true);
    assert.equal(reportsClause(' alleges the club '), true);
  });
});

