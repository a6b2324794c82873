import { isFunctionWord } from '../text/functionWords';
import { isCountryKey } from './countries';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { isAcronym, mostFrequent, sample, type Candidate, type Group, type SentenceRef } from './candidates';
import type { Definition, EntityKind } from './types';
import { determiners, honorifics, nameHeads, organizationNouns, organizationWords, placeCues, placeHeads, placeNouns, productNouns, roleNouns, speechVerbs, thingHeads, weakPlaceCues } from './wordLists';

/** Endings of nouns that name people ("écologiste", "pneumologue", "chanteuse", "directrice"); "-eur" also names machines ("lanceur"). */
const personNoun = /^.{3,}(?:iste|logue|euse|trice)$/;
/** Words that end a definition's head noun phrase. */
const headEnds = new Set(['de', "d'", 'du', 'des', 'en', 'a', 'au', 'aux', 'dans', 'sur', 'pour', 'par', 'avec', 'comme', 'of', 'in', 'at', 'on', 'for', 'by', 'with', 'as', 'qui', 'que', 'who', 'which', 'that']);
const articlesBefore = new Set(['le', 'la', "l'", 'les', 'the']);
const ofConnectors = new Set(['de', "d'", 'du', 'des', 'of']);
/** Nouns whose "de X" complement is a place: "l’hôpital de Rennes", "le maire de Levallois", "the mayor of London". */
const placeTakingNouns = new Set([
  'hopital', 'mairie', 'maire', 'prefet', 'prefete', 'prefecture', 'tribunal', 'cour', 'universite', 'academie', 'diocese',
  'archeveque', 'eveque', 'port', 'aeroport', 'gare', 'usine', 'region', 'departement', 'commune', 'ville', 'village',
  'habitants', 'banlieue', 'centre', 'environs', 'depute', 'senateur', 'hospital', 'mayor', 'city', 'town', 'university',
  'bishop', 'archbishop', 'airport', 'people', 'residents', 'outskirts', 'suburbs', 'county', 'province', 'state',
]);

/**
 * Roles held in a company: the name they qualify ("Gazprom chief Alexei Miller", "WorldCom's collapse") or
 * complete ("le PDG d’EDF", "an analyst at Troika Dialog") is an organisation's.
 */
const corporateWords = new Set([
  'chief', 'boss', 'bosses', 'executive', 'executives', 'ceo', 'cfo', 'chairman', 'chairwoman', 'director', 'directors', 'spokesman',
  'spokeswoman', 'spokesperson', 'analyst', 'analysts', 'shareholder', 'shareholders', 'employees', 'staff', 'workers', 'board',
  'founder', 'owner', 'owners', 'shares', 'stake', 'subsidiary', 'unit', 'collapse', 'finances', 'accounts', 'accounting', 'profits',
  'pdg', 'directeur', 'directrice', 'patron', 'patronne', 'dirigeant', 'dirigeants', 'salaries', 'actionnaire', 'actionnaires',
  'porte-parole', 'filiale', 'fondateur', 'fondatrice', 'benefice', 'actions',
]);
/** Nouns whose "in X" is a company's capital, not a place: "shares in Manchester United", "a stake in Yukos". */
const holdingNouns = new Set(['shares', 'share', 'stake', 'stakes', 'holding', 'holdings', 'interest', 'investment', 'investments', 'capital', 'participation', 'parts']);
/** Words of a role that name public offices, whose qualifier is a place: "Texas Judge", "London mayor". */
const officeWords = new Set(['judge', 'mayor', 'governor', 'senator', 'minister', 'president', 'police', 'court', 'prosecutor', 'attorney', 'mp', 'mep', 'sheriff']);

/** Particles inside a person's name ("de Rugy", "von der Leyen"): no words of the name for its length. */
const surnameParticles = new Set(['de', 'du', 'von', 'van', 'der', 'den', 'di', 'da', 'dos', 'del']);

