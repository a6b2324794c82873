/**
 * `npm run eval`: scores the claim checker through the real server process on the labelled claim sets of
 * test/fixtures/eval, each against its corpus. Each claim is opened as its own draft; the verdict is read
 * from the diagnostics (contradicted / unsupported), else from the hover (supported / none), and the
 * evidence location from relatedInformation or textDocument/definition.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, Location } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import { fixtures, repoRoot, TestClient } from '../lsp/harness';
import { noiseShare } from './entityNoise';
import { messages } from '../../server/src/service/present/messages';
import type { EntityKind } from '../../server/src/core/entities/types';

interface Claim {
  id: string;
  lang: string;
  label: 'supported' | 'contradicted' | 'unsupported' | 'none';
  /** The kind of variation (real-dev sets only): paraphrase, thousands-dot, person, new-figure… */
  kind?: string;
  text: string;
  /** The corpus file that states (or contradicts) the claim. */
  source?: string;
  evidence?: string;
  /** The source's value for the wrong part; several when more than one wording is right (real-dev3). */
  fix?: string | string[];
  /** Other passages that state the claim as well (real-dev3). */
  alt?: { source: string; evidence: string }[];
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

/**
 * The claim sets, each against its corpus; `hovers` names a set of labelled entity hovers on the same corpus;
 * `noise` asks for the share of the corpus's entities that are amounts, dates, times or titles.
 */
