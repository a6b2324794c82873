import { Vocabulary } from './vocabulary';

/** A scored hit of a BM25 search. */
export interface Bm25Hit {
  id: number;
  score: number;
}

const k1 = 1.2;
const b = 0.75;
/** BM25+ lower bound: a matching term always adds something, however long the passage. */
const delta = 0.5;

class Postings {
  ids: Int32Array<ArrayBufferLike> = new Int32Array(4);
  tfs: Uint16Array<ArrayBufferLike> = new Uint16Array(4);
  length = 0;
  /** Live entries (removed passages stay in the arrays until compaction). */
  df = 0;

  push(id: number, tf: number): void {
    if (this.length === this.ids.length) {
      const ids = new Int32Array(Math.max(4, this.length * 2));
      ids.set(this.ids);
      this.ids = ids;
      const tfs = new Uint16Array(Math.max(4, this.length * 2));
      tfs.set(this.tfs);
      this.tfs = tfs;
    }
    this.ids[this.length] = id;
    this.tfs[this.length] = Math.min(tf, 65535);
    this.length++;
    this.df++;
  }
}

/** A BM25 index as plain arrays (postings one list after the other), to cache and to move between threads. */
export interface Bm25Data {
  /** Vocabulary id of each postings list, and where each list starts in `ids` and `tfs` (one more entry). */
  terms: Int32Array;
  starts: Int32Array;
  ids: Int32Array;
  tfs: Uint16Array;
  dfs: Int32Array;
  lengths: Float32Array;
  alive: Uint8Array;
  count: number;
  liveCount: number;
  totalLength: number;
}

/**
 * The BM25 data of passages given as vocabulary ids, passage after passage (each record's `terms[starts[i],
 * starts[i + 1])`, records in order), equal to what adding them one by one to an empty {@link Bm25Index} and taking
 * {@link Bm25Index.toData} gives, built in two passes over the ids (count each list's passages, then fill the lists
 * in place) instead of lists grown by doubling and copied together at the end. Term frequencies are capped at 65,535.
 */
export function bm25DataOf(records: readonly { terms: Int32Array; starts: Int32Array }[]): Bm25Data {
  let termCount = 0;
  let count = 0;
  let totalLength = 0;
  for (const { terms, starts } of records) {
    for (let i = 0; i < terms.length; i++) if (terms[i] >= termCount) termCount = terms[i] + 1;
    count += starts.length - 1;
    totalLength += starts[starts.length - 1] - starts[0];
  }
  // Pass 1: each term's number of passages (`last`: the last passage that counted it).
  const dfOf = new Int32Array(termCount);
  const last = new Int32Array(termCount).fill(-1);
  const lengths = new Float32Array(count);
  let passage = 0;
  for (const { terms, starts } of records) {
    for (let s = 0; s + 1 < starts.length; s++, passage++) {
      lengths[passage] = starts[s + 1] - starts[s];
      for (let i = starts[s]; i < starts[s + 1]; i++) {
        const term = terms[i];
        if (last[term] !== passage) {
          last[term] = passage;
          dfOf[term]++;
        }
      }
    }
  }
  let lists = 0;
  for (let term = 0; term < termCount; term++) if (dfOf[term] > 0) lists++;
  const listTerms = new Int32Array(lists);
  const listStarts = new Int32Array(lists + 1);
  const dfs = new Int32Array(lists);
  // Where each term's next posting goes (pass 2 moves it along its list).
  const next = new Int32Array(termCount);
  let list = 0;
  let at = 0;
  for (let term = 0; term < termCount; term++) {
    if (dfOf[term] === 0) continue;
    listTerms[list] = term;
    listStarts[list] = at;
    dfs[list] = dfOf[term];
    next[term] = at;
    at += dfOf[term];
    list++;
  }
  listStarts[lists] = at;
  // Pass 2: each passage's postings, in passage order (`last` again: the posting of the term in this passage).
  const ids = new Int32Array(at);
  const tfs = new Uint16Array(at);
  last.fill(-1);
  const posting = new Int32Array(termCount);
  passage = 0;
  for (const { terms, starts } of records) {
    for (let s = 0; s + 1 < starts.length; s++, passage++) {
      for (let i = starts[s]; i < starts[s + 1]; i++) {
        const term = terms[i];
        if (last[term] !== passage) {
          last[term] = passage;
          const p = next[term]++;
          posting[term] = p;
          ids[p] = passage;
          tfs[p] = 1;
        } else if (tfs[posting[term]] < 65535) {
          tfs[posting[term]]++;
        }
      }
    }
  }
  return { terms: listTerms, starts: listStarts, ids, tfs, dfs, lengths, alive: new Uint8Array(count).fill(1), count, liveCount: count, totalLength };
}

