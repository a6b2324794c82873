import assert from 'node:assert/strict';
import { analyzeClaim } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../../../server/src/core/claims/checkClaim';
import { indexOf } from './helpers';
import { forAnotherCause, namePhraseStart, otherBodyNamed, othersNamedAsSubjectBefore, otherTimeSlot, reportedContentStated, slotWithDescriptor, slotWithPlaceNoun, withoutDateBeforeLink } from '../../../server/src/core/claims/slots';
import { parseQuantities } from '../../../server/src/core/text/quantities';
import { roleMentions } from '../../../server/src/core/claims/roles';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../../server/src/core/claims/findings';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';

/**
 * Invented press articles (English and French) where one sentence holds values, names and roles of several
 * facts: a claim may only be compared with its own fact's value, name or role.
 */
const index = indexOf({
  'trial.md': `---
id: trial
title: Harbourline trial opens in Leeds
lang: en
---

Former Harbourline chief Tom Avery is on trial for fraud. The prosecution's star witness, former Harbourline finance chief Rachel Moss, said Mr Avery ordered the changes. Mr Avery could face a jail sentence of 40 years if convicted of all the charges. Quillon paid above the auction start price of 120bn roubles. Tim Crane, a director of Northgate Holdings, said the time for warnings was over. Kestrel shares jumped in Leeds, climbing as much as 30% before being suspended. The second-largest US ferry operator filed for bankruptcy in 2003. Mara Quist said she was thrilled by the fourth Oscar nomination of her career.

Shares in Leeds Rovers rose on Monday after a new offer from Dan Pike. The board will meet this week. Fans protested outside the ground. A spokesman declined to comment. Mr Pike's latest move is led by his sons. A proposal was received by the board of Rovers last week, pitched at about 300p a share.

Kestrel Bank shares closed at 120p on Friday, down 4p on the day.

"I'd like Rovers to win, but their chances are not that great," said Mr Gant, who predicted a second title for Leeds Rovers.

Kestrel Bank was sold in June 2004 to a group of investors. Mr Vance returned to the Ortolan group, which owns 40% of Brightwater. The other main shareholders of Brightwater are the Danish state (15%), which backs the plan, and Norway's Fjell Capital (30%).

A sale of the Quillon works could fetch twice the price, said Lena Pell of the Harbour Institute. A resale of the Quillon works could potentially triple the price, according to the Harbour Institute's Ms Pell.
`,
  'proces.md': `---
id: proces
title: Procès de l'incendie de Varennes
lang: fr
date: 2019-03-04
---

Le frère du prévenu a été condamné lundi 4 mars par le tribunal correctionnel de la ville, a considéré le président du tribunal, Paul Girard, rappelant que le prévenu avait attendu les policiers. Le préfet de la Sarthe Jean Morel a demandé l'évacuation du quartier. Il bénéficiait d'un régime de semi-liberté au centre de Tarnos. Les déchets de l'usine Varennes sont évacués vers Sandouville, près du Havre. Le directeur général de la police nationale, Henri Faure, avait critiqué la collecte. Cet homme de 44 ans est inculpé pour avoir frappé Marc Lenoir, un commerçant de 46 ans, devant la mairie de Varennes. La peine de Luc Vidal, inférieure aux réquisitions du parquet, est assortie d'une mise à l'épreuve. Il faut tenir le délai d'une reconstruction en cinq ans de l'église de Varennes, comme le souhaite le maire Paul Roux. La collecte devait durer 45 jours selon les règles de la plateforme Kivo. En 2016, le Conseil d'État avait rendu une décision autorisant un maire à refuser la vente d'un moulin communal, pour prévenir notamment des troubles.

Deux cent vingt-quatre personnes se sont présentées aux urgences de Varennes après l'explosion de la cuve. Huit d'entre elles ont été hospitalisées. Un panache de fumée de 22 kilomètres de long s'était formé au-dessus de la cuve.

La scierie Morvan a été vendue en juin 2004 à un groupe d'investisseurs de la région.
`,
});
const check = (text: string, lang: 'fr' | 'en' = 'fr') => checkClaim(text, analyzeClaim(text, lang, index.names), index);

describe('claims: the subject of a value', () => {
  it('does not compare a value of one person with the value of another person named as the subject', () => {
    assert.notEqual(check('Rachel Moss faces up to 25 years in prison.', 'en').label, 'contradicted');
  });

  it('still contradicts a value of the same subject', () => {
    assert.equal(check('Mr Avery could face a jail sentence of 60 years if convicted of all the charges.', 'en').label, 'contradicted');
  });

  it('reads a sum in roubles as a unit of measure, not the noun of a fact', () => {
    assert.notEqual(check('Quillon had a registered capital of 10,000 roubles.', 'en').label, 'contradicted');
  });
});

describe('claims: another name in the same slot', () => {
  it('contradicts a place in the slot of the source place, the subject being named a sentence back', () => {
    const verdict = check("Jean Morel bénéficiait d'un régime de semi-liberté au centre de Dax.");
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.kind, 'attribution');
    assert.equal(verdict.conflict?.sourceName, 'Tarnos');
  });

  it('gives no name to write when the source writes its name with an article of its own (« près du Havre »)', () => {
    const verdict = check("Les déchets de l'usine Varennes sont évacués vers Sandouville, près de Dieppe.");
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, undefined);
    assert.equal(verdict.conflict?.sourceText, 'du Havre');
  });
});

