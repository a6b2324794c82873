/**
 * The real-text part of `npm run bench -- --real`: corpora of 1,000, 10,000 and all 35,987 real French news
 * articles (see realCorpus.ts), each indexed cold by the real server as an outside client gives it a storage
 * folder, then: search ready, entities ready, CPU time of the build, peak RSS, the server's own per-stage
 * times (its "Build stages" log line), warm start from the cache, hover and completion latencies (completion
 * also at each letter of words being typed, as a client asks again while a list is incomplete), and a
 * 10,000-word draft of real sentences (all findings, then one-word edits). Skipped, with a message, when the
 * archive is absent (CI has no copy of it).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseStages, stages, type StageTimes } from '../../server/src/core/index/stages';
import { repoRoot, TestClient } from '../lsp/harness';
import { realArchive, realArchiveSize, realCorpus } from './realCorpus';

/** A row of the results: one corpus size. */
export interface RealRow {
  articles: number;
  sentences: number;
  'search ready (s)': number;
  'entities ready (s)': number;
  'build CPU, user+sys (s)': number;
  entities: number;
  'warm start (s)': number;
  'peak RSS (MB)': number;
  'hover p50/p99 (ms)': string;
  'completion p50/p99 (ms)': string;
  /** Requests at each letter of a word being typed (the same sentence so far, one more letter each time). */
  'completion while typing a word, p50/p99 (ms)': string;
  'draft 10,000 words, first / all findings (ms)': string;
  'one-word edit, 10,000 words (ms, median of 5, 250 debounce incl.)': number;
  /** The machine's 1-minute load average when the cold build started and when the row was done (other work shares the cores). */
  'load average (start / end)': string;
  stages: StageTimes;
}

/** The 1-minute load average (processes running or waiting for a core), from /proc. */
function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
}

/** The p-th percentile of `values` (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Milliseconds `action` takes to settle. */
export async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** User + system CPU seconds of a process so far (all its threads), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat; the split above starts at field 3.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A process's peak resident memory so far (VmHWM), in MB. */
export function peakRssMB(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
}

/** The Markdown files under `dir`, sorted folder by folder. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? corpusFiles(full) : name.endsWith('.md') ? [full] : [];
    });
}

/**
 * A draft of about `words` words made of the corpus's own sentences, every other one with its first figure
 * changed (so the checker finds both supported and contradicted claims), in paragraphs of four sentences.
 */
export function realDraft(files: string[], words: number): string {
  const parts = ['# Note de synthèse', ''];
  let count = 0;
  let paragraph: string[] = [];
  const step = Math.max(1, Math.floor(files.length / 400));
  // Each file is read once at most (a small corpus gives a shorter draft).
  for (let f = 0, read = 0; count < words && read < files.length; f = (f + step) % files.length, read++) {
    const body = readFileSync(files[f], 'utf8').split(/^---$/m)[2] ?? '';
    const sentences = body.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.length > 40 && s.length < 300);
    for (const sentence of sentences.slice(0, 3)) {
      const changed = paragraph.length % 2 === 1 ? sentence.replace(/\d+/, (n) => String(Number(n) + 3)) : sentence;
      paragraph.push(changed);
      count += changed.split(/\s+/).length;
      if (paragraph.length === 4) {
        parts.push(paragraph.join(' '), '');
        paragraph = [];
      }
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '), '');
  return parts.join('\n');
}

/** Where to ask for hovers: capitalised words away from sentence starts (names, mostly) in the draft. */
function namePositions(text: string, limit: number): { line: number; character: number }[] {
  const positions: { line: number; character: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const match of line.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}{2,}/gu)) positions.push({ line: i, character: match.index! + 1 });
  });
  const step = Math.max(1, Math.floor(positions.length / limit));
  return positions.filter((_, i) => i % step === 0).slice(0, limit);
}