/**
 * A small BM25+ full-text index over passages, on typed arrays. Passages are added as lists of terms
 * (already normalised and stemmed) and get consecutive ids; removal marks them dead.
 * At 285k sentences it builds in a few seconds and answers in milliseconds (see docs/TEXT-STACK.md).
 */
export class Bm25Index {
  /** Postings by vocabulary id (none for words that are never a retrieval term), made from `base` on first use. */
  private postings: (Postings | undefined)[] = [];
  /**
   * The lists of an index restored from data ({@link fromData}), one after the other, and where each vocabulary
   * id's list is in them (-1: none): a list becomes a {@link Postings} only when a search, an addition or a
   * removal reads it (most never are; 275,000 lists at 35,987 articles made 825,000 objects at each start).
   */
  private base: Bm25Data | undefined;
  private baseLists: Int32Array | undefined;
  private lengths = new Float32Array(1024);
  private alive = new Uint8Array(1024);
  private count = 0;
  private liveCount = 0;
  private totalLength = 0;
  private scores = new Float32Array(0);
  private scratch = new Int32Array(64);

  constructor(readonly vocabulary = new Vocabulary()) {}

  /** The index as plain arrays. */
  toData(): Bm25Data {
    // Each list as it is: made, or still in the restored data (read there, not made).
    const lists: { termId: number; ids: Int32Array<ArrayBufferLike>; tfs: Uint16Array<ArrayBufferLike>; df: number }[] = [];
    const termCount = Math.max(this.postings.length, this.baseLists?.length ?? 0);
    for (let termId = 0; termId < termCount; termId++) {
      const made = this.postings[termId];
      if (made) {
        lists.push({ termId, ids: made.ids.subarray(0, made.length), tfs: made.tfs.subarray(0, made.length), df: made.df });
        continue;
      }
      const i = this.baseLists && termId < this.baseLists.length ? this.baseLists[termId] : -1;
      if (i < 0 || !this.base) continue;
      const { starts, ids, tfs, dfs } = this.base;
      lists.push({ termId, ids: ids.subarray(starts[i], starts[i + 1]), tfs: tfs.subarray(starts[i], starts[i + 1]), df: dfs[i] });
    }
    const total = lists.reduce((n, l) => n + l.ids.length, 0);
    const starts = new Int32Array(lists.length + 1);
    const ids = new Int32Array(total);
    const tfs = new Uint16Array(total);
    const dfs = new Int32Array(lists.length);
    let at = 0;
    lists.forEach((list, i) => {
      starts[i] = at;
      ids.set(list.ids, at);
      tfs.set(list.tfs, at);
      dfs[i] = list.df;
      at += list.ids.length;
    });
    starts[lists.length] = at;
    const { count, liveCount, totalLength } = this;
    return { terms: Int32Array.from(lists, (l) => l.termId), starts, ids, tfs, dfs, lengths: this.lengths.slice(0, count), alive: this.alive.slice(0, count), count, liveCount, totalLength };
  }

  /** An index back from {@link toData}, its postings viewing the arrays given (copied only when they grow). */
  static fromData(data: Bm25Data, vocabulary: Vocabulary): Bm25Index {
    const index = new Bm25Index(vocabulary);
    let last = -1;
    for (let i = 0; i < data.terms.length; i++) last = Math.max(last, data.terms[i]);
    const lists = new Int32Array(last + 1).fill(-1);
    for (let i = 0; i < data.terms.length; i++) lists[data.terms[i]] = i;
    index.base = data;
    index.baseLists = lists;
    const capacity = Math.max(1024, data.count);
    index.lengths = new Float32Array(capacity);
    index.lengths.set(data.lengths);
    index.alive = new Uint8Array(capacity);
    index.alive.set(data.alive);
    index.count = data.count;
    index.liveCount = data.liveCount;
    index.totalLength = data.totalLength;
    return index;
  }

