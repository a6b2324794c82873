import { isNameToken, type NameUse } from '../entities/candidates';
import { nameConnectors } from '../entities/wordLists';
import { tokenize, type Token } from '../text/tokenize';

/** The counts kept for one folded word. */
interface WordCounts {
  /** Written capitalised away from the start of a sentence. */
  capitalized: number;
  /** Written in lower case. */
  lower: number;
  /** Written as a name word not after a connector ("de", "d’"). */
  standalone: number;
  /** Written as a name word with no name word after it. */
  alone: number;
}

/** One word's counts as plain data: [norm, capitalized, lower, standalone, alone]. */
export type NameStatsEntry = [string, number, number, number, number];

/**
 * How the corpus writes each word: capitalised away from the start of a sentence against in lower case (what
 * tells a proper noun, "Tencent", from a common word that starts a sentence), and how its name words stand
 * (what entity extraction needs to join or split names). Counted as sentences are indexed, so that a removed
 * sentence can be taken back out.
 *
 * The counts are four integers per word in one array (no object per word: a large corpus has hundreds of
 * thousands of words), and a document's counts, given by vocabulary id, find their word without hashing it once
 * the id has been seen (adding the records of 35,987 articles looked words up 3.6 million times).
 */
export class NameStats {
  /** Each word's place in `counts`. */
  private readonly slots = new Map<string, number>();
  /** Per word: capitalized, lower, standalone, alone (see {@link WordCounts}). */
  private counts = new Int32Array(4 * 256);
  /**
   * Per word (place / 4): 1 when taking counts out left none above zero. The word then answers as absent and its
   * counts restart at zero, as if it had been dropped; it keeps its place.
   */
  private dropped = new Uint8Array(256);
  /** For each word list given to {@link addCounts} (a vocabulary's words), the slot of each word id seen (-1: not yet). */
  private readonly slotsById = new WeakMap<readonly string[], Int32Array>();

  /** Counts the words of a sentence, as text or tokens (`sign` -1 to take a removed sentence back out). */
  count(sentence: string | readonly Token[], sign: 1 | -1 = 1): void {
    const tokens = typeof sentence === 'string' ? tokenize(sentence) : sentence;
    // The slot first: making it may grow (replace) the counts array.
    forEachNameUse(tokens, (i, field) => {
      const slot = this.slot(tokens[i].norm);
      if (field >= 0) this.counts[slot + field] += sign;
    });
    if (sign < 0) {
      for (const token of tokens) {
        const slot = this.slots.get(token.norm);
        if (slot !== undefined) this.dropIfEmpty(slot);
      }
    }
  }

  /** Whether the corpus writes this folded word as a name: capitalised mid-sentence at least as often as not. */
  isName(norm: string): boolean {
    const slot = this.slots.get(norm);
    return slot !== undefined && isNameAt(this.counts, slot);
  }

  /** The words the corpus writes as names (those {@link isName} holds for), to answer it on another thread. */
  nameWords(): string[] {
    const words: string[] = [];
    for (const [norm, slot] of this.slots) if (isNameAt(this.counts, slot)) words.push(norm);
    return words;
  }

  /** How many distinct words the corpus writes as names. */
  get nameCount(): number {
    let count = 0;
    for (const slot of this.slots.values()) if (isNameAt(this.counts, slot)) count++;
    return count;
  }

  /** Whether the corpus has this folded word at all (away from sentence starts). */
  has(norm: string): boolean {
    const slot = this.slots.get(norm);
    return slot !== undefined && (this.counts[slot] > 0 || this.counts[slot + 1] > 0);
  }

  /** Whether the corpus writes this folded word as a name with no name word after it (« Manchester » of "Manchester United"). */
  standsAlone(norm: string): boolean {
    const slot = this.slots.get(norm);
    return slot !== undefined && this.counts[slot + 3] > 0;
  }

  /** How the corpus uses its name words, for entity extraction. */
  use(): NameUse {
    const use: NameUse = { standalone: new Set(), alone: new Set() };
    for (const [norm, slot] of this.slots) {
      if (this.counts[slot + 2] > 0) use.standalone.add(norm);
      if (this.counts[slot + 3] > 0) use.alone.add(norm);
    }
    return use;
  }

