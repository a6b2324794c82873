import { isFunctionWord } from '../text/functionWords';
import { tokenize, type Token } from '../text/tokenize';
import { fold } from '../text/normalize';
import { adjectiveEnding, calendarWords, determiners, honorifics, organizationNouns, placeNouns, prizeRoles, productNouns, roleNouns, roleQualifiers } from './wordLists';

/**
 * What the words right before a name say it is: a title or role ("le préfet de Normandie Pierre-André Durand",
 * "LSE chief executive Clara Furse", "Le PDG du groupe, Marc Delorme") or a kind of thing ("l’usine chimique
 * Lubrizol", "the clearing firm Clearstream", "son modèle linguistique Doubao"). The phrase is read backwards
 * from the name: an optional comma, an optional complement ("de la Justice"), a head noun that names a role
 * or a kind, then its qualifiers and determiner. Possessive determiners are resolved to the owner the
 * sentence names ("son modèle" → "modèle linguistique de ByteDance").
 */

/** A role or kind phrase read before a name. */
export interface RolePhrase {
  /** The phrase as the definition shows it, its possessive resolved ("modèle linguistique de ByteDance"). */
  text: string;
  /** The folded head noun ("prefet", "modele"). */
  head: string;
  /** Whether a comma separates it from the name ("Le maire, Lucien Ferrand"). */
  comma: boolean;
  /** Whether the phrase names an owner or an organisation: a capitalised word, or a resolved possessive. */
  named: boolean;
  /** Whether the name follows a connector ("la commune de Préaux"): then only a place noun defines it. */
  afterConnector: boolean;
}

/** Connectors inside a role's complement: "président de la République", "chief executive of". */
const complementWords = new Set(['de', 'du', 'des', "d'", 'la', "l'", 'le', 'les', 'of', 'the', 'a', 'au', 'aux', 'chez', 'at', 'for', 'pour', 'en']);
/** Place nouns that say what their "de" complement is: "la commune de Préaux", "the city of Leeds". */
const appositivePlaceNouns = new Set(['commune', 'ville', 'village', 'bourg', 'hameau', 'localite', 'quartier', 'region', 'departement', 'province', 'canton', 'arrondissement', 'ile', 'archipel', 'pays', 'city', 'town', 'borough', 'county', 'state', 'island', 'region', 'district']);
const possessives = new Set(['son', 'sa', 'ses', 'leur', 'leurs', 'its', 'his', 'her', 'their']);
const englishAdjective = /(?:al|an|ese|ish|ic|ive|ous|ern|ary|ful|less|able|ible|ed)$/;
const frenchAdjective = /(?:eenne|een|aise|ais|que|ques|ale|al|aux|ienne|ien|ane|aine|ain|oise|ois|if|ive|ifs|ives|el|elle|aire|iere|ier|eux|euse|ant|ante|ent|ente|e|ee|es|ees|u|ue)$/;

/** Whether a folded word names a role or a kind of thing (a head noun a definition can stand on). */
export function isKindNoun(norm: string): boolean {
  if (roleNouns.has(norm) || organizationNouns.has(norm) || productNouns.has(norm) || placeNouns.has(norm)) return true;
  // "ex-président", "vice-présidente", "co-fondateur".
  const prefixed = /^(?:ex|vice|co|sous|pro)-(.+)$/.exec(norm);
  return prefixed !== null && roleNouns.has(prefixed[1]);
}

/** Whether a folded word has the ending of a French agent noun: "écologiste", "pneumologue", "chanteuse", "directrice". */
export function isAgentNoun(norm: string): boolean {
  if (norm.length <= 5) return false;
  if (/(?:iste|logue|euse|trice|ist)$/.test(norm)) return true;
  return /eur$/.test(norm) && !notAgents.has(norm) && !productNouns.has(norm);
}

