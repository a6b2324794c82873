/**
 * General French and English words that entity extraction reads names by: name heads, role nouns, cue words,
 * determiners. They are grammar and common vocabulary, never names or facts of a corpus.
 */

/** Head nouns that take a "de" complement inside a name: "Université de Witwatersrand", "Afrique du Sud". */
export const nameHeads = new Set([
  'universite', 'university', 'ministere', 'ministry', 'banque', 'bank', 'institut', 'institute', 'academie', 'musee',
  'ecole', 'republique', 'afrique', 'amerique', 'coree', 'golfe', 'mer', 'cap', 'port', 'conseil', 'commission',
  'cour', 'agence', 'office', 'centre', 'parc', 'tunnel', 'ligne', 'departement', 'department', 'federation', 'union',
  'chambre', 'fondation', 'foundation', 'bureau', 'college', 'societe', 'groupe', 'caisse', 'comite', 'tribunal',
]);
/** Name heads that make a place ("Afrique du Sud", "mer de Chine"); the other heads make an organisation. */
export const placeHeads = new Set(['afrique', 'amerique', 'coree', 'golfe', 'mer', 'cap', 'republique', 'cote', 'pays', 'val', 'vallee', 'mont', 'lac', 'ile', 'iles']);
export const adjectiveEnding = /(?:eenne|een|aise|ais|que|ques|ale|al|aux|ienne|ien|ane|aine|ain|oise|ois)$/;
export const lowercaseHeads = new Set(['ministere', 'ministeres', 'secretariat', 'prefecture', 'departement', 'ministry']);
export const nameConnectors = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'of the', '&', 'and']);

/** Role nouns: "Martin Lau, président de Tencent" makes Martin Lau a person. */
export const roleNouns = new Set([
  'president', 'presidente', 'pdg', 'ceo', 'fondateur', 'fondatrice', 'co-fondateur', 'co-fondatrice', 'cofondateur',
  'cofondatrice', 'directeur', 'directrice', 'ministre', 'chercheur', 'chercheuse', 'analyste', 'porte-parole',
  'dirigeant', 'dirigeante', 'patron', 'patronne', 'ingenieur', 'ingenieure', 'economiste', 'professeur', 'professeure',
  'journaliste', 'depute', 'deputee', 'senateur', 'maire', 'secretaire', 'vice-president', 'vice-presidente',
  'responsable', 'chef', 'cheffe', 'gouverneur', 'chairman', 'founder', 'co-founder', 'director', 'minister',
  'researcher', 'analyst', 'spokesperson', 'spokesman', 'executive', 'head', 'chief', 'manager', 'gerant', 'gerante',
]);
export const speechVerbs = /^(?:a|avait|aurait|has|had)?\s*(?:declare|indique|revele|souligne|affirme|explique|exprime|estime|assure|precise|annonce|reaffirme|conteste|ajoute|said|says|stated|told|explained|noted|added|announced)/;
export const honorifics = new Set(['m', 'mme', 'mlle', 'dr', 'mr', 'mrs', 'ms', 'pr']);

/** Nouns that say what kind of thing follows: "des entreprises comme X", "le modèle X". */
export const organizationNouns = new Set([
  'entreprise', 'entreprises', 'societe', 'societes', 'groupe', 'groupes', 'geant', 'geants', 'firme', 'firmes',
  'start-up', 'startup', 'banque', 'banques', 'compagnie', 'fournisseur', 'fournisseurs', 'operateur', 'operateurs',
  'constructeur', 'editeur', 'institution', 'institutions', 'organisation', 'organisations', 'cooperative', 'filiale',
  'filiales', 'acteurs', 'company', 'companies', 'firm', 'firms', 'group', 'bank', 'banks', 'startups',
]);
export const productNouns = new Set([
  'modele', 'modeles', 'puce', 'puces', 'application', 'applications', 'app', 'chatbot', 'llm', 'logiciel', 'produit',
  'produits', 'processeur', 'processeurs', 'moteur', 'assistant', 'plateforme', 'service', 'model', 'models', 'chip',
  'chips', 'software', 'product', 'engine', 'solution', 'systeme', 'outil', 'gamme', 'version', 'serie', 'reseau',
]);
export const organizationWords = new Set(['cloud', 'company', 'services', 'daily', 'group', 'ai', 'bank', 'inc', 'corp', 'labs', 'web', 'oil', 'technologies', 'energy', 'capital', 'holding', 'systems', 'news', 'times', 'journal', 'sa', 'sas', 'gmbh', 'ltd', 'plc']);
export const placeCues = new Set(['en', 'au', 'aux', 'vers', 'in', 'to', 'hors']);
export const weakPlaceCues = new Set(['a', 'depuis', 'from', 'at']);
export const determiners = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);
