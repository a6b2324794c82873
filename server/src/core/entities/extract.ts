import damerauLevenshtein from 'damerau-levenshtein';
import type { CorpusDocument, Sentence } from '../corpus/document';
import type { NameStats } from '../index/nameStats';
import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import type { Span } from '../types';
import type { Definition, DefinitionSource, Entity, EntityKind, Mention } from './types';

/**
 * Entity extraction from the corpus itself, with no list of names: proper names are what the corpus writes
 * capitalised away from sentence starts, acronyms, and names with digits ("Qwen2.5-Max", "GPT-4", "R1").
 * The word lists below are general French and English grammar (determiners, role nouns, cue words), never
 * names or facts of a corpus.
 */

/** Head nouns that take a "de" complement inside a name: "Université de Witwatersrand", "Afrique du Sud". */
const nameHeads = new Set([
  'universite', 'university', 'ministere', 'ministry', 'banque', 'bank', 'institut', 'institute', 'academie', 'musee',
  'ecole', 'republique', 'afrique', 'amerique', 'coree', 'golfe', 'mer', 'cap', 'port', 'conseil', 'commission',
  'cour', 'agence', 'office', 'centre', 'parc', 'tunnel', 'ligne', 'departement', 'department', 'federation', 'union',
  'chambre', 'fondation', 'foundation', 'bureau', 'college', 'societe', 'groupe', 'caisse', 'comite', 'tribunal',
]);
/** Name heads that make a place ("Afrique du Sud", "mer de Chine"); the other heads make an organisation. */
const placeHeads = new Set(['afrique', 'amerique', 'coree', 'golfe', 'mer', 'cap', 'republique', 'cote', 'pays', 'val', 'vallee', 'mont', 'lac', 'ile', 'iles']);
const adjectiveEnding = /(?:eenne|een|aise|ais|que|ques|ale|al|aux|ienne|ien|ane|aine|ain|oise|ois)$/;
const lowercaseHeads = new Set(['ministere', 'ministeres', 'secretariat', 'prefecture', 'departement', 'ministry']);
const nameConnectors = new Set(['de', 'du', 'des', "d'", 'of', 'la', 'of the', '&', 'and']);

/** Role nouns: "Martin Lau, président de Tencent" makes Martin Lau a person. */
const roleNouns = new Set([
  'president', 'presidente', 'pdg', 'ceo', 'fondateur', 'fondatrice', 'co-fondateur', 'co-fondatrice', 'cofondateur',
  'cofondatrice', 'directeur', 'directrice', 'ministre', 'chercheur', 'chercheuse', 'analyste', 'porte-parole',
  'dirigeant', 'dirigeante', 'patron', 'patronne', 'ingenieur', 'ingenieure', 'economiste', 'professeur', 'professeure',
  'journaliste', 'depute', 'deputee', 'senateur', 'maire', 'secretaire', 'vice-president', 'vice-presidente',
  'responsable', 'chef', 'cheffe', 'gouverneur', 'chairman', 'founder', 'co-founder', 'director', 'minister',
  'researcher', 'analyst', 'spokesperson', 'spokesman', 'executive', 'head', 'chief', 'manager', 'gerant', 'gerante',
]);
const speechVerbs = /^(?:a|avait|aurait|has|had)?\s*(?:declare|indique|revele|souligne|affirme|explique|exprime|estime|assure|precise|annonce|reaffirme|conteste|ajoute|said|says|stated|told|explained|noted|added|announced)/;
const honorifics = new Set(['m', 'mme', 'mlle', 'dr', 'mr', 'mrs', 'ms', 'pr']);