/** French words in -eur that name no one: "le secteur", "l’intérieur", "la valeur". */
const notAgents = new Set([
  'secteur', 'interieur', 'exterieur', 'superieur', 'inferieur', 'anterieur', 'ulterieur', 'coeur', 'valeur', 'couleur',
  'hauteur', 'longueur', 'largeur', 'profondeur', 'epaisseur', 'erreur', 'honneur', 'faveur', 'vigueur', 'humeur',
  'douleur', 'chaleur', 'fraicheur', 'peur', 'fleur', 'labeur', 'rigueur', 'splendeur', 'ampleur', 'lueur', 'leur',
  'meilleur', 'majeur', 'mineur', 'moteur', 'compteur', 'capteur', 'recteur', 'vecteur', 'facteur', 'secteur', 'bonheur',
  'malheur', 'horreur', 'terreur', 'fureur', 'stupeur', 'candeur', 'grandeur', 'lenteur', 'odeur', 'saveur', 'senteur',
  'teneur', 'torpeur', 'vapeur', 'primeur', 'tumeur', 'rumeur', 'clameur', 'auteur', 'hauteur', 'ordinateur', 'serveur',
  'moniteur', 'radiateur', 'reacteur', 'accelerateur', 'indicateur', 'amortisseur', 'processeur', 'transformateur',
]);

function isCapitalised(token: Token): boolean {
  const first = token.text[0];
  return first !== first.toLowerCase() || /\d/.test(token.text);
}