describe('claims: whom a claim reports', () => {
  it('takes a full name for the title and surname the passage writes, when the article names that person in full', () => {
    const verdict = check('A resale of the Quillon works could potentially triple the price, according to Lena Pell.', 'en');
    assert.notEqual(verdict.label, 'contradicted');
  });

  it('still contradicts a name the article never writes in full for that surname', () => {
    const verdict = check('A resale of the Quillon works could potentially triple the price, according to Tom Pell.', 'en');
    assert.notEqual(verdict.label, 'supported');
  });
});

describe('claims: a value written as another holder’s', () => {
  it('is not the claim subject’s value: in parentheses after another name, or after a relative pronoun', () => {
    assert.notEqual(check('The Danish state holds 30% of Brightwater.', 'en').label, 'supported');
    assert.notEqual(check('Fjell Capital holds 15% of Brightwater.', 'en').label, 'supported');
    assert.notEqual(check('The Danish state owns 40% of Brightwater.', 'en').label, 'supported');
  });

  it('is the value of its own holder, named as the claim’s subject or right before the value', () => {
    assert.equal(check('The Danish state holds 15% of Brightwater.', 'en').label, 'supported');
    assert.equal(check('Fjell Capital holds 30% of Brightwater.', 'en').label, 'supported');
    assert.equal(check('The Danish state holds 15% of Brightwater and Fjell Capital 30%.', 'en').label, 'supported');
    assert.notEqual(check('Fjell Capital holds 15% of Brightwater and the Danish state 30%.', 'en').label, 'supported');
  });
});

