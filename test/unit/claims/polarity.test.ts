import assert from 'node:assert/strict';
import { analyzeClaim, isNegated } from '../../../server/src/core/claims/analyzeClaim';
import { checkClaim, negatedWordStated } from '../../../server/src/core/claims/checkClaim';
import { isRefusal, isSupportWord, opposedBy, passageFlipped, withInlineQuotesJoined } from '../../../server/src/core/claims/polarity';
import { withoutCapitalisedWords } from '../../../server/src/core/claims/titleWords';
import { indexOf } from './helpers';

/** An invented article where a refusal says no. */
const corpus = indexOf({
  'festival.md': `---
id: festival
title: Le festival de Vernoux privé de subvention
lang: fr
---

Le 12 avril, la communauté de communes de Vernoux a indiqué, par délibération, refuser de financer la sixième édition du festival de jazz de Vernoux. Le département de l'Ardèche a accepté de verser 15 000 euros aux organisateurs du festival de jazz.

Le conseil régional n'a pas financé la sixième édition du festival de blues de Lamastre, selon ses organisateurs.
`,
});

const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', corpus.names), corpus);

describe('polarity', () => {
  it('counts a refusal that is an antonym of the claim’s word as one no, not two', () => {
    assert.equal(isRefusal('refus'), true);
    assert.equal(isRefusal('interd'), false);
    assert.equal(passageFlipped(true, true, true), true);
    assert.equal(passageFlipped(true, true, false), false);
    assert.equal(passageFlipped(false, true, true), true);
    assert.equal(passageFlipped(true, false, false), true);
    assert.equal(passageFlipped(false, false, true), false);
  });

  it('contradicts « a accepté de » where the source says « refuser de »', () => {
    const v = check('Le 12 avril, la communauté de communes de Vernoux a accepté par délibération de financer la sixième édition du festival de jazz de Vernoux.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
  });

  it('leaves alone the refusal said with the same word, and the claim the other way', () => {
    assert.equal(check('Le 12 avril, la communauté de communes de Vernoux a refusé de financer la sixième édition du festival de jazz de Vernoux.').label, 'supported');
    assert.notEqual(check("Le 12 avril, la communauté de communes de Vernoux n'a pas accepté de financer la sixième édition du festival de jazz de Vernoux.").label, 'contradicted');
    // Another subject accepted: the same predicate with another subject is no opposite.
    assert.notEqual(check("Le département de l'Ardèche a accepté de verser 15 000 euros aux organisateurs du festival de jazz.").label, 'contradicted');
  });

  it('reads the negation of a clause to its end, through words that begin like a subordinating word (« sixième »)', () => {
    const v = check('Le conseil régional a financé la sixième édition du festival de blues de Lamastre.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
    assert.equal(check("Le conseil régional n'a pas financé la sixième édition du festival de blues de Lamastre.").label, 'supported');
  });

  it('reads "against the wishes of X" as X opposing what the clause tells', () => {
    const passage = 'Two directors were voted out, against the wishes of chairman Anna Reyes.';
    assert.equal(opposedBy(passage, ['anna', 'reyes']), true);
    assert.equal(opposedBy(passage, ['ward']), false);
    assert.equal(opposedBy('Two directors were voted out at the meeting.', ['reyes']), false);
    assert.equal(opposedBy("Le projet a été adopté contre l'avis du maire Paul Vidal.", ['vidal']), true);
    assert.deepEqual(['supported', 'backed', 'wanted', 'soutenu', 'souhaitait', 'opposed', 'background'].map(isSupportWord), [true, true, true, true, true, false, false]);
  });

  it('contradicts "X supported" where the source tells it against the wishes of X, and no one else', () => {
    const board = indexOf({
      'board.md': `---
id: board
title: Directors ousted at Kestrel Mills
lang: en
---

Finance director Tom Ward and legal adviser Iris Lamb were voted out at the annual meeting of Kestrel Mills, against the wishes of chairman Anna Reyes.
`,
    });
    const en = (text: string) => checkClaim(text, analyzeClaim(text, 'en', board.names), board);
    const v = en('Chairman Anna Reyes supported the removal of Tom Ward and Iris Lamb at the annual meeting of Kestrel Mills.');
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
    assert.notEqual(en('Chairman Anna Reyes opposed the removal of Tom Ward and Iris Lamb at the annual meeting of Kestrel Mills.').label, 'contradicted');
    assert.notEqual(en('The shareholders supported the removal of Tom Ward and Iris Lamb at the annual meeting of Kestrel Mills.').label, 'contradicted');
  });

  it('reads a quoted predicate as part of its clause, and the clause that holds the claim’s subject', () => {
    const text = 'Les prélèvements réalisés après "n\'ont rien révélé" selon Santé, et il a dit : "rien".';
    assert.equal(withInlineQuotesJoined(text), 'Les prélèvements réalisés après  n\'ont rien révélé  selon Santé, et il a dit : "rien".');
    const lab = indexOf({
      'eau.md': `---
id: eau
title: Pollution de la Vère à Laval-sur-Vère
lang: fr
---

Quant aux 40 riverains de la Vère qui ont été évacués lors de la pollution de mars, les analyses d'eau réalisées une semaine après "n'ont rien montré d'anormal", selon la préfecture.
`,
    });
    const fr = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', lab.names), lab);
    const v = fr("Les analyses d'eau des 40 riverains de la Vère évacués lors de la pollution ont montré des anomalies.");
    assert.equal(v.label, 'contradicted');
    assert.equal(v.conflict?.kind, 'negation');
    // The topic of the sentence is stated, not negated.
    assert.notEqual(fr('Quarante riverains de la Vère ont été évacués lors de la pollution de mars.').label, 'contradicted');
    assert.notEqual(fr('Les 40 riverains de la Vère ont été évacués lors de la pollution de mars.').label, 'contradicted');
  });
});

describe('polarity: a negation inside a quotation', () => {
  const quoted = indexOf({
    'q.md': `---
id: q
title: Le comité et la demande de Varenne
lang: fr
---

Le 4 mai, un comité de l'ONU saisi par les riverains demande à la France de suspendre les travaux. Le lendemain, le ministre de l'Écologie Paul Roy souligne que la France n'est "pas tenue" de respecter cette demande.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', quoted.names), quoted);

  it('reads « n’est "pas tenue" » as « n’est pas tenue »', () => {
    assert.equal(on('Le ministre de l’Écologie, Paul Roy, a estimé que la France était tenue de respecter la demande du comité de l’ONU.').label, 'contradicted');
    assert.notEqual(on('Le ministre de l’Écologie, Paul Roy, a estimé que la France n’était pas tenue de respecter la demande du comité de l’ONU.').label, 'contradicted');
  });
});

describe('polarity: English words of opposite meaning', () => {
  const match = indexOf({
    'm.md': `---
id: m
title: Kessler stuns the favourite
lang: en
---

Marat Kessler lost the opening set of the final before taking the next three. Minister Ann Ford also denied the new law had led to a breakdown of trust with farmers.
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'en', match.names), match);

  it('contradicts "won" where the source says "lost", "admitted" where it says "denied"', () => {
    assert.equal(on('Kessler won the opening set of the final.').label, 'contradicted');
    assert.equal(on('Minister Ann Ford admitted the new law had led to a breakdown of trust with farmers.').label, 'contradicted');
    assert.notEqual(on('Kessler lost the opening set of the final.').label, 'contradicted');
  });
});

describe('polarity: a negated copula', () => {
  const scraped = indexOf({
    's.md': `---
id: s
title: Plan social chez Varlin
lang: fr
---

« Oui c'est un échec, mais ce n'est pas l'échec du président de la République a pour sa part défendu le porte-parole du gouvernement, Paul Roy, sur Radio Nord. »
`,
  });
  const on = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', scraped.names), scraped);

  it('denies its complement, not the claim’s verb (a quotation scraped without its marks)', () => {
    assert.notEqual(on('Le porte-parole du gouvernement, Paul Roy, a défendu le président sur Radio Nord.').label, 'contradicted');
  });
});

describe('praise and denunciation, the two sides of a reaction', () => {
  const corpus = indexOf({
    'ecole.md': `---
id: ecole
title: L'école de Vassieux fermera en juin
lang: fr
---

Le maire de Vassieux, Paul Revel, a dénoncé la fermeture de l'école du village décidée par le rectorat.
`,
    'plant.md': `---
id: plant
title: Dunmore plant to close
lang: en
---

Union leader Ann Cole condemned the closure of the Dunmore plant announced by the board on Monday.
`,
  });
  const check = (text: string, lang: 'fr' | 'en') => checkClaim(text, analyzeClaim(text, lang, corpus.names), corpus);

  it('contradicts « a salué » where the source says « a dénoncé », "welcomed" where it says "condemned"', () => {
    assert.equal(check("Le maire de Vassieux, Paul Revel, a salué la fermeture de l'école du village décidée par le rectorat.", 'fr').label, 'contradicted');
    assert.equal(check('Union leader Ann Cole welcomed the closure of the Dunmore plant announced by the board.', 'en').label, 'contradicted');
  });

  it('leaves the same reaction alone', () => {
    assert.notEqual(check("Le maire de Vassieux, Paul Revel, a dénoncé la fermeture de l'école du village décidée par le rectorat.", 'fr').label, 'contradicted');
    assert.notEqual(check('Union leader Ann Cole condemned the closure of the Dunmore plant announced by the board.', 'en').label, 'contradicted');
  });
});

describe('negation words inside a title', () => {
  it('reads no negation in a capitalised title ("Grief Never Grows Old", « Ne Me Quitte Pas »)', () => {
    assert.equal(isNegated('Stone Hearts Never Mend was written by former singer Tom Ashby.', 'en'), false);
    assert.equal(isNegated('La chanson Ne Me Quitte Pas a été écrite par un ancien pianiste.', 'fr'), false);
  });

  it('still reads a negation at the start of a sentence or in lowercase', () => {
    assert.equal(isNegated('Never before had the band reached number one.', 'en'), true);
    assert.equal(isNegated('Stone Hearts Never Mend was not written by Tom Ashby.', 'en'), true);
    assert.equal(isNegated('The band did NOT reach number one.', 'en'), true);
    assert.equal(isNegated("Marlowe's Now or Never slipped 13 places.", 'en'), false);
    assert.equal(isNegated("La chanson n'a pas été écrite par Tom Ashby.", 'fr'), true);
  });
});

describe('a negation word of a name set off by a comma or quote marks', () => {
  const drive = indexOf({
    'drive.md': `---
id: drive
title: Charity drive ends
lang: en
---

Harlan Trust's Feed Minds, Not Landfills drive opened in early March but its methods drew criticism. Through the Feed Minds, Not Landfills website, donors could pledge old textbooks to rural schools.
`,
    'collectif.md': `---
id: collectif
title: Collectif de quartier
lang: fr
---

Le collectif « Ni béton ni bitume » a été fondé en 2014 par des habitants de Vaulnay.
`,
  });
  const check = (text: string, lang: 'en' | 'fr') => checkClaim(text, analyzeClaim(text, lang, drive.names), drive);

  it('reads the name’s "Not" as the name’s in the passage, whether the claim writes the comma or not', () => {
    assert.equal(check("Harlan Trust's Feed Minds Not Landfills drive opened in early March.", 'en').label, 'supported');
    assert.equal(check('Through the Feed Minds Not Landfills website, donors could pledge old textbooks.', 'en').label, 'supported');
  });

  it('reads a capitalised negation opening a quoted name inside a clause as the name’s, not quoted speech', () => {
    assert.equal(isNegated('Le collectif « Ni béton ni bitume » a été fondé en 2014.', 'fr'), false);
    assert.equal(check('Le collectif « Ni béton ni bitume » a été fondé en 2014 par des habitants de Vaulnay.', 'fr').label, 'supported');
    assert.equal(isNegated('Le maire a lancé « Ne comptez pas sur moi ».', 'fr'), true);
    assert.equal(isNegated('The mayor said: "No one will be moved."', 'en'), true);
  });
});

/** An invented chart story where song titles hold a negation and a verb of change. */
const chart = indexOf({
  'chart.md': `---
id: chart
title: Rapper tops the singles chart
lang: en
---

Last week's number one, Marlowe's Now or Never, slipped 13 places to number 14, but all five of his reissued songs are in the Top 40. Charity single Stone Hearts Never Grow Old slipped four places to number eight. Featuring two veteran singers, the song was written by former DJ Tom Ashby.
`,
});

const checkChart = (text: string) => checkClaim(text, analyzeClaim(text, 'en', chart.names), chart);

describe('titles in claims and passages', () => {
  it('does not read a title\'s negation or verb as the opposite of the claim', () => {
    assert.equal(checkChart("Marlowe's Now or Never slipped 13 places to number 14.").label, 'supported');
    assert.equal(checkChart('Stone Hearts Never Grow Old fell four places to number eight.').label, 'supported');
    assert.equal(checkChart('Stone Hearts Never Grow Old was written by former DJ Tom Ashby.').label, 'supported');
  });

  it('blanks capitalised words inside a sentence, not its first word', () => {
    assert.equal(withoutCapitalisedWords('Sales Grew. Stone Hearts Never Grow Old fell.'), 'Sales     . Stone                       fell.');
  });
});

describe('a French negation whose « ne » is dropped', () => {
  const power = indexOf({
    'courant.md': `---
id: courant
title: Tempête sur le Vercors
lang: fr
---

Jeudi soir, plus aucun foyer restait privé d'électricité dans le Vercors, selon un bilan du gestionnaire du réseau.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', power.names), power);

  it('reads « plus aucun », « plus personne », « plus rien » as a negation without « ne »', () => {
    assert.equal(isNegated("Jeudi soir, plus aucun foyer restait privé d'électricité.", 'fr'), true);
    assert.equal(isNegated('Plus personne voulait partir.', 'fr'), true);
    assert.equal(isNegated("Il y a plus de dix foyers privés d'électricité.", 'fr'), false);
  });

  it('does not call the same negation written with its « ne » the opposite', () => {
    assert.notEqual(check("Jeudi soir, plus aucun foyer n'était privé d'électricité dans le Vercors.").label, 'contradicted');
  });
});

describe('a negated claim against a passage that says the same in other words', () => {
  const storm = indexOf({
    'alerte.md': `---
id: alerte
title: Fin de l'alerte dans le Cantal
lang: fr
---

Les vents ont faibli et l'alerte orange dans le Cantal a été levée en fin de nuit par la préfecture.
`,
  });
  const check = (text: string) => checkClaim(text, analyzeClaim(text, 'fr', storm.names), storm);

  it('is not contradicted when the passage does not write the word it denies (« n’a pas été maintenue », « a été levée »)', () => {
    assert.notEqual(check("Les vents ont faibli et l'alerte orange dans le Cantal n'a pas été maintenue par la préfecture.").label, 'contradicted');
  });

  it('is contradicted when the passage writes that word (« n’a pas été levée », « a été levée »)', () => {
    assert.equal(check("Les vents ont faibli et l'alerte orange dans le Cantal n'a pas été levée par la préfecture.").label, 'contradicted');
  });
});

describe('an English negated claim against a French passage', () => {
  it('is denied only by a passage that writes the word it denies, by its glossary terms', () => {
    assert.equal(negatedWordStated('The suspect was not arrested in Lyon on Tuesday.', 'en', 'Le suspect, qui se trouvait à Lyon mardi, a rapidement réagi.', 'fr'), false);
    assert.equal(negatedWordStated('The suspect was not arrested in Lyon on Tuesday.', 'en', 'Le suspect a été interpellé mardi à Lyon.', 'fr'), true);
    // A word the glossary does not translate is not stated there.
    assert.equal(negatedWordStated('The minister did not zigzag.', 'en', 'Le ministre a rapidement réagi.', 'fr'), false);
  });
});

describe('an English claim negated by its determiner ("had no idea", "nobody")', () => {
  it('is denied only by a passage that writes the noun it denies', () => {
    assert.equal(negatedWordStated('The singer said she had no idea who would be on the boat.', 'en', "Critics had been surprised by the singer's sudden decision to join the cruise.", 'en'), false);
    assert.equal(negatedWordStated('The singer said she had no idea who would be on the boat.', 'en', 'The singer said she had an idea who would be on the boat.', 'en'), true);
    assert.equal(negatedWordStated('Nobody was injured in the fire at the mill.', 'en', 'Two workers were injured in the fire at the mill.', 'en'), true);
  });
});
