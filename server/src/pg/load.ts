import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type pg from 'pg';
import type { CorpusDocument } from '../core/corpus/document';
import type { CuratedEntity, Entity } from '../core/entities/types';
import { forEachMention } from '../core/entities/compactEntities';
import type { DocRecord } from '../core/index/docRecord';
import { forEachNameCount } from '../core/index/nameStats';
import type { CorpusProblem } from '../core/types';
import { lexemeOf, tsvectorOf } from './lexemes';
import { migrate, readSchemaVersion, writerLock } from './schema';

/** A corpus as built on the loader's machine: what goes into the database. */
export interface LoadInput {
  /** The corpus folders (absolute): a document's key is its path under the folder holding it. */
  roots: readonly string[];
  /** The vocabulary the records are numbered in. */
  vocabulary: readonly string[];
  /** Each document with its record, in the order the embedded index numbers their passages. */
  documents: readonly { doc: CorpusDocument; record: DocRecord }[];
  entities: readonly Entity[];
  curated: readonly CuratedEntity[];
}

/** How a load treats what the database holds and the folders do not. */
export interface LoadOptions {
  /**
   * Remove the documents that the database holds and the loaded folders do not. Without it a load that would
   * remove any is refused and changes nothing: a folder given by mistake (a subfolder, a copy with one
   * document, the wrong path) must not wipe a team's corpus.
   */
  prune?: boolean;
  /** Work out what the load would change and change nothing (not even the schema). */
  dryRun?: boolean;
}

/** What a load changed (or, dry run or refused, would have changed). */
export interface LoadResult {
  /** `loaded`: committed; `dry-run`: nothing written; `refused`: it would remove documents and `prune` was not given, nothing written. */
  outcome: 'loaded' | 'dry-run' | 'refused';
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** The keys of the documents added, changed and removed, each sorted (see {@link documentKey}). */
  keys: { added: string[]; changed: string[]; removed: string[] };
  /**
   * Added documents whose content the database already holds under another key, `[added, stored]`: a sign that
   * the folder given is not the one loaded before (a subfolder or a parent: the keys are paths under it).
   */
  moved: [string, string][];
  /** Whether the entities were written anew (the documents or the curated entries changed). */
  entities: boolean;
  /** The corpus version after the load (unchanged when nothing changed). */
  version: number;
  /** Documents not loaded (a key given twice, text PostgreSQL cannot hold, a file changed during the load). */
  problems: CorpusProblem[];
}

/** Documents inserted per statement. */
const documentBatch = 250;
/** Mentions inserted per statement. */
const mentionBatch = 20_000;

/**
 * The key of a document in the database: its path under the corpus folder that holds it, `/`-separated (so two
 * writers with the archive in different places load the same keys), else its file name.
 */
export function documentKey(roots: readonly string[], filePath: string): string {
  let best: string | undefined;
  for (const root of roots) {
    const relative = path.relative(root, filePath);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) continue;
    if (best === undefined || relative.length < best.length) best = relative;
  }
  return (best ?? path.basename(filePath)).split(path.sep).join('/');
}

/** The key of a corpus's entities: its documents' keys and contents, and the curated entries. */
export function entitiesKeyOf(documents: readonly { key: string; hash: string }[], curated: readonly CuratedEntity[]): string {
  const hash = createHash('sha1');
  for (const d of [...documents].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) hash.update(d.key).update('\0').update(d.hash).update('\0');
  hash.update(JSON.stringify(curated));
  return hash.digest('hex');
}

/**
 * Loads a corpus into the database, or brings it up to date: documents whose content hash changed are written
 * again, new ones added, those no longer in the corpus removed (only with `options.prune`: otherwise a load that
 * would remove documents is refused and writes nothing), with the term and word statistics kept exact;
 * the entities are written anew when the documents or curated entries changed. One transaction, under the
 * writers' advisory lock: two loaders at once run one after the other (the second finds the corpus up to date),
 * and readers see the old corpus until the new one is whole. Migrates the schema first.
 */
