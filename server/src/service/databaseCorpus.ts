import type pg from 'pg';
import type { CorpusReader } from '../core/backend/corpusReader';
import { CorpusIndex } from '../core/index/corpusIndex';
import { databaseUriFault } from '../core/backend/databaseUri';
import { connectionFault, createPool, databaseName, displayUri, type ConnectionFault } from '../pg/connect';
import { openReader, parseSourcePath, readState, type CorpusState, type DatabaseIndex } from '../pg/reader';
import { readSchemaVersion, schemaVersion } from '../pg/schema';
import type { StatusParams } from '../protocol';
import type { ManagedCorpus } from './context';
import type { CorpusHooks } from './corpusSession';
import { databaseTexts } from './present/database';

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
  /** The setting that names the replica (default: `setting` followed by `Replica`). */
  replicaSetting?: string;
  /**
   * What the writer must know and fix (a notification): called once when the corpus cannot be used, with the text
   * and the setting at fault, and with undefined once it can again.
   */
  notify?(message: string | undefined, setting?: string): void;
}

/**
 * A team corpus in PostgreSQL, as a workspace drives it (see ManagedCorpus): opened on `rebuild` (the documents'
 * metadata and the entities of the version the database holds, see pg/reader.ts), then followed: the corpus
 * version is read every few seconds and, when another writer's `grounded index` changed it, the new version is
 * opened and drafts are checked again, without a restart. Nothing is built here and no file is watched: the
 * loaders keep the database up to date.
 *
 * What cannot be used says so once, and checks nothing rather than something else: a setting that is no usable
 * URI (a password in it, another scheme) is an error state with the setting to fix, and no connection is tried. A
 * database that cannot be reached (stopped, wrong host, no password) is an error state too, entered and left once
 * per outage (one log line, one status, one notification through the hooks, whatever the number of polls): the
 * corpus open until then is let go and the drafts checked again against nothing, so their findings are cleared
 * (they could no longer be checked again as the writer edits, and showing them as if current would mislead); the
 * polls go on and the corpus opens again, drafts checked, as soon as the database answers.
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
  /** Nothing can be read (an unusable setting, a database that does not answer): drafts get no findings. */
  private blocked = false;
  /** The fault of the outage under way, if any (see {@link ConnectionFault}). */
  private outage: ConnectionFault | undefined;
  /** A password file that was ignored (others may read it), said with a password fault. */
  private ignoredPasswordFile: string | undefined;
  /** The last error status sent, so that a poll that fails the same way says nothing again. */
  private lastError: string | undefined;

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

  /** Ready to check: a corpus is open, or nothing can be read (then drafts are checked against nothing). */
  get searchable(): boolean {
    return this.reader !== undefined || this.blocked;
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
    const { hooks, setting, config } = this.options;
    clearTimeout(this.timer);
    const invalid = this.invalidSetting();
    if (invalid) {
      hooks.log(`Not opening ${this.roots[0]}: ${invalid.setting} is not a usable connection URI (${invalid.fault})`);
      this.block(databaseTexts.invalidUri(invalid.fault, invalid.setting), invalid.setting);
      return;
    }
    const retrying = this.outage !== undefined;
    if (!retrying) {
      this.sendStatus('indexing');
      hooks.log(`Opening the corpus in ${this.roots[0]} (${reason})`);
    }
    const started = performance.now();
    try {
      this.pool ??= createPool(this.reads, 4, (message, file) => {
        hooks.log(`Warning: ${message}`);
        this.ignoredPasswordFile = file;
      });
      const version = await readSchemaVersion(this.pool);
      if (version === 0) throw new UnusableCorpus(databaseTexts.noCorpus(this.roots[0]));
      if (version > schemaVersion) throw new UnusableCorpus(databaseTexts.newerSchema(this.roots[0], version, schemaVersion));
      const reader = await openReader(this.pool, databaseName(config.database));
      // Version 0: the schema is there but no load committed yet (a first load creates the schema first).
      if (reader.version === 0) throw new UnusableCorpus(databaseTexts.noCorpus(this.roots[0]));
      if (this.disposed) return;
      if (retrying) hooks.log(`${this.roots[0]} answers again`);
      this.outage = undefined;
      this.blocked = false;
      this.lastError = undefined;
      this.reader = reader;
      this.lastState = reader.state;
      hooks.log(`Corpus version ${reader.version}: ${reader.documentCount} documents, ${reader.sentenceTotal} passages, ${reader.entities().entities.length} entities, read in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      if (reader.documentCount === 0) {
        const message = databaseTexts.noDocument(this.roots[0]);
        this.sendStatus('error', message, setting);
        this.options.notify?.(message, setting);
      } else {
        this.sendStatus('ready');
        this.options.notify?.(undefined);
      }
      hooks.changed?.();
    } catch (error) {
      if (this.disposed) return;
      if (error instanceof UnusableCorpus) {
        if (retrying) hooks.log(`${this.roots[0]} answers again`);
        this.outage = undefined;
        if (error.message !== this.lastError) {
          hooks.error(`Reading the corpus in ${this.roots[0]} failed: ${error.message}`);
          this.block(error.message, setting);
        }
      } else this.unreachable(error);
    } finally {
      this.schedulePoll();
    }
  }

  /** The setting whose URI cannot be used, and why; undefined when both can. */
  private invalidSetting(): { setting: string; fault: NonNullable<ReturnType<typeof databaseUriFault>> } | undefined {
    const setting = this.options.setting ?? 'grounded.corpus.database';
    const fault = databaseUriFault(this.options.config.database);
    if (fault) return { setting, fault };
    const replica = this.options.config.replica;
    const replicaFault = replica ? databaseUriFault(replica) : undefined;
    return replicaFault ? { setting: this.options.replicaSetting ?? `${setting}Replica`, fault: replicaFault } : undefined;
  }

  /**
   * The database does not answer: the first time (or when the reason changes), one log line with node-postgres's
   * words, the corpus let go and an error status with what to do; later polls that fail the same way, nothing.
   */
  private unreachable(error: unknown): void {
    const fault = connectionFault(error);
    if (fault === this.outage) return;
    this.outage = fault;
    this.options.hooks.log(`${this.roots[0]} cannot be reached (${fault}): ${error instanceof Error ? error.message : String(error)}; trying again every ${this.pollMs / 1000} s`);
    const ignored = fault === 'password' && this.ignoredPasswordFile ? ` ${databaseTexts.passwordFileIgnored(this.ignoredPasswordFile)}` : '';
    this.block(`${databaseTexts.unreachable(fault, this.roots[0])}${ignored}`, this.options.setting, `${databaseTexts.unreachableStatus}: ${databaseTexts.advice(fault)}${ignored}`);
  }

  /** Lets the corpus go: the drafts are checked again against nothing (their findings cleared); says why. */
  private block(notification: string, setting: string | undefined, status = notification): void {
    this.reader = undefined;
    this.blocked = true;
    this.lastError = status;
    this.sendStatus('error', status, setting);
    this.options.notify?.(notification, setting);
    this.options.hooks.changed?.();
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
          if (this.disposed) return;
          this.unreachable(error);
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
