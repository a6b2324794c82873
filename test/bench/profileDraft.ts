/**
 * The whole-draft check in this process, for profiling (`node --cpu-prof --import=tsx test/bench/profileDraft.ts`):
 * the real corpus of `npm run bench -- --real` (the first N OrangeSum articles, `--size N`, default all 35,987),
 * built once through CorpusSession with an index cache under .cache/bench/cache (later runs load it), then the same
 * 10,000-word draft as the bench (realDraft) checked `--runs R` times (default 1) with the server's pipeline
 * (parseMarkdown → checkDraft → findingsOf). Prints each run's milliseconds; `--out FILE` writes every sentence's
 * verdict, confidence and evidence, and every finding, as JSON lines (to compare two versions of the checker).
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { CorpusSession } from '../../server/src/service/corpusSession';
import { repoRoot } from '../lsp/harness';
import { corpusFiles, realDraft } from './real';
import { realArchive, realArchiveSize, realCorpus } from './realCorpus';

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => argv[argv.indexOf(name) + 1] && argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined;

/** A JSON replacer that writes a corpus document as its id (a verdict's evidence holds whole documents). */
function documentsById(key: string, value: unknown): unknown {
  return key === 'doc' && value && typeof value === 'object' && 'id' in value ? (value as { id: string }).id : value;
}

async function main(): Promise<void> {
  const archive = realArchive(repoRoot);
  if (!archive) throw new Error('the OrangeSum archive is not here ($GROUNDED_REAL_ARCHIVE)');
  const size = Number(option('--size') ?? realArchiveSize);
  const runs = Number(option('--runs') ?? 1);
  const dir = await realCorpus(archive, path.join(repoRoot, '.cache', 'bench'), size);
  const built = performance.now();
  const session = new CorpusSession({
    config: () => ({ paths: [dir], baseDir: repoRoot, bundledCorpus: path.join(repoRoot, 'corpus'), cacheDir: path.join(repoRoot, '.cache', 'bench', 'cache') }),
    setting: '--corpus',
    hooks: { log: () => undefined, error: (message) => process.stderr.write(`${message}\n`), status: () => undefined },
  });
  await session.rebuild('profile');
  console.log(`corpus ready in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  const draft = realDraft(corpusFiles(dir), 10_000);
  const times: number[] = [];
  const cpu: number[] = [];
  let lines: string[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const results = checkDraft(parseMarkdown(draft), session.index, { language: 'auto' })!;
    const findings = findingsOf(results, session.index);
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    lines = [
      ...results.map((r) => JSON.stringify({ text: r.sentence.text, verdict: r.verdict }, documentsById)),
      ...findings.map((f) => JSON.stringify(f, documentsById)),
    ];
  }
  console.log(`check (ms): ${times.map((t) => Math.round(t)).join(' ')}; CPU (ms): ${cpu.map((t) => Math.round(t)).join(' ')}; load average ${require('node:fs').readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  const out = option('--out');
  if (out) writeFileSync(out, lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
