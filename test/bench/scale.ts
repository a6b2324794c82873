/**
 * The scale part of `npm run bench`: synthetic corpora of 100 and 1,000 articles (10,000 with `--full`),
 * through the real server: cold index time against a floor (reading and tokenising the same files with
 * nothing else), peak memory, and request latencies on a synthetic draft.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { tokenize } from '../../server/src/core/text/tokenize';
import { repoRoot, TestClient } from '../lsp/harness';
import { syntheticCorpus, syntheticDraft } from './synthetic';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.md') ? [full] : [];
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** Measures one corpus size; returns a row of the results table. */
export async function measureScale(count: number): Promise<Record<string, number | string>> {
  const dir = syntheticCorpus(path.join(repoRoot, '.cache', 'bench'), count);
  const floorStart = performance.now();
  for (const file of files(dir)) tokenize(readFileSync(file, 'utf8'));
  const floor = performance.now() - floorStart;
  const storage = mkdtempSync(path.join(tmpdir(), 'grounded-bench-storage-'));
  const options = { settings: { corpus: { paths: [dir] } }, initializationOptions: { storagePath: storage }, readyTimeoutMs: 20 * 60_000 };
  const started = performance.now();
  const client = await TestClient.start(options);
  const ready = performance.now() - started;
  const searchReady = (client.searchReadyAt ?? performance.now()) - started;
  await client.until(() => client.logs.some((l) => /Saved the index cache/.test(l)), 'the index cache', 10 * 60_000);
  try {
    const draft = syntheticDraft(1000);
    const uri = 'untitled:bench-scale.md';
    const { first: firstFindings, all: full } = await findingsTimes(client, uri, draft);
    const edited = draft.replace('personnes', 'employés');
    const seenBeforeEdit = client.diagnosticsCount(uri);
    const edit = await timed(async () => {
      await client.change(uri, edited, 2);
      await client.nextDiagnostics(uri, seenBeforeEdit);
    });
    // A 10,000-word draft: checked once, then one word changed.
    const longDraft = syntheticDraft(10_000, 11);
    const longUri = 'untitled:bench-scale-long.md';
    const { first: longFirst, all: longFull } = await findingsTimes(client, longUri, longDraft);
    const longEdits: number[] = [];
    for (let i = 0; i < 5; i++) {
      const at = longDraft.indexOf('personnes', Math.floor((longDraft.length * i) / 5));
      const changed = `${longDraft.slice(0, at)}employés${longDraft.slice(at + 'personnes'.length)}`;
      const seen = client.diagnosticsCount(longUri);
      longEdits.push(await timed(async () => {
        await client.change(longUri, changed, 2 + i);
        await client.nextDiagnostics(longUri, seen);
      }));
    }
    const hover: number[] = [];
    const definition: number[] = [];
    const completion: number[] = [];
    const lines = edited.split('\n');
    for (let i = 0; i < 100; i++) {
      const line = 2 + 2 * (i % 20);
      const position = { line, character: 12 };
      hover.push(await timed(() => client.request('textDocument/hover', { textDocument: { uri }, position })));
      definition.push(await timed(() => client.request('textDocument/definition', { textDocument: { uri }, position })));
      completion.push(await timed(() => client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: Math.min(30, lines[line]?.length ?? 0) }, context: { triggerKind: 1 } })));
    }
    const status = readFileSync(`/proc/${client.process.pid}/status`, 'utf8');
    const rss = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    const last = client.statuses.at(-1)!;
    await client.stop();
    const warm = await warmStart(options);
    rmSync(storage, { recursive: true, force: true });
    const p = (values: number[]) => `${percentile(values, 50).toFixed(1)} / ${percentile(values, 99).toFixed(1)}`;
    return {
      articles: count,
      sentences: last.sentences,
      'floor (s)': Number((floor / 1000).toFixed(2)),
      'search ready (s)': Number((searchReady / 1000).toFixed(1)),
      'ratio to floor': Number((searchReady / floor).toFixed(1)),
      'entities ready (s)': Number((ready / 1000).toFixed(1)),
      'warm start (s)': Number((warm / 1000).toFixed(1)),
      'peak RSS (MB)': Math.round(rss),
      'diagnostics, 1,000-word draft, first / all (ms)': `${Math.round(firstFindings)} / ${Math.round(full)}`,
      'after a one-word edit (ms, 250 debounce incl.)': Math.round(edit),
      'diagnostics, 10,000-word draft, first / all (ms)': `${Math.round(longFirst)} / ${Math.round(longFull)}`,
      'one-word edit, 10,000 words (ms, median, 250 debounce incl.)': Math.round(percentile(longEdits, 50)),
      'hover p50/p99 (ms)': p(hover),
      'definition p50/p99 (ms)': p(definition),
      'completion p50/p99 (ms)': p(completion),
    };
  } finally {
    await client.stop();
  }
}

/** Opens a draft: how long until its first findings, and until all of them (findings of a long draft come in parts). */
async function findingsTimes(client: TestClient, uri: string, text: string): Promise<{ first: number; all: number }> {
  const timeoutMs = 20 * 60_000;
  const started = performance.now();
  await client.open(uri, text);
  await client.nextDiagnostics(uri, 0, timeoutMs);
  const first = performance.now() - started;
  const all = (await client.settledDiagnostics(uri, 0, timeoutMs)).at - started;
  return { first, all };
}

/** Start to ready with the cache the first start wrote. */
async function warmStart(options: Parameters<typeof TestClient.start>[0]): Promise<number> {
  const started = performance.now();
  const client = await TestClient.start(options);
  const ready = performance.now() - started;
  await client.stop();
  return ready;
}
