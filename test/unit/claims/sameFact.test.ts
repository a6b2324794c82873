import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import type { Lang } from '../../../server/src/core/types';
import { indexOf } from './helpers';

/** Invented press articles, scraped as real ones are: sentences glued, thousands with dots. */
const press = indexOf({
  'usine.md': `---
id: usine
title: La tannerie de Vauclair sous surveillance
date: 2021-03-12
lang: fr
---

Fondée en 1931 sur les bords de l'Orne, la tannerie a déjà été en cause. En 2016, la société Tanneries Vauclair avait été condamnée à une amende de 7.000 euros.Les odeurs ressenties venaient des bassins de rétention, selon la préfecture.
`,
  'proces.md': `---
id: proces
title: Jugement dans l'affaire des marchés de Brévannes
date: 2020-11-06
lang: fr
---

Les juges n'ont en revanche pas retenu le délit de favoritisme qui visait Hugo Marchal.Déjà condamné en appel, Hugo Marchal a écopé de trois ans de prison ferme pour détournement, ce vendredi 6 novembre.
`,
  'bilan.md': `---
id: bilan
title: Inondations de la Vère : le bilan revu
date: 2022-02-10
lang: fr
---

Ce n'est plus 2.130 hectares de cultures qui ont été inondés dans la vallée de la Vère, classée zone à risque, mais près de 6.000. En effet, selon la préfecture, plus de 3.800 hectares ont été inondés sur la seule commune de Laval-sur-Vère.
`,
  'urgences.md': `---
id: urgences
title: Incendie de Bréval : 164 passages aux urgences
date: 2022-07-08
lang: fr
---

Cent soixante-quatre personnes se sont présentées aux urgences après l'incendie de l'entrepôt de Bréval. Sept d'entre elles ont été hospitalisées, selon l'agence régionale de santé.
`,
  'malaises.md': `---
id: malaises
title: Bréval : la ville sous les fumées
date: 2022-07-02
lang: fr
---

Au total 38 personnes ont consulté les médecins de Bréval jeudi à cause de l'incendie de l'entrepôt, dont trois, des enfants asthmatiques, ont été hospitalisés, a indiqué le Samu.
`,
  'additifs.md': `---
id: additifs
title: Les vernis de Corbeil
date: 2021-06-01
lang: fr
---

Une "catastrophe" ? Le président de Vernicor France, Louis Arnal, s'est inquiété de la fermeture du site de Corbeil. Selon son président, la société Vernicor fournit le quart des vernis marins vendus en Europe. Sur son capteur de Corbeil, l'agence Airparif a relevé un taux de toluène de 8,52 microgrammes par mètre cube d'air, contre 2,30 en moyenne.
`,
  'visite.md': `---
id: visite
title: Visite du chantier de la rocade
date: 2017-09-12
lang: fr
---

Le ministre des Transports Jean Vidal était également présent.
`,
  'rocade.md': `---
id: rocade
title: La rocade inaugurée
date: 2019-05-03
lang: fr
---

La mise en service avait été qualifiée d'"historique" par le ministre des Transports Marc Dufour lors de sa visite.
`,
  'papier.md': `---
id: papier
title: La papeterie de Vimy à l'arrêt
date: 2021-02-11
lang: fr
---

Le directeur de la papeterie de Vimy, Hugo Lenoir, s'est inquiété de la durée de la fermeture. "Nous ne pourrons pas rester à l'arrêt tout l'hiver", a-t-il affirmé. "Nos clients iront voir ailleurs", a-t-il ajouté. La papeterie est aussi un gros contributeur fiscal pour la ville. Elle emploie directement ou indirectement quelque 900 personnes, a remarqué le dirigeant.
`,
  'crue.md': `---
id: crue
title: La crue de l'Orne
date: 2021-01-28
lang: fr
---

La priorité des secours est de protéger les habitations encore épargnées, a déclaré jeudi Marc Oudin, responsable des pompiers du Calvados. "La priorité des priorités, ce sont les quartiers bas", a-t-il dit.Le préfet du Calvados Anne Ferrand a également évoqué un risque de coupure du pont de Caen. "On continue de surveiller la montée des eaux avec un risque de coupure du pont de Caen par débordement de l'Orne", a-t-elle déclaré.
`,
  'emplois.md': `---
id: emplois
title: La papeterie de Saint-Aulde menacée
date: 2021-05-04
lang: fr
---

La papeterie et ses 1.400 emplois générés est condamnée si elle ne relance pas la production rapidement, a estimé son directeur Alain Vidor.
`,
});