  /** Adds (or with `sign` -1 takes out) a document's counts, as stored in its record (see {@link packNameCounts}), over `words`. */
  addCounts(counts: Int32Array, words: readonly string[], sign: 1 | -1 = 1): void {
    let byId = this.slotsById.get(words);
    if (!byId || byId.length < words.length) {
      const grown = new Int32Array(Math.max(words.length, 1024) * (byId ? 2 : 1)).fill(-1);
      if (byId) grown.set(byId);
      this.slotsById.set(words, (byId = grown));
    }
    forEachNameCount(counts, (id, capitalized, lower, standalone, alone) => {
      let slot = byId[id];
      if (slot < 0) slot = byId[id] = this.slot(words[id]);
      else if (this.dropped[slot >> 2]) this.dropped[slot >> 2] = 0;
      const all = this.counts;
      all[slot] += sign * capitalized;
      all[slot + 1] += sign * lower;
      all[slot + 2] += sign * standalone;
      all[slot + 3] += sign * alone;
      if (sign < 0) this.dropIfEmpty(slot);
    });
  }

  /**
   * Adds counts summed by word id over `words` (see {@link nameTotals}): the same counts as adding each record's
   * with {@link addCounts}, one lookup per word of the vocabulary instead of one per word of each document (at
   * 35,987 real articles, 6.3 million record entries took about 0.3 s of the main thread at each start).
   */
  addTotals(totals: Int32Array, words: readonly string[]): void {
    for (let id = 0, at = 0; at < totals.length && id < words.length; id++, at += 4) {
      if (totals[at] === 0 && totals[at + 1] === 0 && totals[at + 2] === 0 && totals[at + 3] === 0) continue;
      const slot = this.slot(words[id]);
      const all = this.counts;
      for (let k = 0; k < 4; k++) all[slot + k] += totals[at + k];
    }
  }

  /** The counts as plain data (to rebuild them elsewhere, e.g. in a worker thread or from a cache), word after word as first met. */
  entries(): NameStatsEntry[] {
    const entries: NameStatsEntry[] = [];
    const c = this.counts;
    for (const [norm, slot] of this.slots) if (!this.dropped[slot >> 2]) entries.push([norm, c[slot], c[slot + 1], c[slot + 2], c[slot + 3]]);
    return entries;
  }

  /** Stats rebuilt from {@link entries}. */
  static fromEntries(entries: readonly NameStatsEntry[]): NameStats {
    const stats = new NameStats();
    for (const [norm, capitalized, lower, standalone, alone] of entries) stats.counts.set([capitalized, lower, standalone, alone], stats.slot(norm));
    return stats;
  }

  /** The place of a word's counts, made (at zero) on first use, or again after it was dropped. */
  private slot(norm: string): number {
    let slot = this.slots.get(norm);
    if (slot === undefined) {
      slot = this.slots.size * 4;
      if (slot + 4 > this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
        const dropped = new Uint8Array(grown.length / 4);
        dropped.set(this.dropped);
        this.dropped = dropped;
      }
      this.slots.set(norm, slot);
    } else if (this.dropped[slot >> 2]) {
      this.dropped[slot >> 2] = 0;
    }
    return slot;
  }

  /** After counts were taken out: a word left with none above zero is dropped (counts back to zero, absent). */
  private dropIfEmpty(slot: number): void {
    const c = this.counts;
    if (c[slot] <= 0 && c[slot + 1] <= 0 && c[slot + 2] <= 0 && c[slot + 3] <= 0) {
      c.fill(0, slot, slot + 4);
      this.dropped[slot >> 2] = 1;
    }
  }
}

/**
 * The rules of {@link NameStats.count}: calls `visit` with the token's index and the count it adds to (0 capitalized,
 * 1 lower, 2 standalone, 3 alone; -1: the word is counted, with nothing added yet), in the order the counts are made.
 * A word is counted capitalised or in lower case away from the start of its sentence; a name word is counted
 * standalone when not after a connector ("de", "d’"), alone when no name word follows.
 */