/** Whether a gap between two tokens is only spaces, or an English genitive "'s". */
function plainGap(gap: string): boolean {
  return /^\s*$/.test(gap) || /^['’]s?\s+$/.test(gap);
}

/**
 * The role or kind phrase that ends right before a name at `nameStart` of `text`, reading no further back
 * than `sentenceStart`; undefined when the words before it are no such phrase. `nameEnd`, when given, tells
 * whether a comma closes the name (an inserted apposition) or the sentence goes on with its verb.
 */
export function roleBefore(text: string, sentenceStart: number, nameStart: number, nameEnd?: number): RolePhrase | undefined {
  const from = Math.max(sentenceStart, nameStart - 160);
  const window = text.slice(from, nameStart);
  const tokens = tokenize(window).filter((t) => t.kind !== 'symbol' || t.text === '&');
  let i = tokens.length - 1;
  const gapAfter = (k: number) => window.slice(tokens[k].end, k + 1 < tokens.length ? tokens[k + 1].start : window.length);
  // Forms of address stand between a role and the name: "l’archevêque de Paris, Mgr Michel Aupetit".
  while (i >= 0 && honorifics.has(tokens[i].norm) && /^\.?\s+$/.test(gapAfter(i))) i--;
  if (i < 0) return undefined;
  let comma = false;
  const last = gapAfter(i);
  if (/^\s*,\s*$/.test(last)) comma = true;
  else if (!plainGap(last) && !(tokens[i].kind === 'elision' && last === '')) return undefined;
  const end = tokens[i].end;
  // "la commune de Préaux": the name completes the phrase. Only a place noun then says what it is ("the
  // President of the European Commission" says nothing of the Commission).
  const afterConnector = tokens[i].kind === 'elision' || complementWords.has(tokens[i].norm);
  // The head: the nearest role or kind noun, across a complement ("de la Justice", "des deux prévenus") or
  // adjectives ("chimique", "chinois"), with no punctuation on the way.
  let head = -1;
  // Whether the head found so far completes another noun ("a member of the group"): then it is no head.
  let completing = false;
  let completesPlainNoun = false;
  // A person's noun completing the head, nearer the name (« Le véhicule du fils, Sébastien »).
  let nearerRole = false;
  for (let j = i, steps = 0; j >= 0 && steps < 9; j--, steps++) {
    const t = tokens[j];
    if (j < i && !plainGap(gapAfter(j)) && !(t.kind === 'elision' && gapAfter(j) === '')) break;
    if (t.kind === 'number' || /^\d/.test(t.text) || calendarWords.has(t.norm)) break;
    if (isKindNoun(t.norm) || (isAgentNoun(t.norm) && !isCapitalised(t) && tokens[j - 1] !== undefined && (determiners.has(tokens[j - 1].norm) || tokens[j - 1].kind === 'elision'))) {
      // A capitalised kind noun right before the name ends another name ("the Olympic Primary School, Mr
      // Brown", "BBC Radio Scotland"); a role title stays one ("Foreign Secretary Jack Straw").
      if (j === i && isCapitalised(t) && !roleNouns.has(t.norm)) return undefined;
      // A surname that is a role word ("Bruno Le Maire") follows a capitalised particle.
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && j >= 2 && isCapitalised(tokens[j - 1]) && isFunctionWord(tokens[j - 1].norm)) return undefined;
      head = j;
      // A kind noun after "de"/"of" completes an earlier one: "Le PDG du groupe", "La pneumologue de l’hôpital de
      // Rennes". The head is the earlier one when there is one.
      const before = tokens[j - 1];
      const beforeThat = tokens[j - 2];
      const completes = before && (['de', 'du', 'des', 'of'].includes(before.norm) || (before.kind === 'elision' && beforeThat && ['de', 'of'].includes(beforeThat.norm)) || (['la', 'the'].includes(before.norm) && beforeThat && ['de', 'of'].includes(beforeThat.norm)) || before.norm === "d'");
      if (completes) {
        completing = true;
        if (roleNouns.has(t.norm)) nearerRole = true;
        // "la demande du PDG d’EDF": it completes a plain noun, no role; it is the head then.
        const connectorAt = before.kind === 'elision' || ['la', 'the'].includes(before.norm) ? j - 2 : j - 1;
        const owner = tokens[connectorAt - 1];
        if (owner && roleNouns.has(t.norm) && !isCapitalised(owner) && !isKindNoun(owner.norm) && !isAgentNoun(owner.norm) && !isFunctionWord(owner.norm) && !roleQualifiers.has(owner.norm) && !adjectiveEnding.test(owner.norm)) {
          completesPlainNoun = true;
          break;
        }
        continue;
      }
      completing = false;
      break;
    }
    if (complementWords.has(t.norm) || t.kind === 'elision' || isCapitalised(t)) continue;
    if (isFunctionWord(t.norm) && !roleQualifiers.has(t.norm)) break;
  }
  const closed = nameEnd !== undefined && /^\s*,/.test(text.slice(nameEnd, nameEnd + 3));
  if (head < 0 || (completing && comma && !(closed && completesPlainNoun))) return undefined;
  // « Le véhicule du fils, Sébastien »: a name set off by a comma after a person's noun is that person's
  // apposition, not the thing's that the person's noun completes.
  if (comma && nearerRole && !roleNouns.has(tokens[head].norm)) return undefined;
  // "Si j’avais prévenu Edouard Philippe", "had appointed": after an auxiliary the head is a participle, not a role.
  if (head > 0 && auxiliaries.has(tokens[head - 1].norm)) return undefined;
  // "the first minister's brave new Scotland": the role is the possessor of what follows.
  if (/^['’]s\b/.test(gapAfter(head))) return undefined;
  // Between the head and the name, lower-case words are a complement after a connector ("de luxe") or
  // adjectives ("chimique"): not a verb ("le président reçoit Jean Dupont").
  const between = tokens.slice(head + 1, i + 1);
  if (between.length > 0 && prizeRoles.has(tokens[head].norm)) return undefined;
  if (between.length > 0) {
    const first = between[0];
    const connectorLed = complementWords.has(first.norm) || first.kind === 'elision';
    // Not an English past tense ("The Tory co-chairman attacked Labour").
    const adjectivesOnly = between.every((t) => isCapitalised(t) || frenchAdjective.test(t.norm) || (englishAdjective.test(t.norm) && !/ed$/.test(t.norm)) || roleQualifiers.has(t.norm) || isKindNoun(t.norm) || complementWords.has(t.norm) || t.kind === 'elision');
    if (!connectorLed && !adjectivesOnly) return undefined;
    // "an analyst at brokerage Aton", "directeur de l’usine Lubrizol": the role is another's; the name follows
    // the complement's own noun.
    const lastBefore = between[between.length - 1];
    // English puts a name's qualifiers before it ("at brokerage Aton", "of state-owned Rosneft"): any such word
    // there; French after ("de l’usine chimique Lubrizol"): a kind noun right before it.
    // (Only after "at", where an organisation follows: "spokeswoman for women Sandra Gidley", "director of rugby Nigel Melville" are theirs.)
    const english = between.some((t) => t.norm === 'at');
    const qualified = !isCapitalised(lastBefore) && lastBefore.kind !== 'elision' && !complementWords.has(lastBefore.norm) && !roleNouns.has(lastBefore.norm) && !isFunctionWord(lastBefore.norm) && (english || (isKindNoun(lastBefore.norm) && !roleQualifiers.has(lastBefore.norm)));
    if (!comma && connectorLed && roleNouns.has(tokens[head].norm) && qualified) return undefined;
    if (between.filter((t) => !isCapitalised(t) && !complementWords.has(t.norm) && t.kind !== 'elision').length > 4) return undefined;
    // A capitalised word before any connector is another name the head belongs to ("le ministre Bruno Le
    // Maire, Jean Castex"); after one, it is the complement ("le président de Lubrizol France, Frédéric Henry").
    // A party's acronym right before the name is a label of the role ("la maire sortante PS Martine Aubry").
    let connector = false;
    for (const [n, t] of between.entries()) {
      if (complementWords.has(t.norm) || t.kind === 'elision') connector = true;
      else if (isCapitalised(t) && !connector && !(n === between.length - 1 && /^\p{Lu}{2,5}(?:-\p{Lu}{2,5})?$/u.test(t.text))) return undefined;
    }
  }
  // Before the head: qualifiers, other role nouns, adjectives, capitalised premodifiers ("LSE chief
  // executive", "US tycoon"), then a determiner, which ends the phrase.
  let start = head;
  let determiner: Token | undefined;
  for (let k = head - 1; k >= 0 && head - k <= 5; k--) {
    const t = tokens[k];
    const gap = gapAfter(k);
    if (!plainGap(gap) && !(t.kind === 'elision' && gap === '')) break;
    if (t.kind === 'number' || /^\d/.test(t.text) || calendarWords.has(t.norm)) break;
    if (determiners.has(t.norm) || possessives.has(t.norm)) {
      determiner = t;
      break;
    }
    if (roleQualifiers.has(t.norm) || isKindNoun(t.norm)) {
      start = k;
      continue;
    }
    // Not a word glued to an acronym by scraping ("BFMTVSon").
    // A single capital is a word of a name too ("X Factor winner"); "A" was read as a determiner above.
    if (isCapitalised(t) && !(isFunctionWord(t.norm) && !/^\p{Lu}+$/u.test(t.text)) && !/\p{Lu}{2}\p{Ll}/u.test(t.text)) {
      start = k;
      continue;
    }
    if (!isFunctionWord(t.norm) && /-/.test(t.norm)) {
      start = k;
      continue;
    }
    // A lower-case word with an adjective's ending, when a determiner follows ("the clearing firm").
    if (!isFunctionWord(t.norm) && (frenchAdjective.test(t.norm) || englishAdjective.test(t.norm) || /ing$/.test(t.norm)) && k > 0 && determiners.has(tokens[k - 1].norm)) {
      start = k;
      continue;
    }
    break;
  }
  const headNorm = tokens[head].norm;
  const opener = determiner ?? tokens[start];
  const beforeOpener = tokens[tokens.indexOf(opener) - 1];
  // Unless a comma closes the name after it ("la demande du PDG d’EDF, Jean-Bernard Lévy, est respectée"): then it
  // is the nearest noun's apposition.
  if (comma && !closed && beforeOpener && (['de', 'du', 'des', 'of'].includes(beforeOpener.norm) || beforeOpener.norm === "d'") && plainGap(gapAfter(tokens.indexOf(opener) - 1))) return undefined;
  // "Selon le quotidien, X a été arrêté", "alors qu'il rejoignait son épouse, X a été pris": a role completing a
  // word before it (a preposition, a verb) and closed by a comma that the name does not close again ends an
  // adverbial or a clause; the name opens the main clause (its verb follows), it is not the role's apposition.
  // A source's preposition always opens such an adverbial; after a verb, the name's own verb shows it (« Gina
  // Haspel et au directeur… », "Kampala this weekend" go on with the role's sentence).
  if (comma && !closed && determiner && nameEnd !== undefined) {
    const lead = text.slice(sentenceStart, from + determiner.start);
    const next = /^\s+(\p{Ll}[\p{L}]*['’]?)/u.exec(text.slice(nameEnd, nameEnd + 40))?.[1];
    const verbAfter = next !== undefined && (finiteWords.has(fold(next).replace(/’/g, "'")) || !isFunctionWord(fold(next)));
    if (next !== undefined && (sourceLead.test(lead) || (verbAfter && !/(?:^|[,;:(«"“—–])[\s"«“]*$/u.test(lead)))) return undefined;
  }
  // "according to Tass news agency, Gazprom": a bare kind noun before a comma ends an adverbial.
  if (comma && !determiner && start === head && !roleNouns.has(tokens[head].norm)) return undefined;
  if (comma) {
    // "According to Labor Department figures, US firms…": an adverbial, not an apposition; "Paul Boateng MP,
    // Labour's…": a name with its title.
    const previous = beforeOpener;
    // "la demande du PDG d’EDF, Jean-Bernard Lévy, est…": "du" holds the article, and the comma after the name
    // closes an apposition.
    const articleInside = closed && ['du', 'des', 'au', 'aux'].includes(previous?.norm ?? '');
    if (!determiner && previous && !articleInside && plainGap(gapAfter(tokens.indexOf(opener) - 1)) && isFunctionWord(previous.norm)) return undefined;
    if (tokens.slice(start, head).some((t) => isCapitalised(t))) return undefined;
    // "les villes de Londres, Hambourg et Paris": a plural whose complement is a name opens a list of names.
    if (/[sx]$/.test(headNorm) && !roleNouns.has(headNorm) && head < i && isCapitalised(tokens[i])) return undefined;
  }
  // "the best film Oscar", "food giant Nestle": a lone kind noun with no determiner says little and is often
  // part of another phrase; a role ("Chancellor", "star") says enough.
  if (!comma && !determiner && start === head && head === i && !roleNouns.has(tokens[head].norm)) return undefined;
  // "la commune de Préaux", "the city of Leeds": only a place noun right before "de"/"of" says what the name
  // is ("la banlieue de Dijon", "le port de Marseille" do not).
  if (afterConnector && !(appositivePlaceNouns.has(headNorm) && i === head + 1 && ['de', 'du', 'des', "d'", 'of'].includes(tokens[i].norm))) return undefined;
  // "la ville de Lyon" names it; "la quatrième ville de France", "une ville de France" speak of another place.
  if (afterConnector && (start !== head || !determiner || !['le', 'la', "l'", 'the'].includes(determiner.norm))) return undefined;
  // "les modèles BMW", "les époux Fillon", "des puces d’IA Nvidia": a plural without a comma names what the name
  // has, not what it is.
  if (!comma && /[sx]$/.test(headNorm) && !(determiner && possessives.has(determiner.norm)) && (!roleNouns.has(headNorm) || (determiner !== undefined && ['les', 'des'].includes(determiner.norm)))) return undefined;
  // "une version de pré-production de la nouvelle BMW M3": the adjective before the name is the name's own, and
  // the name completes the phrase.
  if (head < i && roleQualifiers.has(tokens[i].norm) && tokens.slice(head + 1, i).some((t) => complementWords.has(t.norm) || t.kind === 'elision')) return undefined;
  // "les emplois d'assistant des enfants Fillon": the name qualifies a plural just before it.
  if (head < i && /[sx]$/.test(tokens[i].norm) && !isCapitalised(tokens[i]) && tokens[i - 1] && ['les', 'des', 'the', 'ses', 'leurs'].includes(tokens[i - 1].norm)) return undefined;
  // "directeur général de Santé publique France": the name ends a capitalised complement, it is not defined by it.
  if (head < i && !comma && !isCapitalised(tokens[i]) && tokens.slice(head + 1, i).some((t) => isCapitalised(t))) return undefined;
  const phraseStart = tokens[start].start;
  let phrase = window.slice(phraseStart, end).replace(/\s+/g, ' ').trim();
  let named = tokens.slice(start, i + 1).some((t, n) => (n > 0 || start > 0 || t !== tokens[0]) && isCapitalised(t) && !isFunctionWord(t.norm));
  if (determiner && possessives.has(determiner.norm)) {
    const owner = ownerBefore(text, sentenceStart, from + determiner.start, determiner.norm);
    if (owner) {
      const english = ['its', 'his', 'her', 'their'].includes(determiner.norm);
      phrase = english ? `${phrase} of ${owner}` : `${phrase} ${/^[aeiouyâàéèêîïôûAEIOUYÂÀÉÈÊÎÏÔÛ]/u.test(owner) ? 'd’' : 'de '}${owner}`;
      named = true;
    }
  } else if (determiner && !afterConnector) {
    phrase = `${window.slice(determiner.start, phraseStart)}${phrase}`;
  }
  if (afterConnector) phrase = `${determiner ? window.slice(determiner.start, phraseStart) : ''}${phrase}`;
  return { text: phrase.trim(), head: headNorm, comma, named, afterConnector };
}

/** Determiners after which a name followed by a noun qualifies it ("its Yugansk unit", "a US court", "sa filiale"). */
const qualifyingDeterminers = new Set(['its', 'his', 'her', 'their', 'a', 'an', 'son', 'sa', 'ses', 'leur', 'leurs', 'un', 'une']);

/** Auxiliaries: a "role" noun after one is a participle ("j’avais prévenu", "a été élu"). */
const auxiliaries = new Set(['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'aurai', 'aura', 'aurais', 'aurait', 'auraient', 'eu', 'had', 'has', 'have', 'having']);

/** Prepositions that open an adverbial of source before a comma: « Selon le quotidien, », "According to the paper,". */
const sourceLead = /(?:^|[\s,;:(«"“])(?:selon|d['’]apr[èe]s|according\s+to)\s*$/iu;
/** Auxiliaries and other finite verbs that are function words: after a name, the main clause's verb. */
const finiteWords = new Set(['a', 'ont', 'est', 'sont', 'etait', 'etaient', 'avait', 'avaient', 'sera', 'seront', 'serait', 'aurait', 'va', 'vont', 'doit', 'peut', 'fait', "n'", 'ne', 'se', "s'", 'y', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'must', 'did', 'does', 'do', 'said', 'says']);

/** Prepositions after a sentence's first word that make it a participle opening an adverbial ("Arrêté à", "Born in"). */
const participleFollowers = /^\s+(?:à|a|au|aux|par|en|dans|sur|pour|lors|après|avant|depuis|chez|in|at|by|on|for|from|after|during)\b/iu;
/** A subject pronoun (« qu'il », "she"): the clause after it has a subject of its own. */
const subjectPronoun = /(?<![\p{L}])(?:il|elle|ils|elles|he|she|they)(?![\p{L}'’])/iu;

/**
 * Whether a later name of `names` (found in `before`) reads as a person: two capitalised words or more after a
 * kinship or role noun (« son beau-frère Pascal Troadec », "his lawyer John Smith").
 */
function personBetween(before: string, names: readonly { name: string; start: number }[]): boolean {
  return names.slice(1).some((n) => /\s/.test(n.name) && /(?:^|\s)(?:son|sa|ses|leur|leurs|his|her|their)\s+[\p{Ll}-]+\s*$/u.test(before.slice(0, n.start)));
}

/** Words after which a name is a place or a complement ("en Malaisie", "29 % of United"), not an owner. */
const notOwnerAfter = new Set(['en', 'a', 'au', 'aux', 'dans', 'sur', 'vers', 'in', 'on', 'at', 'to', 'into', 'from', 'depuis', 'de', 'du', 'des', 'of']);
const ownerName = /\p{Lu}[\p{L}\p{N}.&-]*(?:['’]\p{L}+)?(?:\s+(?:de\s+|of\s+)?\p{Lu}[\p{L}\p{N}.&-]*)*/gu;

/**
 * The owner a possessive determiner at `at` refers to: the sentence's subject when the sentence opens with
 * a name ("ByteDance continue … avec son modèle"), else the nearest name before it that is no place after a
 * preposition ("des entreprises comme Huawei …, leurs puces"). Undefined when the sentence names none.
 */
export function ownerBefore(text: string, sentenceStart: number, at: number, possessive: string): string | undefined {
  const before = text.slice(sentenceStart, at);
  const names: { name: string; start: number }[] = [];
  for (const m of before.matchAll(ownerName)) {
    // "L'affaire", "D'autres": an elided article capitalised at a sentence start, before a common noun.
    if (/^\p{Lu}['’]\p{Ll}/u.test(m[0])) continue;
    // "Arrêté à l'aéroport…", "Arrested at…": a participle opening the sentence, capitalised as its first word.
    if (/^[\s"«“'(]*$/.test(before.slice(0, m.index)) && !/\s/.test(m[0]) && /(?:é|ée|és|ées|ed)$/u.test(m[0]) && participleFollowers.test(before.slice(m.index + m[0].length))) continue;
    const name = m[0].replace(/['’]s$/, '').replace(/^(?:\p{L}+\s+)+/u, (lead) => (lead.trim().split(/\s+/).every((w) => isFunctionWord(w.toLowerCase())) ? '' : lead));
    if (!name) continue;
    const words = name.split(/\s+/);
    const prefix = before.slice(0, m.index);
    const prev = /([\p{L}'’]+)\s*$/u.exec(prefix)?.[1]?.toLowerCase().replace(/[’]/g, "'") ?? '';
    const prevWord = prev.replace(/^[ld]'/, '');
    if (words.length === 1 && isFunctionWord(name.toLowerCase())) continue;
    if (calendarWords.has(name.toLowerCase()) || /^\d/.test(name)) continue;
    // "its Yugansk unit", "a US court": a name between a determiner and a noun qualifies that noun.
    if (qualifyingDeterminers.has(prevWord) && /^\s+\p{Ll}/u.test(before.slice(m.index + m[0].length))) continue;
    // "Contacté par l'AFP, son avocat": the agent of a participle, a source, is no owner either.
    if (/(?:^|\s)(?:par|by|selon|d['’]apr[èe]s)\s+(?:(?:le|la|les)\s+|l['’])?$/iu.test(prefix)) continue;
    if (notOwnerAfter.has(prevWord) || /^d'$/.test(prev) || (/^(?:le|la|les|l')$/.test(prevWord) && /\b(?:en|dans|sur|vers|in|on|at)\s+(?:le|la|les|l['’])\s*$/iu.test(prefix))) continue;
    names.push({ name, start: m.index });
  }
  if (names.length === 0) return undefined;
  const opensWithName = /^[\s"«“'(]*$/.test(before.slice(0, names[0].start));
  // « X … a reconnu les meurtres de son beau-frère P et de son épouse B »: after another person named between the
  // subject and the possessive, « son » may be either's — no owner rather than the wrong one.
  if (opensWithName && possessive !== 'its') return names.length > 1 && personBetween(before, names) ? undefined : names[0].name;
  const nearest = names[names.length - 1];
  // "(Écosse), où il vit, … le retraité s'y exprime aux côtés de son épouse": a subject pronoun after the nearest
  // name speaks of someone else, whom the possessive refers to.
  if (subjectPronoun.test(before.slice(nearest.start + nearest.name.length))) return undefined;
  // "their investment vehicle" after "JP McManus and John Magnier": both own it.
  const previous = names[names.length - 2];
  if (previous && ['leur', 'leurs', 'their'].includes(possessive) && /^\s*(?:et|and|&)\s*$/.test(before.slice(previous.start + previous.name.length, nearest.start))) {
    return `${previous.name} ${possessive === 'their' ? 'and' : 'et'} ${nearest.name}`;
  }
  return nearest.name;
}
