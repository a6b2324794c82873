import damerauLevenshtein from 'damerau-levenshtein';
import { fold } from '../text/normalize';
import type { CorpusDocument } from '../corpus/document';
import type { NameStats } from '../index/nameStats';
import { timed, type StageTimes } from '../index/stages';
import { candidatesOf, entityKey, sentenceRef, isAcronym, mostFrequent, type Candidate, type Group, type NameUse, type SentenceRef, type SourceRef } from './candidates';
import { compactEntity, forEachMention, mentionCount, MentionTable, MentionWriter } from './compactEntities';
import { defineEntity, lettersInOrder } from './definitions';
import { kindFromDefinition, kindOf, propagateKinds } from './kinds';
import { isCountryKey } from './countries';
import { isKindNoun } from './roles';
import { splitJoinedNames } from './splitNames';
import { organizationWords, roleNouns, speechVerbs } from './wordLists';
import { isFunctionWord } from '../text/functionWords';
import type { Definition, Entity, EntityKind } from './types';

export { entityKey } from './candidates';

/**
 * Entity extraction from the corpus itself, with no list of names: proper names are what the corpus writes
 * capitalised away from sentence starts, acronyms, and names with digits ("Qwen2.5-Max", "GPT-4", "R1").
 * Candidates are read in candidates.ts, kinds in kinds.ts, definitions in definitions.ts; this file merges
 * the spellings of one entity and assembles the result.
 */

/**
 * Extracts, merges, types and defines the entities of a corpus. `times`, when given, receives the seconds
 * spent in each stage (see stages.ts): reading the documents, candidates, merges, kinds, definitions, related.
 * The steps are exported for a build that reads documents and defines entities on two threads (buildIndex.ts):
 * {@link candidatesOfDocument}, {@link addToGroups}, {@link mergeGroups}, then {@link assembleEntities}.
 */
export function extractEntities(docs: Iterable<CorpusDocument>, names: NameStats, times?: StageTimes): Entity[] {
  const groups = new Map<string, Group>();
  const reading: NameReading = { names, use: names.use() };
  // Documents are read once, in order; candidates keep only light references, so that each document
  // can be dropped once read (see buildIndex.ts, which reads a large corpus back one file at a time).
  const documents = docs[Symbol.iterator]();
  for (;;) {
    const next = timed(times, 'entity documents', () => documents.next());
    if (next.done) break;
    const doc = next.value;
    timed(times, 'entity candidates', () => addToGroups(groups, candidatesOfDocument(doc, reading)));
  }
  const kinds = mergeGroups(groups, times, names);
  return assembleEntities(groups, kinds, times);
}

/** What reading candidate names needs of the whole corpus: which words it writes as names, and how they stand. */
export interface NameReading {
  names: Pick<NameStats, 'isName'>;
  use: NameUse;
}

/** The candidate names of one document, sentence after sentence, as extraction keeps them (no text of the document's own). */
export function candidatesOfDocument(doc: CorpusDocument, reading: NameReading): Candidate[] {
  const source: SourceRef = { id: doc.id, path: doc.path, title: doc.title };
  const found: Candidate[] = [];
  for (const sentence of doc.sentences) {
    const ref = sentenceRef(sentence);
    for (const candidate of candidatesOf(doc, sentence, reading.names, reading.use, { doc: source, sentence: ref })) found.push(candidate);
  }
  return found;
}

/** Adds candidates to the groups of their keys, in the order given (the corpus's: path, then place in the file). */
export function addToGroups(groups: Map<string, Group>, candidates: Iterable<Candidate>): void {
  for (const candidate of candidates) {
    let group = groups.get(candidate.key);
    if (!group) {
      group = { key: candidate.key, surfaces: new Map(), candidates: [] };
      groups.set(candidate.key, group);
    }
    group.surfaces.set(candidate.surface, (group.surfaces.get(candidate.surface) ?? 0) + 1);
    group.candidates.push(candidate);
  }
}

/**
 * Merges the groups that are one entity (joined names split, spellings, web addresses, acronyms, surnames) and
 * gives each group left its kind. `groups` is changed in place.
 */
