import { createHash } from 'node:crypto';

/** PostgreSQL keeps at most this many positions of one lexeme in a tsvector. */
const maxPositions = 256;
/** Longer lexemes are refused by tsvector (2,046 bytes): such a term is stored as its hash. */
const maxLexemeBytes = 2000;

/** The lexeme that stands for a retrieval term of the core in the database (the term, or a hash of a very long one). */
export function lexemeOf(term: string): string {
  return Buffer.byteLength(term) <= maxLexemeBytes ? term : `#${createHash('sha1').update(term).digest('hex')}`;
}

/** A lexeme quoted for a tsvector or tsquery literal. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * A passage's retrieval terms as a tsvector literal: each distinct term with positions 1…tf, so that the number
 * of positions is the term frequency BM25 needs. Frequencies past PostgreSQL's 256 positions go to `tfOver`.
 */
export function tsvectorOf(terms: readonly string[]): { literal: string; tfOver?: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const term of terms) {
    const lexeme = lexemeOf(term);
    counts.set(lexeme, (counts.get(lexeme) ?? 0) + 1);
  }
  const parts: string[] = [];
  let tfOver: Record<string, number> | undefined;
  for (const [lexeme, tf] of counts) {
    const positions = Array.from({ length: Math.min(tf, maxPositions) }, (_, i) => i + 1);
    parts.push(`${quoteLexeme(lexeme)}:${positions.join(',')}`);
    if (tf > maxPositions) (tfOver ??= {})[lexeme] = tf;
  }
  return { literal: parts.join(' '), tfOver };
}
