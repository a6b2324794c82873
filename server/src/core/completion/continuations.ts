import { termsForWord } from '../claims/lexicon';
import type { CorpusDocument, Sentence } from '../corpus/document';
import type { EntityIndex } from '../entities/entityIndex';
import type { Entity } from '../entities/types';
import { isRemote, type CorpusReader } from '../backend/corpusReader';
import type { PassageHit } from '../index/corpusIndex';
import { canonicalNumber } from '../text/numbers';
import { isStopWord, stem } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { isNamedIn } from '../entities/compactEntities';
import { valueOfAnotherName } from './entityFacts';

/** How a sentence typed so far continues in a source. */
export interface Continuation {
  /** The words to insert after the writer's text (no citation). */
  text: string;
  /** The start of the last word the writer is typing, in the prefix, when it is replaced (else the prefix's end). */
  replaceFrom: number;
  doc: CorpusDocument;
  sentence: Sentence;
  score: number;
  /** It states a figure, a date or a role: a fact rather than a turn of phrase. */
  fact: boolean;
}

export interface ContinuationOptions {
  lang: Lang;
  /** Entities named in the sentence or paragraph being written: passages about them rank first. */
  context?: readonly Entity[];
  /**
   * Entities named in the sentence typed so far (its subject, its objects): a passage must name one of them to
   * continue it with a value, or on glue words alone (see {@link PrefixStatement}).
   */
  named?: readonly Entity[];
  /** The corpus entities: a passage naming another entity before a value continues another subject's statement. */
  entities?: EntityIndex;
  limit?: number;
}

/**
 * What the sentence typed so far states, for telling a passage that continues it from one that merely shares its
 * last words: the entities it names and its other content words (the predicate: « agreed to buy », « ministre »).
 */
export interface PrefixStatement {
  entities: readonly Entity[];
  /** The content words of the prefix outside the entities' names, each with the terms that stand for it. */
  predicate: readonly { terms: readonly string[] }[];
}

/** How much of a {@link PrefixStatement} a source passage states: entities it names, predicate words it shares. */
export interface Stated {
  named: number;
  shared: number;
  /** (named + shared) / (entities + predicate words), 0–1; 1 for an empty statement. */
  fraction: number;
  /**
   * Whether a value (a figure, a date) from this passage may continue the prefix, which must have a predicate (a
   * value right after a bare subject, « La ministre de la Santé 76 », continues nothing): the passage names one of
   * the prefix's entities (when it names any) and shares a word of its predicate, or names every one of its two
   * or more entities (« Yukos has been presented with a $27.5bn tax demand by the Russian authorities » for
   * « Russia says Yukos owes »: the same parties, the predicate paraphrased).
   */
  valueAllowed: boolean;
}

/** The statement of the sentence typed so far: `named` are the entities found in it. */
export function prefixStatement(prefix: string, named: readonly Entity[], lang: Lang): PrefixStatement {
  const nameTerms = new Set(named.flatMap((e) => [e.name, ...(e.aliases ?? [])]).flatMap((name) => wordsOf(name, lang).flatMap((w) => w.terms)));
  const predicate = wordsOf(prefix, lang).filter((w) => w.content && w.token.kind === 'word' && !w.terms.some((t) => nameTerms.has(t)));
  return { entities: named, predicate };
}

/** How much of `statement` the passage `sentence` of `doc` states (see {@link Stated}). */
export function statedBy(statement: PrefixStatement, doc: CorpusDocument, sentence: Sentence): Stated {
  const terms = new Set(sourceWords(sentence, doc.lang).flatMap((w) => w.terms));
  const named = statement.entities.filter((e) => isNamedIn(e, doc.path, sentence.index)).length;
  const shared = statement.predicate.filter((w) => w.terms.some((t) => terms.has(t))).length;
  const total = statement.entities.length + statement.predicate.length;
  return {
    named,
    shared,
    fraction: total === 0 ? 1 : (named + shared) / total,
    valueAllowed:
      statement.predicate.length > 0 && (((statement.entities.length === 0 || named > 0) && shared > 0) || (statement.entities.length >= 2 && named === statement.entities.length)),
  };
}

const maxWords = 14;
/** A match must cover more than the last word alone, unless that word is being typed. */
const minStrength = 1.3;
/** Items far below the best one are noise. */
const relativeCutoff = 0.5;
const candidateCount = 40;

