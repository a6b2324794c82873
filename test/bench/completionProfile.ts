/**
 * Completion latency on a real corpus, in this process (no server, no protocol): the corpus is built, or
 * warm-started from a cache folder ($GROUNDED_PROFILE_CACHE, else .cache/bench/profile-cache-N), then the same
 * 200 completion requests as real.ts (200 name positions of the 10,000-word draft, 40 characters on) go through
 * the language service, each timed in wall and CPU time (the process's user + system: steadier than wall time
 * on cores shared with other work), with the 25 slowest and the sentence each completed. With `node
 * --cpu-prof`, a profile of them. The corpus is a real one of the bench (`npm run bench -- --real` makes them).
 *
 *   node --import=tsx test/bench/completionProfile.ts 35987 [repeats] [--typing]
 */
import { mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusSession } from '../../server/src/service/corpusSession';
import { createLanguageService } from '../../server/src/service/languageService';
import { parseSettings } from '../../server/src/settings';
import { repoRoot } from '../lsp/harness';
import { corpusFiles, percentile, realDraft } from './real';

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 10000);
  const repeats = Number(process.argv.slice(3).find((a) => /^\d+$/.test(a)) ?? 1);
  // The corpus folder as it really is, and the cache beside it: two checkouts then share one cache.
  const dir = realpathSync(path.join(repoRoot, '.cache', 'bench', `real-${count}`));
  const cacheDir = process.env.GROUNDED_PROFILE_CACHE ?? path.join(repoRoot, '.cache', 'bench', `profile-cache-${count}`);
  mkdirSync(cacheDir, { recursive: true });
  const started = performance.now();
  const session = new CorpusSession({ config: () => ({ paths: [dir], baseDir: dir, bundledCorpus: dir, cacheDir }), hooks: { log: () => undefined, error: (m) => console.error(m) } });
  await session.rebuild('profile');
  console.error(`corpus ready in ${((performance.now() - started) / 1000).toFixed(1)} s, ${session.index.documentCount} documents, ${session.entities().entities.length} entities`);
  const settings = parseSettings({}).settings;
  const documents = new Map<string, TextDocument>();
  const service = createLanguageService({ corpus: session, documents: { get: (u) => documents.get(u), all: () => [...documents.values()] }, settings: () => settings });
  const draft = realDraft(corpusFiles(dir), 10_000);
  const uri = 'untitled:profile.md';
  const document = TextDocument.create(uri, 'markdown', 1, draft);
  documents.set(uri, document);
  const lines = draft.split('\n');
  const positions: { line: number; character: number }[] = [];
  lines.forEach((line, i) => {
    for (const match of line.matchAll(/(?<=[\p{Ll},] )\p{Lu}\p{Ll}{2,}/gu)) positions.push({ line: i, character: match.index! + 1 });
  });
  const step = Math.max(1, Math.floor(positions.length / 200));
  const names = positions.filter((_, i) => i % step === 0).slice(0, 200);
  const token = { isCancellationRequested: false };
  const times: { ms: number; cpu: number; prefix: string; items: number }[] = [];
  // `--typing`: instead, the first six letters of 40 words typed one by one (as real.ts's typing measure).
  const typing = process.argv.includes('--typing');
  const requests = typing
    ? Array.from({ length: 40 }, (_, i) => names[(i * 5) % names.length]).flatMap(({ line, character }) => {
        const end = Math.min(lines[line].length, character + 40);
        const wordStart = lines[line].lastIndexOf(' ', end - 1) + 1;
        const wordEnd = Math.min(wordStart + 6, lines[line].slice(wordStart).search(/[^\p{L}\p{N}]|$/u) + wordStart);
        return Array.from({ length: Math.max(0, wordEnd - wordStart) }, (_, k) => ({ line, character: wordStart + 1 + k }));
      })
    : names.map(({ line, character }) => ({ line, character: Math.min(lines[line].length, character + 40) }));
  for (let r = 0; r < repeats; r++) {
    for (const at of requests) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const list = service.getCompletions(document, at, { triggerKind: typing ? 3 : 1 }, token);
      const ms = performance.now() - t0;
      const used = process.cpuUsage(c0);
      const cpu = (used.user + used.system) / 1000;
      const lineText = lines[at.line].slice(0, at.character);
      times.push({ ms, cpu, prefix: lineText.slice(Math.max(0, lineText.lastIndexOf('. ') + 2)).slice(-90), items: list?.items.length ?? 0 });
    }
  }
  const ms = times.map((t) => t.ms);
  const cpu = times.map((t) => t.cpu);
  console.log(`completion wall p50/p90/p99/max (ms): ${[50, 90, 99, 100].map((p) => percentile(ms, p).toFixed(1)).join(' / ')} over ${ms.length}`);
  console.log(`completion CPU  p50/p90/p99/max (ms): ${[50, 90, 99, 100].map((p) => percentile(cpu, p).toFixed(1)).join(' / ')}, total ${(cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s; load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
  for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 25)) console.log(`${t.ms.toFixed(1).padStart(7)} ${t.cpu.toFixed(1).padStart(7)} ${String(t.items).padStart(3)}  ${JSON.stringify(t.prefix)}`);
  writeFileSync(path.join(repoRoot, '.cache', 'bench', `completion-times-${count}.json`), JSON.stringify(times));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