export async function loadCorpus(client: pg.ClientBase, input: LoadInput, log: (message: string) => void = () => undefined, options: LoadOptions = {}): Promise<LoadResult> {
  const schema = options.dryRun ? await readSchemaVersion(client) : await migrate(client);
  const problems: CorpusProblem[] = [];
  const local: { key: string; doc: CorpusDocument; record: DocRecord; text: string }[] = [];
  const seen = new Map<string, string>();
  for (const { doc, record } of input.documents) {
    const key = documentKey(input.roots, doc.path);
    const other = seen.get(key);
    if (other) {
      problems.push({ path: doc.path, severity: 'warning', message: `not loaded: its key "${key}" is ${other}'s too (two corpus folders hold the same relative path)` });
      continue;
    }
    const text = doc.text;
    if ((doc as { stale?: boolean }).stale) {
      problems.push({ path: doc.path, severity: 'warning', message: 'not loaded: the file changed while the corpus was read; load again' });
      continue;
    }
    if (text.includes('\u0000')) {
      problems.push({ path: doc.path, severity: 'warning', message: 'not loaded: the file holds NUL characters, which PostgreSQL text cannot' });
      continue;
    }
    seen.set(key, doc.path);
    local.push({ key, doc, record, text });
  }

  await client.query('BEGIN');
  try {
    if (!options.dryRun) await client.query('SELECT pg_advisory_xact_lock($1)', [writerLock]);
    // A dry run on a database never loaded (migrate reports 0 for one it just created) finds no document.
    const fresh = options.dryRun && schema === 0;
    const storedRows = fresh ? [] : (await client.query<{ id: number; key: string; hash: string }>('SELECT id, key, hash FROM grounded.documents')).rows;
    const stored = new Map(storedRows.map((r) => [r.key, r]));
    const localKeys = new Set(local.map((d) => d.key));
    const gone = [...stored.values()].filter((d) => !localKeys.has(d.key));
    const toWrite = local.filter((d) => stored.get(d.key)?.hash !== d.doc.hash);
    const replaced = toWrite.flatMap((d) => stored.get(d.key) ?? []);
    const sorted = (keys: string[]) => keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const storedByHash = new Map(gone.map((d) => [d.hash, d.key]));
    const moved = toWrite.flatMap((d): [string, string][] => (stored.has(d.key) || !storedByHash.has(d.doc.hash) ? [] : [[d.key, storedByHash.get(d.doc.hash)!]]));
    const result: LoadResult = {
      outcome: 'loaded',
      added: toWrite.length - replaced.length,
      changed: replaced.length,
      removed: gone.length,
      unchanged: local.length - toWrite.length,
      keys: { added: sorted(toWrite.filter((d) => !stored.has(d.key)).map((d) => d.key)), changed: sorted(replaced.map((d) => d.key)), removed: sorted(gone.map((d) => d.key)) },
      moved: moved.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
      entities: false,
      version: fresh ? 0 : Number((await client.query<{ version: string }>('SELECT version FROM grounded.corpus_state')).rows[0]?.version ?? 0),
      problems,
    };
    if (options.dryRun || (gone.length > 0 && !options.prune)) {
      await client.query('ROLLBACK');
      result.outcome = options.dryRun ? 'dry-run' : 'refused';
      return result;
    }

    const removedIds = [...gone, ...replaced].map((d) => d.id);
    if (removedIds.length > 0) await removeDocuments(client, removedIds);
    const ids = new Map([...stored.values()].filter((d) => !removedIds.includes(d.id)).map((d) => [d.key, d.id]));
    for (let i = 0; i < toWrite.length; i += documentBatch) {
      const batch = toWrite.slice(i, i + documentBatch);
      for (const [key, id] of await insertDocuments(client, batch, input.vocabulary)) ids.set(key, id);
      log(`${Math.min(i + documentBatch, toWrite.length)}/${toWrite.length} documents written`);
    }

    const state = (await client.query<{ version: string; entities_key: string | null }>('SELECT version, entities_key FROM grounded.corpus_state')).rows[0];
    const key = entitiesKeyOf(local.map((d) => ({ key: d.key, hash: d.doc.hash })), input.curated);
    const documentsChanged = toWrite.length > 0 || gone.length > 0;
    if (key !== state.entities_key || documentsChanged) {
      const keysByPath = new Map(local.map((d) => [d.doc.path, d.key]));
      await client.query('DELETE FROM grounded.entities');
      await insertEntities(client, input.entities, (p) => ids.get(keysByPath.get(p) ?? ''), keysByPath);
      result.entities = true;
      log(`${input.entities.length} entities written`);
    }
    let version = Number(state.version);
    if (documentsChanged || result.entities) {
      version++;
      await client.query(
        `UPDATE grounded.corpus_state SET version = $1, entities_key = $2, entity_count = $3, loaded_at = now(),
           documents = (SELECT count(*) FROM grounded.documents),
           passages = (SELECT count(*) FROM grounded.passages),
           total_length = (SELECT coalesce(sum(length), 0) FROM grounded.passages)`,
        [version, key, input.entities.length],
      );
      await client.query('SELECT pg_notify($1, $2)', ['grounded_corpus', String(version)]);
    }
    await client.query('COMMIT');
    result.version = version;
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Takes documents out: their passages' terms and their words out of the statistics, then the rows. */
async function removeDocuments(client: pg.ClientBase, ids: number[]): Promise<void> {
  await client.query(
    `UPDATE grounded.terms t SET df = t.df - d.n
       FROM (SELECT u.lexeme, count(*)::integer AS n FROM grounded.passages p, unnest(p.terms) u
             WHERE p.document_id = ANY($1) GROUP BY u.lexeme) d
      WHERE t.lexeme = d.lexeme`,
    [ids],
  );
  await client.query('DELETE FROM grounded.terms WHERE df <= 0');
  await client.query(
    `UPDATE grounded.words w SET capitalized = w.capitalized - d.c, lower = w.lower - d.l, standalone = w.standalone - d.s, alone = w.alone - d.a
       FROM (SELECT n.norm, sum(doc.name_counts[n.i * 4 - 3])::integer AS c, sum(doc.name_counts[n.i * 4 - 2])::integer AS l,
                    sum(doc.name_counts[n.i * 4 - 1])::integer AS s, sum(doc.name_counts[n.i * 4])::integer AS a
               FROM grounded.documents doc, unnest(doc.name_words) WITH ORDINALITY AS n(norm, i)
              WHERE doc.id = ANY($1) GROUP BY n.norm) d
      WHERE w.norm = d.norm`,
    [ids],
  );
  await client.query('DELETE FROM grounded.words WHERE capitalized <= 0 AND lower <= 0 AND standalone <= 0 AND alone <= 0');
  await client.query('DELETE FROM grounded.documents WHERE id = ANY($1)', [ids]);
}

/** Writes documents, their passages and their share of the statistics; returns their ids by key. */
async function insertDocuments(client: pg.ClientBase, batch: readonly { key: string; doc: CorpusDocument; record: DocRecord; text: string }[], vocabulary: readonly string[]): Promise<Map<string, number>> {
  const wordCounts = new Map<string, [number, number, number, number]>();
  const rows = batch.map(({ key, doc, record, text }, ord) => {
    const words: string[] = [];
    const counts: number[] = [];
    forEachNameCount(record.names, (id, ...c) => {
      const norm = vocabulary[id];
      words.push(norm);
      counts.push(...c);
      const sum = wordCounts.get(norm) ?? [0, 0, 0, 0];
      for (let k = 0; k < 4; k++) sum[k] += c[k];
      wordCounts.set(norm, sum);
    });
    return {
      ord,
      key,
      citation_key: doc.id,
      title: doc.title,
      lang: doc.lang,
      date: doc.date ?? null,
      url: doc.url ?? null,
      author: doc.author ?? null,
      hash: doc.hash,
      body: text,
      layout: Array.from(record.layout),
      front_matter: doc.frontMatterSpan ? [doc.frontMatterSpan.start, doc.frontMatterSpan.end] : null,
      name_words: words,
      name_counts: counts,
    };
  });
  const inserted = await client.query<{ id: number; key: string }>(
    `INSERT INTO grounded.documents (key, citation_key, title, lang, date, url, author, hash, body, layout, front_matter, name_words, name_counts)
     SELECT key, citation_key, title, lang, date, url, author, hash, body, layout, front_matter, name_words, name_counts
       FROM json_to_recordset($1::json) AS x(ord integer, key text, citation_key text, title text, lang text, date text, url text, author text,
            hash text, body text, layout integer[], front_matter integer[], name_words text[], name_counts integer[])
      ORDER BY ord
     RETURNING id, key`,
    [JSON.stringify(rows)],
  );
  const ids = new Map(inserted.rows.map((r) => [r.key, r.id]));

  const df = new Map<string, number>();
  const passages: object[] = [];
  for (const { key, doc, record } of batch) {
    const sentences = doc.sentences;
    for (let i = 0; i + 1 < record.starts.length; i++) {
      const terms: string[] = [];
      for (let t = record.starts[i]; t < record.starts[i + 1]; t++) terms.push(vocabulary[record.terms[t]]);
      const { literal, tfOver } = tsvectorOf(terms);
      for (const lexeme of new Set(terms.map(lexemeOf))) df.set(lexeme, (df.get(lexeme) ?? 0) + 1);
      const span = sentences[i]?.span ?? { start: 0, end: 0 };
      passages.push({ ord: passages.length, document_id: ids.get(key), sentence: i, span_start: span.start, span_end: span.end, length: terms.length, terms: literal, tf_over: tfOver ?? null });
    }
  }
  await client.query(
    `INSERT INTO grounded.passages (document_id, sentence, span_start, span_end, length, terms, tf_over)
     SELECT document_id, sentence, span_start, span_end, length, terms::tsvector, tf_over
       FROM json_to_recordset($1::json) AS x(ord integer, document_id integer, sentence integer, span_start integer, span_end integer, length integer, terms text, tf_over jsonb)
      ORDER BY ord`,
    [JSON.stringify(passages)],
  );
  // In a fixed order, so that two transactions never wait on each other's rows crosswise.
  const lexemes = [...df.keys()].sort();
  await client.query(
    `INSERT INTO grounded.terms (lexeme, df) SELECT * FROM unnest($1::text[], $2::integer[])
     ON CONFLICT (lexeme) DO UPDATE SET df = grounded.terms.df + excluded.df`,
    [lexemes, lexemes.map((l) => df.get(l)!)],
  );
  const norms = [...wordCounts.keys()].sort();
  const column = (k: number) => norms.map((n) => wordCounts.get(n)![k]);
  await client.query(
    `INSERT INTO grounded.words (norm, capitalized, lower, standalone, alone) SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[], $4::integer[], $5::integer[])
     ON CONFLICT (norm) DO UPDATE SET capitalized = grounded.words.capitalized + excluded.capitalized, lower = grounded.words.lower + excluded.lower,
       standalone = grounded.words.standalone + excluded.standalone, alone = grounded.words.alone + excluded.alone`,
    [norms, column(0), column(1), column(2), column(3)],
  );
  return ids;
}

/**
 * Writes the entities (in their order), every name each goes by, and their mentions (in their order), which
 * point at documents by id; a definition names its document by key.
 */
async function insertEntities(client: pg.ClientBase, entities: readonly Entity[], documentId: (filePath: string) => number | undefined, keysByPath: ReadonlyMap<string, string>): Promise<void> {
  if (entities.length === 0) return;
  const rows = entities.map((entity, ordinal) => {
    // Every field but the mentions (read through their getter only when asked for), whatever fields extraction adds.
    const rest = Object.fromEntries(Object.keys(entity).filter((k) => k !== 'mentions').map((k) => [k, entity[k as keyof Entity]])) as unknown as Omit<Entity, 'mentions'>;
    const data: Record<string, unknown> = { ...rest };
    if (rest.definition?.path) {
      const { path: filePath, ...definition } = rest.definition;
      data.definition = { ...definition, document: keysByPath.get(filePath) };
    }
    return { ordinal, entity_key: entity.id, name: entity.name, kind: entity.kind, data };
  });
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 5000) {
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO grounded.entities (ordinal, entity_key, name, kind, data)
       SELECT ordinal, entity_key, name, kind, data FROM json_to_recordset($1::json) AS x(ordinal integer, entity_key text, name text, kind text, data json)
        ORDER BY ordinal RETURNING id`,
      [JSON.stringify(rows.slice(i, i + 5000))],
    );
    ids.push(...inserted.rows.map((r) => r.id));
  }
  const nameIds: number[] = [];
  const names: string[] = [];
  entities.forEach((entity, i) => {
    for (const name of new Set([entity.name, ...entity.aliases])) {
      nameIds.push(ids[i]);
      names.push(name);
    }
  });
  await client.query('INSERT INTO grounded.entity_names (entity_id, name) SELECT * FROM unnest($1::integer[], $2::text[])', [nameIds, names]);

  let pending: object[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    await client.query(
      `INSERT INTO grounded.mentions (entity_id, ordinal, document_id, span_start, span_end, line, character, end_line, end_character, sentence, text)
       SELECT * FROM json_to_recordset($1::json) AS x(entity_id integer, ordinal integer, document_id integer, span_start integer, span_end integer,
              line integer, character integer, end_line integer, end_character integer, sentence integer, text text)`,
      [JSON.stringify(pending)],
    );
    pending = [];
  };
  for (let i = 0; i < entities.length; i++) {
    let ordinal = 0;
    for (const m of entities[i].mentions) {
      const document = documentId(m.path);
      if (document === undefined) continue;
      pending.push({ entity_id: ids[i], ordinal: ordinal++, document_id: document, span_start: m.span.start, span_end: m.span.end, line: m.range.start.line, character: m.range.start.character, end_line: m.range.end.line, end_character: m.range.end.character, sentence: m.sentence, text: m.text });
    }
    if (pending.length >= mentionBatch) await flush();
  }
  await flush();
}

/** How many mentions the entities have (for logs). */
export function mentionTotal(entities: readonly Entity[]): number {
  let n = 0;
  for (const entity of entities) forEachMention(entity, () => n++);
  return n;
}
