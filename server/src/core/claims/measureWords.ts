/**
 * More of the glossary (lexicon.ts): the measure nouns and adjectives of the facts news reports with a figure, which
 * English drafts write of French sources ("a crater 43 metres deep", « 43 mètres de profondeur »; "opened in 520
 * cinemas", « dans 520 salles »; "turnout", « participation »). Without them an English value's fact has no word the
 * French passage writes, and another value there is never aligned with it (alignment.ts). General vocabulary only,
 * never a name or a fact of a corpus; no maintained English–French dictionary on npm ships offline (the npm lists
 * searched: `word-definition` fetches Wiktionary at run time), and FreeDict was measured before (newsWords.ts).
 * One line per sense: English words, then their French words.
 */
export const englishToFrenchMeasures = `
deep depth: profond profondeur
length lengths: longueur
high height heights tall: haut hauteur
wide width broad: large largeur
cinema cinemas screens theatres theaters: salle cinéma
admissions: entrée spectateur
spectators viewers: spectateur téléspectateur
turnout: participation
voters voter: électeur
rate rates: taux
speed: vitesse
crew: équipage
`;
