import type pg from 'pg';

/**
 * The schema of a team corpus, in PostgreSQL schema `grounded`, as numbered migrations: a database at version n
 * gets migrations n+1… in one transaction, under an advisory lock (two loaders starting at once migrate once).
 *
 * - `documents`: one per corpus file, by `key` (its path under the corpus folder, `/`-separated), with its text as
 *   read (front matter included, so positions hold), content hash, metadata, where its sentences lie (`layout`,
 *   see sentenceLayout) and its share of the name statistics.
 * - `passages`: one per sentence, with its exact span in the document's text and its retrieval terms as a
 *   `tsvector` (the core's terms: stemmed per the document's language, accents folded; each term with positions
 *   1…tf, so that the term frequency is the number of positions; `tf_over` holds those past PostgreSQL's 256
 *   positions), GIN-indexed. Their ids follow the load order, the order the embedded index numbers them in.
 * - `terms` (document frequency of each term over passages), `words` (how the corpus writes each word) and
 *   `corpus_state` (passage count, total length, version): the statistics BM25 and the claim analysis need,
 *   kept exact by each load in the same transaction.
 * - `entities` (each as extraction gave it, `json`: kept as written, fields in their order), `entity_names` (every name
 *   an entity goes by) and `mentions`.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE grounded.corpus_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version bigint NOT NULL DEFAULT 0,
    documents integer NOT NULL DEFAULT 0,
    passages bigint NOT NULL DEFAULT 0,
    total_length bigint NOT NULL DEFAULT 0,
    entities_key text,
    entity_count integer NOT NULL DEFAULT 0,
    loaded_at timestamptz
  );
  INSERT INTO grounded.corpus_state DEFAULT VALUES;
  CREATE TABLE grounded.documents (
    id serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    citation_key text NOT NULL,
    title text NOT NULL,
    lang text NOT NULL,
    date text,
    url text,
    author text,
    hash text NOT NULL,
    body text NOT NULL,
    layout integer[] NOT NULL,
    front_matter integer[],
    name_words text[] NOT NULL,
    name_counts integer[] NOT NULL
  );
  CREATE INDEX documents_citation_key ON grounded.documents (lower(citation_key));
  CREATE TABLE grounded.passages (
    id bigserial PRIMARY KEY,
    document_id integer NOT NULL REFERENCES grounded.documents ON DELETE CASCADE,
    sentence integer NOT NULL,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    length integer NOT NULL,
    terms tsvector NOT NULL,
    tf_over jsonb
  );
  CREATE INDEX passages_terms ON grounded.passages USING gin (terms);
  CREATE INDEX passages_document ON grounded.passages (document_id, sentence);
  CREATE TABLE grounded.terms (
    lexeme text PRIMARY KEY,
    df integer NOT NULL
  );
  CREATE TABLE grounded.words (
    norm text PRIMARY KEY,
    capitalized integer NOT NULL,
    lower integer NOT NULL,
    standalone integer NOT NULL,
    alone integer NOT NULL
  );
  CREATE TABLE grounded.entities (
    id serial PRIMARY KEY,
    ordinal integer NOT NULL,
    entity_key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    data json NOT NULL
  );
  CREATE TABLE grounded.entity_names (
    entity_id integer NOT NULL REFERENCES grounded.entities ON DELETE CASCADE,
    name text NOT NULL,
    PRIMARY KEY (entity_id, name)
  );
  CREATE INDEX entity_names_name ON grounded.entity_names (lower(name));
  CREATE TABLE grounded.mentions (
    entity_id integer NOT NULL REFERENCES grounded.entities ON DELETE CASCADE,
    ordinal integer NOT NULL,
    document_id integer NOT NULL REFERENCES grounded.documents ON DELETE CASCADE,
    span_start integer NOT NULL,
    span_end integer NOT NULL,
    line integer NOT NULL,
    character integer NOT NULL,
    end_line integer NOT NULL,
    end_character integer NOT NULL,
    sentence integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (entity_id, ordinal)
  );
  CREATE INDEX mentions_document ON grounded.mentions (document_id);
  `,
];

/** The schema version this build of Grounded reads and writes. */
export const schemaVersion = migrations.length;

/** Key of the advisory lock that loaders and migrations hold (one writer of the corpus at a time). */
export const writerLock = 0x67726e64;

/**
 * Brings the schema to {@link schemaVersion} (creating it in an empty database); returns the version found.
 * Throws when the database is at a newer version than this build knows (an older Grounded must not write it).
 */
export async function migrate(client: pg.ClientBase): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [writerLock]);
    await client.query('CREATE SCHEMA IF NOT EXISTS grounded');
    await client.query('CREATE TABLE IF NOT EXISTS grounded.schema_version (version integer NOT NULL)');
    const found = (await client.query<{ version: number }>('SELECT version FROM grounded.schema_version')).rows[0]?.version ?? 0;
    if (found > schemaVersion) throw new Error(`the database's Grounded schema is version ${found}, newer than this Grounded's (${schemaVersion}): update Grounded`);
    for (let v = found; v < schemaVersion; v++) await client.query(migrations[v]);
    if (found === 0) await client.query('INSERT INTO grounded.schema_version VALUES ($1)', [schemaVersion]);
    else if (found < schemaVersion) await client.query('UPDATE grounded.schema_version SET version = $1', [schemaVersion]);
    await client.query('COMMIT');
    return found;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The schema version of a database (0 when Grounded never loaded it); for readers, which never migrate. */
export async function readSchemaVersion(client: pg.ClientBase | pg.Pool): Promise<number> {
  const exists = await client.query<{ present: boolean }>("SELECT to_regclass('grounded.schema_version') IS NOT NULL AS present");
  if (!exists.rows[0].present) return 0;
  return (await client.query<{ version: number }>('SELECT version FROM grounded.schema_version')).rows[0]?.version ?? 0;
}