  /** Number of live passages. */
  get size(): number {
    return this.liveCount;
  }

  /** Adds a passage and returns its id. */
  add(terms: readonly string[]): number {
    return this.addIds(terms.map((term) => this.vocabulary.id(term)));
  }

  /** Adds a passage given as vocabulary ids (`ids[start, end)`) and returns its id. */
  addIds(ids: ArrayLike<number>, start = 0, end = ids.length): number {
    const id = this.count++;
    if (id >= this.lengths.length) this.grow();
    // Term frequencies: the ids sorted, then counted by runs.
    const length = end - start;
    if (this.scratch.length < length) this.scratch = new Int32Array(length * 2);
    const sorted = this.scratch.subarray(0, length);
    for (let i = 0; i < length; i++) sorted[i] = ids[start + i];
    sorted.sort();
    for (let i = 0; i < length; ) {
      const termId = sorted[i];
      let n = 1;
      while (i + n < length && sorted[i + n] === termId) n++;
      i += n;
      let list = this.list(termId);
      if (!list) {
        list = new Postings();
        this.postings[termId] = list;
      }
      list.push(id, n);
    }
    this.lengths[id] = end - start;
    this.alive[id] = 1;
    this.liveCount++;
    this.totalLength += end - start;
    return id;
  }

  /** Removes a passage by id, given the terms it was added with (to keep document frequencies exact). */
  remove(id: number, terms: readonly string[]): void {
    this.removeIds(id, terms.map((term) => this.vocabulary.get(term) ?? -1));
  }

  /** Removes a passage by id, given the vocabulary ids it was added with (`ids[start, end)`). */
  removeIds(id: number, ids: ArrayLike<number>, start = 0, end = ids.length): void {
    if (id < 0 || id >= this.count || !this.alive[id]) return;
    this.alive[id] = 0;
    this.liveCount--;
    this.totalLength -= this.lengths[id];
    const seen = new Set<number>();
    for (let i = start; i < end; i++) {
      if (seen.has(ids[i])) continue;
      seen.add(ids[i]);
      const list = this.list(ids[i]);
      if (list) list.df--;
    }
  }

  /** Document frequency of a term among live passages. */
  documentFrequency(term: string): number {
    const termId = this.vocabulary.get(term);
    return termId === undefined ? 0 : (this.list(termId)?.df ?? 0);
  }

  /** Inverse document frequency of a term (0 for an unknown term). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    if (df === 0) return 0;
    return Math.log(1 + (this.liveCount - df + 0.5) / (df + 0.5));
  }

  /**
   * The best `limit` live passages for the query terms, best first. Repeated query terms count once.
   * `weights` may boost some terms (e.g. names and numbers).
   *
   * Terms are read from the rarest (the highest possible contribution) on. Once the `limit`-th best score so
   * far is above what the remaining terms could give together, no passage not yet found can make the list
   * (the "MaxScore" bound): the remaining terms then only add to the passages found, looked up in their
   * postings instead of scanning them. The result is the same; common words of a large corpus cost little.
   */
  search(queryTerms: readonly string[], limit: number, weights?: ReadonlyMap<string, number>): Bm25Hit[] {
    if (this.liveCount === 0 || limit <= 0) return [];
    if (this.scores.length < this.count) this.scores = new Float32Array(this.lengths.length);
    const scores = this.scores;
    const touched: number[] = [];
    const avgLength = this.totalLength / this.liveCount || 1;
    const terms: { list: Postings; weight: number; bound: number }[] = [];
    for (const term of new Set(queryTerms)) {
      const termId = this.vocabulary.get(term);
      const list = termId === undefined ? undefined : this.list(termId);
      if (!list || list.df === 0) continue;
      const weight = Math.log(1 + (this.liveCount - list.df + 0.5) / (list.df + 0.5)) * (weights?.get(term) ?? 1);
      if (weight !== 0) terms.push({ list, weight, bound: weight * (k1 + 1 + delta) });
    }
    const prunable = terms.every((t) => t.weight >= 0);
    terms.sort((x, y) => y.bound - x.bound);
    const remaining = new Float64Array(terms.length + 1);
    for (let i = terms.length - 1; i >= 0; i--) remaining[i] = remaining[i + 1] + terms[i].bound;
    let foundAll = false;
    for (let t = 0; t < terms.length; t++) {
      const { list, weight } = terms[t];
      // No score found so far exceeds the bounds of the terms read (remaining[0] - remaining[t]): while they are
      // no more than the terms to come could add, the k-th best cannot be either, and is not worth computing.
      if (prunable && !foundAll && touched.length >= limit && (remaining[0] - remaining[t]) * (1 + 1e-6) > remaining[t]) {
        foundAll = kthLargest(touched, scores, limit) > remaining[t];
      }
      if (foundAll && touched.length * 24 < list.length) {
        for (const id of touched) {
          const i = indexOf(list.ids, list.length, id);
          if (i >= 0) scores[id] += weight * termScore(list.tfs[i], this.lengths[id], avgLength);
        }
        continue;
      }
      for (let i = 0; i < list.length; i++) {
        const id = list.ids[i];
        if (!this.alive[id]) continue;
        if (scores[id] === 0) {
          if (foundAll) continue;
          touched.push(id);
        }
        scores[id] += weight * termScore(list.tfs[i], this.lengths[id], avgLength);
      }
    }
    const best = topK(touched, scores, limit);
    for (const id of touched) scores[id] = 0;
    return best;
  }

