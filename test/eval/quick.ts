/**
 * A fast, in-process variant of the claim part of `npm run eval` for development: builds each set's index in
 * this process (no server), checks every claim as a one-sentence draft with the same pipeline as the server
 * (parseMarkdown → checkDraft → findingsOf), and prints per-class and per-kind figures, false contradictions
 * and wrong fixes. `npm run eval` through the real server stays the reference.
 * Usage: node --import=tsx test/eval/quick.ts [--set NAME] [--verbose ID] [--fixes] [--kinds]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../server/src/core/corpus/document';
import { CorpusIndex } from '../../server/src/core/index/corpusIndex';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { fixtures, repoRoot } from '../lsp/harness';

interface Claim { id: string; lang: string; label: string; kind?: string; text: string; evidence?: string; fix?: string }

const realDev = path.join(fixtures, 'eval', 'real-dev');
const realDev2 = path.join(fixtures, 'eval', 'real-dev2');
const sets = [
  { name: 'dev', claims: path.join(fixtures, 'eval', 'claims.dev.jsonl'), corpus: path.join(repoRoot, 'corpus') },
  { name: 'rail', claims: path.join(fixtures, 'eval', 'claims.rail.jsonl'), corpus: path.join(fixtures, 'corpora', 'rail') },
  { name: 'real-fr', claims: path.join(realDev, 'claims.fr.jsonl'), corpus: path.join(realDev, 'corpus-fr') },
  { name: 'real-en', claims: path.join(realDev, 'claims.en.jsonl'), corpus: path.join(realDev, 'corpus-en') },
  { name: 'real2-fr', claims: path.join(realDev2, 'claims.fr.jsonl'), corpus: path.join(realDev2, 'corpus-fr') },
  { name: 'real2-en', claims: path.join(realDev2, 'claims.en.jsonl'), corpus: path.join(realDev2, 'corpus-en') },
];
const argv = process.argv.slice(2);
const only = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
const verbose = new Set(argv.flatMap((a, i) => (argv[i - 1] === '--verbose' ? [a] : [])));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(md|markdown|txt)$/.test(f) ? [p] : [];
  });
}

const totals = { n: 0, right: 0, falseC: 0, wrongFix: 0, fixes: 0 };
for (const set of sets.filter((s) => (only.length ? only.some((o) => s.name.includes(o)) : true))) {
  const claimsText = readFileSync(set.claims, 'utf8');
  const index = new CorpusIndex();
  for (const file of files(set.corpus)) if (!/README/i.test(file)) index.setDocument(buildDocument(file, readFileSync(file, 'utf8')));
  const claims: Claim[] = claimsText.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byClass = new Map<string, [number, number]>();
  const byKind = new Map<string, [number, number, string[]]>();
  let falseC = 0, wrongFix = 0, fixes = 0;
  const misses: string[] = [];
  const started = performance.now();
  for (const claim of claims) {
    const text = `${claim.text}\n`;
    const results = checkDraft(parseMarkdown(text), index, { language: 'auto' })!;
    const findings = findingsOf(results, index);
    const finding = findings.find((f) => f.code === 'contradicted-claim' || f.code === 'unsupported-claim');
    const verdict = finding?.code === 'contradicted-claim' ? 'contradicted' : finding?.code === 'unsupported-claim' ? 'unsupported' : results.some((r) => r.verdict.label === 'supported') ? 'supported' : 'none';
    let fix: string | undefined;
    if (finding?.code === 'contradicted-claim' && finding.fixes[0]) {
      const f = finding.fixes[0];
      fix = text.slice(0, f.span.start) + f.newText + text.slice(f.span.end);
    }
    const evidenceText = finding?.evidence[0]?.text ?? results.find((r) => r.verdict.label === 'supported')?.verdict.evidence[0]?.sentence.text ?? '';
    const evidenceRight = claim.evidence && (verdict === 'contradicted' || verdict === 'supported') ? evidenceText.includes(claim.evidence) || claim.evidence.includes(evidenceText.slice(0, 60)) : undefined;
    const ok = claim.label === 'supported' ? verdict === 'supported' || verdict === 'none' : verdict === claim.label;
    const wrong = fix !== undefined && (claim.label !== 'contradicted' || !claim.fix || !fix.includes(claim.fix.trim()));
    if (fix !== undefined) fixes++;
    if (argv.includes('--fixes') && (fix !== undefined || verdict === 'contradicted')) console.log(`  fix ${claim.id}: ${fix?.trim() ?? '(none)'}`);
    if (wrong) wrongFix++;
    if (claim.label !== 'contradicted' && verdict === 'contradicted') falseC++;
    const c = byClass.get(claim.label) ?? [0, 0];
    c[1]++; if (ok) c[0]++; byClass.set(claim.label, c);
    const key = `${claim.label} ${claim.kind ?? '-'}`;
    const k = byKind.get(key) ?? [0, 0, []];
    k[1]++; if (ok) k[0]++; k[2].push(verdict); byKind.set(key, k);
    if (!ok || wrong || evidenceRight === false) {
      misses.push(`  miss ${claim.id} (${claim.kind ?? ''}) ${claim.label} → ${verdict}${evidenceRight === false ? ' [wrong evidence]' : ''}${wrong ? ` [wrong fix « ${fix!.trim()} »]` : ''}: ${claim.text}`);
    }
    if (verbose.has(claim.id) || verbose.has('all')) {
      for (const r of results) {
        console.log(`${claim.id}: ${r.verdict.label} conf=${r.verdict.confidence.toFixed(2)} ${r.verdict.conflict ? JSON.stringify({ kind: r.verdict.conflict.kind, src: r.verdict.conflict.sourceText }) : ''}`);
        for (const e of r.verdict.evidence.slice(0, 3)) console.log(`    ${e.coverage.toFixed(2)} [${e.doc.id}] ${e.sentence.text.slice(0, 200)}`);
      }
    }
  }
  const ms = performance.now() - started;
  console.log(`\n## ${set.name}: ${claims.length} claims, ${(ms / claims.length).toFixed(1)} ms/claim`);
  console.log([...byClass].map(([l, [r, n]]) => `${l} ${r}/${n}`).join(', ') + ` | false contradictions ${falseC} | wrong fixes ${wrongFix} of ${fixes}`);
  if (byKind.size > 4 || argv.includes('--kinds')) for (const [key, [r, n, v]] of [...byKind].sort()) if (r < n || argv.includes('--kinds')) console.log(`  ${key}: ${r}/${n} (${v.join(', ')})`);
  for (const m of misses) console.log(m);
  totals.n += claims.length; totals.falseC += falseC; totals.wrongFix += wrongFix; totals.fixes += fixes;
}
console.log(`\nall: false contradictions ${totals.falseC} of ${totals.n}, wrong fixes ${totals.wrongFix} of ${totals.fixes}`);