/** Nouns that say what kind of thing follows: "des entreprises comme X", "le modèle X". */
const organizationNouns = new Set([
  'entreprise', 'entreprises', 'societe', 'societes', 'groupe', 'groupes', 'geant', 'geants', 'firme', 'firmes',
  'start-up', 'startup', 'banque', 'banques', 'compagnie', 'fournisseur', 'fournisseurs', 'operateur', 'operateurs',
  'constructeur', 'editeur', 'institution', 'institutions', 'organisation', 'organisations', 'cooperative', 'filiale',
  'filiales', 'acteurs', 'company', 'companies', 'firm', 'firms', 'group', 'bank', 'banks', 'startups',
]);
const productNouns = new Set([
  'modele', 'modeles', 'puce', 'puces', 'application', 'applications', 'app', 'chatbot', 'llm', 'logiciel', 'produit',
  'produits', 'processeur', 'processeurs', 'moteur', 'assistant', 'plateforme', 'service', 'model', 'models', 'chip',
  'chips', 'software', 'product', 'engine', 'solution', 'systeme', 'outil', 'gamme', 'version', 'serie', 'reseau',
]);
const organizationWords = new Set(['cloud', 'company', 'services', 'daily', 'group', 'ai', 'bank', 'inc', 'corp', 'labs', 'web', 'oil', 'technologies', 'energy', 'capital', 'holding', 'systems', 'news', 'times', 'journal', 'sa', 'sas', 'gmbh', 'ltd', 'plc']);
const placeCues = new Set(['en', 'au', 'aux', 'vers', 'in', 'to', 'hors']);
const weakPlaceCues = new Set(['a', 'depuis', 'from', 'at']);
const determiners = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cette', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);

/**
 * The tokens of corpus sentences for one extraction, computed once (extraction reads each sentence several
 * times) and dropped with it: kept for good they would weigh more than the corpus.
 */
let sentenceTokens = new Map<Sentence, Token[]>();

function tokensOf(sentence: Sentence): Token[] {
  let tokens = sentenceTokens.get(sentence);
  if (!tokens) {
    tokens = tokenize(sentence.text);
    sentenceTokens.set(sentence, tokens);
  }
  return tokens;
}

interface Candidate {
  surface: string;
  key: string;
  tokens: Token[];
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  doc: CorpusDocument;
  sentence: Sentence;
}

interface Group {
  key: string;
  /** A person's full name, which names the entity even when the surname alone is more frequent. */
  fullName?: string;
  /** The acronym merged into this spelled-out name: the name stays the display name. */
  acronym?: string;
  surfaces: Map<string, number>;
  candidates: Candidate[];
}

/** A name key: folded, possessives dropped, spaces and hyphens evened out. */
export function entityKey(surface: string): string {
  return fold(surface)
    .replace(/['’]s$/, '')
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}

function isNameToken(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const text = token.text;
  const first = text[0];
  if (/\p{L}/u.test(text) && /\d/.test(text)) return true;
  return first !== first.toLowerCase() || /.\p{Lu}/u.test(text);
}

function isAcronym(text: string): boolean {
  return /^[\p{Lu}]{2,6}$/u.test(text);
}

/** Candidate names of one sentence: runs of name tokens, joined by connectors after a head noun. */
function candidatesOf(doc: CorpusDocument, sentence: Sentence, names: NameStats, words: NameUse): Candidate[] {
  const text = sentence.text;
  const tokens = tokensOf(sentence);
  const found: Candidate[] = [];
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  // A quoted or bulleted sentence start is still a start.
  if (firstWord < 0) return found;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!isNameToken(token) || !acceptable(token, i === firstWord, names, tokens[i + 1])) {
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j];
      const gap = text.slice(tokens[j - 1].end, next.start);
      if (isNameToken(next) && /^[\s]?$/.test(gap) && joinable(tokens[end], next, words.alone)) {
        end = j;
        continue;
      }
      const after = tokens[j + 1];
      // "Conseil d’État", "Red Ibérica de Transporte": joined over "de" after a head noun, or when the word after
      // never stands alone as a name ("Qwen2.5-Max d’Alibaba" stays two names).
      if (
        nameConnectors.has(next.norm) &&
        after &&
        isNameToken(after) &&
        /^\s?$/.test(gap) &&
        /^\s?$/.test(text.slice(next.end, after.start)) &&
        !/\d/.test(tokens[end].text) &&
        (nameHeads.has(tokens[end].norm) || (!words.standalone.has(after.norm) && !isFunctionWord(after.norm)))
      ) {
        end = j + 1;
        j++;
        continue;
      }
      // "Union européenne", "Banque centrale européenne": a head noun takes lowercase adjectives.
      if ((nameHeads.has(tokens[i].norm) || placeHeads.has(tokens[i].norm)) && /^\s$/.test(gap) && /^\p{Ll}/u.test(next.text) && adjectiveEnding.test(next.norm)) {
        end = j;
        continue;
      }
      break;
    }
    // "ministère des Armées": French writes some institutional heads in lower case.
    if (i >= 2 && nameConnectors.has(tokens[i - 1].norm) && lowercaseHeads.has(tokens[i - 2].norm) && /^\s?$/.test(text.slice(tokens[i - 2].end, tokens[i - 1].start))) {
      i -= 2;
    }
    const span = tokens.slice(i, end + 1);
    const surface = text.slice(span[0].start, span[span.length - 1].end);
    if (isWorthy(surface, span)) found.push({ surface, key: entityKey(surface), tokens: span, start: span[0].start, end: span[span.length - 1].end, doc, sentence });
    i = end + 1;
  }
  return found;
}