export function mergeGroups(groups: Map<string, Group>, times?: StageTimes, names?: Pick<NameStats, 'isName'>): Map<Group, EntityKind> {
  mergeSpellings(groups, times, names);
  const kinds = new Map<Group, EntityKind>();
  timed(times, 'kinds', () => {
    for (const group of groups.values()) kinds.set(group, kindOf(group));
    propagateKinds(groups, kinds);
  });
  mergeNamesOfOne(groups, kinds, times);
  return kinds;
}

/**
 * The first merges of {@link mergeGroups}, before kinds: joined names split, spellings, web addresses. For a build
 * that reads the kinds on two threads (buildIndex.ts), then calls {@link propagateKinds} and {@link mergeNamesOfOne}.
 */
export function mergeSpellings(groups: Map<string, Group>, times?: StageTimes, names?: Pick<NameStats, 'isName'>): void {
  timed(times, 'merges', () => {
    splitJoinedNames(groups, names);
    mergeMisspellings(groups);
    mergeDomainNames(groups);
  });
}

/** The last merges of {@link mergeGroups}, which read the kinds (and may change a person's): acronyms, surnames. */
export function mergeNamesOfOne(groups: Map<string, Group>, kinds: Map<Group, EntityKind>, times?: StageTimes): void {
  timed(times, 'merges', () => {
    mergeAcronyms(groups);
    mergeSurnames(groups, kinds);
  });
}

/**
 * The entities of merged groups, most mentioned first: each group's definition from `define` (by default read
 * from its mentions here, see definitions.ts), its mentions made compact, related entities linked. The groups'
 * candidates are let go as their entities are made.
 */
export function assembleEntities(
  groups: Map<string, Group>,
  kinds: Map<Group, EntityKind>,
  times?: StageTimes,
  define: (group: Group) => Definition | undefined = defineEntity,
  written?: WrittenMentions,
): Entity[] {
  const table = written?.table ?? new MentionTable();
  const entities = timed(times, 'definitions', () =>
    [...groups.values()].map((group) => {
      const entity = toEntity(group, kinds.get(group) ?? 'other', table, define(group), written?.mentions.get(group));
      group.candidates = []; // let the candidates go as their mentions are made
      return entity;
    }),
  );
  return timed(times, 'related', () => {
    linkRelated(entities);
    return entities.sort((a, b) => mentionCount(b) - mentionCount(a) || a.name.localeCompare(b.name));
  });
}

/** The mentions of groups made compact ahead of their entities (see {@link writeMentions}), over one table of files. */
export interface WrittenMentions {
  table: MentionTable;
  mentions: Map<Group, MentionWriter>;
}

/**
 * Makes the mentions of groups compact, in the groups' order (the order in which {@link assembleEntities} would
 * number their files), and lets each group's candidates go: for a build that does this while another thread reads
 * the definitions (buildIndex.ts), which then must not need the candidates.
 */
export function writeMentions(groups: Iterable<Group>): WrittenMentions {
  const written: WrittenMentions = { table: new MentionTable(), mentions: new Map() };
  for (const group of groups) {
    written.mentions.set(group, mentionsOf(group, written.table));
    group.candidates = [];
  }
  return written;
}

/**
 * Merges names the corpus spells two ways ("Deepseek"/"Deepsek", "latenode"/"letenode") into the more frequent:
 * single words of six letters or more, no digits, one edit apart (Damerau–Levenshtein distance 1), sharing their
 * first letter or last two. Each name goes, least frequent first, into the most frequent name that qualifies.
 *
 * Pairs come from a deletion-neighbourhood index (the symmetric-delete idea of SymSpell, W. Garbe 2012): two
 * words one edit apart share a variant with at most one letter deleted, so a name is compared only with the few
 * that share one of its variants. Work and memory grow with the number of names times their length, not with
 * its square (a large news corpus has tens of thousands of distinct names).
 *
 * People are the exception: two people's names one letter apart are often two people ("Michel"/"Michele",
 * "Martin"/"Martins"), or a person and something else ("Franck"/"France"). When either word names a person
 * (its kind, or the first or last word of a person's full name), the spellings merge only when every document
 * that writes the rarer one also writes the other: a writer's slip next to the right spelling.
 */
