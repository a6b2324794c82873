import assert from 'node:assert/strict';
import { roleMentions } from '../../../server/src/core/claims/roles';

const read = (text: string, lang: 'fr' | 'en' = 'fr') => roleMentions(text, lang).map((m) => [m.name.text, m.head.text, m.complement?.text]);

describe('role mentions', () => {
  it('reads a role before a name, with or without a comma, and splits a capitalised run between body and name', () => {
    assert.deepEqual(read('a considéré le président du tribunal, Paul Girard, rappelant que'), [['Paul Girard', 'président', 'du tribunal']]);
    assert.deepEqual(read('Le préfet de la Sarthe Jean Morel a demandé'), [['Jean Morel', 'préfet', 'de la Sarthe']]);
    assert.deepEqual(read('avait expliqué le procureur de la République de Tours Anne Roux.'), [['Anne Roux', 'procureur', 'de la République de Tours']]);
  });

  it('reads a role noun with no article before « que » / "that" as the verb of saying it is spelt like', () => {
    assert.deepEqual(read('Le maire de Melun, Anne Roux, juge qu\'on a moins de moyens qu\'avant.'), [['Anne Roux', 'maire', 'de Melun']]);
    assert.deepEqual(read('Anne Roux juge que les moyens manquent.'), []);
    assert.deepEqual(read('Anne Roux, juge d\'instruction à Melun, a tranché.'), [['Anne Roux', 'juge', "d'instruction"]]);
  });

  it('ends a role at a dash that opens an incise, not at a hyphen inside a word', () => {
    assert.deepEqual(read('Me Paul Girard, l\'avocat de la gérante -mise en examen pour fraude- a dénoncé une manipulation.'), [['Paul Girard', 'avocat', 'de la gérante']]);
    assert.deepEqual(read('Anne Roux, maire de Saint-Féliu, a rappelé'), [['Anne Roux', 'maire', 'de Saint-Féliu']]);
  });

  it('reads a name followed by its role in apposition, or "NAME is the ROLE of"', () => {
    assert.deepEqual(read('Paul Girard, procureur du tribunal, a rappelé'), [['Paul Girard', 'procureur', 'du tribunal']]);
    assert.deepEqual(read('Tim Crane, a lawyer for Northgate Holdings, said', 'en'), [['Tim Crane', 'lawyer', 'for Northgate Holdings']]);
    assert.deepEqual(read('Ann Lowe is the chairman of Kestrel Bank.', 'en'), [['Ann Lowe', 'chairman', 'of Kestrel Bank']]);
  });

  it('keeps a rank and a second role word in the title, and skips a bracket before the name', () => {
    assert.deepEqual(read('Marie Vial, deuxième adjointe au maire, a succédé'), [['Marie Vial', 'deuxième adjointe', 'au maire']]);
    assert.deepEqual(read('critiqué par le directeur général de la police nationale (DGPN), Henri Faure, avant'), [['Henri Faure', 'directeur général', 'de la police nationale']]);
  });

  it('reads English pre-modifiers as the body of the role', () => {
    assert.deepEqual(read("The star witness, former Harbourline finance chief Rachel Moss, said", 'en'), [['Rachel Moss', 'chief', 'Harbourline finance']]);
  });

  it('reads a title that opens the sentence with its capital, a capitalised particle inside a family name, and an English portfolio before the title', () => {
    assert.deepEqual(read('Chairman Oliver Brent described the striker’s behaviour as unacceptable.', 'en'), [['Oliver Brent', 'Chairman', undefined]]);
    assert.deepEqual(read('Le ministre de l\'Intérieur Yann Le Goff a affirmé'), [['Yann Le Goff', 'ministre', 'de l\'Intérieur']]);
    assert.deepEqual(read('Portmere may lose 40m dollars, according to tourism minister Ines Dahl.', 'en'), [['Ines Dahl', 'minister', 'tourism']]);
    assert.deepEqual(read('se félicite son directeur général, Roland de Mérat, cité par'), [['Roland de Mérat', 'directeur général', undefined]]);
    assert.deepEqual(read('indique le directeur général de Voyabus France, Yvan Roux.'), [['Yvan Roux', 'directeur général', 'de Voyabus France']]);
    assert.deepEqual(read('Le frère du maire, Hugo S. Ternier, accusait', 'fr')[0], ['Hugo S. Ternier', 'frère', 'du maire']);
    // A particle ends no name: « Le » after a name starts the next words.
    assert.deepEqual(read('a déclaré Anne Roux, maire de Lens. Le conseil', 'fr').map((m) => m[0]), ['Anne Roux']);
  });

  it('gives no name to a role whose complement is a name (« président de Renault »)', () => {
    assert.deepEqual(read('Le président de Renault a démissionné.'), []);
  });

  it('takes names and words of office as English pre-modifiers, not any word, and no name after a preposition', () => {
    assert.deepEqual(read('Ada Voss met LSE chief executive Clara Furse on Monday.', 'en'), [['Clara Furse', 'chief executive', 'LSE']]);
    assert.deepEqual(read('The firm would be run out of London, the mayor of Frankfurt has said.', 'en'), []);
  });

  it('pairs no name with a plural title, ends a complement at the verb, and sees through an article after a preposition', () => {
    assert.deepEqual(read('Les ministres de l’Éducation et de l’Intérieur Anne Roux et Paul Girard ont réagi.'), []);
    assert.deepEqual(read('Paul Girard, directeur du magasin, a démissionné.'), [['Paul Girard', 'directeur', 'du magasin']]);
    assert.deepEqual(read('Selon Paul Girard, le directeur du magasin n’a pas voulu commenter.'), []);
    assert.deepEqual(read('Contacté par La Provence, le directeur du magasin n’a pas voulu commenter.'), []);
  });
  it('reads French adjectives after a title’s noun as the start of its complement, and the name after them', () => {
    assert.deepEqual(read('Selon le procureur antiterroriste Paul Garnier, le suspect était armé.'), [['Paul Garnier', 'procureur', 'antiterroriste']]);
    assert.deepEqual(read('La ministre canadienne des Pêches, Anne Roux, a répondu.'), [['Anne Roux', 'ministre', 'canadienne des Pêches']]);
    assert.deepEqual(read('a ajouté le directeur départemental des secours, Marc Vial.'), [['Marc Vial', 'directeur', 'départemental des secours']]);
    assert.deepEqual(read('le sénateur et député européen Luc Morin a voté contre.'), [['Luc Morin', 'député', 'européen']]);
    // A verb of saying spelt like an adjective is no part of the title; English is read as before.
    assert.deepEqual(read('Le procureur indique que Paul Garnier était armé.'), []);
    assert.deepEqual(read('the prosecutor general Paul Garnier said', 'en').map((m) => m[2]), [undefined]);
  });
  it('gives a title to the name that closes its body, not to a name before the comma, and reads a title’s acronym', () => {
    assert.deepEqual(read('un jour avant le drame qui a endeuillé Brévonne, le ministre des Travaux publics Marc Delorme reçoit une lettre'), [['Marc Delorme', 'ministre', 'des Travaux publics']]);
    assert.deepEqual(read('Paul Roy, the head of public health Jane Doe, said', 'en'), [['Jane Doe', 'head', 'of public health']]);
    // After a linking word, capitalised words are the body's own name.
    assert.deepEqual(read('Paul Roy, directeur de Air France Industries, a dit'), [['Paul Roy', 'directeur', 'de Air France Industries']]);
    assert.deepEqual(read('a déclaré le PDG de la compagnie, Yann Kerlo'), [['Yann Kerlo', 'PDG', 'de la compagnie']]);
    assert.deepEqual(read('said Kestrel CEO Ann Lowe', 'en'), [['Ann Lowe', 'CEO', 'Kestrel']]);
  });
  it('reads an English body with "of" in its name, common nouns after a possessor or an apposition’s article, and an acronym', () => {
    assert.deepEqual(read("Ann Lowe, the Bank of Kestrel's chief economist, said", 'en'), [['Ann Lowe', 'chief economist', 'Bank of Kestrel']]);
    assert.deepEqual(read('Bank of Kestrel governor Ann Lowe said', 'en'), [['Ann Lowe', 'governor', 'Bank of Kestrel']]);
    assert.deepEqual(read("Tom Vale, Norland's tax chief, said", 'en'), [['Tom Vale', 'chief', "Norland's tax"]]);
    assert.deepEqual(read('Tom Vale, the local government minister, said', 'en'), [['Tom Vale', 'minister', 'local government']]);
    assert.deepEqual(read("Ann Lowe, Kestrel's UK managing director, said", 'en'), [['Ann Lowe', 'director', "Kestrel's UK managing"]]);
    // Lowercase words with no possessor or apposition before them are not a body.
    assert.deepEqual(read('Wales beat Kestrel, whose old enemy coach said', 'en'), []);
  });

  it('reads an English title’s common nouns right after an apposition’s comma, with or without "a", not a clause’s verb', () => {
    const words = (text: string) => roleMentions(text, 'en').map((m) => [m.name.text, m.head.text, m.complement?.stems.join(' ')]);
    assert.deepEqual(words('said Ann Lowe, payroll audit manager at Kestrel Bank.'), [['Ann Lowe', 'manager', 'payrol audit kestrel bank']]);
    assert.deepEqual(words('said Tom Vale, a freight market analyst at Norland.'), [['Tom Vale', 'analyst', 'freight market norland']]);
    assert.deepEqual(read('In Kestrel, said bank manager Tom Vale, rates rose.', 'en').map((m) => m[0]), ['Tom Vale']);
    assert.deepEqual(read('In Kestrel, retired bank manager Tom Vale said', 'en').map((m) => m[0]), ['Tom Vale']);
  });

  it('reads a coordinator as a title, in English and French', () => {
    assert.deepEqual(read('Campaign coordinator Ann Lowe accused the minister.', 'en'), [['Ann Lowe', 'coordinator', 'Campaign']]);
    assert.deepEqual(read('La grève continue, a dit Paul Roy, coordinateur du mouvement.'), [['Paul Roy', 'coordinateur', 'du mouvement']]);
  });

  it('reads « NAME étant ROLE » like « NAME est ROLE »', () => {
    assert.deepEqual(read('Le conseil a suivi la règle, Marie Vial étant la première adjointe au maire.'), [['Marie Vial', 'première adjointe', 'au maire']]);
  });
});