interface Word {
  token: Token;
  /** Terms that stand for it in a French or same-language source. */
  terms: string[];
  content: boolean;
}

function wordsOf(text: string, lang: Lang): Word[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'elision' || t.kind === 'symbol')
    .map((token) => {
      if (token.kind === 'number') return { token, terms: [canonicalNumber(token.text, lang) ?? token.norm], content: true };
      if (token.kind !== 'word') return { token, terms: [token.norm], content: false };
      return { token, terms: termsForWord(token.lower, token.norm, lang), content: !isStopWord(token.norm, lang) };
    });
}

function sourceWords(sentence: Sentence, lang: Lang): Word[] {
  return tokenize(sentence.text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'elision' || t.kind === 'symbol')
    .map((token) => ({
      token,
      terms: [token.kind === 'number' ? (canonicalNumber(token.text, lang) ?? token.norm) : token.kind === 'word' ? stem(token.lower, lang) : token.norm],
      content: token.kind === 'number' || (token.kind === 'word' && !isStopWord(token.norm, lang)),
    }));
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/**
 * Whether a word of the prefix and a word of a source are the same word: glue words by their written form, accents
 * included (« à » is not « a », « où » not « ou »: folding them made « condamné à » continue « … a été présenté »);
 * content words by their folded form or a shared term (stem, synonym).
 */
function same(a: Word, b: Word): boolean {
  if (a.token.norm === b.token.norm) return a.content || b.content || a.token.lower.replace(/’/g, "'") === b.token.lower.replace(/’/g, "'");
  return a.content && b.content && a.terms.some((t) => b.terms.includes(t));
}

/**
 * How the sentence the writer is typing continues in the corpus: candidate passages are retrieved on the
 * prefix's words (stems, synonyms, any order), then each is aligned on the end of the prefix — its last
 * words, the last one possibly half-typed — and the rest of the source's clause is proposed. Passages about
 * the entities being written about, and continuations that state a figure, rank first. Best first, at most
 * `limit`, only those that match the end of the prefix.
 */
export function continuationsOf(prefix: string, index: CorpusReader, options: ContinuationOptions): Continuation[] {
  const { lang } = options;
  const words = wordsOf(prefix, lang);
  if (words.length === 0) return [];
  const endsWithSpace = /\s$/.test(prefix);
  const last = words[words.length - 1];
  const partial = endsWithSpace ? undefined : { ...last, name: words.length > 1 && isCapitalised(last.token.text) };
  const complete = partial ? words.slice(0, -1) : words;
  const queryTerms = complete.filter((w) => w.content).flatMap((w) => w.terms);
  const weights = new Map<string, number>();
  const contextEntities = new Set(options.context ?? []);
  for (const entity of contextEntities) for (const t of wordsOf(entity.name, lang).flatMap((w) => w.terms)) weights.set(t, 2);
  const tail = complete.slice(-4);
  for (const w of tail) for (const t of w.terms) weights.set(t, (weights.get(t) ?? 1) * 1.5);
  const candidates = queryTerms.length > 0 ? candidatesFor(index, [...queryTerms, ...weights.keys()], weights) : [];
  const prefixTerms = new Set(complete.flatMap((w) => w.terms));
  const statement = prefixStatement(partial ? prefix.slice(0, partial.token.start) : prefix, options.named ?? [], lang);
  const results: Continuation[] = [];
  const maxScore = candidates[0]?.hit.score ?? 1;
  for (const { hit, source, sourceTerms } of candidates) {
    const aligned = alignEnd(complete, partial, source);
    if (!aligned) continue;
    // Word order is free beyond the end: the prefix's other content words found anywhere in the passage count.
    const elsewhere = complete.slice(0, Math.max(0, complete.length - 1)).filter((w) => w.content && w.terms.some((t) => sourceTerms.has(t))).length;
    const anchor = { next: aligned.next, strength: aligned.strength + 0.5 * Math.max(0, elsewhere - aligned.contentMatched + (aligned.contentMatched > 0 ? 1 : 0)) };
    const text = continuationText(hit.sentence.text, source, anchor.next, prefixTerms);
    if (!text || anchor.strength < minStrength) continue;
    const about = [...contextEntities].some((e) => isNamedIn(e, hit.doc.path, hit.sentence.index));
    const fact = /\d/.test(text);
    // A passage that shares only the prefix's glue words at its end (« … battle for », « SBC agreed to buy AT&T
    // for ») continues another statement: a value from it, or words after glue alone, only when it states the
    // prefix (its entities, its predicate).
    const stated = statedBy(statement, hit.doc, hit.sentence);
    if (fact && !stated.valueAllowed && !(stated.named === 0 && aligned.contentMatched > 0 && !namesOtherBefore(hit.sentence.text, source[anchor.next]?.token.start ?? hit.sentence.text.length, statement, options.entities))) continue;
    // A value the passage says of another name than the sentence's (« Arrêté … le 11 octobre 2019 …, Guy Joao a été
    // pris pour Xavier Dupont de Ligonnès » for « Xavier Dupont de Ligonnès a été arrêté »).
    const from = source[anchor.next]?.token.start ?? hit.sentence.text.length;
    if (fact && stated.named > 0 && valueOfAnotherName(hit.sentence.text, { start: from, end: from + text.length }, statement.entities)) continue;
    // Words after glue alone continue the prefix's predicate only in a passage that states it.
    if (aligned.contentMatched === 0 && !(stated.valueAllowed && stated.shared > 0)) continue;
    const score = anchor.strength + hit.score / maxScore + (about ? 1 : 0) + (fact ? 0.5 : 0);
    const completedWord = partial ? source[anchor.next - 1].token.text : '';
    results.push({
      text: partial ? `${completedWord} ${text}` : text,
      replaceFrom: partial ? partial.token.start : prefix.length,
      doc: hit.doc,
      sentence: hit.sentence,
      score,
      fact,
    });
  }
  const sorted = dedupe(results.sort((a, b) => b.score - a.score));
  const best = sorted[0]?.score ?? 0;
  return sorted.filter((c) => c.score >= best * relativeCutoff).slice(0, options.limit ?? 5);
}

/** A candidate passage with its words read for alignment. */
interface Candidate {
  hit: PassageHit;
  source: Word[];
  sourceTerms: ReadonlySet<string>;
}

/** How many recent queries keep their candidates, per reader. */
const recentQueries = 16;
const recentCandidates = new WeakMap<CorpusReader, { version: number; byQuery: Map<string, Candidate[]> }>();

/**
 * The candidate passages of a query (BM25, {@link candidateCount} best) with their words. A writer typing a word
 * asks the same query at each letter (the word being typed is not searched, only aligned): the candidates of the
 * last {@link recentQueries} queries are kept while the index holds (its version), so a keystroke inside a word
 * reads no document again. Not kept for a database reader, whose first runs answer from what it fetched so far.
 */
function candidatesFor(index: CorpusReader, terms: readonly string[], weights: ReadonlyMap<string, number>): Candidate[] {
  const search = () =>
    index.searchTerms(terms, candidateCount, weights).map((hit) => {
      const source = sourceWords(hit.sentence, hit.doc.lang);
      return { hit, source, sourceTerms: new Set(source.flatMap((w) => w.terms)) };
    });
  if (isRemote(index)) return search();
  let recent = recentCandidates.get(index);
  if (!recent || recent.version !== index.version) {
    recent = { version: index.version, byQuery: new Map() };
    recentCandidates.set(index, recent);
  }
  const key = JSON.stringify([terms, [...weights]]);
  const known = recent.byQuery.get(key);
  if (known) {
    recent.byQuery.delete(key);
    recent.byQuery.set(key, known);
    // A file found changed since is being indexed again: its sentences are no longer the index's passages.
    return known.filter((c) => !(c.hit.doc as { stale?: boolean }).stale);
  }
  const found = search();
  recent.byQuery.set(key, found);
  if (recent.byQuery.size > recentQueries) recent.byQuery.delete(recent.byQuery.keys().next().value!);
  return found;
}

/**
 * Where the end of the prefix is in a source sentence: the longest run of the prefix's last words found in
 * order in the source (stop words may be skipped), ending with the word being typed when there is one.
 * Returns the index of the source word after the match and how strong the match is; undefined without one.
 */
function alignEnd(complete: Word[], partial: (Word & { name: boolean }) | undefined, source: Word[]): { next: number; strength: number; contentMatched: number } | undefined {
  let best: { next: number; strength: number; contentMatched: number } | undefined;
  for (let end = 0; end < source.length; end++) {
    let s = end;
    if (partial) {
      if (!source[s].token.norm.startsWith(partial.token.norm)) continue;
      // A capital typed after the first word starts a name: « Martin L » is not continued by « la ».
      if (partial.name && !isCapitalised(source[s].token.text)) continue;
      s--;
    }
    let p = complete.length - 1;
    let matched = partial ? 0.5 : 0;
    let contentMatched = 0;
    // The writer's last word must be the source's too: "tarif de" continues after "tarif de", not after "tarif".
    let lastWordMatched = partial !== undefined;
    while (p >= 0 && s >= 0 && complete.length - 1 - p < 6) {
      if (same(complete[p], source[s])) {
        if (p === complete.length - 1) lastWordMatched = true;
        matched += complete[p].content ? 1 : 0.3;
        if (complete[p].content) contentMatched++;
        p--;
        s--;
      } else if (!source[s].content && p < complete.length - 1) {
        s--;
      } else if (!complete[p].content && p < complete.length - 1) {
        p--;
      } else {
        break;
      }
    }
    if (!lastWordMatched) continue;
    // A glue word matched alone ("de") counts when the source word before it is one the writer used
    // elsewhere in the sentence ("… tarif … est de" ↔ "tarif de 60 %").
    if (contentMatched === 0) {
      const previous = source.slice(0, end).reverse().find((w) => w.content);
      if (previous && complete.some((w) => w.content && same(w, previous))) matched += 0.7;
    }
    const strength = matched;
    if (!best || strength > best.strength) best = { next: end + 1, strength, contentMatched };
  }
  return best;
}

/**
 * Whether a source sentence names, before `at` (where its continuation starts), an entity the prefix does not:
 * the value after it belongs to that entity's statement (« SBC Communications agreed to buy AT&T for about $16bn »
 * for « Verizon agreed to buy MCI for »). A sentence that names nobody there (« Le pays diplômé chaque année 3,57
 * millions » for « la Chine diplôme ») states the prefix's predicate of its subject by anaphora.
 */
function namesOtherBefore(text: string, at: number, statement: PrefixStatement, entities: EntityIndex | undefined): boolean {
  if (!entities) return true;
  const own = new Set(statement.entities);
  return entities.findIn(text.slice(0, at)).some((m) => !own.has(m.entity));
}

const clauseEnd = /^[.;:!?…]/;

/**
 * The source's words from `start` to the end of the clause, or to a word the prefix already says; words the
 * prefix already says at the start are skipped ("diplômé chaque année 3,57 millions" after "Chaque année, la
 * Chine diplôme" gives "3,57 millions d'ingénieurs").
 */
function continuationText(text: string, source: Word[], start: number, prefixTerms: ReadonlySet<string>): string | undefined {
  const said = (w: Word) => w.content && w.terms.some((t) => prefixTerms.has(t));
  let first = start;
  while (first < source.length && (said(source[first]) || (!source[first].content && first + 1 < source.length && said(source[first + 1])))) first++;
  if (first >= source.length) return undefined;
  let end = first;
  let count = 0;
  for (let i = first; i < source.length && count < maxWords; i++) {
    const word = source[i];
    const between = text.slice(source[i - 1]?.token.end ?? word.token.start, word.token.start);
    // A comma between digits is inside a number (« 5,50m »), never a clause's end: a continuation never ends inside a number.
    const insideNumber = between === ',' && /\d$/.test(source[i - 1]?.token.text ?? '') && /^\d/.test(word.token.text);
    if (i > first && (clauseEnd.test(between.trim()) || (between.includes(',') && count >= 1 && !insideNumber) || /[«»()"]/.test(between))) break;
    if (count >= 2 && said(word)) break;
    if (count >= 4 && ['qui', 'que', 'dont', 'which', 'who', 'that'].includes(word.token.norm)) break;
    end = i + 1;
    count++;
  }
  while (end > first && !source[end - 1].content && source[end - 1].token.kind !== 'symbol') end--;
  if (end <= first) return undefined;
  return text.slice(source[first].token.start, source[end - 1].token.end);
}

function dedupe(items: Continuation[]): Continuation[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Entities named in a text (the sentence or paragraph being written). */
export function entitiesNamed(text: string, entities: EntityIndex): Entity[] {
  return [...new Set(entities.findIn(text).map((m) => m.entity))];
}