const sets: { name: string; claims?: string; corpus: string | string[]; hovers?: string; noise?: boolean; sameAs?: string }[] = [
  { name: 'dev (bundled corpus)', claims: path.join(fixtures, 'eval', 'claims.dev.jsonl'), corpus: path.join(repoRoot, 'corpus'), hovers: path.join(fixtures, 'eval', 'hover.bundled.jsonl') },
  { name: 'rail (test corpus)', claims: path.join(fixtures, 'eval', 'claims.rail.jsonl'), corpus: path.join(fixtures, 'corpora', 'rail') },
  { name: 'real-dev fr (OrangeSum news)', claims: path.join(realDev, 'claims.fr.jsonl'), corpus: path.join(realDev, 'corpus-fr'), hovers: path.join(realDev, 'hover.fr.jsonl'), noise: true },
  { name: 'real-dev en (BBC news)', claims: path.join(realDev, 'claims.en.jsonl'), corpus: path.join(realDev, 'corpus-en'), hovers: path.join(realDev, 'hover.en.jsonl'), noise: true },
  { name: 'real-dev2 fr (OrangeSum news, other stories)', claims: path.join(realDev2, 'claims.fr.jsonl'), corpus: path.join(realDev2, 'corpus-fr') },
  { name: 'real-dev2 en (BBC news, other stories)', claims: path.join(realDev2, 'claims.en.jsonl'), corpus: path.join(realDev2, 'corpus-en') },
  { name: 'real-dev3 fr (a writer\'s draft on OrangeSum news)', claims: path.join(realDev3, 'claims.fr.jsonl'), corpus: path.join(realDev3, 'corpus-fr'), hovers: path.join(realDev3, 'hover.fr.jsonl'), noise: true },
  { name: 'real-dev3 en (a writer\'s draft on BBC news)', claims: path.join(realDev3, 'claims.en.jsonl'), corpus: path.join(realDev3, 'corpus-en'), hovers: path.join(realDev3, 'hover.en.jsonl'), noise: true },
  { name: 'real-dev3 hovers fr2 (a second user\'s OrangeSum corpus)', corpus: path.join(realDev3, 'corpus2-fr'), hovers: path.join(realDev3, 'hover2.fr.jsonl'), noise: true },
  { name: 'real-dev3 hovers en2 (a second user\'s BBC corpus)', corpus: path.join(realDev3, 'corpus2-en'), hovers: path.join(realDev3, 'hover2.en.jsonl'), noise: true },
  { name: 'real-dev3 en-fr (English claims, French sources)', claims: path.join(realDev3, 'claims.enfr.jsonl'), corpus: path.join(realDev3, 'corpus-fr') },
  // The same English claims with the unrelated French articles added: every verdict must stay the same.
  { name: 'real-dev3 en+fr (the French corpus added)', claims: path.join(realDev3, 'claims.en.jsonl'), corpus: [path.join(realDev3, 'corpus-en'), path.join(realDev3, 'corpus-fr')], sameAs: 'real-dev3 en (a writer\'s draft on BBC news)' },
  { name: 'real-dev4 fr (a second writer\'s draft on OrangeSum news)', claims: path.join(realDev4, 'claims.fr.jsonl'), corpus: path.join(realDev4, 'corpus-fr') },
  { name: 'real-dev4 en (a second writer\'s draft on BBC news)', claims: path.join(realDev4, 'claims.en.jsonl'), corpus: path.join(realDev4, 'corpus-en') },
  { name: 'real-dev5 fr (a held-out draft on two other OrangeSum stories)', claims: path.join(realDev5, 'claims.fr.jsonl'), corpus: path.join(realDev5, 'corpus-fr') },
  { name: 'real-dev5 en (a held-out draft on two other BBC stories)', claims: path.join(realDev5, 'claims.en.jsonl'), corpus: path.join(realDev5, 'corpus-en') },
  { name: 'real-dev6 fr (a second held-out draft, two more OrangeSum stories)', claims: path.join(realDev6, 'claims.fr.jsonl'), corpus: path.join(realDev6, 'corpus-fr') },
  { name: 'real-dev6 en (a second held-out draft, two more BBC stories)', claims: path.join(realDev6, 'claims.en.jsonl'), corpus: path.join(realDev6, 'corpus-en') },
  { name: 'real-dev7 fr (a third held-out draft, two more OrangeSum stories)', claims: path.join(realDev7, 'claims.fr.jsonl'), corpus: path.join(realDev7, 'corpus-fr') },
  { name: 'real-dev7 en (a third held-out draft, two more BBC stories)', claims: path.join(realDev7, 'claims.en.jsonl'), corpus: path.join(realDev7, 'corpus-en') },
  { name: 'real-dev7 en-fr (English claims, French sources)', claims: path.join(realDev7, 'claims.enfr.jsonl'), corpus: path.join(realDev7, 'corpus-fr') },
  { name: 'real-dev8 fr (a fourth blind draft, two more OrangeSum stories)', claims: path.join(realDev8, 'claims.fr.jsonl'), corpus: path.join(realDev8, 'corpus-fr') },
  { name: 'real-dev8 en (a fourth blind draft, two more BBC stories)', claims: path.join(realDev8, 'claims.en.jsonl'), corpus: path.join(realDev8, 'corpus-en') },
  { name: 'real-dev8 en-fr (English claims, French sources)', claims: path.join(realDev8, 'claims.enfr.jsonl'), corpus: path.join(realDev8, 'corpus-fr') },
  { name: 'real-dev9 fr (a fifth blind draft, two more OrangeSum stories)', claims: path.join(realDev9, 'claims.fr.jsonl'), corpus: path.join(realDev9, 'corpus-fr') },
  { name: 'real-dev9 en (a fifth blind draft, two more BBC stories)', claims: path.join(realDev9, 'claims.en.jsonl'), corpus: path.join(realDev9, 'corpus-en') },
  { name: 'real-dev9 en-fr (English claims, French sources)', claims: path.join(realDev9, 'claims.enfr.jsonl'), corpus: path.join(realDev9, 'corpus-fr') },
  { name: 'real-dev10 fr (a sixth blind draft, two more OrangeSum stories)', claims: path.join(realDev10, 'claims.fr.jsonl'), corpus: path.join(realDev10, 'corpus-fr') },
  { name: 'real-dev10 en (a sixth blind draft, two more BBC stories)', claims: path.join(realDev10, 'claims.en.jsonl'), corpus: path.join(realDev10, 'corpus-en') },
  { name: 'real-dev10 en-fr (English claims, French sources)', claims: path.join(realDev10, 'claims.enfr.jsonl'), corpus: path.join(realDev10, 'corpus-fr') },
  { name: 'real-dev11 fr (built blind, two more OrangeSum stories)', claims: path.join(realDev11, 'claims.fr.jsonl'), corpus: path.join(realDev11, 'corpus-fr') },
  { name: 'real-dev11 en (built blind, two more BBC stories)', claims: path.join(realDev11, 'claims.en.jsonl'), corpus: path.join(realDev11, 'corpus-en') },
  { name: 'real-dev11 en-fr (English claims, French sources)', claims: path.join(realDev11, 'claims.enfr.jsonl'), corpus: path.join(realDev11, 'corpus-fr') },
  { name: 'real-dev12 fr (built blind, two more OrangeSum stories)', claims: path.join(realDev12, 'claims.fr.jsonl'), corpus: path.join(realDev12, 'corpus-fr') },
  { name: 'real-dev12 en (built blind, two more BBC stories)', claims: path.join(realDev12, 'claims.en.jsonl'), corpus: path.join(realDev12, 'corpus-en') },
  { name: 'real-dev12 en-fr (English claims, French sources)', claims: path.join(realDev12, 'claims.enfr.jsonl'), corpus: path.join(realDev12, 'corpus-fr') },
  { name: 'real-dev13 fr (built blind, two more OrangeSum stories)', claims: path.join(realDev13, 'claims.fr.jsonl'), corpus: path.join(realDev13, 'corpus-fr') },
  { name: 'real-dev13 en (built blind, two more BBC stories)', claims: path.join(realDev13, 'claims.en.jsonl'), corpus: path.join(realDev13, 'corpus-en') },
  { name: 'real-dev13 en-fr (English claims, French sources)', claims: path.join(realDev13, 'claims.enfr.jsonl'), corpus: path.join(realDev13, 'corpus-fr') },
  { name: 'real-dev14 fr (built blind, two more OrangeSum stories)', claims: path.join(realDev14, 'claims.fr.jsonl'), corpus: path.join(realDev14, 'corpus-fr') },
  { name: 'real-dev14 en (built blind, two more BBC stories)', claims: path.join(realDev14, 'claims.en.jsonl'), corpus: path.join(realDev14, 'corpus-en') },
  { name: 'real-dev14 en-fr (English claims, French sources)', claims: path.join(realDev14, 'claims.enfr.jsonl'), corpus: path.join(realDev14, 'corpus-fr') },
  { name: 'real-dev15 fr (built blind, two more OrangeSum stories)', claims: path.join(realDev15, 'claims.fr.jsonl'), corpus: path.join(realDev15, 'corpus-fr') },
  { name: 'real-dev15 en (built blind, two more BBC stories)', claims: path.join(realDev15, 'claims.en.jsonl'), corpus: path.join(realDev15, 'corpus-en') },
  { name: 'real-dev15 en-fr (English claims, French sources)', claims: path.join(realDev15, 'claims.enfr.jsonl'), corpus: path.join(realDev15, 'corpus-fr') },
  { name: 'real-dev16 fr (held out this session, two more OrangeSum stories)', claims: path.join(realDev16, 'claims.fr.jsonl'), corpus: path.join(realDev16, 'corpus-fr') },
  { name: 'real-dev16 en (held out this session, two more BBC stories)', claims: path.join(realDev16, 'claims.en.jsonl'), corpus: path.join(realDev16, 'corpus-en') },
  { name: 'real-dev16 en-fr (English claims, French sources)', claims: path.join(realDev16, 'claims.enfr.jsonl'), corpus: path.join(realDev16, 'corpus-fr') },
];

