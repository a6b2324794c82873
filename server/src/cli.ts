#!/usr/bin/env node
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { parseQuantities } from './core/text/quantities';
import { checkCommand, shownPath } from './cli/check';
import { entitiesCommand } from './cli/entities';
import { defaultCacheDir } from './core/index/indexCache';
import type { CorpusProblem } from './core/types';
import { CorpusSession } from './service/corpusSession';
import type { CorpusIndex } from './core/index/corpusIndex';
import { connectionFault, createPool, databaseName, databaseUriProblem, displayUri } from './pg/connect';
import { databaseTexts } from './service/present/database';
import { loadCorpus, type LoadOptions, type LoadResult } from './pg/load';
import { openReader, type DatabaseIndex } from './pg/reader';
import { readSchemaVersion } from './pg/schema';

const usage = `Usage: grounded <command> [options]

Commands:
  index [--corpus DIR]... [--json]          index a corpus and print a summary
  index --corpus DIR... --database URI      load it into a team database (only what changed);
        [--dry-run] [--prune]               a load that would remove documents needs --prune
  entities [--corpus DIR]... [--json]       list the corpus's entities with their definitions
  check DRAFT.md... [--corpus DIR]...       check a draft's claims against the corpus;
        [--format text|json|sarif]          exit code 1 when a claim is contradicted

Options:
  --corpus DIR      a corpus folder, file or glob (repeatable; default: the bundled sample corpus)
  --database URI    a team corpus in PostgreSQL (postgresql://user@host:port/db?sslmode=…; the password
                    from PGPASSWORD, ~/.pgpass or PGSERVICE, never in the URI): entities and check read it
                    instead of --corpus; index loads --corpus into it
  --replica URI     entities and check read from this read-only replica of --database
  --dry-run         index --database: list what the load would add, change and remove; write nothing
  --prune           index --database: remove the documents the database holds and the folders do not
                    (without it such a load is refused and changes nothing)
  --format FORMAT   output of check: text (default), json or sarif
  --language LANG   draft language: auto (default), fr or en
  --json            machine-readable output of index and entities
  --no-cache        do not read or write the index cache ($GROUNDED_CACHE_DIR, else $XDG_CACHE_HOME/grounded)
  -h, --help        this help`;

/** The bundled corpus next to dist/. */
const bundledCorpus = path.resolve(__dirname, '..', 'corpus');

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        format: { type: 'string', default: 'text' },
        language: { type: 'string', default: 'auto' },
        'no-cache': { type: 'boolean' },
        database: { type: 'string' },
        replica: { type: 'string' },
        'dry-run': { type: 'boolean' },
        prune: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`grounded: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${usage}\n`);
    return command || parsed.values.help ? 0 : 2;
  }
  const corpusPaths = parsed.values.corpus ?? [];
  const useCache = parsed.values['no-cache'] !== true;
  const database = parsed.values.database;
  const reads = parsed.values.replica ?? database;
  for (const uri of [database, parsed.values.replica]) {
    const problem = uri === undefined ? undefined : databaseUriProblem(uri);
    if (problem) return fail(`${displayUri(uri!)}: ${problem}`, false);
  }
  if (parsed.values.replica && !database) return fail('--replica needs --database');
  if ((parsed.values.prune || parsed.values['dry-run']) && (command !== 'index' || !database)) return fail('--prune and --dry-run are options of index --database');
  switch (command) {
    case 'index':
      // A load without folders would load the bundled sample, and (with --prune) remove the team's documents.
      if (database && corpusPaths.length === 0) return fail('index --database needs --corpus DIR (the folders to load)', false);
      return indexCommand(corpusPaths, parsed.values.json === true, useCache, database, { prune: parsed.values.prune === true, dryRun: parsed.values['dry-run'] === true });
    case 'entities': {
      if (reads) return withDatabase(reads, (reader) => entitiesCommand(reader, parsed.values.json === true));
      const opened = await openCorpus(corpusPaths, useCache);
      return opened && usable(opened) ? entitiesCommand(opened.session.index, parsed.values.json === true) : 2;
    }
    case 'check': {
      const format = parsed.values.format;
      const language = parsed.values.language;
      if (format !== 'text' && format !== 'json' && format !== 'sarif') return fail(`unknown format "${format}" (text, json or sarif)`);
      if (language !== 'auto' && language !== 'fr' && language !== 'en') return fail(`unknown language "${language}" (auto, fr or en)`);
      if (rest.length === 0) return fail('check needs at least one draft file');
      if (reads) return withDatabase(reads, (reader) => checkCommand(rest, reader, { format, language }));
      const opened = await openCorpus(corpusPaths, useCache);
      if (!opened || !usable(opened)) return 2;
      reportCorpusProblems(opened);
      leaveDraftsOutOfCorpus(rest, opened.session.index);
      return checkCommand(rest, opened.session.index, { format, language });
    }
    default:
      process.stderr.write(`grounded: unknown command "${command}"\n\n${usage}\n`);
      return 2;
  }
}