function mergeMisspellings(groups: Map<string, Group>): void {
  const byCount = [...groups.values()].sort((a, b) => b.candidates.length - a.candidates.length);
  const rank = new Map<Group, number>();
  byCount.forEach((group, i) => rank.set(group, i));
  const comparable = (key: string) => key.length >= minMisspeltLength - 1 && !key.includes(' ') && !/\d/.test(key);
  const neighbourhood = new Map<string, Group | Group[]>();
  for (const group of byCount) {
    if (!comparable(group.key)) continue;
    for (const variant of deletionVariants(group.key)) {
      const known = neighbourhood.get(variant);
      if (!known) neighbourhood.set(variant, group);
      else if (Array.isArray(known)) known.push(group);
      else neighbourhood.set(variant, [known, group]);
    }
  }
  const people = new PersonWords(groups);
  // Words of longer names: "Charter" in "Energy Charter Treaty" is that name's short form, no slip for "Chapter".
  const wordsOfNames = new Set<string>();
  for (const key of groups.keys()) if (key.includes(' ')) for (const word of key.split(' ')) if (word.length >= minMisspeltLength) wordsOfNames.add(word);
  const documents = new Map<Group, Set<SourceRef>>();
  const documentsOf = (group: Group) => {
    let set = documents.get(group);
    if (!set) documents.set(group, (set = new Set(group.candidates.map((c) => c.doc))));
    return set;
  };
  for (let s = byCount.length - 1; s >= 0; s--) {
    const small = byCount[s];
    if (!groups.has(small.key) || small.key.length < minMisspeltLength || !comparable(small.key)) continue;
    let best: Group | undefined;
    for (const variant of deletionVariants(small.key)) {
      const near = neighbourhood.get(variant);
      for (const big of near === undefined ? [] : Array.isArray(near) ? near : [near]) {
        if (big === small || !groups.has(big.key) || big.candidates.length < small.candidates.length) continue;
        if (best && rank.get(best)! < rank.get(big)!) continue;
        if (Math.abs(big.key.length - small.key.length) > 1) continue;
        if (big.key[0] !== small.key[0] && big.key.slice(-2) !== small.key.slice(-2)) continue;
        if (damerauLevenshtein(big.key, small.key).steps !== 1) continue;
        best = big;
      }
    }
    if (!best) continue;
    // Two words that each stand in other names of the corpus, or the rarer one does, are two words.
    if (wordsOfNames.has(small.key)) continue;
    if (people.has(small) || people.has(best)) {
      const bigDocuments = documentsOf(best);
      if (![...documentsOf(small)].every((doc) => bigDocuments.has(doc))) continue;
    }
    for (const [surface, n] of small.surfaces) best.surfaces.set(surface, (best.surfaces.get(surface) ?? 0) + n);
    best.candidates.push(...small.candidates);
    const merged = documents.get(best);
    if (merged) for (const c of small.candidates) merged.add(c.doc);
    groups.delete(small.key);
  }
}

/** The shortest single-word name that {@link mergeMisspellings} takes for a misspelling. */
const minMisspeltLength = 6;

/** A word and every string made by deleting one of its characters (UTF-16 units, as the distance counts them). */
function deletionVariants(word: string): Set<string> {
  const variants = new Set<string>([word]);
  for (let i = 0; i < word.length; i++) variants.add(word.slice(0, i) + word.slice(i + 1));
  return variants;
}

/**
 * Which single-word names are people's names: of the person kind themselves, or the first or last word of a
 * full name of the person kind ("Franck" in "Franck Riester"). Kinds are read lazily, for the words asked
 * about only, and on the most frequent full names that hold the word (bounded work for common words).
 */
class PersonWords {
  private readonly fullNames = new Map<string, Group[]>();
  private readonly answers = new Map<Group, boolean>();
  private readonly fullNameKinds = new Map<Group, EntityKind>();

  constructor(groups: Map<string, Group>) {
    for (const group of groups.values()) {
      if (!group.key.includes(' ')) continue;
      const words = group.key.split(' ');
      for (const word of new Set([words[0], words[words.length - 1]])) {
        const list = this.fullNames.get(word);
        if (list) list.push(group);
        else this.fullNames.set(word, [group]);
      }
    }
  }

