import type pg from 'pg';
import { URI } from 'vscode-uri';
import type { CorpusReader, RemoteReads } from '../core/backend/corpusReader';
import { buildDocument, rereadDocument, type CorpusDocument, type Sentence } from '../core/corpus/document';
import { compactEntity, MentionTable, MentionWriter } from '../core/entities/compactEntities';
import { EntityIndex } from '../core/entities/entityIndex';
import type { Entity } from '../core/entities/types';
import { idOwners, type PassageHit } from '../core/index/corpusIndex';
import { FuzzyNames } from '../core/index/fuzzyNames';
import { NameStats } from '../core/index/nameStats';
import { LineMap } from '../core/position';
import { termsOf } from '../core/text/stem';
import type { CorpusProblem, Lang, Span } from '../core/types';
import { sourceScheme } from '../protocol';
import { lexemeOf } from './lexemes';
import { searchPassages, type PassageScore } from './search';

export { sourceScheme };

/** The `path` a database document goes by in the core: its virtual document URI. */
export function sourcePath(database: string, key: string): string {
  return URI.from({ scheme: sourceScheme, authority: database, path: `/${key}` }).toString();
}

/** The database and document key of a source URI; undefined for other URIs. */
export function parseSourcePath(uri: string): { database: string; key: string } | undefined {
  if (!uri.startsWith(`${sourceScheme}:`)) return undefined;
  const parsed = URI.parse(uri);
  return { database: parsed.authority, key: parsed.path.replace(/^\//, '') };
}

/** The corpus changed in the database since this reader's snapshot: a new reader is needed. */
export class CorpusChanged extends Error {
  constructor(readonly version: number) {
    super(`the corpus changed in the database (version ${version})`);
  }
}

/** What the database says of the corpus as a whole. */
export interface CorpusState {
  version: number;
  documents: number;
  passages: number;
  totalLength: number;
  entityCount: number;
}

/** The state of the corpus in the database (version 0, empty, before any load). */
export async function readState(db: pg.ClientBase | pg.Pool): Promise<CorpusState> {
  const row = (await db.query<{ version: string; documents: number; passages: string; total_length: string; entity_count: number }>('SELECT version, documents, passages, total_length, entity_count FROM grounded.corpus_state')).rows[0];
  return { version: Number(row.version), documents: row.documents, passages: Number(row.passages), totalLength: Number(row.total_length), entityCount: row.entity_count };
}

/** A document's text and sentences, as fetched. */
type Content = Pick<CorpusDocument, 'text' | 'lines' | 'sentences'>;

const emptyContent: Content = { text: '', lines: new LineMap(''), sentences: [] };

/** Documents whose text a reader keeps (the least recently read go first). */
const residentDocuments = 2000;
/** Searches a reader keeps. */
const keptSearches = 20_000;

/** A document of the database: its metadata in memory, its text fetched when a request reads it. */
class DatabaseDocument implements CorpusDocument {
  readonly problems: CorpusProblem[] = [];
  date?: string;
  url?: string;
  author?: string;
  frontMatterSpan?: Span;

  constructor(
    private readonly reader: DatabaseIndex,
    readonly rowId: number,
    readonly key: string,
    readonly id: string,
    readonly path: string,
    readonly title: string,
    readonly lang: Lang,
    readonly hash: string,
  ) {}

  get text(): string {
    return this.reader.contentOf(this).text;
  }

  get lines(): LineMap {
    return this.reader.contentOf(this).lines;
  }

  get sentences(): Sentence[] {
    return this.reader.contentOf(this).sentences;
  }
}

/**
 * How the corpus writes each word, fetched word by word: a word not fetched yet is a miss (see RemoteReads) and
 * reads as unknown meanwhile.
 */
class DatabaseNameStats extends NameStats {
  constructor(private readonly reader: DatabaseIndex) {
    super();
  }

  override isName(norm: string): boolean {
    const c = this.reader.wordCounts(norm);
    return c !== undefined && c[0] > 0 && c[0] >= c[1];
  }

  override has(norm: string): boolean {
    const c = this.reader.wordCounts(norm);
    return c !== undefined && (c[0] > 0 || c[1] > 0);
  }

  override standsAlone(norm: string): boolean {
    const c = this.reader.wordCounts(norm);
    return c !== undefined && c[3] > 0;
  }
}

/**
 * A corpus in PostgreSQL, read as the checks read the embedded index (see CorpusReader), at one version of the
 * corpus: the documents' metadata and the entities are in memory (read by {@link openReader}); passages, term
 * statistics, word statistics and documents' text are fetched on demand (see RemoteReads): a read of something
 * not fetched yet is noted and answers empty, and {@link fetchMissed} fetches what was missed in one
 * repeatable-read transaction, which fails with {@link CorpusChanged} once the database holds another version.
 */
export class DatabaseIndex implements CorpusReader, RemoteReads {
  readonly names: NameStats = new DatabaseNameStats(this);
  private missCount = 0;
  private readonly byPath = new Map<string, DatabaseDocument>();
  private readonly byRow = new Map<number, DatabaseDocument>();
  private readonly byId = new Map<string, DatabaseDocument>();
  private sorted: DatabaseDocument[] = [];
  private fuzzy: FuzzyNames<CorpusDocument> | undefined;
  private entityIndex = new EntityIndex([]);
  private readonly contents = new Map<number, Content>();
  private readonly searches = new Map<string, PassageScore[]>();
  private readonly frequencies = new Map<string, number>();
  private readonly words = new Map<string, [number, number, number, number] | null>();
  private readonly wantedContents = new Set<number>();
  private readonly wantedSearches = new Map<string, { terms: readonly string[]; limit: number; weights?: ReadonlyMap<string, number> }>();
  private readonly wantedTerms = new Set<string>();
  private readonly wantedWords = new Set<string>();
  private readonly passagesByLang = new Map<Lang, number>();

  constructor(
    private readonly pool: pg.Pool,
    readonly state: CorpusState,
    /** The database's short name, the authority of its documents' URIs. */
    readonly database: string,
  ) {}

  get misses(): number {
    return this.missCount;
  }

  get documentCount(): number {
    return this.byPath.size;
  }

  get sentenceTotal(): number {
    return this.state.passages;
  }

  passagesIn(lang: Lang): number {
    return this.passagesByLang.get(lang) ?? 0;
  }

  get version(): number {
    return this.state.version;
  }

  documents(): CorpusDocument[] {
    return [...this.sorted];
  }

  documentById(id: string): CorpusDocument | undefined {
    return this.byId.get(id.toLowerCase());
  }

  documentByPath(filePath: string): CorpusDocument | undefined {
    return this.byPath.get(filePath);
  }

  /** The document with this key (its path under the corpus folder). */
  documentByKey(key: string): CorpusDocument | undefined {
    return this.byPath.get(sourcePath(this.database, key));
  }

  sources(): FuzzyNames<CorpusDocument> {
    this.fuzzy ??= new FuzzyNames<CorpusDocument>(this.sorted, (d) => [d.id, d.title]);
    return this.fuzzy;
  }

  problems(): CorpusProblem[] {
    return [];
  }

  entities(): EntityIndex {
    return this.entityIndex;
  }

  search(text: string, lang: Lang, limit = 10): PassageHit[] {
    return this.searchTerms(termsOf(text, lang), limit);
  }

  searchTerms(terms: readonly string[], limit = 10, weights?: ReadonlyMap<string, number>): PassageHit[] {
    const key = JSON.stringify([terms, limit, weights ? [...weights] : null]);
    const found = this.searches.get(key);
    if (!found) {
      this.miss(() => this.wantedSearches.set(key, { terms: [...terms], limit, weights: weights && new Map(weights) }));
      return [];
    }
    this.searches.delete(key);
    this.searches.set(key, found);
    const hits: PassageHit[] = [];
    for (const hit of found) {
      const doc = this.byRow.get(hit.document);
      const sentence = doc?.sentences[hit.sentence];
      if (doc && sentence) hits.push({ doc, sentence, score: hit.score });
    }
    return hits;
  }

  idf(term: string): number {
    const lexeme = lexemeOf(term);
    const df = this.frequencies.get(lexeme);
    if (df === undefined) {
      this.miss(() => this.wantedTerms.add(lexeme));
      return 0;
    }
    if (df === 0) return 0;
    return Math.log(1 + (this.state.passages - df + 0.5) / (df + 0.5));
  }

  /** How the corpus writes a word ([capitalized, lower, standalone, alone]); undefined when absent or not fetched yet (a miss). */
  wordCounts(norm: string): [number, number, number, number] | undefined {
    const counts = this.words.get(norm);
    if (counts === undefined) {
      this.miss(() => this.wantedWords.add(norm));
      return undefined;
    }
    return counts ?? undefined;
  }

  /** A document's text and sentences; empty (and a miss) when not fetched yet. */
  contentOf(doc: DatabaseDocument): Content {
    const content = this.contents.get(doc.rowId);
    if (!content) {
      this.miss(() => this.wantedContents.add(doc.rowId));
      return emptyContent;
    }
    this.contents.delete(doc.rowId);
    this.contents.set(doc.rowId, content);
    return content;
  }

  /** The text of a document by key (for go to source on a virtual document); fetched when needed. */
  async textOf(key: string): Promise<string | undefined> {
    const doc = this.byPath.get(sourcePath(this.database, key));
    if (!doc) return undefined;
    if (!this.contents.has(doc.rowId)) {
      this.wantedContents.add(doc.rowId);
      await this.fetchMissed();
    }
    return this.contentOf(doc).text;
  }

  private miss(note: () => void): void {
    this.missCount++;
    note();
  }

  async fetchMissed(): Promise<void> {
    const searches = [...this.wantedSearches];
    const terms = [...this.wantedTerms];
    const words = [...this.wantedWords];
    this.wantedSearches.clear();
    this.wantedTerms.clear();
    this.wantedWords.clear();
    if (searches.length === 0 && terms.length === 0 && words.length === 0 && this.wantedContents.size === 0) return;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const state = await readState(client);
      if (state.version !== this.state.version) throw new CorpusChanged(state.version);
      if (terms.length > 0) await this.fetchFrequencies(client, terms);
      if (words.length > 0) {
        const rows = await client.query<{ norm: string; capitalized: number; lower: number; standalone: number; alone: number }>('SELECT norm, capitalized, lower, standalone, alone FROM grounded.words WHERE norm = ANY($1)', [words]);
        for (const norm of words) this.words.set(norm, null);
        for (const r of rows.rows) this.words.set(r.norm, [r.capitalized, r.lower, r.standalone, r.alone]);
      }
      for (const [key, { terms: query, limit, weights }] of searches) {
        const hits = await searchPassages(client, this.state, (lexemes) => this.fetchFrequencies(client, lexemes), query, limit, weights);
        this.searches.set(key, hits);
        for (const hit of hits) if (!this.contents.has(hit.document)) this.wantedContents.add(hit.document);
      }
      while (this.searches.size > keptSearches) this.searches.delete(this.searches.keys().next().value!);
      const wanted = [...this.wantedContents];
      this.wantedContents.clear();
      if (wanted.length > 0) {
        const rows = await client.query<{ id: number; body: string; layout: number[] }>('SELECT id, body, layout FROM grounded.documents WHERE id = ANY($1)', [wanted]);
        for (const row of rows.rows) {
          const doc = this.byRow.get(row.id);
          if (!doc) continue;
          const again = rereadDocument(doc.path, row.body, Int32Array.from(row.layout));
          this.contents.set(row.id, again ?? buildDocument(doc.path, row.body, doc.hash));
        }
        while (this.contents.size > residentDocuments) this.contents.delete(this.contents.keys().next().value!);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Document frequencies of lexemes, fetched for those not known yet (0 for a lexeme the corpus lacks). */
  private async fetchFrequencies(client: pg.ClientBase, lexemes: readonly string[]): Promise<Map<string, number>> {
    const unknown = lexemes.filter((l) => !this.frequencies.has(l));
    if (unknown.length > 0) {
      const rows = await client.query<{ lexeme: string; df: number }>('SELECT lexeme, df FROM grounded.terms WHERE lexeme = ANY($1)', [unknown]);
      for (const l of unknown) this.frequencies.set(l, 0);
      for (const r of rows.rows) this.frequencies.set(r.lexeme, r.df);
    }
    return new Map(lexemes.map((l) => [l, this.frequencies.get(l) ?? 0]));
  }

  /** Reads the documents' metadata and the entities of this version. */
  async load(db: pg.ClientBase): Promise<void> {
    const docs = await db.query<{ id: number; key: string; citation_key: string; title: string; lang: Lang; date: string | null; url: string | null; author: string | null; hash: string; front_matter: number[] | null }>(
      'SELECT id, key, citation_key, title, lang, date, url, author, hash, front_matter FROM grounded.documents',
    );
    for (const r of docs.rows) {
      const doc = new DatabaseDocument(this, r.id, r.key, r.citation_key, sourcePath(this.database, r.key), r.title, r.lang, r.hash);
      if (r.date !== null) doc.date = r.date;
      if (r.url !== null) doc.url = r.url;
      if (r.author !== null) doc.author = r.author;
      if (r.front_matter) doc.frontMatterSpan = { start: r.front_matter[0], end: r.front_matter[1] };
      this.byPath.set(doc.path, doc);
      this.byRow.set(doc.rowId, doc);
    }
    const perLang = await db.query<{ lang: Lang; n: string }>('SELECT d.lang, count(*) AS n FROM grounded.passages p JOIN grounded.documents d ON d.id = p.document_id GROUP BY d.lang');
    for (const r of perLang.rows) this.passagesByLang.set(r.lang, Number(r.n));
    this.sorted = [...this.byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const [key, doc] of idOwners(this.sorted)) this.byId.set(key, doc);
    this.entityIndex = new EntityIndex(await this.readEntities(db));
  }

  /** The entities, in their order, their mentions in the compact form (see compactEntities.ts). */
  private async readEntities(db: pg.ClientBase): Promise<Entity[]> {
    const rows = await db.query<{ id: number; data: Omit<Entity, 'mentions'> & { definition?: { document?: string; path?: string } } }>('SELECT id, data FROM grounded.entities ORDER BY ordinal');
    const mentions = await db.query({
      text: 'SELECT entity_id, document_id, span_start, span_end, line, character, end_line, end_character, sentence, text FROM grounded.mentions ORDER BY entity_id, ordinal',
      rowMode: 'array',
    });
    const byEntity = new Map<number, unknown[][]>();
    for (const row of mentions.rows as unknown[][]) {
      const id = row[0] as number;
      let list = byEntity.get(id);
      if (!list) byEntity.set(id, (list = []));
      list.push(row);
    }
    const table = new MentionTable();
    return rows.rows.map(({ id, data }) => {
      const rest = data as Omit<Entity, 'mentions'>;
      const definition = data.definition;
      if (definition?.document !== undefined) {
        const { document, ...others } = definition;
        rest.definition = { ...(others as NonNullable<Entity['definition']>), path: sourcePath(this.database, document) };
      }
      const list = byEntity.get(id) ?? [];
      const writer = new MentionWriter(table, list.length);
      for (const m of list) {
        const doc = this.byRow.get(m[1] as number);
        if (!doc) continue;
        writer.add({ path: doc.path, docId: doc.id, spanStart: m[2] as number, spanEnd: m[3] as number, line: m[4] as number, character: m[5] as number, endLine: m[6] as number, endCharacter: m[7] as number, sentence: m[8] as number, text: m[9] as string });
      }
      return compactEntity(rest, writer.data, writer.texts, table);
    });
  }
}

/**
 * Opens a reader on the corpus as the database holds it now: its state, documents' metadata and entities read
 * in one repeatable-read transaction (so they are of one version).
 */
export async function openReader(pool: pg.Pool, database: string): Promise<DatabaseIndex> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const reader = new DatabaseIndex(pool, await readState(client), database);
    await reader.load(client);
    await client.query('COMMIT');
    return reader;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