/**
 * Whether a capitalised token can start a name. At a sentence start, only when the corpus writes it as a
 * name elsewhere, or it is no function word and another name word follows ("Dou Shen, de Baidu, …").
 */
function acceptable(token: Token, sentenceStart: boolean, names: NameStats, next: Token | undefined): boolean {
  if (isFunctionWord(token.norm) && !isAcronym(token.text)) return false;
  if (!sentenceStart) return true;
  if (names.isName(token.norm) || /.\p{Lu}/u.test(token.text) || /\d/.test(token.text)) return true;
  return next !== undefined && isNameToken(next) && (!isFunctionWord(next.norm) || isAcronym(next.text));
}

/**
 * Two adjacent name words belong to one name, except an acronym the corpus also uses alone beside another
 * name ("puces IA Nvidia" is two names; "SNCF Voyageurs" is one).
 */
function joinable(previous: Token, next: Token, alone: ReadonlySet<string>): boolean {
  const separate = (t: Token) => isAcronym(t.text) && !organizationWords.has(t.norm) && alone.has(t.norm);
  return !separate(previous) && !separate(next);
}

function isWorthy(surface: string, tokens: Token[]): boolean {
  if (surface.length < 2) return false;
  // A head noun alone ("Société", "Union") is the start of a name the sentence did not finish.
  if (tokens.length === 1 && (nameHeads.has(tokens[0].norm) || placeHeads.has(tokens[0].norm))) return false;
  if (tokens.length === 1 && /^\p{Lu}$/u.test(surface)) return false;
  return /\p{L}/u.test(surface);
}

/** Extracts, merges, types and defines the entities of a corpus. */
export function extractEntities(docs: readonly CorpusDocument[], names: NameStats): Entity[] {
  try {
    return extract(docs, names);
  } finally {
    sentenceTokens = new Map();
  }
}

function extract(docs: readonly CorpusDocument[], names: NameStats): Entity[] {
  const groups = new Map<string, Group>();
  const use = nameUse(docs);
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      for (const candidate of candidatesOf(doc, sentence, names, use)) {
        let group = groups.get(candidate.key);
        if (!group) {
          group = { key: candidate.key, surfaces: new Map(), candidates: [] };
          groups.set(candidate.key, group);
        }
        group.surfaces.set(candidate.surface, (group.surfaces.get(candidate.surface) ?? 0) + 1);
        group.candidates.push(candidate);
      }
    }
  }
  mergeMisspellings(groups);
  mergeDomainNames(groups);
  const kinds = new Map<Group, EntityKind>();
  for (const group of groups.values()) kinds.set(group, kindOf(group));
  propagateKinds(groups, kinds);
  mergeAcronyms(groups);
  mergeSurnames(groups, kinds);
  const entities = [...groups.values()].map((group) => toEntity(group, kinds.get(group) ?? 'other'));
  linkRelated(entities, groups);
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** How the corpus uses capitalised words: `standalone`, not after "de"/"d’"; `alone`, with no name word after. */
interface NameUse {
  standalone: Set<string>;
  alone: Set<string>;
}

function nameUse(docs: readonly CorpusDocument[]): NameUse {
  const use: NameUse = { standalone: new Set(), alone: new Set() };
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      const tokens = tokensOf(sentence);
      for (let i = 1; i < tokens.length; i++) {
        if (!isNameToken(tokens[i])) continue;
        if (!nameConnectors.has(tokens[i - 1].norm)) use.standalone.add(tokens[i].norm);
        if (!tokens[i + 1] || !isNameToken(tokens[i + 1])) use.alone.add(tokens[i].norm);
      }
    }
  }
  return use;
}