  has(group: Group): boolean {
    let answer = this.answers.get(group);
    if (answer === undefined) {
      const fullNames = (this.fullNames.get(group.key) ?? []).sort((a, b) => b.candidates.length - a.candidates.length).slice(0, PersonWords.fullNamesRead);
      answer = kindOf(group) === 'person' || fullNames.some((full) => this.kindOfFullName(full) === 'person');
      this.answers.set(group, answer);
    }
    return answer;
  }

  private kindOfFullName(group: Group): EntityKind {
    let kind = this.fullNameKinds.get(group);
    if (kind === undefined) this.fullNameKinds.set(group, (kind = kindOf(group)));
    return kind;
  }

  /** Full names read per word: its most frequent ones tell whether it is a first name or a surname. */
  private static readonly fullNamesRead = 8;
}

/** An acronym given in parentheses right after a name ("Agence spatiale européenne (ASE)") is that entity. */
function mergeAcronyms(groups: Map<string, Group>): void {
  // Which group each candidate is in (kept up to date as groups merge), and the candidates of each sentence: only
  // in the sentences where a name follows an opening parenthesis, the only ones read below.
  const parenthesized = new Set<SentenceRef>();
  for (const group of groups.values()) for (const c of group.candidates) if (afterParenthesis(c.sentence.text, c.start)) parenthesized.add(c.sentence);
  const groupOf = new Map<Candidate, Group>();
  const bySentence = new Map<SentenceRef, Candidate[]>();
  for (const group of groups.values()) {
    for (const c of group.candidates) {
      if (!parenthesized.has(c.sentence)) continue;
      groupOf.set(c, group);
      const list = bySentence.get(c.sentence);
      if (list) list.push(c);
      else bySentence.set(c.sentence, [c]);
    }
  }
  for (const acronym of [...groups.values()]) {
    if (!isAcronym(mostFrequent(acronym.surfaces))) continue;
    let owner: Group | undefined;
    for (const c of acronym.candidates) {
      if (!afterParenthesis(c.sentence.text, c.start)) continue;
      const before = c.sentence.text.slice(0, c.start).replace(/\s*\(\s*$/, '');
      const named = bySentence.get(c.sentence)?.find((o) => o.end === before.length && groupOf.get(o) !== acronym);
      owner = named && groupOf.get(named);
      if (owner) break;
    }
    if (!owner || !spellsOut(mostFrequent(acronym.surfaces), mostFrequent(owner.surfaces))) continue;
    for (const [surface, n] of acronym.surfaces) owner.surfaces.set(surface, (owner.surfaces.get(surface) ?? 0) + n);
    for (const c of acronym.candidates) groupOf.set(c, owner);
    owner.candidates.push(...acronym.candidates);
    owner.acronym = mostFrequent(acronym.surfaces);
    groups.delete(acronym.key);
  }
}

/** Whether `text` has an opening parenthesis before `at`, with only white space between (as `/\(\s*$/` on the text before). */
function afterParenthesis(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i >= 0 && text.charCodeAt(i) === 40;
}

/**
 * Whether an acronym can stand for a name: its first letter is the name's first, and its letters come in
 * order among the name's letters ("ASE" for "Agence spatiale européenne"; not "CAS" for "Sport", "UK" for
 * "Ian McEwan").
 */
export function spellsOut(acronym: string, name: string): boolean {
  return lettersInOrder(acronym, fold(name).replace(/^(?:the|le|la|les|l')\s*/, ''));
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

/**
 * A surname or first name alone ("Lau", "Mr Blair") joins the person whose full name ends or starts with it:
 * in each document, the one person of that document with that name ("Gordon Brown" where the article says
 * "Mr Brown", "Dan Brown" in another); elsewhere, the one person of the whole corpus, when no other name
 * uses the word and the word reads as no organisation, place or product.
 */
function mergeSurnames(groups: Map<string, Group>, kinds: Map<Group, EntityKind>): void {
  // Names of several words by each of their words, and people by their first and last names.
  const byWord = new Map<string, Group[]>();
  const peopleByEnd = new Map<string, Group[]>();
  const peopleByLast = new Map<string, Group[]>();
  const add = (map: Map<string, Group[]>, key: string, group: Group) => {
    const list = map.get(key);
    if (!list) map.set(key, [group]);
    else if (!list.includes(group)) list.push(group);
  };
  for (const group of groups.values()) {
    if (!group.key.includes(' ')) continue;
    const parts = group.key.split(' ');
    for (const part of parts) add(byWord, part, group);
    if (kinds.get(group) !== 'person' && isPersonBySurname(group, parts, groups, kinds)) kinds.set(group, 'person');
    if (kinds.get(group) === 'person') {
      add(peopleByEnd, parts[parts.length - 1], group);
      add(peopleByLast, parts[parts.length - 1], group);
      add(peopleByEnd, parts[0], group);
    }
  }
  // The documents each person is named in (only people whose surname is also used alone).
  const documentsOf = new Map<Group, Set<string>>();
  const documents = (person: Group) => {
    let paths = documentsOf.get(person);
    if (!paths) documentsOf.set(person, (paths = new Set(person.candidates.map((c) => c.doc.path))));
    return paths;
  };
  const move = (from: Group, c: Candidate, owner: Group) => {
    owner.fullName ??= mostFrequent(owner.surfaces);
    owner.surfaces.set(c.surface, (owner.surfaces.get(c.surface) ?? 0) + 1);
    owner.candidates.push(c);
    const left = (from.surfaces.get(c.surface) ?? 1) - 1;
    if (left > 0) from.surfaces.set(c.surface, left);
    else from.surfaces.delete(c.surface);
  };
  for (const group of [...groups.values()]) {
    // A country is no one's surname: "France" in an article on Météo France or Air France names the country.
    if (group.key.includes(' ') || kinds.get(group) === 'acronym' || isCountryKey(group.key)) continue;
    const owners = peopleByEnd.get(group.key) ?? [];
    if (owners.length === 0) continue;
    // Document by document: the one person of the document whose last name it is.
    const surnameOwners = peopleByLast.get(group.key) ?? [];
    if (surnameOwners.length > 0) {
      const rest: Candidate[] = [];
      for (const c of group.candidates) {
        const inDocument = surnameOwners.filter((o) => documents(o).has(c.doc.path));
        // "le musée Grévin" in an article on Alfred Grévin names a museum.
        const kindBefore = /(\p{L}+)\s+$/u.exec(c.sentence.text.slice(Math.max(0, c.start - 30), c.start))?.[1];
        const named = kindBefore !== undefined && /^\p{Ll}/u.test(kindBefore) && isKindNoun(fold(kindBefore)) && !roleNouns.has(fold(kindBefore));
        // "in Wales", « en Écosse »: a place's name, not the surname of "Good Morning Wales" read as a person.
        const placed = kinds.get(group) === 'place' && !/^['’]s\b/.test(c.sentence.text.slice(c.end, c.end + 3)) && /(?:^|\s)(?:in|en|au|aux|vers|into|across|throughout)\s+$/iu.test(c.sentence.text.slice(Math.max(0, c.start - 12), c.start));
        if (inDocument.length === 1 && !named && !placed) move(group, c, inDocument[0]);
        else rest.push(c);
      }
      group.candidates = rest;
      if (rest.length === 0) {
        groups.delete(group.key);
        continue;
      }
    }
    const inOtherNames = (byWord.get(group.key) ?? []).some((g) => !owners.includes(g));
    const kind = kinds.get(group);
    if (owners.length !== 1 || inOtherNames || kind === 'organization' || kind === 'place' || kind === 'product') continue;
    for (const c of group.candidates) move(group, c, owners[0]);
    groups.delete(group.key);
  }
}

/**
 * Whether a name of two or three capitalised words is a person's because the same articles call it by its
 * last word as one calls a person ("Paula Radcliffe" … "Radcliffe said", "Mr Radcliffe"), whatever place cues
 * its own mentions had ("finished second to Paula Radcliffe"). Not for a country, an acronym, or a name whose
 * last word is an organisation's or a place's ("Manchester United", "Miami Beach").
 */
function isPersonBySurname(group: Group, parts: string[], groups: Map<string, Group>, kinds: Map<Group, EntityKind>): boolean {
  if (parts.length > 3 || kinds.get(group) === 'acronym' || kinds.get(group) === 'product' || isCountryKey(group.key)) return false;
  const last = parts[parts.length - 1];
  if (organizationWords.has(last) || isKindNoun(last) || isCountryKey(last) || isFunctionWord(parts[0])) return false;
  if (!mostFrequent(group.surfaces).split(/\s+/).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w))) return false;
  const alone = groups.get(last);
  if (!alone) return false;
  const documents = new Set(group.candidates.map((c) => c.doc.path));
  return alone.candidates.some((c) => {
    if (!documents.has(c.doc.path)) return false;
    const before = c.sentence.text.slice(Math.max(0, c.start - 6), c.start);
    const after = fold(c.sentence.text.slice(c.end, c.end + 30)).trim();
    return /(?:^|\s)(?:Mr|Mrs|Ms|Dr|M\.|Mme|Mlle)\s*$/.test(before) || speechVerbs.test(after);
  });
}

/** The entity of a group; its mentions are kept compact (a large corpus has over a million). */
function toEntity(group: Group, kind: EntityKind, table: MentionTable, definition: Definition | undefined, mentions = mentionsOf(group, table)): Entity {
  const name = group.fullName ?? (group.acronym ? mostFrequent(new Map([...group.surfaces].filter(([surface]) => surface !== group.acronym))) : mostFrequent(group.surfaces));
  const aliases = [...new Set([...group.surfaces.keys()].filter((s) => s !== name))];
  const rest: Omit<Entity, 'mentions'> = {
    id: entityKey(name),
    name,
    kind: kind !== 'acronym' && definition && !isCountryKey(group.key) ? (kindFromDefinition(definition) ?? kind) : kind,
    aliases,
    documents: mentions.fileCount,
    definition,
    related: [],
  };
  return compactEntity(rest, mentions.data, mentions.texts, table);
}

/** A group's mentions, compact, over `table`. */
function mentionsOf(group: Group, table: MentionTable): MentionWriter {
  const mentions = new MentionWriter(table, group.candidates.length);
  // The values named one by one: spreading each candidate (15 properties) into a new object was most of this loop.
  for (const c of group.candidates) {
    mentions.add({ path: c.doc.path, docId: c.doc.id, spanStart: c.spanStart, spanEnd: c.spanEnd, line: c.line, character: c.character, endLine: c.endLine, endCharacter: c.endCharacter, sentence: c.sentence.index, text: c.surface });
  }
  return mentions;
}

/** Related entities: one name inside the other ("Alibaba" / "Alibaba Cloud"), or named together in sentences. */
function linkRelated(entities: Entity[]): void {
  const together = namedTogether(entities);
  // One name inside another, as whole words: the names inside a name are those whose key is a run of its words
  // (looked up), and the names around it are among those that hold its rarest word (a short list). No name is
  // compared with all the names that share a common word ("de", "la") with it, and only the few found are sorted.
  const byWord = new Map<string, Entity[]>();
  const byKey = new Map<string, Entity[]>();
  const add = (map: Map<string, Entity[]>, word: string, entity: Entity) => {
    const list = map.get(word);
    if (list) list.push(entity);
    else map.set(word, [entity]);
  };
  for (const entity of entities) {
    for (const word of new Set(entity.id.split(' '))) add(byWord, word, entity);
    add(byKey, entity.id, entity);
  }
  const order = new Map(entities.map((e, i) => [e, i]));
  for (const entity of entities) {
    const scores = new Map<Entity, number>();
    const a = ` ${entity.id} `;
    const words = entity.id.split(' ');
    const rarest = [...new Set(words)].reduce((best, word) => (byWord.get(word)!.length < byWord.get(best)!.length ? word : best));
    const nested = new Set<Entity>();
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) for (const inner of byKey.get(words.slice(i, j).join(' ')) ?? []) nested.add(inner);
    }
    for (const outer of byWord.get(rarest)!) if (` ${outer.id} `.includes(a)) nested.add(outer);
    nested.delete(entity);
    // In the order of `entities`, as the scores' ties are broken by insertion order.
    for (const other of [...nested].sort((x, y) => order.get(x)! - order.get(y)!)) scores.set(other, 10);
    together(order.get(entity)!, (other, n) => {
      if (n >= 2) scores.set(entities[other], (scores.get(entities[other]) ?? 0) + n);
    });
    entity.related = [...scores.entries()]
      .sort((x, y) => y[1] - x[1] || mentionCount(y[0]) - mentionCount(x[0]))
      .slice(0, 6)
      .map(([other]) => ({ id: other.id, name: other.name }));
  }
}

/**
 * How often entities are named in the same sentence: `visit(a, visitor)` calls `visitor(b, n)` for every other entity
 * `b` named with entity `a` (indexes in `entities`) in `n` sentences, `b` in the order of the first sentence they
 * share (files in the order their first mention is met, going through the entities in order, and sentences of a
 * file in the same way), then by index. Counted with numbers only: each (file, sentence) a slot, a sorted list of
 * slots per entity and of entities per slot, and one array of counts reused from entity to entity (maps keyed by
 * entity, per pair, took most of this stage at 35,987 real articles).
 */
function namedTogether(entities: readonly Entity[]): (a: number, visitor: (b: number, n: number) => void) => void {
  // The mentions' files (numbered as met) and sentences, entity after entity.
  const entityStart = new Int32Array(entities.length + 1);
  entities.forEach((entity, i) => (entityStart[i + 1] = entityStart[i] + mentionCount(entity)));
  const total = entityStart[entities.length];
  const files = new Int32Array(total);
  const sentences = new Int32Array(total);
  const fileNumbers = new Map<string, number>();
  const lastSentence: number[] = [];
  let m = 0;
  for (const entity of entities) {
    forEachMention(entity, (path, sentence) => {
      let file = fileNumbers.get(path);
      if (file === undefined) {
        fileNumbers.set(path, (file = lastSentence.length));
        lastSentence.push(0);
      }
      files[m] = file;
      sentences[m++] = sentence;
      if (sentence > lastSentence[file]) lastSentence[file] = sentence;
    });
  }
  // A slot per (file, sentence); slots ranked file by file, in the order their sentences are first met.
  const fileBase = new Int32Array(lastSentence.length + 1);
  lastSentence.forEach((last, file) => (fileBase[file + 1] = fileBase[file] + last + 1));
  const slotOf = (k: number) => fileBase[files[k]] + sentences[k];
  const met = new Uint8Array(fileBase[lastSentence.length]);
  const firstMet: number[] = [];
  const slotsPerFile = new Int32Array(lastSentence.length + 1);
  for (let k = 0; k < total; k++) {
    const slot = slotOf(k);
    if (met[slot]) continue;
    met[slot] = 1;
    firstMet.push(k);
    slotsPerFile[files[k] + 1]++;
  }
  for (let file = 0; file < lastSentence.length; file++) slotsPerFile[file + 1] += slotsPerFile[file];
  const rankOfSlot = new Int32Array(met.length);
  const next = slotsPerFile.slice(0, lastSentence.length);
  for (const k of firstMet) rankOfSlot[slotOf(k)] = next[files[k]]++;
  // Each entity's ranks, sorted, once each; each rank's entities, in the entities' order.
  const ranks = new Int32Array(total);
  for (let k = 0; k < total; k++) ranks[k] = rankOfSlot[slotOf(k)];
  const entityRanks: Int32Array[] = [];
  const perRank = new Int32Array(firstMet.length + 1);
  for (let a = 0; a < entities.length; a++) {
    const sorted = ranks.subarray(entityStart[a], entityStart[a + 1]).sort();
    let n = 0;
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[n++] = sorted[k];
    entityRanks.push(sorted.subarray(0, n));
    for (let k = 0; k < n; k++) perRank[sorted[k] + 1]++;
  }
  for (let r = 0; r < firstMet.length; r++) perRank[r + 1] += perRank[r];
  const named = new Int32Array(perRank[firstMet.length]);
  const fill = perRank.slice(0, firstMet.length);
  entityRanks.forEach((list, a) => {
    for (const r of list) named[fill[r]++] = a;
  });
  const counts = new Int32Array(entities.length);
  return (a, visitor) => {
    const touched: number[] = [];
    for (const r of entityRanks[a]) {
      for (let k = perRank[r]; k < perRank[r + 1]; k++) {
        const b = named[k];
        if (b !== a && counts[b]++ === 0) touched.push(b);
      }
    }
    for (const b of touched) {
      visitor(b, counts[b]);
      counts[b] = 0;
    }
  };
}