  /** The postings of a vocabulary id, made from the restored data on first use; undefined when none. */
  private list(termId: number): Postings | undefined {
    const made = this.postings[termId];
    if (made || !this.base || !this.baseLists || termId >= this.baseLists.length) return made;
    const i = this.baseLists[termId];
    if (i < 0) return undefined;
    const { starts, ids, tfs, dfs } = this.base;
    const list = new Postings();
    list.ids = ids.subarray(starts[i], starts[i + 1]);
    list.tfs = tfs.subarray(starts[i], starts[i + 1]);
    list.length = list.ids.length;
    list.df = dfs[i];
    this.postings[termId] = list;
    this.baseLists[termId] = -1;
    return list;
  }

  private grow(): void {
    const lengths = new Float32Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const alive = new Uint8Array(this.alive.length * 2);
    alive.set(this.alive);
    this.alive = alive;
  }
}

/** The position of `id` in the sorted `ids[0, length)`, or -1. */
function indexOf(ids: Int32Array<ArrayBufferLike>, length: number, id: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = ids[mid];
    if (at === id) return mid;
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The k-th largest score of the passages found (a min-heap of the k best). */
function kthLargest(ids: readonly number[], scores: Float32Array, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (const id of ids) {
    const score = scores[id];
    if (size < k) {
      let i = size++;
      heap[i] = score;
      while (i > 0 && heap[(i - 1) >> 1] > heap[i]) {
        const parent = (i - 1) >> 1;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    } else if (score > heap[0]) {
      heap[0] = score;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < k && heap[l] < heap[least]) least = l;
        if (r < k && heap[r] < heap[least]) least = r;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least], heap[i]];
        i = least;
      }
    }
  }
  return heap[0];
}

/**
 * The `k` best of the passages found, best first (the higher score, then the lower id), as hits: an insertion
 * into the sorted `k` best so far, without an object per passage found (a common word finds 100,000 of them).
 */
function topK(ids: readonly number[], scores: Float32Array, k: number): Bm25Hit[] {
  const better = (x: number, y: number) => scores[x] > scores[y] || (scores[x] === scores[y] && x < y);
  const best: number[] = [];
  for (const id of ids) {
    let i: number;
    if (best.length < k) {
      i = best.length;
      best.push(id);
    } else if (better(id, best[k - 1])) {
      i = k - 1;
      best[i] = id;
    } else {
      continue;
    }
    for (; i > 0 && better(best[i], best[i - 1]); i--) [best[i], best[i - 1]] = [best[i - 1], best[i]];
  }
  return best.map((id) => ({ id, score: scores[id] }));
}

/** One term's BM25+ contribution before its weight: `tf` occurrences in a passage of `length` terms. */
function termScore(tf: number, length: number, avgLength: number): number {
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avgLength)) + delta;
}