export function forEachNameUse(tokens: readonly Token[], visit: (token: number, field: number) => void): void {
  let first = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (i > 0 && isNameToken(token)) {
      visit(i, -1);
      if (!nameConnectors.has(tokens[i - 1].norm)) visit(i, 2);
      if (!tokens[i + 1] || !isNameToken(tokens[i + 1])) visit(i, 3);
    }
    if (token.kind !== 'word') continue;
    const initial = first;
    first = false;
    const c = token.text[0];
    const upper = c !== c.toLowerCase();
    if (upper && initial) continue;
    visit(i, upper ? 0 : 1);
  }
}

/** Whether the counts at `slot` say a name: capitalised mid-sentence, at least as often as in lower case. */
function isNameAt(counts: Int32Array, slot: number): boolean {
  return counts[slot] > 0 && counts[slot] >= counts[slot + 1];
}

/**
 * A document's name counts as its record stores them, [word id, capitalized, lower, standalone, alone] per word
 * (ids of a vocabulary), packed by shape: most words of an article are written once in lower case, and all but a
 * few only in lower case. Layout: the number of words with other counts (F) and of words only in lower case more
 * or less than once (L); F × [id, capitalized, lower, standalone, alone]; L × [id, lower]; then the ids of the
 * words written once in lower case. At 35,987 real articles: 6.3 million words, 121 MB as five numbers each, 43 MB
 * packed. The words keep their order within each part.
 */
export function packNameCounts(entries: readonly (readonly [number, number, number, number, number])[]): Int32Array {
  const isOnce = (e: readonly number[]) => e[1] === 0 && e[2] === 1 && e[3] === 0 && e[4] === 0;
  const isLowerOnly = (e: readonly number[]) => e[1] === 0 && e[3] === 0 && e[4] === 0 && e[2] !== 1;
  const full = entries.filter((e) => !isOnce(e) && !isLowerOnly(e));
  const lowerOnly = entries.filter(isLowerOnly);
  const once = entries.filter(isOnce);
  const packed = new Int32Array(2 + full.length * 5 + lowerOnly.length * 2 + once.length);
  packed[0] = full.length;
  packed[1] = lowerOnly.length;
  let at = 2;
  for (const e of full) for (const n of e) packed[at++] = n;
  for (const e of lowerOnly) {
    packed[at++] = e[0];
    packed[at++] = e[2];
  }
  for (const e of once) packed[at++] = e[0];
  return packed;
}

/** Calls `visit` with each word's counts of a record's packed name counts (see {@link packNameCounts}). */
export function forEachNameCount(packed: Int32Array, visit: (id: number, capitalized: number, lower: number, standalone: number, alone: number) => void): void {
  if (packed.length < 2) return;
  const full = 2 + packed[0] * 5;
  const lowerOnly = full + packed[1] * 2;
  for (let i = 2; i < full; i += 5) visit(packed[i], packed[i + 1], packed[i + 2], packed[i + 3], packed[i + 4]);
  for (let i = full; i < lowerOnly; i += 2) visit(packed[i], 0, packed[i + 1], 0, 0);
  for (let i = lowerOnly; i < packed.length; i++) visit(packed[i], 0, 1, 0, 0);
}

/**
 * The name counts of records summed by word id: capitalized, lower, standalone, alone (see {@link NameStats}) at
 * `4 × id`, for a vocabulary of `size` words; what {@link NameStats.addTotals} reads.
 */
export function nameTotals(records: Iterable<Int32Array>, size: number): Int32Array {
  const totals = new Int32Array(4 * size);
  for (const packed of records) {
    forEachNameCount(packed, (id, capitalized, lower, standalone, alone) => {
      const at = 4 * id;
      totals[at] += capitalized;
      totals[at + 1] += lower;
      totals[at + 2] += standalone;
      totals[at + 3] += alone;
    });
  }
  return totals;
}

/** Packed name counts (see {@link packNameCounts}) with each word id mapped through `ids`. */
export function renumberNameCounts(packed: Int32Array, ids: Int32Array): Int32Array {
  const renumbered = packed.slice();
  if (packed.length < 2) return renumbered;
  const full = 2 + packed[0] * 5;
  const lowerOnly = full + packed[1] * 2;
  for (let i = 2; i < full; i += 5) renumbered[i] = ids[packed[i]];
  for (let i = full; i < lowerOnly; i += 2) renumbered[i] = ids[packed[i]];
  for (let i = lowerOnly; i < packed.length; i++) renumbered[i] = ids[packed[i]];
  return renumbered;
}
