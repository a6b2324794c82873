/**
 * A fast, in-process variant of the claim part of `npm run eval` for development: builds each set's index in
 * this process (no server), checks every claim as a one-sentence draft with the same pipeline as the server
 * (parseMarkdown → checkDraft → findingsOf), and prints per-class and per-kind figures, false contradictions
 * and wrong fixes. `npm run eval` through the real server stays the reference.
 * With `--draft`, each set's claims are checked in file order as drafts, each claim a paragraph, so that a claim
 * whose subject is a pronoun has the sentences before it (draftAntecedents.ts): one draft per story, a set written
 * as drafts (`origin: "draft"`, real-dev7 on) cut at its headings, the others at each change of source.
 * Usage: node --import=tsx test/eval/quick.ts [--set NAME] [--verbose ID] [--fixes] [--kinds] [--draft]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../server/src/core/corpus/document';
import { CorpusIndex } from '../../server/src/core/index/corpusIndex';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { checkDraft, type CheckedSentence } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { fixtures, repoRoot } from '../lsp/harness';

interface Claim {
  id: string;
  lang: string;
  label: string;
  kind?: string;
  text: string;
  source?: string;
  evidence?: string;
  /** The source's value for the wrong part; several when more than one wording is right (real-dev3). */
  fix?: string | string[];
  /** Other passages that state the claim as well (real-dev3). */
  alt?: { source: string; evidence: string }[];
  /** `draft` when the set's claims are a writer's drafts, in draft order (real-dev7 on). */
  origin?: string;
}

/**
 * The claims of a set cut into the drafts `--draft` checks: at each heading of a set written as drafts, else at each
 * change of the claims' source (a claim without one stays with the claims around it of no source).
 */
function draftsOf(claims: Claim[]): Claim[][] {
  const drafts: Claim[][] = [];
  for (const claim of claims) {
    const last = drafts[drafts.length - 1];
    const cut = !last || (claim.origin === 'draft' ? /^#/.test(claim.text) : claim.source !== last[last.length - 1].source);
    if (cut) drafts.push([claim]);
    else last.push(claim);
  }
  return drafts;
}

/** Each claim's checked sentences and where its text starts in the draft it was checked in. */
function checkedClaims(claims: Claim[], index: CorpusIndex, asDrafts: boolean): Map<Claim, { results: CheckedSentence[]; at: number }> {
  const checked = new Map<Claim, { results: CheckedSentence[]; at: number }>();
  if (!asDrafts) {
    for (const claim of claims) checked.set(claim, { results: checkDraft(parseMarkdown(`${claim.text}\n`), index, { language: 'auto' })!, at: 0 });
    return checked;
  }
  for (const draft of draftsOf(claims)) {
    const starts: number[] = [];
    let text = '';
    for (const claim of draft) {
      starts.push(text.length);
      text += `${claim.text}\n\n`;
    }
    const results = checkDraft(parseMarkdown(text), index, { language: 'auto' })!;
    draft.forEach((claim, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] : text.length;
      checked.set(claim, { results: results.filter((r) => r.sentence.span.start >= starts[i] && r.sentence.span.start < end), at: starts[i] });
    });
  }
  return checked;
}