/**
 * A draft given to `check` that is also a corpus file (a note kept in the sources' folder) is checked as a draft:
 * it is taken out of the corpus first, so that it is nobody's evidence — neither its own (every claim supported by
 * itself) nor another draft's. Said on stderr.
 */
function leaveDraftsOutOfCorpus(drafts: readonly string[], index: CorpusIndex): void {
  for (const draft of drafts) {
    if (index.removeDocument(path.resolve(draft))) {
      process.stderr.write(`note: ${shownPath(path.resolve(draft))} is in the corpus; it is checked as a draft, against the other corpus files\n`);
    }
  }
}

/** Says what is wrong on stderr (with the usage text when the command line is malformed); exit code 2. */
function fail(message: string, withUsage = true): number {
  process.stderr.write(withUsage ? `grounded: ${message}\n\n${usage}\n` : `grounded: ${message}\n`);
  return 2;
}

/** A built corpus; `unusable` says why nothing can be checked against it (it gave no document). */
interface OpenedCorpus {
  session: CorpusSession;
  seconds: number;
  unusable?: string;
}

/**
 * Builds the corpus on this thread, as the server does (see CorpusSession): errors go to stderr, nothing else
 * is logged. Undefined when the build failed.
 */
async function openCorpus(corpusPaths: string[], useCache: boolean): Promise<OpenedCorpus | undefined> {
  const started = performance.now();
  let failed = false;
  let unusable: string | undefined;
  const session = new CorpusSession({
    config: () => ({ paths: corpusPaths, baseDir: process.cwd(), bundledCorpus, cacheDir: useCache ? defaultCacheDir() : undefined }),
    setting: '--corpus',
    hooks: {
      log: () => undefined,
      error: (message) => process.stderr.write(`grounded: ${message}\n`),
      status: (status) => {
        // An error naming the setting is a corpus that gave no document; the others, a build that failed.
        failed = status.state === 'error' && status.setting === undefined;
        unusable = status.state === 'error' && status.setting !== undefined ? status.message : undefined;
      },
    },
  });
  await session.rebuild('command line');
  return failed ? undefined : { session, seconds: (performance.now() - started) / 1000, unusable };
}

/** Whether a draft can be checked against the corpus; if not, says why on stderr. */
function usable(opened: OpenedCorpus): boolean {
  if (opened.unusable) process.stderr.write(`grounded: ${opened.unusable}\n`);
  return opened.unusable === undefined;
}

/**
 * Says the corpus's problems (files left out, duplicate citation keys…) on stderr, whatever the output format: a
 * source skipped or shadowed changes what a check finds, and a CI log must show it.
 */
function reportCorpusProblems(opened: OpenedCorpus): void {
  for (const p of opened.session.index.problems()) process.stderr.write(`grounded: ${p.severity}: ${problemPlace(p)}: ${p.message}\n`);
}

/** A corpus problem's file (relative to the current directory) and line, as `path:line`. */
function problemPlace(p: CorpusProblem): string {
  return `${shownPath(p.path)}${p.range ? `:${p.range.start.line + 1}` : ''}`;
}

/**
 * Runs a command on the corpus of a database (see pg/reader.ts); a database that cannot be reached, or that
 * holds no corpus, is said on stderr (exit 2).
 */
async function withDatabase(uri: string, command: (reader: DatabaseIndex) => number | Promise<number>): Promise<number> {
  const pool = createPool(uri, 4, warnOnStderr);
  try {
    if ((await readSchemaVersion(pool)) === 0) {
      process.stderr.write(`grounded: ${displayUri(uri)} holds no Grounded corpus: load one with grounded index --corpus DIR --database URI\n`);
      return 2;
    }
    const reader = await openReader(pool, databaseName(uri));
    if (reader.documentCount === 0) {
      process.stderr.write(`grounded: the corpus in ${displayUri(uri)} has no document\n`);
      return 2;
    }
    return await command(reader);
  } catch (error) {
    process.stderr.write(`grounded: ${displayUri(uri)}: ${databaseError(error)}\n`);
    return 2;
  } finally {
    await pool.end();
  }
}

/** What libpq would warn about (a password file others may read), on stderr. */
const warnOnStderr = (message: string) => process.stderr.write(`grounded: warning: ${message}\n`);

/** A database error as the CLI says it: node-postgres's words, then what to do when the kind of fault is known. */
function databaseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const fault = connectionFault(error);
  return fault === 'other' ? message : `${message}: ${databaseTexts.advice(fault)}`;
}

/** Keys listed per kind of change in the text output (all of them in JSON). */
const listedKeys = 20;

/**
 * Loads a built corpus into a database (see pg/load.ts) and says what changed, naming the documents added,
 * changed and removed. A load that would remove documents without `--prune` is refused (exit 1, nothing
 * written), as is said on stderr with how to go on.
 */