const business = indexOf({
  'trial.md': `---
id: trial
title: Norvale trial opens
lang: en
---

Former Norvale boss Ian Petrie is currently on trial, accused of overseeing a $4bn fraud. Mr Petrie, 61, has always insisted that he was unaware of any hidden losses in Norvale's accounts. Mr Hale, 44, pleaded guilty to fraud and agreed to help the case against Mr Petrie.

Keith Rowan will need the approval of the club's largest shareholders Lena Ortiz and Paul Brandt, who own 31.4% of the club. Mr Rowan owns 22.6%.

Ana Brill, 24, has won 12 national titles, four of which came on grass.

Under Mr Petrie's leadership, Norvale emerged from obscurity to become a $40bn shipping giant and the darling of investors.

The new offer by the 68-year-old owner of the Port Alder Mariners Canadian hockey team is led by his two daughters.
`,
});

const check = (text: string, lang: Lang = 'fr', index = press) => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('checkClaim: facts on scraped press text', () => {
  it('reads a sentence glued to the next one as a sentence of its own', () => {
    const v = check('En 2016, la société Tanneries Vauclair avait été condamnée à une amende de 7 000 euros.');
    assert.equal(v.label, 'supported');
    assert.equal(v.evidence[0].sentence.text, 'En 2016, la société Tanneries Vauclair avait été condamnée à une amende de 7.000 euros.');
  });

  it('dates a passage by the sentence glued to it', () => {
    const v = check('Le 6 novembre, les juges ont retenu le délit de favoritisme contre Hugo Marchal.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
  });

  it('reads no negation of the claim in a condition of the passage', () => {
    assert.equal(check('La papeterie génère 1 400 emplois.').label, 'supported');
    assert.equal(check('Alain Vidor a estimé que la papeterie générait 1 400 emplois.').label, 'supported');
  });

  it('reads a loose title (boss, « patron ») as any leading title of the same person', () => {
    assert.notEqual(check('Former Norvale chief executive Ian Petrie went on trial, accused of overseeing a $4bn fraud.', 'en', business).label, 'contradicted');
  });

  it('reads a name followed by a capitalised common word as the same name', () => {
    assert.equal(check('The 68-year-old owner of the Port Alder Mariners made a new offer.', 'en', business).label, 'supported');
  });

  it("compares a value with the value of the claim subject's fact, not another holder's", () => {
    const v = check('Mr Rowan owns 24.6% of the club.', 'en', business);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, '22.6%');
    assert.equal(check('Lena Ortiz and Paul Brandt own 31% of the club.', 'en', business).label, 'supported');
  });

  it('reads the value a passage gives in place of one it denies as stated (« ce n\'est plus X … mais Y »)', () => {
    const v = check('Selon la préfecture, près de 6 000 hectares de cultures ont été inondés dans la vallée de la Vère.');
    assert.equal(v.label, 'supported');
    assert.notEqual(check('Au total, près de 6 000 hectares de cultures ont été inondés dans la vallée de la Vère, et non 2 130.').label, 'contradicted');
  });

  it('counts « N d\'entre elles » and a number alone in its own clause as counts of the noun named before', () => {
    assert.equal(check("Sept personnes ont été hospitalisées après l'incendie de l'entrepôt de Bréval.").label, 'supported');
    assert.equal(check("Trois personnes ont été hospitalisées après l'incendie de l'entrepôt de Bréval.").label, 'supported');
    const v = check("Onze personnes ont été hospitalisées après l'incendie de l'entrepôt de Bréval, selon l'agence régionale de santé.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 7);
    assert.notEqual(check("Trente-huit personnes ont été hospitalisées après l'incendie de l'entrepôt de Bréval.").label, 'contradicted');
    // « Sept d'entre elles » counts the hospitalised, not those who came to the emergency room.
    const total = check("Cent soixante-quatre personnes se sont présentées aux urgences après l'incendie de l'entrepôt de Bréval.");
    assert.equal(total.label, 'supported');
  });

  it('compares fractions in words as shares and fixes one with the source\'s words', () => {
    assert.equal(check('Vernicor fournit le quart des vernis marins vendus en Europe.').label, 'supported');
    const v = check('Vernicor fournit la moitié des vernis marins vendus en Europe.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.raw, 'le quart');
  });

  it('compares the second value of a comparison with the source\'s second value', () => {
    assert.equal(check("À Corbeil, Airparif a relevé un taux de toluène de 8,52 microgrammes par mètre cube d'air, contre 2,30 en moyenne.").label, 'supported');
    const v = check("À Corbeil, Airparif a relevé un taux de toluène de 8,52 microgrammes par mètre cube d'air, contre 3,30 en moyenne.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 2.3);
  });

  it('reads a part of a count stated before it as no total ("12 titles, four of which")', () => {
    const v = check('Ana Brill, 24, has won 9 national titles, four of which came on grass.', 'en', business);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 12);
  });

  it('fixes no name in a slot that two people held, each named in full by a passage as close', () => {
    const v = check('Le ministre des Transports Paul Rey était également présent.');
    assert.notEqual(v.label, 'contradicted');
  });

  it('supports a title as predicate only where a passage gives the name that title', () => {
    assert.notEqual(check('Keith Rowan is the chairman of the Port Alder Mariners.', 'en', business).label, 'supported');
    assert.equal(check('Jean Vidal était ministre des Transports.').label, 'supported');
    // « Le président de Vernicor France, Louis Arnal, » : the title's words with the name, however the roles read.
    assert.equal(check('Louis Arnal est le président de Vernicor France.').label, 'supported');
  });

  it("compares a person's age with that person's age only", () => {
    const v = check("Mr Petrie, 64, has always insisted that he was unaware of any hidden losses in the company's accounts.", 'en', business);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 61);
    assert.notEqual(check('Mr Petrie is 44 years old.', 'en', business).label, 'supported');
    const w = check('Mr Petrie is 64 years old.', 'en', business);
    assert.ok(w.label !== 'contradicted' || w.conflict?.sourceQuantity?.value === 61);
  });

  it('finds whom a claim reports (« Selon X, … ») anywhere in the article', () => {
    assert.equal(check('Selon Hugo Lenoir, la papeterie de Vimy emploie directement ou indirectement quelque 900 personnes.').label, 'supported');
  });

  it('reads verbs of becoming as light ("grew into a $50bn giant" and "to become a $40bn giant")', () => {
    const v = check('Under Mr Petrie, Norvale grew into a $50bn shipping giant.', 'en', business);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 40e9);
    assert.equal(check('Under Mr Petrie, Norvale grew into a $40bn shipping giant.', 'en', business).label, 'supported');
  });

  it('fixes the name where the passage that states the claim gives its title to someone else', () => {
    const v = check("Le préfet du Calvados, Marc Oudin, a évoqué un risque de coupure du pont de Caen par débordement de l'Orne.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Anne Ferrand');
  });

  it('never reads a share as the rise a claim states ("45% of all gas" is no "45% more")', () => {
    const gas = indexOf({
      'gas.md': '---\nid: gas\ntitle: Gas deal\nlang: en\n---\n\nVarnia has agreed to pay 30% more for natural gas supplied by Zembla. The deal was sealed three days after Zembla cut off gas supplies in a price dispute. Supplies from Zembla account for 45% of all natural gas imported by Varnia, which has large coal deposits but no gas fields.\n',
    });
    const v = check('Varnia agreed to pay 45% more for gas.', 'en', gas);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.value, 30);
    assert.equal(check('Zembla supplies 45% of the natural gas Varnia imports.', 'en', gas).label, 'supported');
  });
});

