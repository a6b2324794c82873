/**
 * `npm run bench`: speed of the real server process on the bundled corpus (medians of repeated runs).
 * Prints a table and writes bench-results/bench.json. `--compare FILE` prints ratios against a saved run.
 * `--real` measures real news corpora instead (see real.ts; `--sizes 1000,10000` to choose the sizes; `--build-only`
 * for the build and the warm start only).
 * `--database` compares the PostgreSQL backend with the embedded index on the real corpus (see database.ts;
 * `--sizes N` for the first N articles).
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { tokenize } from '../../server/src/core/text/tokenize';
import { fileUri, positionOf, repoRoot, TestClient } from '../lsp/harness';
import { measureReal, printReal, realSizes, type RealRow } from './real';
import { measureScale } from './scale';
import { measureDatabase } from './database';

const runs = 5;
const requests = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The floor: reading and tokenising the corpus files with nothing else. */
function floorMs(corpus: string): number {
  const started = performance.now();
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.md'))) tokenize(readFileSync(path.join(corpus, file), 'utf8'));
  return performance.now() - started;
}

async function timed<T>(action: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** `--real`: only the real-corpus tables (see real.ts), written to bench-results/bench-real.json. */
async function mainReal(): Promise<void> {
  const rows: RealRow[] = [];
  for (const size of realSizes(process.argv)) {
    const row = await measureReal(size, process.argv.includes('--build-only'));
    if (!row) return;
    rows.push(row);
    console.log(JSON.stringify(row));
  }
  printReal(rows);
  mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench-results', 'bench-real.json'), JSON.stringify({ date: new Date().toISOString(), machine: machine(), rows }, null, 2));
}

function machine(): string {
  return `${process.platform} ${process.arch}, ${require('node:os').cpus().length} cores, Node ${process.version}`;
}

async function main(): Promise<void> {
  if (process.argv.includes('--real')) return mainReal();
  if (process.argv.includes('--database')) return measureDatabase(realSizes(process.argv).at(-1));
  const corpus = path.join(repoRoot, 'corpus');
  const draftPath = path.join(repoRoot, 'examples', 'draft.md');
  const draft = readFileSync(draftPath, 'utf8');
  const ready: number[] = [];
  const fullCheck: number[] = [];
  const editCheck: number[] = [];
  const rss: number[] = [];
  let hover: number[] = [];
  let definition: number[] = [];
  let completion: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) {
    floors.push(floorMs(corpus));
    const started = performance.now();
    const client = await TestClient.start();
    ready.push(performance.now() - started);
    const uri = fileUri(draftPath);
    fullCheck.push(await timed(async () => {
      await client.open(uri, draft);
      await client.nextDiagnostics(uri, 0);
    }));
    const edited = draft.replace('trois leviers', 'quatre leviers');
    const seen = client.diagnosticsCount(uri);
    editCheck.push(await timed(async () => {
      await client.change(uri, edited, 2);
      await client.nextDiagnostics(uri, seen);
    }));
    if (run === 0) {
      const hoverAt = positionOf(edited, '[@', 2);
      const claimAt = positionOf(edited, 'Malaisie');
      for (let i = 0; i < requests; i++) {
        hover.push(await timed(() => client.request('textDocument/hover', { textDocument: { uri }, position: i % 2 ? hoverAt : claimAt })));
        definition.push(await timed(() => client.request('textDocument/definition', { textDocument: { uri }, position: i % 2 ? hoverAt : claimAt })));
      }
    }
    if (run === 0) {
      const prefixes = ['Trump envisage un tarif de ', 'Alibaba Cloud exploite des centres de données dans ', 'Chaque année, la Chine diplôme ', 'ChatGPT totalise ', 'Le rôle de Tencnet'];
      for (let i = 0; i < requests; i++) {
        const prefix = prefixes[i % prefixes.length];
        const completionUri = `untitled:bench-completion-${i % prefixes.length}.md`;
        if (i < prefixes.length) await client.open(completionUri, prefix);
        completion.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri: completionUri }, position: { line: 0, character: prefix.length }, context: { triggerKind: 1 } })));
      }
    }
    rss.push(rssMB(client.process.pid!));
    await client.stop();
  }
  const cli = median(Array.from({ length: 3 }, () => {
    const started = performance.now();
    execFileSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'index', '--json']);
    return performance.now() - started;
  }));
  const results = {
    date: new Date().toISOString(),
    machine: machine(),
    corpus: 'bundled (5 articles)',
    'server start to index ready (ms, median)': median(ready),
    'read + tokenise floor (ms, median)': median(floors),
    'CLI index, whole process (ms, median)': cli,
    'diagnostics, full draft (ms, median)': median(fullCheck),
    'diagnostics after a one-word edit (ms, median, incl. 250 ms debounce)': median(editCheck),
    'hover p50 (ms)': median(hover),
    'hover p99 (ms)': percentile(hover, 99),
    'definition p50 (ms)': median(definition),
    'definition p99 (ms)': percentile(definition, 99),
    'completion p50 (ms)': median(completion),
    'completion p99 (ms)': percentile(completion, 99),
    'server peak RSS (MB, median)': median(rss),
  };
  hover = [];
  definition = [];
  completion = [];
  console.log('| measure | value |\n|---|---|');
  for (const [key, value] of Object.entries(results)) console.log(`| ${key} | ${typeof value === 'number' ? value.toFixed(1) : value} |`);
  const compareAt = process.argv.indexOf('--compare');
  if (compareAt > 0) {
    const baseline = JSON.parse(readFileSync(process.argv[compareAt + 1], 'utf8')) as Record<string, unknown>;
    console.log('\n| measure | ratio to baseline |\n|---|---|');
    for (const [key, value] of Object.entries(results)) {
      if (typeof value === 'number' && typeof baseline[key] === 'number') console.log(`| ${key} | ${(value / (baseline[key] as number)).toFixed(2)}× |`);
    }
  }
  const sizes = process.argv.includes('--full') ? [100, 1000, 10000] : [100, 1000];
  const scale: Record<string, number | string>[] = [];
  for (const size of sizes) scale.push(await measureScale(size));
  const columns = Object.keys(scale[0]);
  console.log(`\n| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|`);
  for (const row of scale) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
  mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench-results', 'bench.json'), JSON.stringify({ ...results, scale }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