describe('claims: a count after another holder’s possessive', () => {
  const parties = indexOf({
    'party.md': `---
id: party
title: Tarn walks out
lang: en
---

He was joined in the new party by one of the Greens' two county councillors, Ada Leith, who is now Kelvar's deputy leader. The Greens' 12,000 members elected a new leader last year.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'en', parties.names), parties);

  it('is that holder’s: it neither contradicts nor supports another subject’s count', () => {
    assert.notEqual(on('Kelvar already has about 2,000 members.').label, 'contradicted');
    assert.notEqual(on('Kelvar already has 12,000 members.').label, 'supported');
  });

  it('is the claim’s when the claim names that holder', () => {
    assert.equal(on('The Greens have 12,000 members.').label, 'supported');
    assert.equal(on('The Greens have 15,000 members.').label, 'contradicted');
  });
});

describe('claims: a month is no name in a slot', () => {
  it('never writes another month and its year over a month alone', () => {
    const verdict = check('Kestrel Bank was sold in July 2004.', 'en');
    assert.notEqual(verdict.label, 'supported');
    assert.equal(verdict.conflict?.sourceName, undefined);
  });

  it('dates a year by its month: a passage with the year and another month, or none, does not state it', () => {
    assert.equal(check('Kestrel Bank was sold in June 2004.', 'en').label, 'supported');
    assert.notEqual(check('Kestrel Bank was sold in May 2004.', 'en').label, 'supported');
    assert.equal(check('La scierie Morvan a été vendue en juin 2004.').label, 'supported');
    assert.notEqual(check('La scierie Morvan a été vendue en mai 2004.').label, 'supported');
  });
});

describe('claims: roles', () => {
  it('contradicts another title given to the name in the passage that states the claim, fixed with the source title', () => {
    const claim = 'Paul Girard, procureur du tribunal, a rappelé que le prévenu avait attendu les policiers.';
    const verdict = check(claim);
    assert.equal(verdict.label, 'contradicted');
    // Both end at a word: the fix keeps the space after it.
    assert.equal(verdict.conflict?.sourceName, 'président du');
    assert.equal(claim.slice(verdict.conflict!.claimStart, verdict.conflict!.claimEnd), 'procureur du');
  });

  it('contradicts another body for the same title told in common words', () => {
    const verdict = check('Le directeur général de la gendarmerie nationale, Henri Faure, avait critiqué la collecte.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'de la police nationale');
  });

  it('contradicts another name in the same title and body, fixed with the source name', () => {
    const verdict = check('Le préfet de la Sarthe, Luc Bernier, a demandé l’évacuation du quartier.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'Jean Morel');
  });

  it('contradicts another English title for the same body', () => {
    const claim = 'Tim Crane, a lawyer for Northgate Holdings, said the time for warnings was over.';
    const verdict = check(claim, 'en');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'director of');
    assert.equal(claim.slice(verdict.conflict!.claimStart, verdict.conflict!.claimEnd), 'lawyer for');
  });

  it('does not contradict a body written as a name (it may be an alias of the same body), and supports the same title', () => {
    assert.notEqual(check('Le président de Varennes, Paul Girard, a rappelé que le prévenu avait attendu les policiers.').label, 'contradicted');
    assert.equal(check('Le président du tribunal, Paul Girard, a rappelé que le prévenu avait attendu les policiers.').label, 'supported');
  });
});

describe('claims: opposite words', () => {
  it('contradicts the opposite comparative (« supérieure » for « inférieure »)', () => {
    assert.equal(check('La peine de Luc Vidal est supérieure aux réquisitions du parquet.').label, 'contradicted');
  });

  it('contradicts English opposite verbs, two of them saying one opposition ("fell … dropping" for "jumped … climbing")', () => {
    assert.equal(check('Kestrel shares fell in Leeds, dropping as much as 30% before being suspended.', 'en').label, 'contradicted');
    assert.equal(check('Kestrel shares jumped in Leeds, climbing as much as 30% before being suspended.', 'en').label, 'supported');
  });
});

describe('claims: ordinals', () => {
  it('reads "US" as a country, not the pronoun: the sentence is a claim', () => {
    assert.notEqual(check('Harbourline was the second-largest US ferry operator.', 'en').label, 'none');
  });

  it('contradicts another rank of the same thing in the passage that states the claim, fixed with the source ordinal', () => {
    const verdict = check('The third-largest US ferry operator filed for bankruptcy in 2003.', 'en');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'second');
  });

  it('does not compare a rank the source gives someone else', () => {
    assert.notEqual(check('Tom Avery received his first Oscar nomination.', 'en').label, 'contradicted');
  });
});

describe('claims: durations', () => {
  it('contradicts a duration in another unit of time, fixed with the source figure and unit', () => {
    const verdict = check('La collecte devait durer 45 semaines selon les règles de la plateforme Kivo.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '45 jours');
  });

  it('aligns a verb with its noun of the same family (« reconstruite », « reconstruction »)', () => {
    assert.equal(check("Paul Roux souhaite que l'église de Varennes soit reconstruite en cinq mois.").label, 'contradicted');
    assert.equal(check("Paul Roux souhaite que l'église de Varennes soit reconstruite en cinq ans.").label, 'supported');
  });
});

describe('claims: fronted times', () => {
  it('compares a year written first in the claim and in the source (« En 2014, … » and « En 2016, … »)', () => {
    const verdict = check('En 2014, le Conseil d’État avait autorisé un maire à refuser la vente d’un moulin dans un village communal.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '2016');
    assert.equal(check('En 2016, le Conseil d’État avait autorisé un maire à refuser la vente d’un moulin communal.').label, 'supported');
  });
});

describe('claims: names written short', () => {
  it('finds a name the passage writes short when the article writes it whole ("Rovers" for "Leeds Rovers")', () => {
    const verdict = check("Dan Pike's proposal to the Leeds Rovers board was pitched at about 350p a share.", 'en');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, '300p');
  });
});

describe('claims: facts of consecutive sentences, units written short', () => {
  it('supports a claim that joins the figures of two consecutive sentences', () => {
    assert.equal(check("Après l'explosion de la cuve, 224 personnes se sont présentées aux urgences de Varennes et 8 d'entre elles ont été hospitalisées.").label, 'supported');
  });

  it('reads « km » as « kilomètres »', () => {
    assert.equal(check('Le panache de fumée formé au-dessus de la cuve faisait 22 km de long.').label, 'supported');
    assert.equal(check('Le panache de fumée formé au-dessus de la cuve faisait 12 km de long.').label, 'contradicted');
  });
});

describe('claims: the direction of a change', () => {
  it('contradicts the same change the other way ("up 4p" where the source says "down 4p"), with no value to fix', () => {
    const verdict = check('Kestrel Bank shares closed at 120p on Friday, up 4p on the day.', 'en');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.kind, 'negation');
    assert.equal(check('Kestrel Bank shares closed at 120p on Friday, down 4p on the day.', 'en').label, 'supported');
  });
});

describe('claims: titles of general vocabulary', () => {
  it('reads « garde des Sceaux » as the minister of Justice', () => {
    const local = indexOf({ 'j.md': `---\nid: j\ntitle: Justice\nlang: fr\n---\n\nLa ministre de la Justice Anne Roux a estimé « choquant » que le maire de Varennes reste en fonctions.\n` });
    const text = 'La garde des Sceaux Anne Roux a trouvé choquant que le maire de Varennes reste en fonctions.';
    assert.equal(checkClaim(text, analyzeClaim(text, 'fr', local.names), local).label, 'supported');
  });
});

describe('claims: collective numerals', () => {
  it('fixes a collective numeral with the source’s expression, not a figure in its place', () => {
    const local = indexOf({ 'c.md': `---\nid: c\ntitle: Tirs\nlang: fr\n---\n\nLe tireur de Varennes a tiré 40 coups de feu sur la mairie.\n` });
    const text = 'Le tireur de Varennes a tiré une quinzaine de coups de feu sur la mairie.';
    const results = checkDraft(parseMarkdown(`${text}\n`), local, { language: 'auto' })!;
    const finding = findingsOf(results, local).find((f) => f.code === 'contradicted-claim');
    assert.equal(finding?.fixes[0]?.newText, '40 coups');
    assert.equal(text.slice(finding!.fixes[0].span.start, finding!.fixes[0].span.end), 'une quinzaine de coups');
  });
});

describe('claims: people mixed up', () => {
  it('contradicts another title for the name where the corpus gives the claim’s title to someone else, with no fix (the name or the title may be wrong)', () => {
    const local = indexOf({
      'b.md': `---\nid: b\ntitle: Kestrel\nlang: en\n---\n\nInvestors want to replace Kestrel's chairman Rolf Baum and chief executive Ada Voss. Ada Voss met the board on Monday to discuss the bid.\n`,
    });
    const text = 'Ada Voss is the chairman of Kestrel.';
    const verdict = checkClaim(text, analyzeClaim(text, 'en', local.names), local);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceText, 'chief executive');
    assert.equal(verdict.conflict?.sourceName, undefined);
    const truth = 'Rolf Baum is the chairman of Kestrel.';
    assert.notEqual(checkClaim(truth, analyzeClaim(truth, 'en', local.names), local).label, 'contradicted');
  });
});

