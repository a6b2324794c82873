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

/**
 * Role nouns: titles, offices and occupations that say who a person is ("Martin Lau, président de Tencent",
 * "le préfet de Normandie Pierre-André Durand", "LSE chief executive Clara Furse"). Folded, singular and plural.
 */
export const roleNouns = new Set([
  // Who won or came close: "X Factor winner Steve Brookstein" (see prizeRoles).
  'winner', 'winners', 'runner-up', 'vainqueur', 'vainqueurs', 'laureat', 'laureate',
  // French: offices and titles.
  'president', 'presidente', 'presidents', 'pdg', 'ceo', 'fondateur', 'fondatrice', 'co-fondateur', 'co-fondatrice', 'cofondateur',
  'cofondatrice', 'directeur', 'directrice', 'ministre', 'chercheur', 'chercheuse', 'analyste', 'porte-parole',
  'dirigeant', 'dirigeante', 'patron', 'patronne', 'technicien', 'technicienne', 'ingenieur', 'ingenieure', 'economiste', 'professeur', 'professeure',
  'journaliste', 'depute', 'deputee', 'senateur', 'senatrice', 'maire', 'secretaire', 'vice-president', 'vice-presidente',
  'responsable', 'chef', 'cheffe', 'gouverneur', 'gerant', 'gerante', 'prefet', 'prefete', 'sous-prefet', 'adjoint',
  'adjointe', 'conseiller', 'conseillere', 'avocat', 'avocate', 'juge', 'procureur', 'procureure', 'magistrat',
  'magistrate', 'commissaire', 'commandant', 'general', 'generale', 'colonel', 'capitaine', 'lieutenant', 'amiral',
  'chancelier', 'chanceliere', 'roi', 'reine', 'prince', 'princesse', 'pape', 'eveque', 'archeveque', 'cardinal',
  'cure', 'pretre', 'imam', 'rabbin', 'architecte', 'medecin', 'docteur', 'chirurgien', 'chirurgienne', 'infirmier',
  'infirmiere', 'pneumologue', 'epidemiologiste', 'virologue', 'infectiologue', 'scientifique', 'expert', 'experte',
  'specialiste', 'historien', 'historienne', 'sociologue', 'politologue', 'philosophe', 'ecrivain', 'ecrivaine',
  'auteur', 'autrice', 'romancier', 'romanciere', 'chanteur', 'chanteuse', 'acteur', 'actrice', 'comedien',
  'comedienne', 'realisateur', 'realisatrice', 'artiste', 'musicien', 'musicienne', 'joueur', 'joueuse', 'entraineur',
  'entraineuse', 'selectionneur', 'athlete', 'pilote', 'champion', 'championne', 'candidat', 'candidate', 'elu', 'elue',
  'militant', 'militante', 'syndicaliste', 'delegue', 'deleguee', 'leader', 'administrateur', 'administratrice',
  'fonctionnaire', 'inspecteur', 'inspectrice', 'enqueteur', 'temoin', 'victime', 'suspect', 'prevenu', 'prevenue',
  'epouse', 'epoux', 'mari', 'fils', 'fille', 'frere', 'soeur', 'pere', 'mere', 'veuve',
  'heritier', 'heritiere', 'proprietaire', 'actionnaire', 'banquier', 'banquiere', 'milliardaire', 'millionnaire',
  'industriel', 'industrielle', 'entrepreneur', 'entrepreneuse', 'investisseur', 'ambassadeur', 'ambassadrice',
  'consul', 'diplomate', 'emir', 'sultan', 'premier ministre', 'rapporteur', 'rapporteure', 'mediateur', 'mediatrice',
  'batonnier', 'notaire', 'psychiatre', 'pharmacien', 'pharmacienne', 'veterinaire', 'agriculteur', 'agricultrice',
  'eleveur', 'policier', 'policiere', 'gendarme', 'soldat', 'militaire', 'pompier', 'commandante', 'coordinateur',
  'coordinatrice', 'presentateur', 'presentatrice', 'animateur', 'animatrice', 'redacteur', 'redactrice', 'editorialiste',
  'chroniqueur', 'chroniqueuse', 'photographe', 'styliste', 'createur', 'creatrice', 'designer', 'star', 'vedette',
  'legende', 'icone', 'egerie', 'homme', 'femme', 'garcon', 'fillette', 'enfant', 'adolescent', 'adolescente', 'retraite', 'retraitee', 'ministre-president', 'tresorier', 'tresoriere', 'intendant', 'doyen', 'doyenne',
  'recteur', 'rectrice', 'proviseur', 'instituteur', 'institutrice', 'enseignant', 'enseignante', 'etudiant', 'etudiante',
  // English.
  'chairman', 'chairwoman', 'chair', 'founder', 'co-founder', 'director', 'minister', 'president', 'researcher', 'analyst',
  'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'head', 'chief', 'manager', 'boss', 'judge', 'prosecutor',
  'lawyer', 'attorney', 'barrister', 'solicitor', 'senator', 'governor', 'mayor', 'chancellor', 'secretary', 'mp', 'mep',
  'king', 'queen', 'pope', 'bishop', 'archbishop', 'general', 'commander', 'officer', 'inspector', 'detective', 'doctor',
  'surgeon', 'scientist', 'economist', 'professor', 'author', 'writer', 'novelist', 'journalist', 'editor', 'reporter',
  'presenter', 'actor', 'actress', 'director', 'producer', 'singer', 'star', 'musician', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'coach', 'captain', 'athlete', 'sprinter', 'runner', 'champion', 'tycoon', 'billionaire',
  'millionaire', 'magnate', 'entrepreneur', 'investor', 'banker', 'trader', 'shareholder', 'heir', 'wife',
  'husband', 'daughter', 'brother', 'sister', 'father', 'mother', 'widow', 'candidate', 'leader', 'deputy',
  'ambassador', 'diplomat', 'envoy', 'adviser', 'advisor', 'consultant', 'expert', 'specialist', 'pundit', 'critic',
  'commentator', 'campaigner', 'activist', 'official', 'spokesman', 'chairperson', 'treasurer', 'trustee',
  'architect', 'designer', 'engineer', 'developer', 'filmmaker', 'comedian', 'rapper', 'guitarist', 'drummer',
 
  'prime minister', 'president-elect', 'cfo', 'coo', 'cto', 'md', 'vice-president', 'vice-chairman',
]);
/** Words that qualify a role and belong to it: "ancien président", "former chief executive", "par intérim". */
export const roleQualifiers = new Set([
  'ancien', 'ancienne', 'anciens', 'ex', 'futur', 'future', 'nouveau', 'nouvelle', 'actuel', 'actuelle', 'premier',
  'premiere', 'second', 'seconde', 'vice', 'sous', 'co', 'adjoint', 'adjointe', 'general', 'generale', 'delegue',
  'deleguee', 'executif', 'executive', 'honoraire', 'interimaire', 'principal', 'principale', 'grand', 'grande',
  'former', 'late', 'new', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'current', 'deputy', 'senior', 'junior',
  'chief', 'managing', 'executive', 'assistant', 'associate', 'first', 'second', 'vice', 'co', 'joint', 'lead',
  'non-executive', 'district', 'federal', 'state', 'high', 'supreme', 'shadow', 'foreign', 'home', 'finance', 'health',
  'defence', 'defense', 'culture', 'sports', 'sport', 'trade', 'energy', 'education', 'business', 'racing',
]);
/** Honorifics and forms of address written before a name: not part of it ("Mr Straw", "Mgr Michel Aupetit"). */
export const honorifics = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'mr', 'mrs', 'ms', 'pr', 'me', 'mgr', 'sir', 'dame', 'lord', 'lady', 'st', 'messrs']);
/** Titles written capitalised before a name and not part of it: "President Bush", "Chancellor Gordon Brown". */
export const titleWords = new Set([
  'president', 'presidente', 'chancellor', 'chancelier', 'chanceliere', 'prince', 'princess', 'princesse', 'king', 'queen',
  'roi', 'reine', 'pope', 'pape', 'senator', 'senateur', 'governor', 'gouverneur', 'mayor', 'maire', 'minister',
  'ministre', 'secretary', 'cardinal', 'archbishop', 'archeveque', 'bishop', 'eveque', 'sheikh', 'cheikh', 'emir',
  'imam', 'rabbi', 'colonel', 'captain', 'capitaine', 'commander', 'sergeant', 'sergent', 'lieutenant', 'inspector',
  'detective', 'judge', 'juge', 'professor', 'professeur', 'prof', 'doctor', 'docteur', 'pdg', 'ceo', 'dg', 'mp', 'mps',
  'mep', 'chairman', 'chief', 'executive', 'director', 'directeur', 'directrice', 'coach', 'manager',
]);
/** Weekdays and months, French and English (folded): dates, never entities of their own. */
export const weekdays = new Set([
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
export const calendarWords = new Set([
  ...weekdays,
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Nouns of time that start an adverbial, not an apposition: "Le lendemain, X…", "La semaine dernière, X…". */
export const timeNouns = new Set([
  'lendemain', 'veille', 'jour', 'jours', 'journee', 'semaine', 'semaines', 'mois', 'an', 'ans', 'annee', 'annees',
  'soir', 'matin', 'midi', 'nuit', 'week-end', 'fois', 'heure', 'heures', 'minute', 'minutes', 'moment', 'temps',
  'periode', 'debut', 'fin', 'milieu', 'siecle', 'decennie', 'saison', 'date', 'day', 'week', 'month', 'year', 'time',
  'morning', 'evening', 'night', 'weekend', 'hour', 'moment', 'season', 'decade', 'century',
]);
export const speechVerbs = /^(?:a|avait|aurait|has|had)?\s*(?:declare|indique|revele|souligne|affirme|explique|exprime|estime|assure|precise|annonce|reaffirme|conteste|ajoute|said|says|stated|told|explained|noted|added|announced)/;

/** Nouns that say what kind of thing follows: "des entreprises comme X", "le modèle X". */
export const organizationNouns = new Set([
  'entreprise', 'entreprises', 'societe', 'societes', 'groupe', 'groupes', 'geant', 'geants', 'firme', 'firmes',
  'start-up', 'startup', 'banque', 'banques', 'compagnie', 'fournisseur', 'fournisseurs', 'operateur', 'operateurs',
  'constructeur', 'editeur', 'institution', 'institutions', 'organisation', 'organisations', 'cooperative', 'filiale',
  'filiales', 'acteurs', 'company', 'companies', 'firm', 'firms', 'group', 'bank', 'banks', 'startups',
  'agence', 'organisme', 'association', 'syndicat', 'parti', 'club', 'equipe', 'ecurie', 'federation', 'fondation',
  'institut', 'laboratoire', 'labo', 'cabinet', 'fonds', 'assureur', 'mutuelle', 'enseigne', 'marque', 'chaine',
  'quotidien', 'hebdomadaire', 'journal', 'magazine', 'mensuel', 'radio', 'media', 'usine', 'distributeur',
  'fabricant', 'equipementier', 'transporteur', 'exploitant', 'bailleur', 'ong', 'collectif', 'mouvement', 'bourse',
  'tribunal', 'cour', 'parquet', 'juridiction', 'ministere', 'administration', 'autorite', 'conseil', 'commission',
  'comite', 'office', 'regie', 'universite', 'ecole', 'lycee', 'college', 'hopital', 'clinique', 'musee', 'theatre',
  'maison', 'studio', 'label', 'holding', 'conglomerat', 'multinationale', 'compagnie aerienne',
  'agency', 'association', 'union', 'party', 'team', 'side', 'foundation', 'institute', 'laboratory', 'lab', 'fund',
  'insurer', 'retailer', 'chain', 'brand', 'newspaper', 'paper', 'tabloid', 'broadcaster', 'channel', 'network',
  'maker', 'manufacturer', 'carrier', 'airline', 'supplier', 'provider', 'exchange', 'bourse',
  'market', 'regulator', 'watchdog', 'court', 'tribunal', 'ministry', 'department', 'authority', 'council',
  'commission', 'committee', 'board', 'body', 'university', 'school', 'college', 'hospital', 'museum', 'studio',
  'label', 'publisher', 'conglomerate', 'giant', 'outfit', 'consortium', 'vehicle', 'charity', 'organisation',
  'organization', 'club', 'federation', 'league', 'firm', 'subsidiary', 'division', 'unit', 'restaurant', 'hotel',
  'magasin', 'boutique', 'brokerage', 'band',
]);
export const productNouns = new Set([
  'modele', 'modeles', 'puce', 'puces', 'application', 'applications', 'app', 'chatbot', 'llm', 'logiciel', 'produit',
  'produits', 'processeur', 'processeurs', 'moteur', 'assistant', 'plateforme', 'service', 'model', 'models', 'chip',
  'chips', 'software', 'product', 'engine', 'solution', 'systeme', 'outil', 'gamme', 'version', 'serie', 'reseau',
  'film', 'films', 'album', 'livre', 'roman', 'ouvrage', 'emission', 'documentaire', 'chanson', 'titre', 'jeu',
  'vaccin', 'medicament', 'molecule', 'voiture', 'vehicule', 'modele', 'avion', 'navire', 'satellite', 'fusee',
  'smartphone', 'telephone', 'console',
  'movie', 'picture', 'drama', 'comedy', 'thriller', 'documentary', 'album', 'single', 'song', 'book', 'novel', 'show',
  'series', 'game', 'drug', 'vaccine', 'car', 'phone', 'handset', 'console', 'device', 'browser',
  'service', 'website', 'platform', 'operating system', 'network',
]);
/** Nouns that say a place follows: "la commune de Préaux", "la villa Pamplemousse", "the city of Leeds". */
export const placeNouns = new Set([
  'ville', 'villes', 'commune', 'communes', 'village', 'villages', 'quartier', 'departement', 'region', 'province',
  'pays', 'capitale', 'ile', 'iles', 'archipel', 'territoire', 'agglomeration', 'metropole', 'localite',
  'bourg', 'hameau', 'canton', 'arrondissement', 'banlieue', 'prefecture', 'sous-prefecture', 'station', 'port',
  'villa', 'chateau', 'domaine', 'residence', 'rue', 'avenue', 'boulevard', 'pont', 'riviere', 'fleuve',
  'lac', 'mont', 'montagne', 'massif', 'vallee', 'foret', 'plage', 'baie', 'littoral', 'desert', 'stade',
  'aeroport', 'gare', 'circuit', 'cathedrale', 'eglise', 'basilique', 'abbaye', 'mosquee', 'monument', 'batiment',
  'city', 'town', 'village', 'suburb', 'borough', 'county', 'district', 'region', 'province', 'state', 'country',
  'capital', 'island', 'islands', 'river', 'lake', 'mountain', 'valley', 'forest', 'beach', 'coast', 'stadium',
  'airport', 'station', 'cathedral', 'church', 'street', 'road', 'square', 'bridge', 'resort',
]);
export const organizationWords = new Set(['cloud', 'company', 'services', 'daily', 'group', 'ai', 'bank', 'inc', 'corp', 'labs', 'web', 'oil', 'technologies', 'energy', 'capital', 'holding', 'systems', 'news', 'times', 'journal', 'sa', 'sas', 'gmbh', 'ltd', 'plc']);
export const placeCues = new Set(['en', 'au', 'aux', 'vers', 'in', 'hors']);
export const weakPlaceCues = new Set(['a', 'depuis', 'from', 'at', 'to']);
export const determiners = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * Head words of names of things no person is named by ("Staples Center", "Terrorism Act", "Grammy Awards",
 * "Police Scotland", "Scotland Yard"), by the kind they make: a venue is a place, a force or body an
 * organisation, an event, award or law other. General English and French words, never surnames.
 */
export const thingHeads = new Map<string, 'place' | 'organization' | 'other'>([
  ...['center', 'centre', 'arena', 'airport', 'aeroport', 'stadium', 'stade', 'palace', 'palais', 'alley', 'avenue', 'boulevard', 'motorway', 'autoroute'].map((w) => [w, 'place'] as const),
  ...['police', 'yard', 'nations', 'service', 'services', 'constabulary', 'gendarmerie', 'parliament', 'parlement', 'assembly', 'assemblee', 'senate', 'senat', 'congress', 'congres'].map((w) => [w, 'organization'] as const),
  ...['act', 'acts', 'treaty', 'traite', 'pact', 'pacte', 'directive', 'award', 'awards', 'prize', 'prizes', 'trophy', 'trophee', 'cup', 'coupe', 'festival', 'games', 'olympics', 'championship', 'championships', 'championnat', 'grammys', 'oscars'].map((w) => [w, 'other'] as const),
]);

/** Roles won, which define the name right after them only ("X Factor winner Steve Brookstein"): after their complement the name is the prize ("winners of the regular Booker Prize"). */
export const prizeRoles = new Set(['winner', 'winners', 'runner-up', 'vainqueur', 'vainqueurs', 'laureat', 'laureate']);