/** The kind of an entity, from its form and the words around its mentions. */
export function kindOf(group: Group): EntityKind {
  const votes: Record<EntityKind, number> = { person: 0, organization: 0, product: 0, place: 0, acronym: 0, other: 0 };
  const display = mostFrequent(group.surfaces);
  const words = group.key.split(' ');
  if (/\d/.test(display) && /\p{L}/u.test(display)) votes.product += 3;
  if (words.some((w) => organizationWords.has(w))) votes.organization += 3;
  // English names end on their head noun: "Electoral Commission", "Scottish National Party".
  if (words.length > 1 && organizationNouns.has(words[words.length - 1])) votes.organization += 2;
  // "Russian shareholders", "British firms": a nationality qualifies the noun after it, whatever it is.
  const nationality = words.length === 1 && /(?:an|ese|ish|ch)$/.test(words[0]);
  let sampled = 0;
  let determined = 0;
  for (const c of sample(group.candidates)) {
    const text = c.sentence.text;
    const before = tokenize(text.slice(Math.max(0, c.start - 60), c.start)).filter((t) => t.kind === 'word' || t.kind === 'elision');
    const after = fold(text.slice(c.end, c.end + 60));
    const prev = before[before.length - 1]?.norm;
    const prevPrev = before[before.length - 2]?.norm;
    if (/^\s*,\s*(?:le |la |l'|co-|vice-)?[\p{L}-]+/u.test(after) && roleNouns.has(after.replace(/^\s*,\s*(?:le |la |l')?/, '').split(/[\s,]/)[0])) votes.person += 3;
    if (prev && honorifics.has(prev)) votes.person += 3;
    if (/,\s*$/.test(text.slice(0, c.start)) && before.slice(-3).some((t) => roleNouns.has(t.norm))) votes.person += 2;
    if (speechVerbs.test(after.trim())) votes.person += 1;
    const afterConnector = prev !== undefined && ofConnectors.has(prev);
    // "Gazprom chief Alexei Miller", "WorldCom's collapse", "Yukos chief executive": the name qualifies a company's role.
    const nextWord = /^(?:['’]s?)?\s+([\p{L}-]+)/u.exec(after)?.[1];
    const qualifiesCompanyWord = nextWord !== undefined && corporateWords.has(nextWord) && !officeWords.has(nextWord) && !nationality;
    // "le PDG d’EDF", "an analyst at Troika Dialog", "shares in Manchester United": a company's.
    const completesCompanyWord = prevPrev !== undefined && ((afterConnector || prev === 'at' || prev === 'chez') && corporateWords.has(prevPrev));
    const holding = prevPrev !== undefined && (prev === 'in' || prev === 'dans') && holdingNouns.has(prevPrev);
    if (qualifiesCompanyWord || completesCompanyWord || holding) votes.organization += 1.5;
    // "l’hôpital de Rennes", "le maire de Levallois-Perret", "the mayor of London": a place.
    if (afterConnector && prevPrev && placeTakingNouns.has(prevPrev)) votes.place += 1.5;
    // "l’entreprise Lubrizol", "le ministère de l’Intérieur": a kind noun a little before the name, with no
    // punctuation between them ("« … la vie tout court », assène Gabriel Weisser" is no court's).
    else if (!afterConnector && before.slice(-3).some((t) => organizationNouns.has(t.norm) && !/[,;:«»"“”()]/.test(text.slice(Math.max(0, c.start - 60) + t.end, c.start)))) votes.organization += 1;
    // "le préfet Pierre-André Durand", "US district judge Mary Holt": a title right before the name.
    if (prev && roleNouns.has(prev) && /^\s$/.test(text.slice(before[before.length - 1].end + Math.max(0, c.start - 60), c.start))) votes.person += 2;
    if ((prev && productNouns.has(prev)) || (prevPrev && productNouns.has(prevPrev) && !isFunctionWord(prev ?? ''))) votes.product += 1;
    if (holding || completesCompanyWord) {
      // no place cue: "in" and "at" speak of the company
    } else if (prev && placeCues.has(prev)) votes.place += 1;
    else if (prev && determiners.has(prev) && prevPrev && ['dans', 'vers', 'hors', 'in', 'into'].includes(prevPrev)) votes.place += 1;
    else if (prev && weakPlaceCues.has(prev)) votes.place += 0.6;
    // "Santé publique France (SPF)": a name with an acronym of its initials is an institution's.
    const acronymAfter = /^\s*\((\p{Lu}{2,6})\)/u.exec(text.slice(c.end, c.end + 12))?.[1];
    if (acronymAfter && words.length >= 2 && words.map((w) => w[0]).join('').includes(fold(acronymAfter)[0]) && fold(acronymAfter)[0] === words[0][0]) votes.organization += 3;
    sampled++;
    if (prev && articlesBefore.has(prev) && /^\s?$/.test(text.slice(before[before.length - 1].end + Math.max(0, c.start - 60), c.start))) determined++;
    if (/^\s*(?:»|")/.test(text.slice(c.end, c.end + 3)) && /(?:«|")\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) votes.other += 1;
  }
  // "CFE-CGC", "AP-HP": acronyms joined by a hyphen.
  if (isAcronym(display) || /^\p{Lu}{2,6}(?:-\p{Lu}{1,6})+$/u.test(display)) return 'acronym';
  if (isCountryKey(group.key)) return 'place';
  // "la Maison Blanche", "l’Assemblée", "Le Monde": a name that takes an article is no person's.
  if (determined >= Math.max(2, sampled / 2)) votes.person = 0;
  // "Le Monde", "Le Figaro", "The Hague": an article inside the name.
  if (words.length > 1 && ['le', 'la', 'les', 'the'].includes(words[0])) votes.person = 0;
  // "Staples Center", "Police Scotland", "Terrorism Act": a head word no person is named by; "the Severn Bridge",
  // "la Maison Blanche": a kind noun heading a name written after an article.
  const thingHead = words.length > 1 ? (thingHeads.get(words[words.length - 1]) ?? thingHeads.get(words[0])) : undefined;
  const kindHead = words.length > 1 && [words[0], words[words.length - 1]].some((w) => organizationNouns.has(w) || placeNouns.has(w) || productNouns.has(w));
  if (thingHead || (kindHead && determined > 0 && determined >= sampled / 2)) votes.person = 0;
  // Not a list of countries ("Sweden and Finland", "Serbia & Montenegro").
  const countryLast = words.length > 1 && !['le', 'la', 'les', 'the'].includes(words[0]) && isCountryKey(words[words.length - 1]) && !words.slice(0, -1).some((w) => isCountryKey(w) || ['and', 'et', '&', 'or', 'ou'].includes(w));
  if (countryLast) votes.person = 0;
  if (words.length > 1 && placeHeads.has(words[0])) return 'place';
  if (words.length > 1 && nameHeads.has(words[0])) return 'organization';
  // A person is rarely named by one word alone; a lone surname joins its full name later.
  if (words.length === 1) votes.person *= 0.3;
  const best = (Object.entries(votes) as [EntityKind, number][]).sort((a, b) => b[1] - a[1])[0];
  if (best[1] >= 1) return best[0];
  if (thingHead) return thingHead;
  // « Maison Blanche », "Severn Bridge": French names open on their kind noun, English ones end on it.
  if (kindHead && (determined > 0 || organizationNouns.has(words[0]))) {
    const head = [words[words.length - 1], words[0]].find((w) => organizationNouns.has(w) || placeNouns.has(w) || productNouns.has(w))!;
    return placeNouns.has(head) ? 'place' : organizationNouns.has(head) ? 'organization' : 'product';
  }
  // Two or three capitalised words with no other cue read as a person's name ("Deng Xiaoping").
  // Separate words: "Haute-Loire" is one.
  const nameWords = words.filter((w) => !surnameParticles.has(w)).length;
  // "Météo France", "Air India": a name that ends on a country's, no article before it, is an institution's.
  if (countryLast) return best[1] >= 0.5 ? best[0] : 'organization';
  if (nameWords >= 2 && nameWords <= 3 && display.trim().split(/\s+/).length >= 2 && !['le', 'la', 'les', 'the'].includes(words[0]) && (group.titleCase ?? group.candidates.every((c) => c.titleCase)) && determined < Math.max(2, sampled / 2)) return 'person';
  return best[1] >= 0.5 && best[0] !== 'person' ? best[0] : 'other';
}

/**
 * Names listed together share a kind: an entity with no cue of its own ("Baidu" in "Tencent et Baidu")
 * takes the kind most of its list partners have.
 */
export function propagateKinds(groups: Map<string, Group>, kinds: Map<Group, EntityKind>): void {
  // Only the sentences of groups with no kind are read: the others are not indexed (most of the corpus's).
  const open = new Set<SentenceRef>();
  for (const group of groups.values()) if (kinds.get(group) === 'other') for (const candidate of group.candidates) open.add(candidate.sentence);
  const bySentence = new Map<SentenceRef, { group: Group; candidate: Candidate }[]>();
  for (const group of groups.values()) {
    for (const candidate of group.candidates) {
      if (!open.has(candidate.sentence)) continue;
      const list = bySentence.get(candidate.sentence);
      if (list) list.push({ group, candidate });
      else bySentence.set(candidate.sentence, [{ group, candidate }]);
    }
  }
  for (const group of groups.values()) {
    if (kinds.get(group) !== 'other') continue;
    const votes = new Map<EntityKind, number>();
    for (const c of group.candidates) {
      for (const { group: partner, candidate: p } of bySentence.get(c.sentence) ?? []) {
        if (partner === group) continue;
        const between = p.start >= c.end ? c.sentence.text.slice(c.end, p.start) : c.sentence.text.slice(p.end, c.start);
        if (!/^(?:\s*,\s*[^,]{0,30}?)?\s*(?:,|et|ou|and|or)\s*$/.test(between) || between.length > 40) continue;
        const kind = kinds.get(partner);
        if (kind && kind !== 'other' && kind !== 'acronym') votes.set(kind, (votes.get(kind) ?? 0) + 1);
      }
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) kinds.set(group, best[0]);
  }
}

/** Agent nouns that name companies after an industry ("oil producer", "steel maker"). */
const firmAgents = new Set(['producer', 'producers', 'maker', 'makers', 'supplier', 'suppliers', 'operator', 'operators', 'provider', 'retailer', 'exporter', 'importer', 'manufacturer', 'refiner', 'miner', 'distributor', 'carrier']);
/** Industries: what a company produces or sells. */
const industries = new Set(['oil', 'gas', 'steel', 'car', 'chip', 'drinks', 'drink', 'food', 'phone', 'mobile', 'telecoms', 'energy', 'power', 'electricity', 'coal', 'aluminium', 'copper', 'gold', 'iron', 'nickel', 'wine', 'beer', 'tobacco', 'drug', 'drugs', 'arms', 'aircraft', 'software', 'computer', 'mining', 'metals', 'grain', 'sugar', 'coffee', 'cocoa', 'chemicals', 'cement', 'paper', 'diamond', 'crude', 'nuclear']);
/** Words only English phrases have. */
const englishMarkers = new Set(['the', 'a', 'an', 'of', 'its', 'his', 'her', 'their', 'and', 'for', 'at', 'which', 'who']);
/** Words only French phrases have: with none of them, a defining phrase is read as English. */
const frenchMarkers = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'du', 'des', 'de', "d'", 'son', 'sa', 'ses', 'leur', 'au', 'aux', 'et']);

/** The kind a defining phrase names: "son moteur de recherche" (a product), "président de …" (a person), "la commune de X" (a place). */
export function kindFromDefinition(definition: Definition): EntityKind | undefined {
  if (definition.source === 'sentence' || definition.source === 'relative-clause') return undefined;
  // The head noun phrase: the words before the first preposition ("présentée en modèle de…" names no kind).
  const all = fold(definition.text).split(/[\s,]+/);
  const cut = all.findIndex((w, n) => n > 0 && headEnds.has(w.replace(/'.*/, "'")));
  const words = (cut < 0 ? all : all.slice(0, cut)).map((w) => w.replace(/^[ld]'/, '')).filter((w) => w && !determiners.has(w));
  // "Russia's fourth-biggest oil producer", "the carmaker": an agent of an industry is a company.
  const firmAgent = words.findIndex((w, n) => firmAgents.has(w) && n > 0 && industries.has(words[n - 1]));
  if (firmAgent >= 0) return 'organization';
  // A role anywhere in it makes a person ("US district judge"); else the kind noun says the kind: the first in
  // French ("le groupe pétrolier"), the last in an English compound ("the state gas firm", "US phone company").
  const isKind = (w: string) => productNouns.has(w) || organizationNouns.has(w) || placeNouns.has(w) || personNoun.test(w);
  const isNounKind = (w: string) => productNouns.has(w) || organizationNouns.has(w) || placeNouns.has(w);
  const english = all.some((w) => englishMarkers.has(w) || /['’]s?$/.test(w));
  const french = all.some((w) => frenchMarkers.has(w.replace(/'.*/, "'")));
  // With neither language's small words ("US phone company", "mouvement islamiste"), the last of the kind nouns
  // proper: an adjective in -iste follows a French head.
  const compound = english || french ? undefined : words.slice(0, 5).filter(isNounKind).pop();
  const isRole = (w: string) => roleNouns.has(w) || /^(?:ex|vice|co|sous)-/.test(w);
  // An English compound ends on its head: "analyst firm", "research company" are firms, "the firm's analyst" and
  // "US district judge" people; a French phrase opens on it, and a role anywhere in it makes a person.
  // Only its very last word: "chief market strategist" is a person's, whatever "market" is.
  const last = words.length <= 6 ? words[words.length - 1] : undefined;
  const englishHead = !french && last !== undefined && isNounKind(last) && !isRole(last) ? last : undefined;
  const head = englishHead ?? words.slice(0, 6).find(isRole) ?? compound ?? (english && !french ? words.slice(0, 5).filter(isKind).pop() : words.slice(0, 5).find(isKind));
  if (!head) return undefined;
  if (roleNouns.has(head) || personNoun.test(head) || /^(?:ex|vice|co|sous)-/.test(head)) return 'person';
  if (productNouns.has(head)) return 'product';
  if (organizationNouns.has(head)) return 'organization';
  if (placeNouns.has(head)) return 'place';
  return undefined;
}