describe('claims: negation clause by clause', () => {
  it('supports a claim of several clauses, one negated, by the passage that states it word for word', () => {
    assert.equal(check('"I\'d like Rovers to win, but their chances are not that great," said Mr Gant, who predicted a second title for Leeds Rovers.', 'en').label, 'supported');
  });
});

describe('claims: one value per fact', () => {
  it('never fixes a value to another value that the claim itself states', () => {
    const verdict = check('Cet homme de 66 ans est inculpé pour avoir frappé Marc Lenoir, un commerçant de 46 ans, devant la mairie de Varennes.');
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceQuantity?.value, 44);
  });
});

describe('claims: relative times', () => {
  it('does not compare a time relative to an event with one in another unit (either may place another fact)', () => {
    const local = indexOf({ 'r.md': `---\nid: r\ntitle: Varennes\nlang: fr\n---\n\nDeux jours après le premier tour à Varennes, la participation était de 40 %.\n` });
    const text = 'Trois mois après le premier tour à Varennes, la participation était de 40 %.';
    assert.notEqual(checkClaim(text, analyzeClaim(text, 'fr', local.names), local).label, 'contradicted');
  });
});

describe('claims: the opposite in the next sentence', () => {
  it('contradicts a claim that the article’s next sentence states the other way, as fully as the one before', () => {
    const local = indexOf({
      'v.md': `---\nid: v\ntitle: Expertise à Tulle\nlang: fr\n---\n\nLe tribunal de Tulle a nommé vendredi un expert. « La société Vidal ne s'est pas opposée à la désignation », a précisé la juridiction.\n`,
    });
    const text = 'La société Vidal s’est opposée à la désignation d’un expert par le tribunal de Tulle.';
    assert.equal(checkClaim(text, analyzeClaim(text, 'fr', local.names), local).label, 'contradicted');
    const truth = 'La société Vidal ne s’est pas opposée à la désignation d’un expert par le tribunal de Tulle.';
    assert.notEqual(checkClaim(truth, analyzeClaim(truth, 'fr', local.names), local).label, 'contradicted');
  });
});

describe('claims: a subject named by description', () => {
  it('compares a value whose source subject is a description naming another entity after « of »', () => {
    const local = indexOf({ 'h.md': `---\nid: h\ntitle: Hollis sues\nlang: en\n---\n\nThe majority owner of Kestrel Bank has sued the government for $28bn. Group Hollis, which controls 51% of Kestrel Bank, says the sale was illegal.\n` });
    const text = 'Group Hollis has sued the government for $23bn.';
    assert.equal(checkClaim(text, analyzeClaim(text, 'en', local.names), local).label, 'contradicted');
  });
});

/** Invented articles where names share a slot with other names: first names, associations, a preposition alone. */
const names = indexOf({
  'centrale.md': `---
id: centrale
title: La centrale de Valmont fermera
lang: fr
---

"Valmont ne fermera pas", a lancé M. Jacquet lors d'une réunion publique.

Par ailleurs, "il faut qu'on ferme les centrales à charbon en 2022", a souligné Paul Renard, assurant que le gouvernement tiendra cet objectif.

"Qui osera encore prétendre qu'elle est sûre ?" s'est interrogé Marc Hatz, le président de l'association Stop Valmont, moquant une centrale "grabataire".

La ministre Claire Borne a ensuite rencontré des commerçants de Valmont, près de la frontière avec l'Allemagne.

Le 9 avril 2017, le décret autorisant la fermeture de Valmont est publié au JO.
`,
});
const checkNames = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', names.names), names);
const fixesOf = (text: string) => {
  const results = checkDraft(parseMarkdown(`${text}\n`), names, { language: 'fr' })!;
  return findingsOf(results, names).flatMap((f) => f.fixes.map((x) => text.slice(0, x.span.start) + x.newText + text.slice(x.span.end)));
};