const realDev = path.join(fixtures, 'eval', 'real-dev');
const realDev2 = path.join(fixtures, 'eval', 'real-dev2');
const realDev3 = path.join(fixtures, 'eval', 'real-dev3');
const realDev4 = path.join(fixtures, 'eval', 'real-dev4');
const realDev5 = path.join(fixtures, 'eval', 'real-dev5');
const realDev6 = path.join(fixtures, 'eval', 'real-dev6');
const realDev7 = path.join(fixtures, 'eval', 'real-dev7');
const realDev8 = path.join(fixtures, 'eval', 'real-dev8');
const realDev9 = path.join(fixtures, 'eval', 'real-dev9');
const realDev10 = path.join(fixtures, 'eval', 'real-dev10');
const realDev11 = path.join(fixtures, 'eval', 'real-dev11');
const realDev12 = path.join(fixtures, 'eval', 'real-dev12');
const realDev13 = path.join(fixtures, 'eval', 'real-dev13');
const realDev14 = path.join(fixtures, 'eval', 'real-dev14');
const realDev15 = path.join(fixtures, 'eval', 'real-dev15');
const realDev16 = path.join(fixtures, 'eval', 'real-dev16');
/** `sameAs`: the set whose verdicts this one must repeat (the same claims with unrelated documents added to the corpus). */
const sets: { name: string; claims: string; corpus: string | string[]; sameAs?: string }[] = [
  { name: 'dev', claims: path.join(fixtures, 'eval', 'claims.dev.jsonl'), corpus: path.join(repoRoot, 'corpus') },
  { name: 'rail', claims: path.join(fixtures, 'eval', 'claims.rail.jsonl'), corpus: path.join(fixtures, 'corpora', 'rail') },
  { name: 'real-fr', claims: path.join(realDev, 'claims.fr.jsonl'), corpus: path.join(realDev, 'corpus-fr') },
  { name: 'real-en', claims: path.join(realDev, 'claims.en.jsonl'), corpus: path.join(realDev, 'corpus-en') },
  { name: 'real2-fr', claims: path.join(realDev2, 'claims.fr.jsonl'), corpus: path.join(realDev2, 'corpus-fr') },
  { name: 'real2-en', claims: path.join(realDev2, 'claims.en.jsonl'), corpus: path.join(realDev2, 'corpus-en') },
  { name: 'real3-fr', claims: path.join(realDev3, 'claims.fr.jsonl'), corpus: path.join(realDev3, 'corpus-fr') },
  { name: 'real3-en', claims: path.join(realDev3, 'claims.en.jsonl'), corpus: path.join(realDev3, 'corpus-en') },
  { name: 'real3-enfr', claims: path.join(realDev3, 'claims.enfr.jsonl'), corpus: path.join(realDev3, 'corpus-fr') },
  { name: 'real3-en+fr', claims: path.join(realDev3, 'claims.en.jsonl'), corpus: [path.join(realDev3, 'corpus-en'), path.join(realDev3, 'corpus-fr')], sameAs: 'real3-en' },
  { name: 'real4-fr', claims: path.join(realDev4, 'claims.fr.jsonl'), corpus: path.join(realDev4, 'corpus-fr') },
  { name: 'real4-en', claims: path.join(realDev4, 'claims.en.jsonl'), corpus: path.join(realDev4, 'corpus-en') },
  { name: 'real5-fr', claims: path.join(realDev5, 'claims.fr.jsonl'), corpus: path.join(realDev5, 'corpus-fr') },
  { name: 'real5-en', claims: path.join(realDev5, 'claims.en.jsonl'), corpus: path.join(realDev5, 'corpus-en') },
  { name: 'real6-fr', claims: path.join(realDev6, 'claims.fr.jsonl'), corpus: path.join(realDev6, 'corpus-fr') },
  { name: 'real6-en', claims: path.join(realDev6, 'claims.en.jsonl'), corpus: path.join(realDev6, 'corpus-en') },
  { name: 'real7-fr', claims: path.join(realDev7, 'claims.fr.jsonl'), corpus: path.join(realDev7, 'corpus-fr') },
  { name: 'real7-en', claims: path.join(realDev7, 'claims.en.jsonl'), corpus: path.join(realDev7, 'corpus-en') },
  { name: 'real7-enfr', claims: path.join(realDev7, 'claims.enfr.jsonl'), corpus: path.join(realDev7, 'corpus-fr') },
  { name: 'real8-fr', claims: path.join(realDev8, 'claims.fr.jsonl'), corpus: path.join(realDev8, 'corpus-fr') },
  { name: 'real8-en', claims: path.join(realDev8, 'claims.en.jsonl'), corpus: path.join(realDev8, 'corpus-en') },
  { name: 'real8-enfr', claims: path.join(realDev8, 'claims.enfr.jsonl'), corpus: path.join(realDev8, 'corpus-fr') },
  { name: 'real9-fr', claims: path.join(realDev9, 'claims.fr.jsonl'), corpus: path.join(realDev9, 'corpus-fr') },
  { name: 'real9-en', claims: path.join(realDev9, 'claims.en.jsonl'), corpus: path.join(realDev9, 'corpus-en') },
  { name: 'real9-enfr', claims: path.join(realDev9, 'claims.enfr.jsonl'), corpus: path.join(realDev9, 'corpus-fr') },
  { name: 'real10-fr', claims: path.join(realDev10, 'claims.fr.jsonl'), corpus: path.join(realDev10, 'corpus-fr') },
  { name: 'real10-en', claims: path.join(realDev10, 'claims.en.jsonl'), corpus: path.join(realDev10, 'corpus-en') },
  { name: 'real10-enfr', claims: path.join(realDev10, 'claims.enfr.jsonl'), corpus: path.join(realDev10, 'corpus-fr') },
  { name: 'real11-fr', claims: path.join(realDev11, 'claims.fr.jsonl'), corpus: path.join(realDev11, 'corpus-fr') },
  { name: 'real11-en', claims: path.join(realDev11, 'claims.en.jsonl'), corpus: path.join(realDev11, 'corpus-en') },
  { name: 'real11-enfr', claims: path.join(realDev11, 'claims.enfr.jsonl'), corpus: path.join(realDev11, 'corpus-fr') },
  { name: 'real12-fr', claims: path.join(realDev12, 'claims.fr.jsonl'), corpus: path.join(realDev12, 'corpus-fr') },
  { name: 'real12-en', claims: path.join(realDev12, 'claims.en.jsonl'), corpus: path.join(realDev12, 'corpus-en') },
  { name: 'real12-enfr', claims: path.join(realDev12, 'claims.enfr.jsonl'), corpus: path.join(realDev12, 'corpus-fr') },
  { name: 'real13-fr', claims: path.join(realDev13, 'claims.fr.jsonl'), corpus: path.join(realDev13, 'corpus-fr') },
  { name: 'real13-en', claims: path.join(realDev13, 'claims.en.jsonl'), corpus: path.join(realDev13, 'corpus-en') },
  { name: 'real13-enfr', claims: path.join(realDev13, 'claims.enfr.jsonl'), corpus: path.join(realDev13, 'corpus-fr') },
  { name: 'real14-fr', claims: path.join(realDev14, 'claims.fr.jsonl'), corpus: path.join(realDev14, 'corpus-fr') },
  { name: 'real14-en', claims: path.join(realDev14, 'claims.en.jsonl'), corpus: path.join(realDev14, 'corpus-en') },
  { name: 'real14-enfr', claims: path.join(realDev14, 'claims.enfr.jsonl'), corpus: path.join(realDev14, 'corpus-fr') },
  { name: 'real15-fr', claims: path.join(realDev15, 'claims.fr.jsonl'), corpus: path.join(realDev15, 'corpus-fr') },
  { name: 'real15-en', claims: path.join(realDev15, 'claims.en.jsonl'), corpus: path.join(realDev15, 'corpus-en') },
  { name: 'real15-enfr', claims: path.join(realDev15, 'claims.enfr.jsonl'), corpus: path.join(realDev15, 'corpus-fr') },
  { name: 'real16-fr', claims: path.join(realDev16, 'claims.fr.jsonl'), corpus: path.join(realDev16, 'corpus-fr') },
  { name: 'real16-en', claims: path.join(realDev16, 'claims.en.jsonl'), corpus: path.join(realDev16, 'corpus-en') },
  { name: 'real16-enfr', claims: path.join(realDev16, 'claims.enfr.jsonl'), corpus: path.join(realDev16, 'corpus-fr') },
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

/** A text without its spaces (breaking or not), to compare a fix with its label whatever the style of its figures. */
const unspaced = (text: string): string => text.replace(/\s+/gu, '');

/** The labelled values a fix may write: `fix`, one or several. */
const fixesOf = (claim: Claim): string[] => (Array.isArray(claim.fix) ? claim.fix : claim.fix ? [claim.fix] : []);

const totals = { n: 0, right: 0, falseC: 0, wrongFix: 0, fixes: 0, falseMiscited: 0, changed: 0 };
/** Each set's verdict and fix per claim id, for the sets that must repeat another's. */
const outcomes = new Map<string, Map<string, string>>();
const chosen = sets.filter((s) => (only.length ? only.some((o) => s.name.includes(o)) : true));
// A set that must repeat another is run only with it.
for (const set of chosen.filter((s) => s.sameAs && !chosen.some((o) => o.name === s.sameAs))) chosen.splice(chosen.indexOf(set), 1);
for (const set of chosen) {
  const claimsText = readFileSync(set.claims, 'utf8');
  const index = new CorpusIndex();
  for (const dir of [set.corpus].flat()) for (const file of files(dir)) if (!/README/i.test(file)) index.setDocument(buildDocument(file, readFileSync(file, 'utf8')));
  // The entities ready, as the server has them once its index is (rules that compare names by kind wait for them).
  index.entities();
  const claims: Claim[] = claimsText.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const byClass = new Map<string, [number, number]>();
  const byKind = new Map<string, [number, number, string[]]>();
  let falseC = 0, wrongFix = 0, fixes = 0, falseMiscited = 0;
  const outcome = new Map<string, string>();
  const misses: string[] = [];
  const started = performance.now();
  const checked = checkedClaims(claims, index, argv.includes('--draft'));
  for (const claim of claims) {
    const text = `${claim.text}\n`;
    const { results, at } = checked.get(claim)!;
    // Draft offsets made claim offsets (a claim checked in a draft starts at `at`).
    const findings = findingsOf(results, index).map((f) => ({ ...f, fixes: f.fixes.map((x) => ({ ...x, span: { start: x.span.start - at, end: x.span.end - at } })) }));
    const finding = findings.find((f) => f.code === 'contradicted-claim' || f.code === 'unsupported-claim');
    const verdict = finding?.code === 'contradicted-claim' ? 'contradicted' : finding?.code === 'unsupported-claim' ? 'unsupported' : results.some((r) => r.verdict.label === 'supported') ? 'supported' : 'none';
    let fix: string | undefined;
    if (finding?.code === 'contradicted-claim' && finding.fixes[0]) {
      const f = finding.fixes[0];
      fix = text.slice(0, f.span.start) + f.newText + text.slice(f.span.end);
    }
    const evidenceText = finding?.evidence[0]?.text ?? results.find((r) => r.verdict.label === 'supported')?.verdict.evidence[0]?.sentence.text ?? '';
    const passages = claim.evidence ? [claim.evidence, ...(claim.alt ?? []).map((a) => a.evidence)] : [];
    const evidenceRight = passages.length && (verdict === 'contradicted' || verdict === 'supported') ? passages.some((e) => evidenceText.includes(e) || e.includes(evidenceText.slice(0, 60))) : undefined;
    const ok = claim.label === 'supported' ? verdict === 'supported' || verdict === 'none' : verdict === claim.label;
    // Spaces aside: a fix written in the claim's style (« 32 % ») is the labelled « 32% ».
    const wrong = fix !== undefined && (claim.label !== 'contradicted' || !fixesOf(claim).some((f) => unspaced(fix!).includes(unspaced(f))));
    // A citation called wrong although the cited source states the claim.
    const sources = new Set([claim.source, ...(claim.alt ?? []).map((a) => a.source)].filter(Boolean));
    const miscited = findings.find((f) => f.code === 'miscited-claim');
    const falselyMiscited = miscited !== undefined && claim.label === 'supported' && sources.has(miscited.citedId);
    if (falselyMiscited) falseMiscited++;
    outcome.set(claim.id, `${verdict}${fix !== undefined ? ` « ${fix.trim()} »` : ''}${miscited ? ` miscited @${miscited.citedId}` : ''}`);
    if (fix !== undefined) fixes++;
    if (argv.includes('--fixes') && (fix !== undefined || verdict === 'contradicted')) console.log(`  fix ${claim.id}: ${fix?.trim() ?? '(none)'}`);
    if (wrong) wrongFix++;
    if (claim.label !== 'contradicted' && verdict === 'contradicted') falseC++;
    const c = byClass.get(claim.label) ?? [0, 0];
    c[1]++; if (ok) c[0]++; byClass.set(claim.label, c);
    const key = `${claim.label} ${claim.kind ?? '-'}`;
    const k = byKind.get(key) ?? [0, 0, []];
    k[1]++; if (ok) k[0]++; k[2].push(verdict); byKind.set(key, k);
    if (!ok || wrong || evidenceRight === false || falselyMiscited) {
      misses.push(`  miss ${claim.id} (${claim.kind ?? ''}) ${claim.label} → ${verdict}${evidenceRight === false ? ' [wrong evidence]' : ''}${wrong ? ` [wrong fix « ${fix!.trim()} »]` : ''}${falselyMiscited ? ' [miscited, but the cited source states it]' : ''}: ${claim.text}`);
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
  console.log([...byClass].map(([l, [r, n]]) => `${l} ${r}/${n}`).join(', ') + ` | false contradictions ${falseC} | wrong fixes ${wrongFix} of ${fixes}${falseMiscited ? ` | false miscitations ${falseMiscited}` : ''}`);
  outcomes.set(set.name, outcome);
  if (set.sameAs) {
    const before = outcomes.get(set.sameAs)!;
    const changed = [...outcome].filter(([id, o]) => before.get(id) !== o);
    console.log(`  verdicts changed by the added documents: ${changed.length} of ${outcome.size}`);
    for (const [id, o] of changed) console.log(`  changed ${id}: ${before.get(id)} → ${o}`);
    totals.changed += changed.length;
  }
  if (byKind.size > 4 || argv.includes('--kinds')) for (const [key, [r, n, v]] of [...byKind].sort()) if (r < n || argv.includes('--kinds')) console.log(`  ${key}: ${r}/${n} (${v.join(', ')})`);
  for (const m of misses) console.log(m);
  totals.n += claims.length; totals.falseC += falseC; totals.wrongFix += wrongFix; totals.fixes += fixes; totals.falseMiscited += falseMiscited;
}
console.log(`\nall: false contradictions ${totals.falseC} of ${totals.n}, wrong fixes ${totals.wrongFix} of ${totals.fixes}, false miscitations ${totals.falseMiscited}, verdicts changed by unrelated documents ${totals.changed}`);