/** Opens a draft: how long until its first findings, and until all of them. */
async function findingsTimes(client: TestClient, uri: string, text: string): Promise<{ first: number; all: number }> {
  const timeoutMs = 20 * 60_000;
  const started = performance.now();
  await client.open(uri, text);
  await client.nextDiagnostics(uri, 0, timeoutMs);
  const first = performance.now() - started;
  const all = (await client.settledDiagnostics(uri, 0, timeoutMs)).at - started;
  return { first, all };
}

/**
 * Measures one real corpus size through the server; undefined (and a message) when the archive is absent. With
 * `buildOnly` (`--build-only`), only the build and the warm start: search and entities ready, build CPU, peak RSS,
 * stages.
 */
export async function measureReal(count: number, buildOnly = false): Promise<RealRow | undefined> {
  const archive = realArchive(repoRoot);
  if (!archive) {
    console.log(`Real corpus skipped: the OrangeSum archive (shared/data/orangesum/articles.jsonl.xz, or $GROUNDED_REAL_ARCHIVE) is not here.`);
    return undefined;
  }
  const dir = await realCorpus(archive, path.join(repoRoot, '.cache', 'bench'), count);
  const files = corpusFiles(dir);
  const storage = mkdtempSync(path.join(tmpdir(), 'grounded-bench-real-'));
  const options = { settings: { corpus: { paths: [dir] } }, initializationOptions: { storagePath: storage }, readyTimeoutMs: 30 * 60_000 };
  const loadAtStart = loadAverage();
  const started = performance.now();
  const client = await TestClient.start(options);
  try {
    const ready = performance.now() - started;
    const cpu = cpuSeconds(client.process.pid!);
    const searchReady = (client.searchReadyAt ?? performance.now()) - started;
    await client.until(() => client.logs.some((l) => /Saved the index cache|Could not write the index cache/.test(l)), 'the index cache', 10 * 60_000);
    const stageLine = client.logs.map((l) => /Build stages \(s\): (.*)$/.exec(l)?.[1]).find((l) => l !== undefined);
    const last = client.statuses.at(-1)!;
    /** The build's figures, then the server stopped and started again from its cache (the warm start). */
    const buildAndWarmStart = async () => {
      const rss = peakRssMB(client.process.pid!);
      await client.stop();
      const warmStarted = performance.now();
      const warmClient = await TestClient.start(options);
      const warm = performance.now() - warmStarted;
      await warmClient.stop();
      return {
        articles: count,
        sentences: last.sentences,
        'search ready (s)': Number((searchReady / 1000).toFixed(1)),
        'entities ready (s)': Number((ready / 1000).toFixed(1)),
        'build CPU, user+sys (s)': Number(cpu.toFixed(1)),
        entities: last.entities,
        'warm start (s)': Number((warm / 1000).toFixed(2)),
        'peak RSS (MB)': Math.round(rss),
      };
    };
    const loadAndStages = () => ({ 'load average (start / end)': `${loadAtStart} / ${loadAverage()}`, stages: stageLine ? parseStages(stageLine) : {} });
    if (buildOnly) {
      const skipped = 'not measured (--build-only)';
      return {
        ...(await buildAndWarmStart()),
        'hover p50/p99 (ms)': skipped,
        'completion p50/p99 (ms)': skipped,
        'completion while typing a word, p50/p99 (ms)': skipped,
        'draft 10,000 words, first / all findings (ms)': skipped,
        'one-word edit, 10,000 words (ms, median of 5, 250 debounce incl.)': NaN,
        ...loadAndStages(),
      };
    }

    const draft = realDraft(files, 10_000);
    const uri = 'untitled:bench-real-long.md';
    const { first, all } = await findingsTimes(client, uri, draft);
    const edits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const at = draft.slice(Math.floor((draft.length * (i + 0.5)) / 5)).search(/\d/) + Math.floor((draft.length * (i + 0.5)) / 5);
      const changed = `${draft.slice(0, at)}${(Number(draft[at]) + 1) % 10}${draft.slice(at + 1)}`;
      const seen = client.diagnosticsCount(uri);
      edits.push(await timed(async () => {
        await client.change(uri, changed, 2 + i);
        await client.nextDiagnostics(uri, seen, 10 * 60_000);
      }));
    }
    // Requests are timed once the draft's check has settled (the last edit's findings come in parts).
    await client.settledDiagnostics(uri, client.diagnosticsCount(uri) - 1, 10 * 60_000);
    const hover: number[] = [];
    const completion: number[] = [];
    const names = namePositions(draft, 200);
    const lines = draft.split('\n');
    for (let i = 0; i < 200; i++) {
      const position = names[i % names.length];
      hover.push(await timed(() => client.request('textDocument/hover', { textDocument: { uri }, position })));
      const line = position.line;
      completion.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: Math.min(lines[line].length, position.character + 40) }, context: { triggerKind: 1 } })));
    }
    // A word typed letter by letter: a request at each of its first six letters, 40 words of the draft.
    const typing: number[] = [];
    for (let i = 0; i < 40; i++) {
      const { line } = names[(i * 5) % names.length];
      const at = Math.min(lines[line].length, names[(i * 5) % names.length].character + 40);
      const wordStart = lines[line].lastIndexOf(' ', at - 1) + 1;
      const wordEnd = Math.min(wordStart + 6, lines[line].slice(wordStart).search(/[^\p{L}\p{N}]|$/u) + wordStart);
      for (let character = wordStart + 1; character <= wordEnd; character++) {
        typing.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line, character }, context: { triggerKind: 3 } })));
      }
    }
    const p = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 99).toFixed(1)}`;
    return {
      ...(await buildAndWarmStart()),
      'hover p50/p99 (ms)': p(hover),
      'completion p50/p99 (ms)': p(completion),
      'completion while typing a word, p50/p99 (ms)': p(typing),
      'draft 10,000 words, first / all findings (ms)': `${Math.round(first)} / ${Math.round(all)}`,
      'one-word edit, 10,000 words (ms, median of 5, 250 debounce incl.)': Math.round(percentile(edits, 50)),
      ...loadAndStages(),
    };
  } finally {
    await client.stop();
    rmSync(storage, { recursive: true, force: true });
  }
}

/** The sizes `--real` measures: 1,000, 10,000 and the whole archive, or those given by `--sizes a,b`. */
export function realSizes(argv: readonly string[]): number[] {
  const at = argv.indexOf('--sizes');
  return at > 0 ? argv[at + 1].split(',').map(Number) : [1000, 10_000, realArchiveSize];
}

/**
 * The tables: one row per size, then the server's stage times per size with how each grows: its time ratio
 * over the corpus ratio between two sizes (1 is linear; well above 1, the stage grows faster than the corpus).
 */
export function printReal(rows: RealRow[]): void {
  const columns = Object.keys(rows[0]).filter((c) => c !== 'stages') as (keyof RealRow)[];
  console.log(`\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
  const growth = rows.slice(1).map((row, i) => `growth ${rows[i].articles}→${row.articles}`);
  console.log(`\n| stage (s; read/sentences/index summed over the 2 threads, the others the build thread's) | ${rows.map((r) => r.articles).join(' | ')} | ${growth.join(' | ')} |`);
  console.log(`|---|${rows.map(() => '---').join('|')}|${growth.map(() => '---').join('|')}|`);
  for (const stage of stages) {
    const values = rows.map((r) => r.stages[stage]);
    if (values.every((v) => v === undefined)) continue;
    const ratios = rows.slice(1).map((row, i) => {
      const a = values[i];
      const b = values[i + 1];
      return a && b && a >= 0.05 ? ((b / a) / (row.articles / rows[i].articles)).toFixed(2) : '–';
    });
    console.log(`| ${stage} | ${values.map((v) => (v === undefined ? '–' : v.toFixed(2))).join(' | ')} | ${ratios.join(' | ')} |`);
  }
}
