import damerauLevenshtein from 'damerau-levenshtein';
import Fuse from 'fuse.js';
import { fold } from '../text/normalize';

/** A name found by a fuzzy lookup, with how close it is (0 best, 1 worst). */
export interface FuzzyHit<T> {
  item: T;
  score: number;
}

/** fuse.js cut-off: it may return matches past its threshold, so scores are checked again. */
const pickerThreshold = 0.4;

/**
 * Fuzzy lookup of names (source titles and ids, entity names): fuse.js for type-ahead pickers, where a
 * loose ranked list helps; a strict Damerau edit distance on folded names where a typo must resolve to
 * one name ("@cloud-ia-internationl" → "cloud-ia-international"), measured better on swapped letters.
 */
export class FuzzyNames<T> {
  private readonly fuse: Fuse<{ name: string; folded: string; item: T }>;
  private readonly entries: { name: string; folded: string; item: T }[];

  constructor(items: readonly T[], namesOf: (item: T) => string[]) {
    this.entries = items.flatMap((item) => namesOf(item).map((name) => ({ name, folded: fold(name), item })));
    this.fuse = new Fuse(this.entries, { keys: ['folded'], includeScore: true, threshold: pickerThreshold, ignoreLocation: true });
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
    const results = words.length === 1 ? this.fuse.search(words[0], { limit: limit * 2 }) : this.fuse.search({ $and: words.map((w) => ({ folded: w })) }, { limit: limit * 2 });
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