describe('claims: a name in its slot', () => {
  it('reads a first name as part of the name, never as the slot of another name; a title before the name stands for the first name', () => {
    assert.equal(checkNames('Paul Jacquet a affirmé que Valmont ne fermera pas.').label, 'supported');
  });

  it('finds a name the passage writes by its initials (« Journal officiel », « JO »)', () => {
    const v = checkNames('Le décret autorisant la fermeture de Valmont a été publié au Journal officiel le 9 avril 2018.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceQuantity?.date?.year, 2017);
  });

  it('replaces the whole name of an association, the words that end it included', () => {
    assert.deepEqual(fixesOf('Marc Hatz, président de l’association Sortir du nucléaire, a moqué une centrale « grabataire ».'), [
      'Marc Hatz, président de l’association Stop Valmont, a moqué une centrale « grabataire ».',
    ]);
  });

  it('takes no preposition alone for a slot (« avec »)', () => {
    assert.notEqual(checkNames('Claire Borne a rencontré des commerçants de Valmont avec Louis Macron.').label, 'contradicted');
  });
});

describe('claims: a role whose title another name holds', () => {
  const lawyers = indexOf({
    'a.md': `---
id: a
title: "Accident de Vernes : une avocate demande la mise en examen du médecin de la conductrice"
lang: fr
date: 2019-04-04
---

Une avocate de familles endeuillées par l'accident de Vernes a souhaité jeudi la mise en examen du médecin traitant de la conductrice pour administration abusive d'un somnifère. Maître Anne Sol a indiqué avoir demandé au juge d'instruction d'élargir l'information au médecin.

Me Paul Roy, l'avocat de la conductrice -mise en examen pour "homicides involontaires"- a dénoncé une manipulation.
`,
    'b.md': `---
id: b
title: Accident de Vernes, l'enquête
lang: fr
date: 2019-02-04
---

Selon l'avocate de certaines familles de victimes, Me Anne Sol, un audit interne indique que le passage à niveau de Vernes fonctionnait bien.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', lawyers.names), lawyers);

  it('is contradicted without a fix: the name or the title may be the wrong one', () => {
    const v = on('Me Paul Roy, avocat de familles de victimes, a demandé la mise en examen du médecin traitant de la conductrice.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, undefined);
  });

  it('keeps the fix of a title nobody else holds', () => {
    const v = on('Me Paul Roy, avocat de la gérante, a dénoncé une manipulation.');
    assert.ok(v.label !== 'contradicted' || v.conflict?.sourceName === 'de la conductrice', JSON.stringify(v.conflict));
  });
});

describe('claims: a name in its slot with a descriptor between', () => {
  const awards = indexOf({
    'awards.md': `---
id: awards
title: Nora Bell wins at the Lisle film awards
lang: en
---

Nora Bell picked up best actress for playing jazz singer Edith Marlow in Blue Hour. Her co-star Dan Ivers was nominated for playing the husband of Edith Marlow.
`,
    'dons.md': `---
id: dons
title: Les dons pour la fondation Artois
lang: fr
---

La famille Morand, qui possède le groupe de cosmétiques Velia, a promis 20 millions d'euros à la fondation Artois.
`,
  });
  const checkIn = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, awards.names), awards);

  it('reads the slot through a descriptor (« le groupe de cosmétiques Velia », "playing jazz singer Edith Marlow")', () => {
    assert.ok(slotWithDescriptor('for playing soul star Ray Charles', 'for playing soul star '.length, 'playing'));
    assert.ok(slotWithDescriptor('qui possède le groupe de luxe Velia', 'qui possède le groupe de luxe '.length, 'groupe'));
    assert.ok(slotWithDescriptor('à la demande de la préfecture de la région Normandie', 'à la demande de la préfecture de la région '.length, 'prefecture de'));
  });

  it('reads no slot through a descriptor that ends with a link, joins names, holds a figure or crosses a comma', () => {
    assert.ok(!slotWithDescriptor('for playing the husband of Edith Marlow', 'for playing the husband of '.length, 'playing'));
    assert.ok(!slotWithDescriptor('for playing Tom and Edith Marlow', 'for playing Tom and '.length, 'playing'));
    assert.ok(!slotWithDescriptor('le groupe a racheté 20 % de Velia', 'le groupe a racheté 20 % de '.length, 'groupe'));
    assert.ok(!slotWithDescriptor('le groupe, puis Velia', 'le groupe, puis '.length, 'groupe'));
  });

  it('gives the name phrase a name word belongs to', () => {
    assert.equal(namePhraseStart('for playing soul star Ray Charles in Ray', 'for playing soul star Ray '.length), 'for playing soul star '.length);
  });

  it('contradicts another name in the slot the passage fills through a descriptor, fixed with the source name', () => {
    const person = checkIn('Nora Bell won the best actress award for playing Lena Cray in Blue Hour.', 'en');
    assert.equal(person.label, 'contradicted');
    assert.equal(person.conflict?.sourceName, 'Edith Marlow');
    const group = checkIn("La famille Morand, qui possède le groupe Corvane, a promis 20 millions d'euros à la fondation Artois.", 'fr');
    assert.equal(group.label, 'contradicted');
    assert.equal(group.conflict?.sourceName, 'Velia');
  });

  it('supports the name in its slot, and writes no name that a descriptor puts in another slot', () => {
    assert.equal(checkIn("La famille Morand, qui possède le groupe Velia, a promis 20 millions d'euros à la fondation Artois.", 'fr').label, 'supported');
    const husband = checkIn('Dan Ivers was nominated for playing Lena Cray.', 'en');
    assert.notEqual(husband.label, 'supported');
    assert.notEqual(husband.conflict?.sourceName, 'Edith Marlow');
  });
});

describe('claims: the same title at another body', () => {
  const bodies = indexOf({
    'agence.md': `---
id: agence
title: Conférence de presse à Rennes
lang: fr
---

« La situation est maîtrisée », a déclaré Claire Vasseur, directrice générale de l'ARS de Bretagne, lors d'une conférence de presse mardi. Marc Guérin, l'ancien président de Kaleo, a été élu mardi à la tête du club de Vannes.
`,
    'rapport.md': `---
id: rapport
title: Les rapports annuels
lang: fr
---

L'agence Santé Ouest publie chaque année un rapport sur les hôpitaux. Le chantier naval Navira a livré deux bateaux.
`,
  });
  const checkIn = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', bodies.names), bodies);

  it('contradicts the claim’s body written as a name where the passage gives the same person the same title at another, fixed with the source’s body', () => {
    const claim = 'Claire Vasseur, directrice générale de Santé Ouest, a déclaré que la situation était maîtrisée lors de la conférence de presse.';
    const verdict = checkIn(claim);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(claim.slice(verdict.conflict!.claimStart, verdict.conflict!.claimEnd), 'de Santé Ouest');
    assert.equal(verdict.conflict?.sourceName, "de l'ARS de Bretagne");
  });

  it('does not contradict a body written as the other’s acronym, nor a title the passage sets in another time (« l’ancien président de »)', () => {
    assert.notEqual(checkIn("Claire Vasseur, directrice générale de l'Agence Régionale de Santé, a déclaré que la situation était maîtrisée lors de la conférence de presse.").label, 'contradicted');
    assert.notEqual(checkIn('Marc Guérin, président de Navira, a été élu mardi à la tête du club de Vannes.').label, 'contradicted');
  });

  it('writes no body where the corpus gives the claim’s title at the claim’s body to someone else (the name may be what is wrong)', () => {
    const held = indexOf({
      'agence.md': `---
id: agence
title: Conférence de presse à Rennes
lang: fr
---

« La situation est maîtrisée », a déclaré Claire Vasseur, directrice générale de l'ARS de Bretagne, lors d'une conférence de presse mardi.
`,
      'rapport.md': `---
id: rapport
title: Le rapport de Santé Ouest
lang: fr
---

Anne Ricard, directrice générale de Santé Ouest, a présenté le rapport annuel sur les hôpitaux.
`,
    });
    const claim = 'Claire Vasseur, directrice générale de Santé Ouest, a déclaré que la situation était maîtrisée lors de la conférence de presse.';
    const verdict = checkClaim(claim, analyzeClaim(claim, 'fr', held.names), held);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, undefined);
  });

  it('reads the body in a sentence next to the passage that states the claim (« …, selon la ministre de la Mer X »)', () => {
    const next = indexOf({
      'maree.md': `---
id: maree
title: Marée noire à Lorient
lang: fr
---

Environ 2.000 pêcheurs ont été touchés par la marée noire, selon la ministre de la Mer Anne Kerguen. Le préjudice des pêcheurs est estimé à 12 millions d'euros.
`,
      'chiffres.md': `---
id: chiffres
title: Les chiffres du ministère
lang: fr
---

Le ministère de l'Agriculture publie chaque année ses chiffres.
`,
    });
    const claim = "La ministre de l'Agriculture Anne Kerguen a estimé le préjudice des pêcheurs à 12 millions d'euros.";
    const verdict = checkClaim(claim, analyzeClaim(claim, 'fr', next.names), next);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(claim.slice(verdict.conflict!.claimStart, verdict.conflict!.claimEnd), "de l'Agriculture");
    assert.equal(verdict.conflict?.sourceName, 'de la Mer');
  });

  it('reads the guards one by one: acronym, shared name word, former title, body named in the article', () => {
    const claim = 'Claire Vasseur, directrice générale de Santé Ouest, a dit';
    const [c] = roleMentions(claim, 'fr');
    const source = (text: string) => roleMentions(text, 'fr')[0];
    const isName = () => true;
    const never = () => false;
    const s = "Claire Vasseur, directrice générale de l'ARS de Bretagne, a dit";
    assert.ok(otherBodyNamed(c, source(s), { claim, source: s }, isName, never));
    assert.ok(!otherBodyNamed(c, source(s), { claim, source: s }, isName, (norm) => norm === 'ouest'));
    const acronym = "Claire Vasseur, directrice générale de l'SPO, a dit";
    const long = 'Claire Vasseur, directrice générale de Santé Publique Ouest, a dit';
    assert.ok(!otherBodyNamed(roleMentions(long, 'fr')[0], source(acronym), { claim: long, source: acronym }, isName, never));
    const shared = 'Claire Vasseur, directrice générale de Santé Bretagne, a dit';
    assert.ok(!otherBodyNamed(c, source(shared), { claim, source: shared }, isName, never));
    const former = "Claire Vasseur, l'ancienne directrice générale de l'ARS de Bretagne, a dit";
    assert.ok(!otherBodyNamed(c, source(former), { claim, source: former }, isName, never));
    assert.ok(otherTimeSlot('président de Navira', 'président de '.length, "l'ancien président de Kaleo", "l'ancien président de ".length));
    assert.ok(!otherTimeSlot("l'ex-président de Navira", "l'ex-président de ".length, "l'ancien président de Kaleo", "l'ancien président de ".length));
    assert.ok(!otherTimeSlot('président de Navira', 'président de '.length, 'président de Kaleo', 'président de '.length));
  });
});

describe('claims: a claim with one name', () => {
  const site = indexOf({
    'site.md': `---
id: site
title: Fermeture du site de Sornac
lang: fr
---

Le site a été fermé le 14 mars dernier, à la demande de la préfecture de Limoges.
`,
  });
  const checkCited = (text: string, cited: string[]) => checkClaim(text, analyzeClaim(text, 'fr', site.names), site, { cited });

  it('is contradicted by another name in its slot in the document it cites, fixed with the source name', () => {
    const verdict = checkCited('Le site a été fermé le 14 mars dernier, à la demande de la préfecture de Brive.', ['site']);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'Limoges');
  });

  it('is not contradicted by a passage of a document it does not cite that states none of its values: the same words may tell another story’s fact', () => {
    assert.notEqual(checkCited('Le site a été fermé à la demande de la préfecture de Brive.', []).label, 'contradicted');
  });

  it('is contradicted by a passage of a document it does not cite that states its day: the day ties the passage to its fact', () => {
    const verdict = checkCited('Le site a été fermé le 14 mars dernier, à la demande de la préfecture de Brive.', []);
    assert.equal(verdict.label, 'contradicted');
    assert.equal(verdict.conflict?.sourceName, 'Limoges');
  });
});

describe('claims: a value told for another cause', () => {
  const court = indexOf({
    'tellier.md': `---
id: tellier
title: Marc Tellier de nouveau condamné
lang: fr
---

Déjà incarcéré après sa condamnation pour vol, Marc Tellier a été condamné à 3 ans de prison ferme pour escroquerie, ce lundi 4 mars.
`,
    'avery.md': `---
id: avery
title: Tom Avery sentenced again
lang: en
---

Already jailed after his conviction for theft, Tom Avery was sentenced to 3 years in prison for fraud on Monday.
`,
  });
  const checkIn = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, court.names), court);

  it('does not take the value the passage gives for another cause as the claim’s (« pour escroquerie » for a claim « Pour vol »)', () => {
    assert.notEqual(checkIn('Pour vol, Marc Tellier a été condamné à trois ans de prison ferme.', 'fr').label, 'supported');
    assert.notEqual(checkIn('For theft, Tom Avery was sentenced to three years in prison.', 'en').label, 'supported');
  });

  it('takes it for its own cause, and for a claim that says none', () => {
    assert.equal(checkIn('Pour escroquerie, Marc Tellier a été condamné à trois ans de prison ferme.', 'fr').label, 'supported');
    assert.equal(checkIn('Tom Avery was sentenced to three years in prison for fraud.', 'en').label, 'supported');
    assert.equal(checkIn('Marc Tellier a été condamné à trois ans de prison ferme.', 'fr').label, 'supported');
  });

  it('reads no cause in a value after « pour » / "for" ("for five years")', () => {
    const claim = { text: 'For theft, he was jailed for 5 years.', quantities: parseQuantities('For theft, he was jailed for 5 years.', 'en'), lang: 'en' as const };
    const sourceText = 'Jailed for theft, he served 5 years for fraud.';
    const source = { text: sourceText, quantities: parseQuantities(sourceText, 'en'), lang: 'en' as const };
    assert.ok(forAnotherCause(claim, source, source.quantities.find((q) => q.value === 5)!));
    const plain = 'He was jailed for theft and served 5 years.';
    const other = { text: plain, quantities: parseQuantities(plain, 'en'), lang: 'en' as const };
    assert.ok(!forAnotherCause(claim, other, other.quantities.find((q) => q.value === 5)!));
  });
});

describe('claims: a name in a slot after a preposition', () => {
  const tennis = indexOf({
    't.md': `---
id: t
title: Lindqvist fights back to reach final
lang: en
---

Lindqvist fought back from a set down to thrill the home crowd. He is aiming to be the first Swedish winner since Olle Berg in 1979. Lindqvist is the first Swede to make the final since Per Aron lost to Karl Mott in 1991.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'en', tennis.names), tennis);

  it('is placed by the content word before the preposition ("winner since"), and another name there contradicts', () => {
    const v = on('Lindqvist was aiming to be the first Swedish winner since Per Aron in 1979.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Olle Berg');
    assert.equal(on('Lindqvist was aiming to be the first Swedish winner since Olle Berg in 1979.').label, 'supported');
  });
});

describe('claims: what a reported claim says', () => {
  const reports = indexOf({
    'enquete.md': `---
id: enquete
title: Incendie de l'entrepôt de Varades
lang: fr
---

Le procureur de Nantes Paul Girard a annoncé l'ouverture d'une enquête après l'incendie de Varades. Selon les pompiers, le feu a été provoqué par un court-circuit dans la chaufferie. La police avait lancé un appel à témoins pour retrouver un homme de 1,80 m.
`,
  });
  const checkIn = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', reports.names), reports);

  it('is not stated by a passage that names the reporter and little of what they said', () => {
    assert.notEqual(checkIn('Selon le procureur de Nantes Paul Girard, l’incendie de Varades a été provoqué par un mégot de cigarette.').label, 'supported');
  });

  it('is stated by a passage that says it, its values counting as said', () => {
    assert.equal(checkIn("Selon les pompiers, l'incendie de l'entrepôt de Varades a été provoqué par un court-circuit dans la chaufferie.").label, 'supported');
    assert.equal(checkIn("D'après la police, un appel à témoins a été lancé pour retrouver un homme mesurant 1,80 mètre.").label, 'supported');
  });

  it('measures the share of the reported content stated, values as one word each', () => {
    const claim = 'Selon la police, l’homme recherché mesurait 1,80 mètre.';
    const words = [...claim.matchAll(/[\p{L}’-]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const value = { start: claim.indexOf('1,80'), end: claim.indexOf('mètre') + 'mètre'.length };
    assert.equal(reportedContentStated(claim, words, (w) => w.text === 'recherché', [value]), 2 / 4);
    assert.equal(reportedContentStated('Le feu a été provoqué par un mégot.', words, () => true), undefined);
  });
});

describe('a claim with one name, tied to its fact by its values', () => {
  const corpus = indexOf({
    'terrasses.md': `---
id: terrasses
title: Les terrasses de Vannes en sursis
lang: fr
---

Le tribunal administratif de Rennes a suspendu le 12 mars 2021 l'arrêté municipal sur les terrasses.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

  it('contradicts another place in the slot of a passage that states the claim’s date', () => {
    const v = check('Le tribunal administratif de Nantes a suspendu le 12 mars 2021 l’arrêté municipal sur les terrasses.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Rennes');
  });

  it('leaves the one name unsupported where no value ties the passage to the claim’s fact', () => {
    assert.notEqual(check('Le tribunal administratif de Nantes a suspendu l’arrêté municipal sur les terrasses.').label, 'contradicted');
    assert.notEqual(check('Le tribunal administratif de Nantes a suspendu en 2021 l’arrêté municipal sur les terrasses.').label, 'contradicted');
  });
});

describe('a name behind a noun of a kind of place', () => {
  const corpus = indexOf({
    'kayak.md': `---
id: kayak
title: Lena Brook wins the river sprint
lang: en
---

Lena Brook, who lives in the small Welsh town of Llanfair known for its canoe club, won the river sprint on Sunday.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'en', corpus.names), corpus);

  it('reads the slot through « the … town of », « la ville de »', () => {
    const text = 'Lena Brook, who lives in the small Welsh town of Llanfair known for its canoe club';
    assert.equal(slotWithPlaceNoun(text, text.indexOf('Llanfair'), 'lives in'), true);
    const fr = 'Il vit dans la petite ville de Vassieux depuis dix ans';
    assert.equal(slotWithPlaceNoun(fr, fr.indexOf('Vassieux'), 'vit dans'), true);
    const other = 'Lena Brook, who lives in the town and trains in the city of Cardiff';
    assert.equal(slotWithPlaceNoun(other, other.indexOf('Cardiff'), 'lives in'), false);
  });

  it('contradicts another place in that slot and fixes it to the source’s name', () => {
    const v = check('Lena Brook lives in Bangor, a town known for its canoe club.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Llanfair');
    assert.notEqual(check('Lena Brook lives in Llanfair, a town known for its canoe club.').label, 'contradicted');
  });
});

describe('a place behind a noun of a kind of place, and a person', () => {
  it('puts no place in the slot of a noun alone (« le maire X »)', () => {
    const text = 'le maire de la commune de Vassieux a annoncé';
    assert.equal(slotWithPlaceNoun(text, text.indexOf('Vassieux'), 'maire'), false);
    assert.equal(slotWithPlaceNoun(text, text.indexOf('Vassieux'), 'maire de'), true);
  });
});

describe('a place slot read past a day and month, under a subject that names someone else', () => {
  const corpus = indexOf({
    'enquete.md': `---
id: enquete
title: L'enquête sur la noyade de Paul Verne confiée à Rennes
lang: fr
---

L'enquête sur la noyade de Paul Verne avait été dépaysée 12 octobre à Rennes, à la demande des deux juges d'instruction de Vannes.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

  it('takes the date out between the verb and the preposition of the place', () => {
    assert.equal(withoutDateBeforeLink('avait été dépaysée 12 octobre à '), 'avait été dépaysée à ');
    assert.equal(withoutDateBeforeLink('avait été dépaysée à '), undefined);
  });

  it('contradicts another place in that slot when the claim’s subject names no one and the clause states it', () => {
    const v = check("L'enquête a été dépaysée à Nantes le 12 octobre, à la demande des deux juges d'instruction de Vannes.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Rennes');
    assert.notEqual(check("L'enquête a été dépaysée à Rennes le 12 octobre, à la demande des deux juges d'instruction de Vannes.").label, 'contradicted');
  });
});

describe('a claim with one name that the passage’s article writes around it', () => {
  const corpus = indexOf({
    'viaduc.md': `---
id: viaduc
title: Le nouveau viaduc de Corbel
lang: fr
---

L'ancien pont Varenne s'était effondré en 2018 sur la vallée de Corbel. Le nouveau viaduc, dessiné par l'architecte italien Paolo Renzi, sera ouvert à la circulation en avril.
`,
    'passerelle.md': `---
id: passerelle
title: Une passerelle pour Saint-Omer
lang: fr
---

La nouvelle passerelle, dessinée par l'architecte danoise Karen Holm, enjambera le canal à Saint-Omer.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

  it('contradicts another name in its slot: the article is the claim’s story', () => {
    const v = check("Le nouveau viaduc a été dessiné par l'architecte Varenne.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceName, 'Paolo Renzi');
  });

  it('leaves it unsupported against an article that never writes its name', () => {
    assert.notEqual(check("La nouvelle passerelle a été dessinée par l'architecte Varenne.").label, 'contradicted');
  });
});

describe('names after a preposition of a place or a medium', () => {
  it('are no subject of the clause before a slot (« a déclaré sur Radio Vallée le maire de … »)', () => {
    const text = '"Le toit est tombé", a déclaré sur Radio Vallée le maire de la commune voisine Aval';
    const at = text.indexOf('Aval');
    assert.equal(othersNamedAsSubjectBefore(text, at, new Set(['marc', 'joly'])), false);
    const subject = '"Le toit est tombé", a déclaré Paul Vidal, le maire de la commune voisine Aval';
    assert.equal(othersNamedAsSubjectBefore(subject, subject.indexOf('Aval'), new Set(['marc', 'joly'])), true);
  });

  it('leave the claim’s place compared in the slot of the passage that states it', () => {
    const corpus = indexOf({
      'toit.md': `---
id: toit
title: Le toit de la halle de Bresle s'effondre
lang: fr
---

"Le toit de la halle s'est effondré d'un coup", a déclaré sur Radio Vallée le maire de la commune voisine Saint-Aubin-d'Aval. Marc Joly a parlé d'une "vision d'horreur".
`,
    });
    const text = "Selon Marc Joly, maire de Saint-Aubin-d'Amont, le toit de la halle s'est « effondré d'un coup ».";
    const v = checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.sourceText, "Saint-Aubin-d'Aval");
  });
});
