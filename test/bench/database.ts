/**
 * `npm run bench -- --database [--sizes N]`: the team corpus in PostgreSQL against the embedded index, on the same
 * real French news corpus (the OrangeSum archive, see realCorpus.ts; all 35,987 articles by default), in the same
 * run: the load (`grounded index --database`, articles per second), then through two servers, one per backend:
 * time to ready, peak RSS, claim checks (a one-sentence draft until its findings, 250 ms debounce included),
 * hovers and completions, p50/p99, and each database figure's ratio to the embedded one. A throwaway cluster
 * (test/pg/cluster.ts) holds the database. Skipped, with a message, when the archive is absent.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Cluster } from '../pg/cluster';
import { repoRoot, TestClient } from '../lsp/harness';
import { corpusFiles, peakRssMB, percentile, realDraft, timed } from './real';
import { realArchive, realArchiveSize, realCorpus } from './realCorpus';

/** What one server measured. */
interface ServerRow {
  ready: number;
  rss: number;
  claims: number[];
  hovers: number[];
  completions: number[];
}

/** One server over a corpus configuration: ready, then claim checks, hovers and completions on the same inputs. */
async function measureServer(settings: Record<string, unknown>, sentences: string[], cacheDir: string): Promise<ServerRow> {
  const started = performance.now();
  const client = await TestClient.start({ settings: { corpus: settings }, initializationOptions: { cacheDir }, readyTimeoutMs: 60 * 60_000 });
  try {
    const ready = performance.now() - started;
    const claims: number[] = [];
    const hovers: number[] = [];
    const completions: number[] = [];
    for (const [i, sentence] of sentences.entries()) {
      const uri = `untitled:bench-claim-${i}.md`;
      claims.push(await timed(async () => {
        await client.open(uri, `${sentence}\n`);
        await client.nextDiagnostics(uri, 0, 10 * 60_000);
      }));
      const name = /(?<=[\p{Ll},] )\p{Lu}\p{Ll}{2,}/u.exec(sentence);
      const at = { line: 0, character: (name?.index ?? 0) + 1 };
      hovers.push(await timed(() => client.request('textDocument/hover', { textDocument: { uri }, position: at })));
      const cut = Math.min(sentence.length, Math.max(20, Math.floor(sentence.length / 2)));
      completions.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: cut }, context: { triggerKind: 1 } })));
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    return { ready, rss: peakRssMB(client.process.pid!), claims, hovers, completions };
  } finally {
    await client.stop();
  }
}

/** Measures both backends on the first `count` articles; prints the table. */
export async function measureDatabase(count = realArchiveSize, claimCount = 100): Promise<void> {
  const archive = realArchive(repoRoot);
  if (!archive) {
    console.log('Database benchmark skipped: the OrangeSum archive (shared/data/orangesum/articles.jsonl.xz, or $GROUNDED_REAL_ARCHIVE) is not here.');
    return;
  }
  const dir = await realCorpus(archive, path.join(repoRoot, '.cache', 'bench'), count);
  const files = corpusFiles(dir);
  const sentences = realDraft(files, 200_000).split('\n').filter((l) => l && !l.startsWith('#')).flatMap((p) => p.split(/(?<=[.!?])\s+(?=\p{Lu})/u)).filter((s) => /\d/.test(s)).slice(0, claimCount);
  const cluster = await Cluster.start();
  const cache = mkdtempSync(path.join(tmpdir(), 'grounded-bench-db-cache-'));
  try {
    // The load: the embedded build of the loader (its cache warmed first, so the load is timed apart), then the database.
    const cli = (args: string[]) => execFileSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache }, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
    const buildStarted = performance.now();
    cli(['index', '--corpus', dir, '--json']);
    const build = (performance.now() - buildStarted) / 1000;
    const load = JSON.parse(cli(['index', '--corpus', dir, '--database', cluster.uri(), '--json'])) as { seconds: number; added: number };
    const size = execFileSync('psql', [cluster.uri(), '-Atc', "SELECT pg_size_pretty(pg_database_size('postgres')) || ' (' || pg_size_pretty(pg_total_relation_size('grounded.passages')) || ' passages, ' || pg_size_pretty(pg_relation_size('grounded.passages_terms')) || ' GIN)'"], { encoding: 'utf8' }).trim();
    const update = JSON.parse(cli(['index', '--corpus', dir, '--database', cluster.uri(), '--json'])) as { seconds: number };
    console.log(`load: ${load.added} articles in ${load.seconds.toFixed(1)} s (${Math.round(load.added / load.seconds)} articles/s) after the loader's build (${build.toFixed(1)} s cold); nothing changed: ${update.seconds.toFixed(2)} s; database ${size}`);

    // The embedded server starts warm, from the index cache the loader's build wrote.
    const embedded = await measureServer({ paths: [dir] }, sentences, cache);
    const database = await measureServer({ database: cluster.uri() }, sentences, cache);
    const p = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 99).toFixed(1)}`;
    const ratio = (a: number[], b: number[]) => `${(percentile(b, 50) / percentile(a, 50)).toFixed(2)} / ${(percentile(b, 99) / percentile(a, 99)).toFixed(2)}`;
    console.log(`\n| ${count} articles | embedded index | PostgreSQL | ratio (PostgreSQL / embedded) |\n|---|---|---|---|`);
    console.log(`| ready (s; embedded: warm start from the index cache) | ${(embedded.ready / 1000).toFixed(1)} | ${(database.ready / 1000).toFixed(1)} | ${(database.ready / embedded.ready).toFixed(2)} |`);
    console.log(`| server peak RSS (MB) | ${Math.round(embedded.rss)} | ${Math.round(database.rss)} | ${(database.rss / embedded.rss).toFixed(2)} |`);
    console.log(`| claim check p50 / p99 (ms, 250 ms debounce incl.; ${sentences.length} sentences) | ${p(embedded.claims)} | ${p(database.claims)} | ${ratio(embedded.claims, database.claims)} |`);
    console.log(`| hover p50 / p99 (ms) | ${p(embedded.hovers)} | ${p(database.hovers)} | ${ratio(embedded.hovers, database.hovers)} |`);
    console.log(`| completion p50 / p99 (ms) | ${p(embedded.completions)} | ${p(database.completions)} | ${ratio(embedded.completions, database.completions)} |`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
    await cluster.stop();
  }
}