/** Merges names the corpus spells two ways ("Deepseek"/"Deepsek", "latenode"/"letenode") into the more frequent. */
function mergeMisspellings(groups: Map<string, Group>): void {
  const byCount = [...groups.values()].sort((a, b) => b.candidates.length - a.candidates.length);
  for (const small of [...byCount].reverse()) {
    if (!groups.has(small.key) || small.key.length < 6 || small.key.includes(' ')) continue;
    for (const big of byCount) {
      if (big === small || !groups.has(big.key) || big.candidates.length < small.candidates.length || big.key.includes(' ')) continue;
      if (Math.abs(big.key.length - small.key.length) > 1 || /\d/.test(big.key + small.key)) continue;
      if (big.key[0] !== small.key[0] && big.key.slice(-2) !== small.key.slice(-2)) continue;
      if (damerauLevenshtein(big.key, small.key).steps !== 1) continue;
      for (const [surface, n] of small.surfaces) big.surfaces.set(surface, (big.surfaces.get(surface) ?? 0) + n);
      big.candidates.push(...small.candidates);
      groups.delete(small.key);
      break;
    }
  }
}

/** An acronym given in parentheses right after a name ("Agence spatiale européenne (ASE)") is that entity. */
function mergeAcronyms(groups: Map<string, Group>): void {
  for (const acronym of [...groups.values()]) {
    if (!isAcronym(mostFrequent(acronym.surfaces))) continue;
    let owner: Group | undefined;
    for (const c of acronym.candidates) {
      if (!/\(\s*$/.test(c.sentence.text.slice(0, c.start))) continue;
      const before = c.sentence.text.slice(0, c.start).replace(/\s*\(\s*$/, '');
      owner = [...groups.values()].find((g) => g !== acronym && g.candidates.some((o) => o.sentence === c.sentence && o.end === before.length));
      if (owner) break;
    }
    if (!owner) continue;
    for (const [surface, n] of acronym.surfaces) owner.surfaces.set(surface, (owner.surfaces.get(surface) ?? 0) + n);
    owner.candidates.push(...acronym.candidates);
    owner.acronym = mostFrequent(acronym.surfaces);
    groups.delete(acronym.key);
  }
}

/** A company named by its web address ("JD.com") and by its bare name ("JD") is one entity. */
function mergeDomainNames(groups: Map<string, Group>): void {
  for (const group of [...groups.values()]) {
    const base = /^(.+)\.(?:com|cn|net|org|io|ai|fr|co)$/.exec(group.key)?.[1];
    const bare = base ? groups.get(base) : undefined;
    if (!bare) continue;
    for (const [surface, n] of bare.surfaces) group.surfaces.set(surface, (group.surfaces.get(surface) ?? 0) + n);
    group.candidates.push(...bare.candidates);
    groups.delete(bare.key);
  }
}

/** A surname or first name alone ("Lau") joins the one person whose full name ends or starts with it. */
function mergeSurnames(groups: Map<string, Group>, kinds: Map<Group, EntityKind>): void {
  const people = [...groups.values()].filter((g) => kinds.get(g) === 'person' && g.key.includes(' '));
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ')) continue;
    const owners = people.filter((p) => {
      const parts = p.key.split(' ');
      return parts[parts.length - 1] === group.key || parts[0] === group.key;
    });
    const inOtherNames = [...groups.values()].some((g) => g.key.includes(' ') && !owners.includes(g) && g.key.split(' ').includes(group.key));
    if (owners.length !== 1 || inOtherNames || kinds.get(group) === 'organization' || kinds.get(group) === 'place') continue;
    const owner = owners[0];
    owner.fullName ??= mostFrequent(owner.surfaces);
    for (const [surface, n] of group.surfaces) owner.surfaces.set(surface, (owner.surfaces.get(surface) ?? 0) + n);
    owner.candidates.push(...group.candidates);
    groups.delete(group.key);
  }
}

/** The kind of an entity, from its form and the words around its mentions. */
function kindOf(group: Group): EntityKind {
  const votes: Record<EntityKind, number> = { person: 0, organization: 0, product: 0, place: 0, acronym: 0, other: 0 };
  const display = mostFrequent(group.surfaces);
  const words = group.key.split(' ');
  if (/\d/.test(display) && /\p{L}/u.test(display)) votes.product += 3;
  if (words.some((w) => organizationWords.has(w))) votes.organization += 3;
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
    if (prev2.some((w) => organizationNouns.has(w))) votes.organization += 1;
    if ((prev && productNouns.has(prev)) || (prevPrev && productNouns.has(prevPrev) && !isFunctionWord(prev ?? ''))) votes.product += 1;
    if (prev && placeCues.has(prev)) votes.place += 1;
    else if (prev && determiners.has(prev) && prevPrev && ['dans', 'vers', 'hors', 'in', 'into'].includes(prevPrev)) votes.place += 1;
    else if (prev && weakPlaceCues.has(prev)) votes.place += 0.6;
    if (/^\s*(?:»|")/.test(text.slice(c.end, c.end + 3)) && /(?:«|")\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start))) votes.other += 1;
  }
  if (isAcronym(display)) return 'acronym';
  if (words.length > 1 && placeHeads.has(words[0])) return 'place';
  if (words.length > 1 && nameHeads.has(words[0])) return 'organization';
  // A person is rarely named by one word alone; a lone surname joins its full name later.
  if (words.length === 1) votes.person *= 0.3;
  const best = (Object.entries(votes) as [EntityKind, number][]).sort((a, b) => b[1] - a[1])[0];
  if (best[1] >= 1) return best[0];
  // Two or three capitalised words with no other cue read as a person's name ("Deng Xiaoping").
  if (words.length >= 2 && words.length <= 3 && group.candidates.every((c) => c.tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)))) return 'person';
  return best[1] >= 0.5 && best[0] !== 'person' ? best[0] : 'other';
}