/**
 * `--set NAME` (a substring of a set's name, repeatable) runs only those sets; `--no-completion` skips completion;
 * `--completion-only` runs only the completion part.
 */
const argv = process.argv.slice(2);
const only = argv.flatMap((a, i) => (argv[i - 1] === '--set' ? [a] : []));
const chosenSets = only.length ? sets.filter((s) => only.some((o) => s.name.includes(o))) : sets;
// A set that must repeat another's verdicts is run only with it.
for (const set of chosenSets.filter((s) => s.sameAs && !chosenSets.some((o) => o.name === s.sameAs))) chosenSets.splice(chosenSets.indexOf(set), 1);

function locationText(location: { uri: string; range: Location['range'] }): string {
  const text = readFileSync(fileURLToPath(location.uri), 'utf8');
  const doc = TextDocument.create(location.uri, 'markdown', 1, text);
  return text.slice(doc.offsetAt(location.range.start), doc.offsetAt(location.range.end));
}

async function judge(client: TestClient, claim: Claim, n: number) {
  const uri = `untitled:eval-${claim.id}-${n}.md`;
  await client.open(uri, `${claim.text}\n`);
  const diagnostics: Diagnostic[] = await client.nextDiagnostics(uri, 0);
  const claimDiagnostic = diagnostics.find((d) => d.code === 'contradicted-claim' || d.code === 'unsupported-claim');
  // A citation called wrong: the cited key is the diagnostic's range in the claim's text.
  const miscitation = diagnostics.find((d) => d.code === 'miscited-claim');
  const miscitedId = miscitation ? TextDocument.create(uri, 'markdown', 1, `${claim.text}\n`).getText(miscitation.range).replace(/^@/, '') : undefined;
  let verdict: Claim['label'];
  let evidenceText = '';
  let fix: string | undefined;
  if (claimDiagnostic?.code === 'contradicted-claim') {
    verdict = 'contradicted';
    evidenceText = claimDiagnostic.relatedInformation?.[0] ? locationText(claimDiagnostic.relatedInformation[0].location) : '';
    const edit = (claimDiagnostic.data as { fixes?: { newText: string; range: Location['range'] }[] }).fixes?.[0];
    if (edit) fix = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, `${claim.text}\n`), [edit]);
  } else if (claimDiagnostic?.code === 'unsupported-claim') {
    verdict = 'unsupported';
  } else {
    // On a figure, else a common word, of the claim: on a name, hover and definition are the entity's.
    const word = /(?<![\p{L}\p{N}-])\d/u.exec(claim.text) ?? /(?<![\p{L}\p{N}])\p{Ll}{4,}/u.exec(claim.text);
    const at = { line: 0, character: (word?.index ?? 0) + 1 };
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
    const value = hover ? (hover.contents as { value: string }).value : '';
    verdict = /Étayé par|Supported by/.test(value) ? 'supported' : /Contredit|Contradicted/.test(value) ? 'contradicted' : /Non étayé|Not supported/.test(value) ? 'unsupported' : 'none';
    if (verdict === 'supported') {
      const locations = await client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: at });
      evidenceText = locations?.[0] ? locationText(locations[0]) : '';
    }
  }
  await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const passages = claim.evidence ? [claim.evidence, ...(claim.alt ?? []).map((a) => a.evidence)] : [];
  const evidenceRight = passages.length ? passages.some((e) => evidenceText.includes(e)) : undefined;
  const sources = [claim.source, ...(claim.alt ?? []).map((a) => a.source)].filter((s): s is string => s !== undefined);
  const falselyMiscited = miscitedId !== undefined && claim.label === 'supported' && sources.includes(miscitedId);
  const expectedFixes = Array.isArray(claim.fix) ? claim.fix : claim.fix !== undefined ? [claim.fix] : [];
  return { id: claim.id, lang: claim.lang, label: claim.label, kind: claim.kind, verdict, evidenceRight, fix, expectedFixes, evidenceText, text: claim.text, falselyMiscited };
}

