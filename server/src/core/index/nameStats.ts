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
 */
export class NameStats {
  private readonly counts = new Map<string, WordCounts>();

  /** Counts the words of a sentence, as text or tokens (`sign` -1 to take a removed sentence back out). */
  count(sentence: string | readonly Token[], sign: 1 | -1 = 1): void {
    const tokens = typeof sentence === 'string' ? tokenize(sentence) : sentence;
    let first = true;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (i > 0 && isNameToken(token)) {
        const entry = this.entry(token.norm);
        if (!nameConnectors.has(tokens[i - 1].norm)) entry.standalone += sign;
        if (!tokens[i + 1] || !isNameToken(tokens[i + 1])) entry.alone += sign;
      }
      if (token.kind !== 'word') continue;
      const initial = first;
      first = false;
      const c = token.text[0];
      const upper = c !== c.toLowerCase();
      if (upper && initial) continue;
      const entry = this.entry(token.norm);
      if (upper) entry.capitalized += sign;
      else entry.lower += sign;
    }
    if (sign < 0) for (const token of tokens) this.dropIfEmpty(token.norm);
  }

  /** Whether the corpus writes this folded word as a name: capitalised mid-sentence at least as often as not. */
  isName(norm: string): boolean {
    const entry = this.counts.get(norm);
    return entry !== undefined && entry.capitalized > 0 && entry.capitalized >= entry.lower;
  }

  /** The words the corpus writes as names (those {@link isName} holds for), to answer it on another thread. */
  nameWords(): string[] {
    const words: string[] = [];
    for (const [norm, entry] of this.counts) if (entry.capitalized > 0 && entry.capitalized >= entry.lower) words.push(norm);
    return words;
  }

  /** How many distinct words the corpus writes as names. */
  get nameCount(): number {
    let count = 0;
    for (const entry of this.counts.values()) if (entry.capitalized > 0 && entry.capitalized >= entry.lower) count++;
    return count;
  }

  /** Whether the corpus has this folded word at all (away from sentence starts). */
  has(norm: string): boolean {
    const entry = this.counts.get(norm);
    return entry !== undefined && (entry.capitalized > 0 || entry.lower > 0);
  }

  /** How the corpus uses its name words, for entity extraction. */
  use(): NameUse {
    const use: NameUse = { standalone: new Set(), alone: new Set() };
    for (const [norm, entry] of this.counts) {
      if (entry.standalone > 0) use.standalone.add(norm);
      if (entry.alone > 0) use.alone.add(norm);
    }
    return use;
  }

  /** Adds (or with `sign` -1 takes out) a document's counts, as stored in its record (see docRecord.ts). */
  addCounts(counts: Int32Array, words: readonly string[], sign: 1 | -1 = 1): void {
    for (let i = 0; i + 4 < counts.length; i += 5) {
      const norm = words[counts[i]];
      const entry = this.entry(norm);
      entry.capitalized += sign * counts[i + 1];
      entry.lower += sign * counts[i + 2];
      entry.standalone += sign * counts[i + 3];
      entry.alone += sign * counts[i + 4];
      if (sign < 0) this.dropIfEmpty(norm);
    }
  }

  /** The counts as plain data (to rebuild them elsewhere, e.g. in a worker thread or from a cache). */
  entries(): NameStatsEntry[] {
    return [...this.counts].map(([norm, c]) => [norm, c.capitalized, c.lower, c.standalone, c.alone]);
  }

  /** Stats rebuilt from {@link entries}. */
  static fromEntries(entries: readonly NameStatsEntry[]): NameStats {
    const stats = new NameStats();
    for (const [norm, capitalized, lower, standalone, alone] of entries) stats.counts.set(norm, { capitalized, lower, standalone, alone });
    return stats;
  }

  private entry(norm: string): WordCounts {
    let entry = this.counts.get(norm);
    if (!entry) {
      entry = { capitalized: 0, lower: 0, standalone: 0, alone: 0 };
      this.counts.set(norm, entry);
    }
    return entry;
  }

  private dropIfEmpty(norm: string): void {
    const entry = this.counts.get(norm);
    if (entry && entry.capitalized <= 0 && entry.lower <= 0 && entry.standalone <= 0 && entry.alone <= 0) this.counts.delete(norm);
  }
}
