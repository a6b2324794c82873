import type pg from 'pg';
import type { CorpusReader } from '../core/backend/corpusReader';
import { CorpusIndex } from '../core/index/corpusIndex';
import { createPool, databaseName, displayUri } from '../pg/connect';
import { openReader, parseSourcePath, readState, type CorpusState, type DatabaseIndex } from '../pg/reader';
import { readSchemaVersion, schemaVersion } from '../pg/schema';
import type { StatusParams } from '../protocol';
import type { ManagedCorpus } from './context';
import type { CorpusHooks } from './corpusSession';

/** Which database to read, and where reads go. */
export interface DatabaseConfig {
  /** The primary's connection URI (names the corpus: its documents' URIs). */
  database: string;
  /** A read-only replica that every read goes to, if any. */
  replica?: string;
}

/** Options of a {@link DatabaseCorpus}. */
export interface DatabaseCorpusOptions {
  config: DatabaseConfig;
  hooks: CorpusHooks;
  /** How often the corpus version is read, to follow other writers' loads (default 2 s; `GROUNDED_DATABASE_POLL_MS`). */
  pollMs?: number;
  /** The setting that names the database, named when it cannot be used. */
  setting?: string;
}

/**
 * A team corpus in PostgreSQL, as a workspace drives it (see ManagedCorpus): opened on `rebuild` (the documents'
 * metadata and the entities of the version the database holds, see pg/reader.ts), then followed: the corpus
 * version is read every few seconds and, when another writer's `grounded index` changed it, the new version is
 * opened and drafts are checked again, without a restart. Nothing is built here and no file is watched: the
 * loaders keep the database up to date. A database that cannot be reached, or holds no corpus, is an error state
 * that the next poll retries.
 */
export class DatabaseCorpus implements ManagedCorpus {
  private reader: DatabaseIndex | undefined;
  private readonly empty = new CorpusIndex();
  private pool: pg.Pool | undefined;
  private running: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private lastState: CorpusState | undefined;
  private readonly pollMs: number;

  constructor(private readonly options: DatabaseCorpusOptions) {
    this.pollMs = options.pollMs ?? (Number(process.env.GROUNDED_DATABASE_POLL_MS) || 2000);
  }

  /** The corpus at the version in use (empty before the first opening). */
  get index(): CorpusReader {
    return this.reader ?? this.empty;
  }

  entities() {
    return this.index.entities();
  }

  get searchable(): boolean {
    return this.reader !== undefined;
  }

  /** The database read, as shown (no password). */
  get roots(): string[] {
    return [displayUri(this.reads)];
  }

  /** Whether a path is one of this corpus's sources (their grounded-source: URIs): no local file is. */
  isInCorpus(filePath: string): boolean {
    return parseSourcePath(filePath)?.database === databaseName(this.options.config.database);
  }

  refreshFiles(): boolean {
    return false;
  }

  async filesChanged(): Promise<void> {}

  rebuild(reason: string): Promise<void> {
    if (this.disposed) return Promise.resolve();
    this.running = this.running.then(() => this.open(reason));
    return this.running;
  }

  whenReady(): Promise<void> {
    return this.running;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.reader = undefined;
    void this.pool?.end().catch(() => undefined);
    this.options.hooks.disposed?.();
  }

  /** The text of a source of this corpus by its URI (see pg/reader.ts sourcePath); undefined for another's. */
  async sourceText(uri: string): Promise<string | undefined> {
    const source = parseSourcePath(uri);
    if (!source || source.database !== databaseName(this.options.config.database) || !this.reader) return undefined;
    return this.reader.textOf(source.key);
  }

  private get reads(): string {
    return this.options.config.replica || this.options.config.database;
  }

  /** Opens the corpus at the version the database holds now; never rejects. */
  private async open(reason: string): Promise<void> {
    if (this.disposed) return;
    const { hooks, setting } = this.options;
    clearTimeout(this.timer);
    this.sendStatus('indexing');
    hooks.log(`Opening the corpus in ${this.roots[0]} (${reason})`);
    const started = performance.now();
    try {
      this.pool ??= createPool(this.reads);
      const version = await readSchemaVersion(this.pool);
      if (version === 0) throw new UnusableCorpus(`${this.roots[0]} holds no Grounded corpus: load one with grounded index --corpus DIR --database URI`);
      if (version > schemaVersion) throw new UnusableCorpus(`${this.roots[0]} holds a corpus of a newer Grounded (schema ${version}, this one reads ${schemaVersion}): update Grounded`);
      const reader = await openReader(this.pool, databaseName(this.options.config.database));
      if (this.disposed) return;
      this.reader = reader;
      this.lastState = reader.state;
      hooks.log(`Corpus version ${reader.version}: ${reader.documentCount} documents, ${reader.sentenceTotal} passages, ${reader.entities().entities.length} entities, read in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      if (reader.documentCount === 0) this.sendStatus('error', `the corpus in ${this.roots[0]} has no document: load one with grounded index --corpus DIR --database URI`, setting);
      else this.sendStatus('ready');
      hooks.changed?.();
    } catch (error) {
      if (this.disposed) return;
      const message = error instanceof Error ? error.message : String(error);
      hooks.error(`Reading the corpus in ${this.roots[0]} failed: ${message}`);
      this.sendStatus('error', message, error instanceof UnusableCorpus ? setting : undefined);
    } finally {
      this.schedulePoll();
    }
  }

  /** Reads the corpus version now and then; another version (or a corpus not open yet) is opened. */
  private schedulePoll(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.running.then(async () => {
        if (this.disposed) return;
        try {
          const state = this.pool && this.reader ? await readState(this.pool) : undefined;
          if (state && state.version === this.reader!.version) return this.schedulePoll();
          await this.open(state ? `version ${state.version} loaded` : 'retrying');
        } catch (error) {
          this.options.hooks.error(`Reading the corpus version in ${this.roots[0]} failed: ${error instanceof Error ? error.message : String(error)}`);
          this.schedulePoll();
        }
      });
    }, this.pollMs);
    this.timer.unref?.();
  }

  private sendStatus(state: StatusParams['state'], message?: string, setting?: string): void {
    if (this.disposed) return;
    const reader = this.reader;
    this.options.hooks.status?.({
      state,
      ...(setting ? { setting } : {}),
      documents: reader?.documentCount ?? 0,
      sentences: reader?.sentenceTotal ?? 0,
      entities: state === 'ready' && reader ? reader.entities().entities.length : 0,
      problems: 0,
      roots: this.roots,
      message: message ?? (this.lastState ? `corpus version ${this.lastState.version}` : undefined),
    });
  }
}

/** A database that answers but holds no usable corpus: the writer fixes the setting (or loads the corpus). */
class UnusableCorpus extends Error {}
