import type pg from 'pg';
import { lexemeOf, quoteLexeme } from './lexemes';

/** A passage found by {@link searchPassages}: its id (load order), document id, sentence index and BM25+ score. */
export interface PassageScore {
  id: number;
  document: number;
  sentence: number;
  score: number;
}

/** The statistics BM25 needs about the whole corpus. */
export interface CorpusStats {
  passages: number;
  totalLength: number;
}

// The embedded index's constants (core/index/bm25.ts): both backends must score alike.
const k1 = 1.2;
const b = 0.75;
const delta = 0.5;
/** The embedded index keeps term frequencies in 16 bits. */
const maxTf = 65535;

/**
 * The best `limit` passages for retrieval terms, best first, as the embedded index (core/index/bm25.ts) ranks
 * them, from the database: candidates come from PostgreSQL full-text search (the GIN index of `passages.terms`),
 * one query term at a time from the rarest, and are scored in the core's way (BM25+ with the same constants, the
 * corpus's exact document frequencies, scores summed in 32-bit floats in the same term order, ties by passage
 * order). Once the `limit`-th best score is above what the terms left could give together, no other passage can
 * make the list (MaxScore, as the embedded index stops), so common terms are not read. Same corpus, same hits.
 *
 * `df` answers the document frequency of lexemes (fetched once and kept by the caller).
 */
export async function searchPassages(
  client: pg.ClientBase,
  stats: CorpusStats,
  df: (lexemes: string[]) => Promise<Map<string, number>>,
  queryTerms: readonly string[],
  limit: number,
  weights?: ReadonlyMap<string, number>,
): Promise<PassageScore[]> {
  if (stats.passages === 0 || limit <= 0) return [];
  const unique = [...new Set(queryTerms)];
  const frequencies = await df(unique.map(lexemeOf));
  const avgLength = stats.totalLength / stats.passages || 1;
  const terms: { lexeme: string; weight: number; bound: number }[] = [];
  for (const term of unique) {
    const lexeme = lexemeOf(term);
    const n = frequencies.get(lexeme) ?? 0;
    if (n === 0) continue;
    const weight = Math.log(1 + (stats.passages - n + 0.5) / (n + 0.5)) * (weights?.get(term) ?? 1);
    if (weight !== 0) terms.push({ lexeme, weight, bound: weight * (k1 + 1 + delta) });
  }
  const prunable = terms.every((t) => t.weight >= 0);
  terms.sort((x, y) => y.bound - x.bound);
  const remaining = new Float64Array(terms.length + 1);
  for (let i = terms.length - 1; i >= 0; i--) remaining[i] = remaining[i + 1] + terms[i].bound;
  const lexemes = terms.map((t) => t.lexeme);
  const found = new Map<number, PassageScore>();
  for (let t = 0; t < terms.length; t++) {
    if (prunable && found.size >= limit && kthLargest([...found.values()], limit) > remaining[t]) break;
    const rows = await client.query<{ id: string; document_id: number; sentence: number; length: number; tf_over: Record<string, number> | null; tfs: Record<string, number> }>(
      `SELECT p.id, p.document_id, p.sentence, p.length, p.tf_over,
              (SELECT json_object_agg(u.lexeme, cardinality(u.positions)) FROM unnest(p.terms) u WHERE u.lexeme = ANY($2::text[])) AS tfs
         FROM grounded.passages p
        WHERE p.terms @@ $1::tsquery`,
      [quoteLexeme(terms[t].lexeme), lexemes],
    );
    for (const row of rows.rows) {
      const id = Number(row.id);
      if (found.has(id)) continue;
      const norm = k1 * (1 - b + (b * row.length) / avgLength);
      let score = 0;
      for (const term of terms) {
        const tf = Math.min(row.tf_over?.[term.lexeme] ?? row.tfs?.[term.lexeme] ?? 0, maxTf);
        if (tf === 0) continue;
        score = Math.fround(score + term.weight * ((tf * (k1 + 1)) / (tf + norm) + delta));
      }
      found.set(id, { id, document: row.document_id, sentence: row.sentence, score });
    }
  }
  return [...found.values()].sort((x, y) => y.score - x.score || x.id - y.id).slice(0, limit);
}

/** The k-th largest score. */
function kthLargest(hits: readonly PassageScore[], k: number): number {
  return hits.map((h) => h.score).sort((x, y) => y - x)[k - 1];
}
