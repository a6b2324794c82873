import { isFunctionWord } from '../text/functionWords';
import { isCountryKey } from './countries';
import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { isAcronym, mostFrequent, sample, type Candidate, type Group, type SentenceRef } from './candidates';
import type { Definition, EntityKind } from './types';
import { determiners, honorifics, nameHeads, organizationNouns, organizationWords, placeCues, placeHeads, placeNouns, productNouns, roleNouns, speechVerbs, weakPlaceCues } from './wordLists';

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

/** The kind of an entity, from its form and the words around its mentions. */
export function kindOf(group: Group): EntityKind {
  const votes: Record<EntityKind, number> = { person: 0, organization: 0, product: 0, place: 0, acronym: 0, other: 0 };
  const display = mostFrequent(group.surfaces);
  const words = group.key.split(' ');
  if (/\d/.test(display) && /\p{L}/u.test(display)) votes.product += 3;
  if (words.some((w) => organizationWords.has(w))) votes.organization += 3;
  // English names end on their head noun: "Electoral Commission", "Scottish National Party".
  if (words.length > 1 && organizationNouns.has(words[words.length - 1])) votes.organization += 2;
  let sampled = 0;
  let determined = 0;
  for (const c of sample(group.candidates)) {
    const text = c.sentence.text;
    const before = tokenize(text.slice(Math.max(0, c.start - 60), c.start)).filter((t) => t.kind === 'word' || t.kind === 'elision');
    const after = fold(text.slice(c.end, c.end + 60));
    const prev = before[before.length - 1]?.norm;
    const prev2 = before.slice(-3).map((t) => t.norm);
    const prevPrev = before[before.length - 2]?.norm;
    if (/^\s*,\s*(?:le |la |l'|co-|vice-)?[\p{L}-]+/u.test(after) && roleNouns.has(after.replace(/^\s*,\s*(?:le |la |l')?/, '').split(/[\s,]/)[0])) votes.person += 3;
    if (prev && honorifics.has(prev)) votes.person += 3;
    if (/,\s*$/.test(text.slice(0, c.start)) && before.slice(-3).some((t) => roleNouns.has(t.norm))) votes.person += 2;
    if (speechVerbs.test(after.trim())) votes.person += 1;
    const afterConnector = prev !== undefined && ofConnectors.has(prev);
    // "l’hôpital de Rennes", "le maire de Levallois-Perret", "the mayor of London": a place.
    if (afterConnector && prevPrev && placeTakingNouns.has(prevPrev)) votes.place += 1.5;
    else if (!afterConnector && prev2.some((w) => organizationNouns.has(w))) votes.organization += 1;
    // "le préfet Pierre-André Durand", "US district judge Mary Holt": a title right before the name.
    if (prev && roleNouns.has(prev) && /^\s$/.test(text.slice(before[before.length - 1].end + Math.max(0, c.start - 60), c.start))) votes.person += 2;
    if ((prev && productNouns.has(prev)) || (prevPrev && productNouns.has(prevPrev) && !isFunctionWord(prev ?? ''))) votes.product += 1;
    if (prev && placeCues.has(prev)) votes.place += 1;
    else if (prev && determiners.has(prev) && prevPrev && ['dans', 'vers', 'hors', 'in', 'into'].includes(prevPrev)) votes.place += 1;
    else if (prev && weakPlaceCues.has(prev)) votes.place += 0.6;
    sampled++;
    if (prev && articlesBefore.has(prev) && /^\s?$/.test(text.slice(before[before.length - 1].end + Math.max(0, c.start - 60), c.start))) determined++;
    if (/^\s*(?:»|")/.test(text.slice(c.end, c.end + 3)) && /(?:«|")\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) votes.other += 1;
  }
  if (isAcronym(display)) return 'acronym';
  if (isCountryKey(group.key)) return 'place';
  // "la Maison Blanche", "l’Assemblée", "Le Monde": a name that takes an article is no person's.
  if (determined >= Math.max(2, sampled / 2)) votes.person = 0;
  if (words.length > 1 && placeHeads.has(words[0])) return 'place';
  if (words.length > 1 && nameHeads.has(words[0])) return 'organization';
  // A person is rarely named by one word alone; a lone surname joins its full name later.
  if (words.length === 1) votes.person *= 0.3;
  const best = (Object.entries(votes) as [EntityKind, number][]).sort((a, b) => b[1] - a[1])[0];
  if (best[1] >= 1) return best[0];
  // Two or three capitalised words with no other cue read as a person's name ("Deng Xiaoping").
  if (words.length >= 2 && words.length <= 3 && group.candidates.every((c) => c.titleCase) && determined < Math.max(2, sampled / 2)) return 'person';
  return best[1] >= 0.5 && best[0] !== 'person' ? best[0] : 'other';
}

/**
 * Names listed together share a kind: an entity with no cue of its own ("Baidu" in "Tencent et Baidu")
 * takes the kind most of its list partners have.
 */
export function propagateKinds(groups: Map<string, Group>, kinds: Map<Group, EntityKind>): void {
  const bySentence = new Map<SentenceRef, { group: Group; candidate: Candidate }[]>();
  for (const group of groups.values()) {
    for (const candidate of group.candidates) {
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

/** The kind a defining phrase names: "son moteur de recherche" (a product), "président de …" (a person), "la commune de X" (a place). */
export function kindFromDefinition(definition: Definition): EntityKind | undefined {
  if (definition.source === 'sentence' || definition.source === 'relative-clause') return undefined;
  // The head noun phrase: the words before the first preposition ("présentée en modèle de…" names no kind).
  const all = fold(definition.text).split(/[\s,]+/);
  const cut = all.findIndex((w, n) => n > 0 && headEnds.has(w.replace(/'.*/, "'")));
  const words = (cut < 0 ? all : all.slice(0, cut)).map((w) => w.replace(/^[ld]'/, '')).filter((w) => w && !determiners.has(w));
  // A role anywhere in it makes a person ("US district judge"); else the first kind noun says the kind.
  const head = words.slice(0, 6).find((w) => roleNouns.has(w) || /^(?:ex|vice|co|sous)-/.test(w)) ?? words.slice(0, 5).find((w) => productNouns.has(w) || organizationNouns.has(w) || placeNouns.has(w) || personNoun.test(w));
  if (!head) return undefined;
  if (roleNouns.has(head) || personNoun.test(head) || /^(?:ex|vice|co|sous)-/.test(head)) return 'person';
  if (productNouns.has(head)) return 'product';
  if (organizationNouns.has(head)) return 'organization';
  if (placeNouns.has(head)) return 'place';
  return undefined;
}