type Judged = Awaited<ReturnType<typeof judge>>;

/** A value fix the sources do not give for that fact: any fix on a claim not labelled contradicted with a `fix`, or one that does not write the labelled value. */
function isWrongFix(r: Judged): boolean {
  if (r.fix === undefined) return false;
  // Spaces aside: a fix written in the claim's style (« 32 % ») is the labelled « 32% ».
  const unspaced = (text: string) => text.replace(/\s+/gu, '');
  return r.label !== 'contradicted' || !r.expectedFixes.some((f) => unspaced(r.fix!).includes(unspaced(f)));
}

/** A supported, unsupported or non-claim item reported contradicted. */
function isFalseContradiction(r: Judged): boolean {
  return r.label !== 'contradicted' && r.verdict === 'contradicted';
}

async function main(): Promise<void> {
  const all: Judged[] = [];
  if (argv.includes('--completion-only')) {
    await evaluateCompletion();
    return;
  }
  const perSet: Record<string, ReturnType<typeof report>> = {};
  const outcomes = new Map<string, Map<string, string>>();
  const hovers: Record<string, ReturnType<typeof reportHovers>> = {};
  const noise: Record<string, ReturnType<typeof noiseShare>> = {};
  for (const set of chosenSets) {
    const claims: Claim[] = set.claims ? readJsonl(set.claims) : [];
    const client = await TestClient.start({ settings: { corpus: { paths: [set.corpus].flat() } }, readyTimeoutMs: 300_000 });
    const results: Judged[] = [];
    let hoverResults: HoverResult[] = [];
    try {
      for (const [n, claim] of claims.entries()) results.push(await judge(client, claim, n));
      if (set.hovers) hoverResults = await judgeHovers(client, readJsonl(set.hovers));
      if (set.noise) noise[set.name] = noiseShare(await client.request<{ name: string; mentions: number }[]>('grounded/entities', null));
    } finally {
      await client.stop();
    }
    console.log(`\n## ${set.name}: ${claims.length} claims`);
    if (claims.length) perSet[set.name] = report(results);
    if (results.some((r) => r.kind)) reportKinds(results);
    const outcome = new Map(results.map((r) => [r.id, `${r.verdict}${r.fix !== undefined ? ` « ${r.fix.trim()} »` : ''}${r.falselyMiscited ? ' miscited' : ''}`]));
    outcomes.set(set.name, outcome);
    if (set.sameAs) {
      const changed = [...outcome].filter(([id, o]) => outcomes.get(set.sameAs!)?.get(id) !== o);
      console.log(`verdicts changed by the added documents: ${changed.length} of ${outcome.size}`);
      for (const [id, o] of changed) console.log(`  changed ${id}: ${outcomes.get(set.sameAs!)?.get(id)} → ${o}`);
    }
    for (const r of results.filter((r) => r.verdict !== r.label || r.evidenceRight === false || isWrongFix(r) || r.falselyMiscited)) {
      const notes = [r.evidenceRight === false ? 'wrong evidence' : '', isWrongFix(r) ? `wrong fix « ${r.fix?.trim()} »` : '', r.falselyMiscited ? 'miscited, but the cited source states it' : ''].filter(Boolean);
      console.log(`  miss ${r.id} (${r.lang}${r.kind ? `, ${r.kind}` : ''}) ${r.label} → ${r.verdict}${notes.length ? ` [${notes.join('; ')}]` : ''}: ${r.text}`);
    }
    if (set.hovers) hovers[set.name] = reportHovers(set.name, hoverResults);
    if (noise[set.name]) reportNoise(set.name, noise[set.name]);
    all.push(...results);
  }
  console.log('\n## all sets');
  const summary = report(all);
  const entities = only.length ? undefined : await evaluateEntities();
  const completion = argv.includes('--no-completion') ? undefined : await evaluateCompletion();
  mkdirSync(path.join(repoRoot, 'bench-results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench-results', 'eval.json'), JSON.stringify({ date: new Date().toISOString(), summary, perSet, hovers, noise, entities, completion, results: all }, null, 2));
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as T);
}

