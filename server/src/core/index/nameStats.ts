import { tokenize, type Token } from '../text/tokenize';

/**
 * How often each word of the corpus is written capitalised away from the start of a sentence, against in
 * lower case: what tells a proper noun ("Tencent", "Accio") from a common word that starts a sentence.
 */
export class NameStats {
  private readonly counts = new Map<string, { capitalized: number; lower: number }>();

  /** Counts the words of a sentence, as text or tokens (`sign` -1 to take a removed sentence back out). */
  count(sentence: string | readonly Token[], sign: 1 | -1 = 1): void {
    const tokens = typeof sentence === 'string' ? tokenize(sentence) : sentence;
    let first = true;
    for (const token of tokens) {
      if (token.kind !== 'word') continue;
      const initial = first;
      first = false;
      const c = token.text[0];
      const upper = c !== c.toLowerCase();
      if (upper && initial) continue;
      const entry = this.counts.get(token.norm) ?? { capitalized: 0, lower: 0 };
      if (upper) entry.capitalized += sign;
      else entry.lower += sign;
      if (entry.capitalized <= 0 && entry.lower <= 0) this.counts.delete(token.norm);
      else this.counts.set(token.norm, entry);
    }
  }

  /** Whether the corpus writes this folded word as a name: capitalised mid-sentence at least as often as not. */
  isName(norm: string): boolean {
    const entry = this.counts.get(norm);
    return entry !== undefined && entry.capitalized > 0 && entry.capitalized >= entry.lower;
  }

  /** How many distinct words the corpus writes as names. */
  get nameCount(): number {
    let count = 0;
    for (const entry of this.counts.values()) if (entry.capitalized > 0 && entry.capitalized >= entry.lower) count++;
    return count;
  }

  /** The counts as plain data (to rebuild them elsewhere, e.g. in a worker thread). */
  entries(): [string, number, number][] {
    return [...this.counts].map(([norm, c]) => [norm, c.capitalized, c.lower]);
  }

  /** Stats rebuilt from {@link entries}. */
  static fromEntries(entries: readonly [string, number, number][]): NameStats {
    const stats = new NameStats();
    for (const [norm, capitalized, lower] of entries) stats.counts.set(norm, { capitalized, lower });
    return stats;
  }

  /** Whether the corpus has this folded word at all (away from sentence starts). */
  has(norm: string): boolean {
    return this.counts.has(norm);
  }
}
