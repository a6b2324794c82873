import { mentionCount } from '../entities/compactEntities';
import type { EntityIndex } from '../entities/entityIndex';
import type { Entity } from '../entities/types';
import { foldKeepLength } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { isStopWord } from '../text/stem';
import type { Lang } from '../types';

/** A name the writer may be typing, and the typed words it would replace. */
export interface NameCompletion {
  entity: Entity;
  /** The name or alias the typed words start (as the corpus writes it). */
  name: string;
  /** Start, in the prefix, of the typed words the name continues: the name replaces `prefix.slice(from)`. */
  from: number;
  /** Found by spelling (a typo away) rather than because the name starts with what is typed. */
  typo: boolean;
}

/** How the corpus writes its words (its NameStats), by folded word. */
export interface CorpusWords {
  /** The corpus writes this word (away from sentence starts). */
  has(norm: string): boolean;
  /** It writes it capitalised at least as often as not: a name's word. */
  isName(norm: string): boolean;
}

/** How many typed words back a name may start ("Xi Jin", "Banque centrale europ"). */
const maxTypedWords = 4;
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/**
 * The names that continue what the writer is typing at the end of `prefix` (the sentence so far): the
 * longest run of the last words (up to four) that the start of a known name or alias repeats, case, accents
 * and spacing aside (from a capital or a digit, or four letters of any case): « Selon Claire Ha » gives Claire Hamon replacing « Claire Ha », « Martin L » Martin Lau
 * replacing « Martin L », « Selon Martin  » (a space typed) Martin Lau replacing « Martin ». When no name
 * starts so, the last word alone (after an elision) is looked up by spelling (typos, « Zankof »), if it is four
 * letters long at least and no word that `corpusWords` (the corpus) writes as a common word: « leurs », « causes »
 * are spelled right, no name is a typo of them (a lookup by spelling compares every name: up to 100 ms a keystroke
 * at 36,000 articles). Most mentioned first; at most `limit`.
 */
export function nameCompletions(prefix: string, entities: EntityIndex, lang: Lang, limit: number, corpusWords?: CorpusWords): NameCompletion[] {
  const words = [...prefix.matchAll(wordPattern)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  if (words.length === 0) return [];
  const last = words[words.length - 1];
  const typing = last.end === prefix.length;
  const afterSpace = /^\s+$/.test(prefix.slice(last.end));
  if (!typing && !afterSpace) return [];
  for (let k = Math.min(maxTypedWords, words.length); k >= 1; k--) {
    const first = words[words.length - k];
    const typed = normalizeSpaces(foldKeepLength(prefix.slice(first.start, typing ? prefix.length : last.end) + (typing ? '' : ' ')));
    // A name is typed from a capital or a digit, or from four letters of any case ("deeps", "claire ha"); a common
    // word ("Le ", "selon") starts none.
    const capitalised = /^[\p{Lu}\p{N}]/u.test(first.text);
    if (!capitalised && typed.replace(/[^\p{L}\p{N}]/gu, '').length < 4) continue;
    if ((!capitalised || (!typing && k === 1)) && isStopWord(foldKeepLength(first.text), lang)) continue;
    const found = startingWith(entities, typed).slice(0, limit);
    if (found.length > 0) return found.map(({ entity, name }) => ({ entity, name, from: first.start, typo: false }));
  }
  if (!typing) return [];
  // The word after an elision (« Is » of « l'Is »), of four letters at least: a shorter one is an edit away from
  // thousands of names.
  const spelled = tokenize(last.text).filter((t) => t.kind === 'word').at(-1);
  if (!spelled || spelled.text.replace(/[^\p{L}\p{N}]/gu, '').length < 4) return [];
  if (corpusWords?.has(spelled.norm) && !corpusWords.isName(spelled.norm)) return [];
  return entities.search(spelled.text, limit).map((entity) => ({ entity, name: entity.name, from: last.start + spelled.start, typo: true }));
}

/** An entity's name or alias, folded, with its rank among all names (their order before sorting). */
interface FoldedName {
  entity: Entity;
  name: string;
  folded: string;
  mentions: number;
  order: number;
}

/** The names of a set of entities, sorted by their folded form, so that those with a prefix are found by bisection. */
const foldedNames = new WeakMap<EntityIndex, FoldedName[]>();

/**
 * Sorts the names of a set of entities for completion ahead of the first request (a second or so at 36,000 real
 * articles, under load): the server calls it once the entities are ready, rather than the writer's first
 * completion paying for it. Does nothing when they are sorted already.
 */
export function prepareNameCompletion(entities: EntityIndex): void {
  sortedNames(entities);
}

function sortedNames(entities: EntityIndex): FoldedName[] {
  let names = foldedNames.get(entities);
  if (!names) {
    names = entities.entities
      .flatMap((entity) => [entity.name, ...entity.aliases].map((name) => ({ entity, name, folded: normalizeSpaces(foldKeepLength(name)), mentions: mentionCount(entity) })))
      .map((n, order) => ({ ...n, order }))
      .sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.order - b.order));
    foldedNames.set(entities, names);
  }
  return names;
}

/** Entities with a name or alias that starts with `typed` (folded), most mentioned first, each once. */
function startingWith(entities: EntityIndex, typed: string): { entity: Entity; name: string }[] {
  const names = sortedNames(entities);
  // The names that start with `typed` are a run of the sorted list, from the first one not below it.
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].folded < typed) lo = mid + 1;
    else hi = mid;
  }
  const found: FoldedName[] = [];
  for (let i = lo; i < names.length && names[i].folded.startsWith(typed); i++) if (names[i].folded.length > typed.length) found.push(names[i]);
  const seen = new Set<Entity>();
  return found
    .sort((a, b) => b.mentions - a.mentions || a.name.length - b.name.length || a.order - b.order)
    .filter((n) => !seen.has(n.entity) && seen.add(n.entity) !== undefined)
    .map((n) => ({ entity: n.entity, name: fullNameStarting(n, typed) }));
}

/**
 * The name to propose for an entity found by one of its names: its full name when that too starts with what is
 * typed (« Mamou » gives « Aurélien Vasseur », not its short form « Aurélien », which the writer gets by typing on),
 * else the name found (« Macr » gives the alias « Macron » of « Emmanuel Macron »).
 */
function fullNameStarting(found: FoldedName, typed: string): string {
  const full = found.entity.name;
  if (full === found.name) return full;
  const folded = normalizeSpaces(foldKeepLength(full));
  return folded.length > typed.length && folded.startsWith(typed) ? full : found.name;
}

function normalizeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ');
}
