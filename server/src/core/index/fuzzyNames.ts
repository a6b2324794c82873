import damerauLevenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js';
import { fold } from '../text/normalize';

/** A name found by a fuzzy lookup, with how close it is (0 best, 1 worst). */
export interface FuzzyHit<T> {
  item: T;
  score: number;
}

interface Entry<T> {
  name: string;
  folded: string;
  item: T;
}

/** The most errors fuse.js accepts in a word of `length` units: errors / length ≤ its threshold, as it computes it. */
function allowedErrors(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= pickerThreshold) errors++;
  return errors;
}

/**
 * A pattern of up to 32 UTF-16 units as bit masks: for each unit, the positions where it occurs; units below 256
 * (folded names are mostly ASCII) in an array, read by index, the others in a map.
 */
export interface PatternMasks {
  length: number;
  low: Int32Array;
  masks: Map<number, number>;
}

/** The masks of a pattern of up to 32 UTF-16 units, for {@link leastSubstringDistance}. */
export function patternMasks(pattern: string): PatternMasks {
  const low = new Int32Array(256);
  const masks = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 256) low[c] |= 1 << i;
    else masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  }
  return { length: pattern.length, low, masks };
}

/**
 * The least Levenshtein distance between a pattern and any substring of `text` (UTF-16 units), by Myers'
 * bit-vector algorithm (G. Myers, "A fast bit-vector algorithm for approximate string matching based on dynamic
 * programming", JACM 1999), search variant: one pass of a few integer operations per character. Stops early,
 * returning a value ≤ `enough`, once a substring that close is found.
 */
export function leastSubstringDistance(pattern: PatternMasks, text: string, enough = 0): number {
  const m = pattern.length;
  if (m === 0) return 0;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let least = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 256 ? pattern.low[c] : (pattern.masks.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // A substring may start anywhere: the top row of the table is zeros, so nothing is shifted in.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < least) {
      least = score;
      if (least <= enough) return least;
    }
  }
  return least;
}

/** fuse.js cut-off: it may return matches past its threshold, so scores are checked again. */
const pickerThreshold = 0.4;

/**
 * Fuzzy lookup of names (source titles and ids, entity names): fuse.js for type-ahead pickers, where a
 * loose ranked list helps; a strict Damerau edit distance on folded names where a typo must resolve to
 * one name ("@cloud-ia-internationl" → "cloud-ia-international"), measured better on swapped letters.
 */
export class FuzzyNames<T> {
  private fuse: Fuse<Entry<T>> | undefined;
  private readonly entries: Entry<T>[];
  /** Each entry's folded name as fuse.js reads it (lower case), made once. */
  private lowered: string[] | undefined;

  constructor(items: readonly T[], namesOf: (item: T) => string[]) {
    this.entries = items.flatMap((item) => namesOf(item).map((name) => ({ name, folded: fold(name), item })));
  }

  /** The best matches for a picker query, best first, each item once. */
  search(query: string, limit = 20): FuzzyHit<T>[] {
    const words = fold(query).split(/\s+/).filter(Boolean);
    const seen = new Set<T>();
    const hits: FuzzyHit<T>[] = [];
    if (words.length === 0) {
      for (const entry of this.entries) {
        if (!seen.has(entry.item) && seen.add(entry.item) && hits.length < limit) hits.push({ item: entry.item, score: 0 });
      }
      return hits;
    }
    // Each word of the query must match somewhere in the name, in any order.
    const fuse = this.fuseFor(words);
    const results = words.length === 1 ? fuse.search(words[0], { limit: limit * 2 }) : fuse.search({ $and: words.map((w) => ({ folded: w })) }, { limit: limit * 2 });
    for (const result of results) {
      const score = result.score ?? 1;
      if (score > pickerThreshold || seen.has(result.item.item)) continue;
      seen.add(result.item.item);
      hits.push({ item: result.item.item, score });
      if (hits.length === limit) break;
    }
    return hits;
  }

  /**
   * fuse.js over the entries that can match every word: fuse.js compares the query with each name in turn
   * (Bitap, several passes and arrays per name), a few hundred milliseconds over 100,000 names. A name matches a
   * word only if some part of it is within `pickerThreshold` × the word's length edits of the word (fuse.js's
   * score without location is errors / length), which one bit-parallel pass per name tells (Myers 1999, the
   * search variant: the least edit distance from the word to any substring). The names kept keep their order, so
   * fuse.js's ranks and ties are those it gives over all the names. Words over 32 characters (which fuse.js cuts
   * in pieces) search all the names.
   */
  private fuseFor(words: readonly string[]): Fuse<Entry<T>> {
    const options = { keys: ['folded'], includeScore: true, threshold: pickerThreshold, ignoreLocation: true };
    const patterns = words.map((w) => w.toLowerCase());
    if (patterns.some((p) => p.length > 32)) return (this.fuse ??= new Fuse(this.entries, options));
    const lowered = (this.lowered ??= this.entries.map((e) => e.folded.toLowerCase()));
    const searches = patterns.map((p) => ({ pattern: patternMasks(p), allowed: allowedErrors(p.length) }));
    const kept = this.entries.filter((_, i) => searches.every((s) => leastSubstringDistance(s.pattern, lowered[i], s.allowed) <= s.allowed));
    return new Fuse(kept, options);
  }

  /**
   * The one name within a quarter of its length in edits (Damerau: a swap counts one) of `query`, after case
   * and accents are folded; undefined when none is that close, or two are equally close.
   */
  closest(query: string): T | undefined {
    const folded = fold(query);
    let best: T | undefined;
    let bestSteps = Infinity;
    let tie = false;
    for (const entry of this.entries) {
      if (Math.abs(entry.folded.length - folded.length) > Math.floor(Math.max(entry.folded.length, folded.length) / 4)) continue;
      const { steps } = damerauLevenshtein(folded, entry.folded);
      if (steps > Math.floor(Math.max(entry.folded.length, folded.length) / 4)) continue;
      if (steps < bestSteps) {
        best = entry.item;
        bestSteps = steps;
        tie = false;
      } else if (steps === bestSteps && entry.item !== best) {
        tie = true;
      }
    }
    return tie ? undefined : best;
  }
}