async function loadIntoDatabase(opened: OpenedCorpus, uri: string, json: boolean, options: LoadOptions): Promise<number> {
  const { session } = opened;
  const index = session.index;
  const pool = createPool(uri, 1, warnOnStderr);
  const started = performance.now();
  try {
    const client = await pool.connect();
    try {
      const result = await loadCorpus(
        client,
        { roots: session.roots, vocabulary: index.vocabulary.words, documents: index.records(), entities: session.entities().entities, curated: index.curated },
        json ? undefined : (message) => process.stderr.write(`grounded: ${message}\n`),
        options,
      );
      const seconds = (performance.now() - started) / 1000;
      const written = result.outcome === 'loaded' ? result.added + result.changed : 0;
      const summary = { database: displayUri(uri), ...result, seconds: Number(seconds.toFixed(3)), documentsPerSecond: written > 0 ? Math.round(written / seconds) : undefined };
      if (json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else process.stdout.write(loadReport(result, summary.database, seconds));
      for (const p of result.problems) process.stderr.write(`warning: ${shownPath(p.path)}: ${p.message}\n`);
      if (result.outcome === 'refused') {
        process.stderr.write(
          `grounded: refused: this load would remove ${result.removed} document${result.removed === 1 ? '' : 's'} that the database holds and ${session.roots.join(', ')} do${session.roots.length === 1 ? 'es' : ''} not; nothing was written.\n` +
            (result.moved.length > 0 ? `grounded: ${result.moved.length} of the documents to add are already there under another key (${result.moved[0][0]} is ${result.moved[0][1]}): a document's key is its path under the folder given, so give the folder loaded before.\n` : '') +
            'grounded: load the whole corpus folder, or run again with --prune to remove them (--dry-run lists every change).\n',
        );
        return 1;
      }
      return 0;
    } finally {
      client.release();
    }
  } catch (error) {
    process.stderr.write(`grounded: ${displayUri(uri)}: ${databaseError(error)}\n`);
    return 2;
  } finally {
    await pool.end();
  }
}

/** The text report of a load: the counts, then the keys of what was (or would be) added, changed and removed. */
function loadReport(result: LoadResult, database: string, seconds: number): string {
  const out: string[] = [];
  const head = { loaded: 'Database', 'dry-run': 'Dry run (nothing written), database', refused: 'Refused (nothing written), database' }[result.outcome];
  out.push(`${head}: ${database}, corpus version ${result.version}`);
  const verb = result.outcome === 'loaded' ? '' : 'would be ';
  out.push(`  ${verb}added ${result.added}, changed ${result.changed}, removed ${result.removed}; unchanged ${result.unchanged}${result.entities ? ', entities written' : ''} in ${seconds.toFixed(2)} s`);
  for (const [kind, keys] of [['added', result.keys.added], ['changed', result.keys.changed], ['removed', result.keys.removed]] as const) {
    for (const key of keys.slice(0, listedKeys)) out.push(`  ${verb}${kind}: ${key}`);
    if (keys.length > listedKeys) out.push(`  … and ${keys.length - listedKeys} more ${verb}${kind} (--json lists them all)`);
  }
  return `${out.join('\n')}\n`;
}

async function indexCommand(corpusPaths: string[], json: boolean, useCache: boolean, database?: string, loadOptions: LoadOptions = {}): Promise<number> {
  const opened = await openCorpus(corpusPaths, useCache);
  if (!opened) return 2;
  if (database) {
    if (!usable(opened)) return 2;
    // A folder that cannot be read would be a load of the others only: its documents would count as removed.
    const unreadable = opened.session.pathProblems().filter((p) => p.severity === 'error');
    for (const p of unreadable) process.stderr.write(`grounded: ${p.path}: ${p.message}\n`);
    return unreadable.length > 0 ? fail('nothing loaded: every --corpus folder must be readable', false) : loadIntoDatabase(opened, database, json, loadOptions);
  }
  const { session, seconds } = opened;
  const index = session.index;
  const documents = index.documents();
  const facts = documents.reduce((n, doc) => n + doc.sentences.reduce((m, s) => m + parseQuantities(s.text, doc.lang).length, 0), 0);
  const problems = index.problems();
  const summary = {
    corpus: session.roots,
    documents: documents.length,
    sentences: index.sentenceTotal,
    facts,
    entities: index.entities().entities.length,
    seconds: Number(seconds.toFixed(3)),
    rssMB: Math.round(process.memoryUsage().rss / 1048576),
    problems,
    sources: documents.map((d) => ({ id: d.id, title: d.title, lang: d.lang, sentences: d.sentences.length, path: d.path })),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const out: string[] = [];
    out.push(`Corpus: ${summary.corpus.join(', ')}`);
    out.push(`  documents  ${summary.documents}`);
    out.push(`  sentences  ${summary.sentences}`);
    out.push(`  facts      ${summary.facts} (figures, amounts, percentages, years)`);
    out.push(`  entities   ${summary.entities} (people, organisations, products, places, acronyms)`);
    out.push(`  time       ${seconds.toFixed(2)} s, ${summary.rssMB} MB resident`);
    for (const d of summary.sources) out.push(`  [@${d.id}] ${d.title} (${d.sentences} sentences)`);
    for (const p of problems) out.push(`${p.severity}: ${problemPlace(p)}: ${p.message}`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return problems.some((p) => p.severity === 'error') && documents.length === 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`grounded: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