/** Verdicts per label and `kind` of variation: how many of each kind got their label. */
function reportKinds(results: Judged[]): void {
  const groups = new Map<string, Judged[]>();
  for (const r of results) {
    const key = `${r.lang} ${r.label} ${r.kind ?? '—'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  console.log('| lang | label | kind | right | verdicts |\n|---|---|---|---|---|');
  for (const [key, rs] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [lang, label, kind] = key.split(' ');
    const right = rs.filter((r) => (r.label === 'supported' ? r.verdict === 'supported' || r.verdict === 'none' : r.verdict === r.label)).length;
    const verdicts = [...new Set(rs.map((r) => r.verdict))].map((v) => `${v} ${rs.filter((r) => r.verdict === v).length}`).join(', ');
    console.log(`| ${lang} | ${label} | ${kind} | ${right}/${rs.length} | ${verdicts} |`);
  }
}

/**
 * A labelled entity hover: `expect`, the words a right definition line holds; `reject`, words of a wrong one
 * that must not be there; `kind`, the kinds a right hover may show (any one of them).
 */
interface HoverItem {
  entity: string;
  expect: string[];
  reject?: string[];
  kind?: EntityKind[];
}

interface HoverResult extends HoverItem {
  definitionLine: string;
  hover: string;
  /** The kind the hover shows, read back from its label in either language. */
  shownKind?: EntityKind;
}

const kindLabels = new Map<string, EntityKind>(
  (['fr', 'en'] as const).flatMap((lang) => Object.entries(messages[lang].kinds).map(([kind, label]) => [label, kind as EntityKind] as const)),
);

/**
 * Entity hovers through the server: a draft naming the entity is opened and hovered on the name. The
 * definition line is what the hover says before any quoted passage (`>`); strict scoring asks every `expect`
 * word in it, loose scoring anywhere in the hover (both ignore case).
 */
async function judgeHovers(client: TestClient, items: HoverItem[]): Promise<HoverResult[]> {
  const results: HoverResult[] = [];
  for (const [n, item] of items.entries()) {
    const uri = `untitled:hover-${n}.md`;
    const text = `${item.entity}\n`;
    await client.open(uri, text);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const value = hover ? (hover.contents as { value: string }).value : '';
    const beforeQuote = value.split('\n').filter((l) => l.trim() !== '').findIndex((l) => l.startsWith('>'));
    const lines = value.split('\n').filter((l) => l.trim() !== '');
    const definitionLine = (beforeQuote < 0 ? lines.slice(0, 2) : lines.slice(0, beforeQuote)).join(' ').replace(/^\*\*[^*]+\*\*/, '');
    const shownKind = kindLabels.get(/^\*\*[^*]+\*\* · \*([^*]+)\*/.exec(value)?.[1] ?? '');
    results.push({ ...item, definitionLine, hover: value, shownKind });
  }
  return results;
}

function reportHovers(name: string, results: HoverResult[]) {
  const has = (text: string, words: string[]) => words.every((w) => text.toLowerCase().includes(w.toLowerCase()));
  const hasNone = (text: string, words: string[] = []) => !words.some((w) => text.toLowerCase().includes(w.toLowerCase()));
  const right = (r: HoverResult) => r.hover !== '' && has(r.definitionLine, r.expect) && hasNone(r.definitionLine, r.reject);
  const strict = results.filter(right);
  const loose = results.filter((r) => has(r.hover, r.expect));
  const withKind = results.filter((r) => r.kind);
  const kindRight = withKind.filter((r) => r.shownKind !== undefined && r.kind!.includes(r.shownKind));
  console.log(`\n## hovers, ${name}: strict ${strict.length}/${results.length}, loose ${loose.length}/${results.length}, kinds ${kindRight.length}/${withKind.length}`);
  for (const r of results.filter((r) => !right(r))) {
    const wants = [...r.expect.map((w) => `« ${w} »`), ...(r.reject ?? []).map((w) => `no « ${w} »`)].join(' ');
    console.log(`  miss ${r.entity} (wants ${wants}): ${r.definitionLine.trim().slice(0, 160) || 'no hover'}`);
  }
  for (const r of withKind.filter((r) => !kindRight.includes(r))) console.log(`  kind ${r.entity}: ${r.shownKind ?? 'no hover'}, wants ${r.kind!.join(' or ')}`);
  return { strict: [strict.length, results.length], loose: [loose.length, results.length], kinds: [kindRight.length, withKind.length] };
}

function reportNoise(name: string, r: ReturnType<typeof noiseShare>): void {
  const kinds = Object.entries(r.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
  console.log(`\n## entity noise, ${name}: ${(100 * r.share).toFixed(1)} % (${r.noisy} of ${r.total} entities are amounts, dates, times or titles: ${kinds}; target < 2 %)`);
  if (r.examples.length) console.log(`  most mentioned: ${r.examples.join('; ')}`);
}

/**
 * Entities of the bundled corpus (through grounded/entities) against the hand review in
 * test/fixtures/entities.bundled.expected.tsv: precision, and definitions that still match the reviewed ones.
 */
async function evaluateEntities() {
  const lines = readFileSync(path.join(fixtures, 'entities.bundled.expected.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1);
  const reviewed = new Map(lines.map((l) => {
    const [name, , real, hover, defines, ok, definition] = l.split('\t');
    return [name, { real: real === 'y', hover: hover === 'y', defines: defines === 'y', ok: ok === 'y', definition }];
  }));
  const client = await TestClient.start();
  let extracted: { name: string; definition?: string }[];
  try {
    extracted = await client.request('grounded/entities', null);
  } finally {
    await client.stop();
  }
  const known = extracted.filter((e) => reviewed.has(e.name));
  const real = known.filter((e) => reviewed.get(e.name)!.real);
  const hover = real.filter((e) => reviewed.get(e.name)!.hover);
  const sameDefinition = (e: { name: string; definition?: string }) => (e.definition ?? '').slice(0, 150) === reviewed.get(e.name)!.definition.slice(0, 150);
  const changed = hover.filter((e) => !sameDefinition(e)).map((e) => e.name);
  const defines = hover.filter((e) => sameDefinition(e) && reviewed.get(e.name)!.defines);
  const ok = hover.filter((e) => sameDefinition(e) && reviewed.get(e.name)!.ok);
  const missing = [...reviewed].filter(([name, r]) => r.real && !extracted.some((e) => e.name === name)).map(([name]) => name);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(1)} % (${n}/${d})`;
  console.log('\n## entities of the bundled corpus (hand-reviewed)');
  console.log(`| measure | result | target |\n|---|---|---|`);
  console.log(`| precision (real entities among those reviewed) | ${pct(real.length, known.length)} | ≥ 90 % |`);
  console.log(`| hover-worthy names whose definition says what it is | ${pct(defines.length, hover.length)} | |`);
  console.log(`| hover-worthy names with a correct definition (defining statement, else informative sentence) | ${pct(ok.length, hover.length)} | ≥ 85 % |`);
  console.log(`| extracted but not reviewed | ${extracted.length - known.length} | |`);
  if (missing.length) console.log(`  reviewed real entities no longer extracted: ${missing.join(', ')}`);
  if (changed.length) console.log(`  definitions changed since the review (count as not correct until reviewed again): ${changed.join(', ')}`);
  return { precision: [real.length, known.length], defines: [defines.length, hover.length], correct: [ok.length, hover.length], unreviewed: extracted.length - known.length, missing, changed };
}

/**
 * Sourced continuations through the server: each labelled claim that states a figure is cut just before the
 * figure, and completion is asked for at that point; a hit is a proposal that contains the source's figure
 * (the claim's own when supported, the fix when contradicted).
 */
async function evaluateCompletion() {
  const { parseQuantities } = await import('../../server/src/core/text/quantities');
  const perSet: Record<string, { n: number; top1: number; top3: number; wrongFirst: number; misses: string[] }> = {};
  for (const set of chosenSets) {
    const claims: Claim[] = set.claims ? readJsonl(set.claims) : [];
    const client = await TestClient.start({ settings: { corpus: { paths: [set.corpus].flat() } }, readyTimeoutMs: 300_000 });
    const score = { n: 0, top1: 0, top3: 0, wrongFirst: 0, misses: [] as string[] };
    try {
      for (const claim of claims) {
        if (claim.label !== 'supported' && claim.label !== 'contradicted') continue;
        // The first figure with at least three words before it: a prefix a writer could have typed.
        const q = parseQuantities(claim.text, claim.lang === 'en' ? 'en' : 'fr').find(
          (x) => (x.kind !== 'number' || x.unit || x.value >= 10) && claim.text.slice(0, x.approxStart ?? x.start).trim().split(/\s+/).length >= 3,
        );
        if (!q) continue;
        const expected = (claim.label === 'supported' ? claim.text.slice(q.numberStart, q.numberEnd) : [claim.fix ?? ''].flat()[0]).match(/\d+(?:[ ,.\u00a0\u202f]\d+)*/)?.[0];
        if (!expected) continue;
        const prefix = claim.text.slice(0, q.approxStart ?? q.start);
        const uri = `untitled:completion-${claim.id}.md`;
        await client.open(uri, prefix);
        const result = await client.request<{ items: { textEdit?: { newText: string }; label: string }[] } | null>('textDocument/completion', {
          textDocument: { uri },
          position: { line: 0, character: prefix.length },
          context: { triggerKind: 1 },
        });
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        const proposals = (result?.items ?? []).filter((i) => i.textEdit?.newText.includes('[@')).map((i) => i.textEdit!.newText.replace(/[\u00a0\u202f]/g, ' '));
        const wanted = expected.replace(/[\u00a0\u202f]/g, ' ').replace('.', ',');
        const hit = (text: string) => text.includes(wanted) || text.includes(expected.replace(',', '.'));
        score.n++;
        if (proposals[0] && hit(proposals[0])) score.top1++;
        // The first proposal states a figure, and not the source's: a wrong fact offered first.
        else if (proposals[0] && /\d/.test(proposals[0].replace(/\[@[^\]]*\]/g, ''))) {
          score.wrongFirst++;
          score.misses.push(`${claim.id} (another figure first): « ${prefix}» → « ${proposals[0]} », wanted ${expected}`);
        }
        if (proposals.slice(0, 3).some(hit)) score.top3++;
        else score.misses.push(`${claim.id}: « ${prefix}» → ${proposals.slice(0, 3).map((p) => `« ${p} »`).join(', ') || 'nothing'}`);
      }
    } finally {
      await client.stop();
    }
    perSet[set.name] = score;
  }
  console.log('\n## sourced continuations (figure claims cut before the figure)');
  console.log('| set | prefixes | top-1 | top-3 | another figure first |\n|---|---|---|---|---|');
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(d, 1)).toFixed(0)} % (${n})`;
  for (const [name, s] of Object.entries(perSet)) console.log(`| ${name} | ${s.n} | ${pct(s.top1, s.n)} | ${pct(s.top3, s.n)} | ${pct(s.wrongFirst, s.n)} |`);
  for (const s of Object.values(perSet)) for (const miss of s.misses) console.log(`  miss ${miss}`);
  return perSet;
}

function report(results: Judged[]) {
  const of = (label: string) => results.filter((r) => r.label === label);
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)} % (${n}/${d})`);
  const supported = of('supported');
  const contradicted = of('contradicted');
  const unsupported = of('unsupported');
  const none = of('none');
  const summary = {
    supportedNotFlagged: [supported.filter((r) => r.verdict === 'supported' || r.verdict === 'none').length, supported.length],
    supportedRightEvidence: [supported.filter((r) => r.verdict === 'supported' && r.evidenceRight).length, supported.length],
    contradictedRight: [contradicted.filter((r) => r.verdict === 'contradicted' && r.evidenceRight).length, contradicted.length],
    contradictedRightFix: [contradicted.filter((r) => r.verdict === 'contradicted' && r.fix !== undefined && r.expectedFixes.some((f) => r.fix!.includes(f.trim()))).length, contradicted.length],
    unsupportedFlagged: [unsupported.filter((r) => r.verdict === 'unsupported').length, unsupported.length],
    nonClaimsFlagged: [none.filter((r) => r.verdict === 'contradicted' || r.verdict === 'unsupported').length, none.length],
    falseContradictions: [results.filter(isFalseContradiction).length, results.length],
    wrongFixes: [results.filter(isWrongFix).length, results.filter((r) => r.fix !== undefined).length],
    falseMiscitations: results.filter((r) => r.falselyMiscited).length,
  };
  console.log(`| measure | result | target |\n|---|---|---|`);
  console.log(`| supported claims not flagged | ${pct(summary.supportedNotFlagged[0], summary.supportedNotFlagged[1])} | ≥ 90 % |`);
  console.log(`| … with the right evidence passage | ${pct(summary.supportedRightEvidence[0], summary.supportedRightEvidence[1])} | |`);
  console.log(`| contradicted flagged, right evidence | ${pct(summary.contradictedRight[0], summary.contradictedRight[1])} | ≥ 85 % |`);
  console.log(`| … with the expected quick fix | ${pct(summary.contradictedRightFix[0], summary.contradictedRightFix[1])} | |`);
  console.log(`| unsupported flagged | ${pct(summary.unsupportedFlagged[0], summary.unsupportedFlagged[1])} | ≥ 85 % |`);
  console.log(`| non-claims flagged | ${pct(summary.nonClaimsFlagged[0], summary.nonClaimsFlagged[1])} | 0 |`);
  console.log(`| false contradictions (of all claims) | ${summary.falseContradictions[0]} of ${summary.falseContradictions[1]} | ≤ 1 per 50 |`);
  console.log(`| wrong fixes (of fixes offered) | ${summary.wrongFixes[0]} of ${summary.wrongFixes[1]} | 0 |`);
  console.log(`| citations called wrong that state the claim | ${summary.falseMiscitations} | 0 |`);
  return summary;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