/**
 * Names listed together share a kind: an entity with no cue of its own ("Baidu" in "Tencent et Baidu")
 * takes the kind most of its list partners have.
 */
function propagateKinds(groups: Map<string, Group>, kinds: Map<Group, EntityKind>): void {
  const bySentence = new Map<string, { group: Group; candidate: Candidate }[]>();
  for (const group of groups.values()) {
    for (const candidate of group.candidates) {
      const key = `${candidate.doc.path}#${candidate.sentence.index}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), { group, candidate }]);
    }
  }
  for (const group of groups.values()) {
    if (kinds.get(group) !== 'other') continue;
    const votes = new Map<EntityKind, number>();
    for (const c of group.candidates) {
      for (const { group: partner, candidate: p } of bySentence.get(`${c.doc.path}#${c.sentence.index}`) ?? []) {
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

/** Mentions read for an entity's kind and definition: the first ones are enough, and keep big corpora fast. */
const sampledMentions = 60;

function sample<T>(candidates: readonly T[]): readonly T[] {
  return candidates.length <= sampledMentions ? candidates : candidates.slice(0, sampledMentions);
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, n] of counts) {
    // Ties go to the spelling with more capitals inside ("DeepSeek" over "Deepseek"), then the longer one.
    const better = n > bestCount || (n === bestCount && (capitals(surface) > capitals(best) || (capitals(surface) === capitals(best) && surface.length > best.length)));
    if (better) {
      best = surface;
      bestCount = n;
    }
  }
  return best;
}

function capitals(s: string): number {
  return (s.match(/\p{Lu}/gu) ?? []).length;
}

function toEntity(group: Group, kind: EntityKind): Entity {
  const name = group.fullName ?? (group.acronym ? mostFrequent(new Map([...group.surfaces].filter(([surface]) => surface !== group.acronym))) : mostFrequent(group.surfaces));
  const mentions: Mention[] = group.candidates.map((c) => {
    const span = sourceSpanOf(c.sentence, c.start, c.end);
    return { path: c.doc.path, docId: c.doc.id, span, range: c.doc.lines.rangeOf(span.start, span.end), sentence: c.sentence.index, text: c.surface };
  });
  const aliases = [...new Set([...group.surfaces.keys()].filter((s) => s !== name))];
  const definition = defineEntity(group);
  return {
    id: entityKey(name),
    name,
    kind: kind !== 'acronym' && definition ? (kindFromDefinition(definition) ?? kind) : kind,
    aliases,
    mentions,
    documents: new Set(mentions.map((m) => m.path)).size,
    definition,
    related: [],
  };
}

/** The kind a defining phrase names: "son moteur de recherche" (a product), "président de …" (a person). */
function kindFromDefinition(definition: Definition): EntityKind | undefined {
  if (definition.source === 'sentence' || definition.source === 'relative-clause') return undefined;
  const words = fold(definition.text).split(/\s+/).map((w) => w.replace(/^[ld]'/, '')).filter((w) => w && !determiners.has(w) && !isFunctionWord(w));
  const head = words.slice(0, 4).find((w) => roleNouns.has(w) || productNouns.has(w) || organizationNouns.has(w)) ?? words[0];
  if (!head) return undefined;
  if (roleNouns.has(head)) return 'person';
  if (productNouns.has(head)) return 'product';
  if (organizationNouns.has(head)) return 'organization';
  return undefined;
}

function sourceSpanOf(sentence: Sentence, start: number, end: number): Span {
  const s = sentence.offsets[start];
  const e = sentence.offsets[Math.max(start, end - 1)] + 1;
  return { start: s, end: Math.max(s, e) };
}

/** A name in a list, maybe with its article: "l’Université de Witwatersrand". */
const listItemWithArticle = String.raw`(?:(?:le|la|les|l['’]|the)\s*)?[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+(?:(?:de|du|des|d['’]|of)\s*)?[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)*`;
/** "des entreprises comme Huawei", "les géants américains tels qu’Amazon Web Services, Microsoft et Google". */
const listedPattern = new RegExp(String.raw`((?:[Dd]es|[Ll]es|de|d['’]|[Tt]he|some)\s*(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+),?\s+(?:comme|tel(?:le)?s?\s+qu(?:e\s+|['’])|such\s+as|like)\s*((?:${listItemWithArticle}(?:\s*,\s*|\s+(?:et|ou|and|or)\s+))*(?:(?:le|la|les|l['’]|the)\s*)?)$`, 'u');
/** A capitalised name in a list. */
const listItem = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*)*`;
/** "le président chinois, Xi Jinping"; "Les géants technologiques chinois, Alibaba, ByteDance et Meituan". */
const appositionBeforePattern = new RegExp(String.raw`(?:^|[,;:(]|\b(?:pour|avec|dans|de|par|chez|sur|comme)\s)\s*((?:[Ll]e|[Ll]a|[Ll]['’]|[Ll]es|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]eurs|[Uu]n|[Uu]ne|[Tt]he|[Ii]ts|[Tt]heir)\s*[^,;:()«»"]{2,80}?),\s*(?:${listItem}\s*(?:,|\bet\b|\bou\b|\band\b)\s*)*$`, 'u');

interface DefinitionCandidate {
  text: string;
  source: DefinitionSource;
  candidate: Candidate;
  score: number;
}

const definitionRank: Record<DefinitionSource, number> = { curated: 5, apposition: 4, 'relative-clause': 4, descriptor: 3, sentence: 1 };

/** The best defining statement among an entity's mentions. */
function defineEntity(group: Group): Definition | undefined {
  let options: DefinitionCandidate[] = [];
  for (const c of sample(group.candidates)) {
    const text = c.sentence.text;
    const after = text.slice(c.end);
    const before = text.slice(0, c.start);
    // After a name inside a relative clause ("X, qui construit … à Toulouse, prépare"), the comma closes the
    // clause: what follows is the main verb, not an apposition.
    const insideRelative = /(?:^|,)[^,]*\bqu[i']\b[^,]*$/i.test(before);
    const appositionAfter = insideRelative ? null : /^\s*,\s*([^,;:()«»"]{3,140}?)(?:,|\.|;|\)|$)/.exec(after);
    if (appositionAfter) {
      const phrase = appositionAfter[1].trim();
      const first = fold(phrase.split(/\s+/)[0] ?? '');
      const words = phrase.split(/\s+/).length;
      // "Openai, qui ont contribué…": a plural verb shows the clause is about something else.
      const pluralClause = /^qu[i']\s+(?:ne\s+|n['’])?(?:ont|sont|font|vont|avaient|etaient|\S+ent)\b/.test(fold(phrase));
      if (/^qu[i']/.test(first) && !pluralClause && !/^\s*(?:en|au|aux|a|à|dans|vers)\s*$/i.test(before.slice(-4))) {
        options.push({ text: phrase, source: 'relative-clause', candidate: c, score: 0 });
      } else if (words >= 2 && words <= 14 && /^\p{Ll}/u.test(phrase) && (!isFunctionWord(first) || determiners.has(first)) && !looksLikeClause(phrase)) {
        options.push({ text: phrase, source: 'apposition', candidate: c, score: 0 });
      }
    }
    // Patterns ending at the name look back a little way only: scanning a whole long sentence is slow.
    const near = before.slice(-160);
    const appositionBefore = appositionBeforePattern.exec(near);
    if (appositionBefore) {
      const phrase = appositionBefore[1].trim();
      const words = phrase.split(/\s+/).length;
      // Through a list ("NP, A, B et C"), the phrase speaks of all of them: weaker than one said of this name alone.
      const throughList = !/,\s*$/.test(before);
      if (words >= 3 && words <= 8 && !/\p{Lu}/u.test(phrase.slice(1))) options.push({ text: phrase, source: 'apposition', candidate: c, score: throughList ? -1 : 0 });
    }
    // "des entreprises comme Huawei", "les géants américains tels qu’Amazon Web Services, Microsoft et Google".
    const listed = listedPattern.exec(near);
    if (listed && !/\b(?:qui|que|dont)\b/.test(listed[2])) {
      const isKindNoun = (w: string) => organizationNouns.has(w) || productNouns.has(w) || roleNouns.has(w) || /^(?:universite|pays|ville|region|geant|acteur|institution)/.test(w);
      if (fold(listed[1]).split(/[\s'’]+/).some(isKindNoun)) {
        options.push({ text: `${listed[1].trim()} comme ${c.surface}`, source: 'descriptor', candidate: c, score: 0 });
      }
    }
    // "OpenAI et d’autres sociétés américaines": X is one of them.
    const others = /^\s+(?:et|and)\s+(?:d['’]\s*)?(?:autres|other)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(after);
    if (others) {
      const head = fold(others[1]);
      const adjective = others[2] && !/(?:ent|ont)$/.test(others[2]) && !isFunctionWord(fold(others[2])) ? ` ${others[2]}` : '';
      if (organizationNouns.has(head) || productNouns.has(head) || roleNouns.has(head)) options.push({ text: `${c.surface} et d’autres ${others[1]}${adjective}`, source: 'descriptor', candidate: c, score: 0 });
    }
    // An acronym spelled out just after it: "STEM (science, technologie, ingénierie et mathématiques)".
    const spelledAfter = isAcronym(c.surface) ? /^\s*\(([^()]{3,100})\)/.exec(after) : null;
    if (spelledAfter && /\p{Ll}/u.test(spelledAfter[1])) options.push({ text: spelledAfter[1].trim(), source: 'apposition', candidate: c, score: 1 });
    // An acronym spelled out just before it: "l’intelligence artificielle (IA)".
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
      const expansion = /(?:^|\s)(?:les|le|la|l['’]|des|du|de|d['’]|the|of)\s*((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s*\(\s*$/iu.exec(before);
      if (expansion && expansion[1].split(/\s+/).length >= 2) options.push({ text: expansion[1], source: 'apposition', candidate: c, score: 1 });
    }
    // "le modèle X", "son moteur X", "leurs puces X" — but not "les modèles X" (X's models).
    const descriptor = /(?:^|\s)((?:(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Ss]es|[Ll]eur|[Ll]eurs|[Uu]n|[Uu]ne|[Tt]he|[Ii]ts|[Tt]heir)\s+|[Ll]['’])(?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u.exec(before);
    if (descriptor) {
      const nouns = descriptor[1].trim().replace(/^(?:l['’])/, 'l ').split(/\s+/).slice(1).map((w) => fold(w));
      const kindNoun = nouns[0];
      if (nouns.every((w) => !isFunctionWord(w)) && (productNouns.has(kindNoun) || organizationNouns.has(kindNoun) || roleNouns.has(kindNoun))) {
        const complement = /^\s*((?:d['’]|de |du |des |of )[\p{Lu}][\p{L}\p{N}.-]*(?:\s[\p{Lu}][\p{L}\p{N}.-]*)*)/u.exec(after)?.[1] ?? '';
        options.push({ text: `${descriptor[1].trim()} ${c.surface}${complement ? ` ${complement.trim()}` : ''}`, source: 'descriptor', candidate: c, score: 0 });
      }
    }
    if (!c.sentence.heading && !/\?\s*$/.test(text)) options.push({ text, source: 'sentence', candidate: c, score: sentenceScore(c) });
  }
  // A definition that only repeats a name of the entity ("Agence spatiale européenne" for ASE's owner) says nothing.
  const ownNames = new Set([...group.surfaces.keys()].map(entityKey));
  options = options.filter((o) => !ownNames.has(entityKey(o.text)));
  if (options.length === 0) return undefined;
  const firstIndex = new Map(group.candidates.map((c, i) => [c, i]));
  options.sort((a, b) => definitionRank[b.source] - definitionRank[a.source] || b.score - a.score || (firstIndex.get(a.candidate) ?? 0) - (firstIndex.get(b.candidate) ?? 0));
  const best = options[0];
  const { doc, sentence } = best.candidate;
  return { text: best.text, sentence: sentence.text, source: best.source, path: doc.path, docId: doc.id, docTitle: doc.title, range: sentence.range };
}

/**
 * How well a sentence that mentions an entity tells what it is: the entity is its subject, it says what the
 * entity "is", it is of a readable length and not a list of other names.
 */
function sentenceScore(c: Candidate): number {
  const text = c.sentence.text;
  const words = text.split(/\s+/).length;
  const asSubject = c.start <= 3 ? 1 : c.start <= 30 ? 0.5 : 0;
  const copula = /\s(?:est|sont|était|étaient|is|are|was|were|reste|demeure)\s/.test(` ${text.slice(c.end, c.end + 40)} `) ? 0.5 : 0;
  const otherNames = (text.slice(1).match(/(?:^|\s)\p{Lu}[\p{L}\p{N}-]+/gu) ?? []).length - c.tokens.length;
  const length = words < 6 ? -1 : words <= 35 ? 0.5 : words <= 60 ? 0 : -1;
  return asSubject + copula + length - Math.min(Math.max(otherNames, 0), 6) * 0.15;
}

/** Whether an apposition candidate is rather a clause ("soulèvent des interrogations", "visant à…"). */
function looksLikeClause(phrase: string): boolean {
  const words = fold(phrase).split(/\s+/);
  if (roleNouns.has(words[0]) || roleNouns.has(words[1] ?? '')) return false;
  if (speechVerbs.test(words.join(' '))) return true;
  if (/(?:ent|ont|ait|aient|ant|era|eront)$/.test(words[0])) return true;
  return words.some((w) => ['a', 'ont', 'est', 'sont', 'etait', 'avait', 'sera', 'is', 'are', 'was', 'has', 'have'].includes(w));
}

/** Related entities: one name inside the other ("Alibaba" / "Alibaba Cloud"), or named together in sentences. */
function linkRelated(entities: Entity[], groups: Map<string, Group>): void {
  const bySentence = new Map<string, Entity[]>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const key = `${m.path}#${m.sentence}`;
      const list = bySentence.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      bySentence.set(key, list);
    }
  }
  const together = new Map<Entity, Map<Entity, number>>();
  for (const list of bySentence.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b) continue;
        const counts = together.get(a) ?? new Map();
        counts.set(b, (counts.get(b) ?? 0) + 1);
        together.set(a, counts);
      }
    }
  }
  for (const entity of entities) {
    const scores = new Map<Entity, number>();
    for (const other of entities) {
      if (other === entity) continue;
      const a = ` ${entity.id} `;
      const b = ` ${other.id} `;
      if (a.includes(b) || b.includes(a)) scores.set(other, 10);
    }
    for (const [other, n] of together.get(entity) ?? []) if (n >= 2) scores.set(other, (scores.get(other) ?? 0) + n);
    entity.related = [...scores.entries()]
      .sort((x, y) => y[1] - x[1] || y[0].mentions.length - x[0].mentions.length)
      .slice(0, 6)
      .map(([other]) => ({ id: other.id, name: other.name }));
  }
  void groups;
}
