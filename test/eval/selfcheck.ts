/**
 * A precision check on the real-news corpora: sentences taken verbatim from a corpus, checked as claims against
 * that corpus, must never be reported contradicted (the corpus states them). Prints each one that is, and the
 * counts per set (contradicted, and supported: how many of the corpus's own statements the checker finds). Usage: node --import=tsx test/eval/selfcheck.ts [SENTENCES_PER_SET]
 *
 * With `--rewrites`: instead, truth-preserving rewrites of corpus sentences (short name, pronoun, one clause kept,
 * fronted time moved, figure rounded with « environ »/"about" or « plus de »/"more than", date written another way or
 * without its year, thousands written another way, « pour cent »/"per cent", small counts and scale words in words:
 * see rewrites.ts), at most SENTENCES_PER_SET (default 40) per kind and corpus, on the corpora of
 * `--sets real-dev3,real-dev15` (default: every real-dev* set; `--sets all` too). Every one reported contradicted or
 * given a fix is printed. Without `--rewrites`, `--sets` runs the verbatim and perturbed checks on those sets' corpora.
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../server/src/core/corpus/document';
import { CorpusIndex } from '../../server/src/core/index/corpusIndex';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { parseQuantities } from '../../server/src/core/text/quantities';
import { roleMentions } from '../../server/src/core/claims/roles';
import { fixtures } from '../lsp/harness';
import { runRewriteCheck } from './rewriteCheck';
const args = process.argv.slice(2);
const setsArg = args.indexOf('--sets') >= 0 ? args[args.indexOf('--sets') + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sets');
const rewrites = args.includes('--rewrites');
const perSet = Number(positional[0] ?? (rewrites ? 40 : 250));
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
/**
 * The index of a set's corpus, its entities ready as the server has them once its index is (rules that compare
 * names by kind wait for them), and its documents.
 */
function indexOfSet(set: string, lang: string): { index: CorpusIndex; docs: ReturnType<typeof buildDocument>[] } {
  const corpus = path.join(fixtures, 'eval', set, `corpus-${lang}`);
  const index = new CorpusIndex();
  const docs = readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => buildDocument(path.join(corpus, f), readFileSync(path.join(corpus, f), 'utf8')));
  for (const d of docs) index.setDocument(d);
  index.entities();
  return { index, docs };
}

const allSets = readdirSync(path.join(fixtures, 'eval')).filter((d) => /^real-dev\d*$/.test(d)).sort((a, b) => Number(a.slice(8) || 1) - Number(b.slice(8) || 1));
const chosenSets = !setsArg || setsArg === 'all' ? allSets : setsArg.split(',');
if (rewrites) {
  runRewriteCheck(chosenSets, perSet, indexOfSet, rand);
  process.exit(0);
}
/** The corpora of the verbatim and perturbed checks: real-dev and real-dev2 (the figures the README quotes), or those of `--sets`. */
const corpora: string[][] = setsArg ? chosenSets.flatMap((set) => [[set, 'fr'], [set, 'en']]) : [['real-dev', 'fr'], ['real-dev', 'en'], ['real-dev2', 'fr'], ['real-dev2', 'en']];

for (const [set, lang] of corpora) {
  const { index, docs } = indexOfSet(set, lang);
  const sentences = docs.flatMap((d) => d.sentences.filter((s) => !s.heading && s.text.length > 60 && s.text.length < 300).map((s) => s.text));
  let n = 0, contradicted = 0, supported = 0;
  for (let i = 0; i < perSet; i++) {
    const text = sentences[Math.floor(rand() * sentences.length)].replace(/\s+/g, ' ');
    const results = checkDraft(parseMarkdown(`${text}\n`), index, { language: 'auto' })!;
    const f = findingsOf(results, index).filter((x) => x.code === 'contradicted-claim');
    n++;
    if (results.some((r) => r.verdict.label === 'supported')) supported++;
    if (f.length) { contradicted++; console.log(`  C ${set}/${lang}: ${text.slice(0, 160)}\n      → ${f[0].message.slice(0, 160)} | fix: ${f[0].fixes[0]?.newText ?? '-'}`); }
  }
  console.log(`${set} ${lang}: ${contradicted} contradicted, ${supported} supported, of ${n} verbatim corpus sentences`);
}

/**
 * Perturbed figures: the same verbatim sentences with one figure changed (×1.5, rounded) must not be supported;
 * when they are contradicted, the fix must write the corpus's figure back. Prints per set: contradicted (with
 * the figure restored), unsupported, supported (a false support), and wrong fixes.
 */
for (const [set, lang] of corpora) {
  const { index, docs } = indexOfSet(set, lang);
  const candidates = docs.flatMap((d) => d.sentences.filter((s) => !s.heading && s.text.length > 60 && s.text.length < 300).map((s) => s.text.replace(/\s+/g, ' ')));
  const counts = { n: 0, contradicted: 0, restored: 0, unsupported: 0, supported: 0, none: 0, wrongFix: 0 };
  for (let tries = 0; counts.n < perSet && tries < perSet * 20; tries++) {
    const text = candidates[Math.floor(rand() * candidates.length)];
    const q = parseQuantities(text, lang as 'fr' | 'en').find((x) => (x.kind === 'number' || x.kind === 'money' || x.kind === 'percent') && (x.unit || x.kind !== 'number') && x.value >= 10 && !x.words && /^[1-9]\d*$/.test(text.slice(x.numberStart, x.numberEnd)));
    if (!q) continue;
    const original = text.slice(q.numberStart, q.numberEnd);
    const changed = String(Math.round(Number(original) * 1.5));
    if (changed === original) continue;
    const perturbed = text.slice(0, q.numberStart) + changed + text.slice(q.numberEnd);
    const results = checkDraft(parseMarkdown(`${perturbed}\n`), index, { language: 'auto' })!;
    const findings = findingsOf(results, index);
    const c = findings.find((f) => f.code === 'contradicted-claim');
    counts.n++;
    if (c) {
      counts.contradicted++;
      const fix = c.fixes[0];
      if (fix) {
        const fixed = perturbed.slice(0, fix.span.start) + fix.newText + perturbed.slice(fix.span.end);
        if (fixed.replace(/[\s\u00a0\u202f.,]/g, '').includes(text.replace(/[\s\u00a0\u202f.,]/g, '').slice(0, 0)) && fixed.includes(original)) counts.restored++;
        else {
          counts.wrongFix++;
          console.log(`  WF ${set}/${lang}: ${perturbed.slice(0, 140)}\n      → ${fixed.slice(0, 140)}`);
        }
      }
    } else if (findings.some((f) => f.code === 'unsupported-claim')) counts.unsupported++;
    else if (results.some((r) => r.verdict.label === 'supported')) {
      counts.supported++;
      console.log(`  S ${set}/${lang}: ${perturbed.slice(0, 160)}`);
    } else counts.none++;
  }
  console.log(`${set} ${lang} perturbed figures: ${JSON.stringify(counts)}`);
}

/**
 * Perturbed names and years: a verbatim sentence whose person named with a title (« le préfet de la Sarthe
 * X ») is swapped for another titled person of the corpus, or whose year is moved by three, must not be
 * supported; a fix must write the corpus's name or year back.
 */
for (const [set, lang] of corpora) {
  const { index, docs } = indexOfSet(set, lang);
  const sentences = docs.flatMap((d) => d.sentences.filter((s) => !s.heading && s.text.length > 60 && s.text.length < 300).map((s) => s.text.replace(/\s+/g, ' ')));
  const titled = sentences.flatMap((text) => roleMentions(text, lang as 'fr' | 'en').filter((m) => m.name.text.includes(' ')).map((m) => ({ text, m })));
  const people = [...new Set(titled.map((t) => t.m.name.text))];
  for (const kind of ['name', 'year'] as const) {
    const counts = { n: 0, contradicted: 0, restored: 0, unsupported: 0, supported: 0, none: 0, wrongFix: 0 };
    for (let tries = 0; counts.n < perSet && tries < perSet * 20; tries++) {
      let perturbed: string;
      let original: string;
      if (kind === 'name') {
        if (titled.length === 0) break;
        const { text, m } = titled[Math.floor(rand() * titled.length)];
        const other = people[Math.floor(rand() * people.length)];
        if (other === m.name.text || text.includes(other) || other.split(' ').some((w) => m.name.text.includes(w))) continue;
        perturbed = text.slice(0, m.name.start) + other + text.slice(m.name.end);
        original = m.name.text;
      } else {
        const text = sentences[Math.floor(rand() * sentences.length)];
        const y = parseQuantities(text, lang as 'fr' | 'en').find((x) => x.kind === 'year');
        if (!y) continue;
        original = text.slice(y.numberStart, y.numberEnd);
        if (!/^(19|20)\d\d$/.test(original)) continue;
        perturbed = text.slice(0, y.numberStart) + String(Number(original) - 3) + text.slice(y.numberEnd);
      }
      const results = checkDraft(parseMarkdown(`${perturbed}\n`), index, { language: 'auto' })!;
      const findings = findingsOf(results, index);
      const c = findings.find((f) => f.code === 'contradicted-claim');
      counts.n++;
      if (c) {
        counts.contradicted++;
        const fix = c.fixes[0];
        if (fix) {
          const fixed = perturbed.slice(0, fix.span.start) + fix.newText + perturbed.slice(fix.span.end);
          if (fixed.includes(original)) counts.restored++;
          else {
            counts.wrongFix++;
            console.log(`  WF ${kind} ${set}/${lang}: ${perturbed.slice(0, 140)}\n      → ${fixed.slice(0, 140)}`);
          }
        }
      } else if (findings.some((f) => f.code === 'unsupported-claim')) counts.unsupported++;
      else if (results.some((r) => r.verdict.label === 'supported')) {
        counts.supported++;
        if (process.env.SHOW_SUPPORTS) console.log(`  S ${kind} ${set}/${lang}: ${perturbed.slice(0, 160)}`);
      } else counts.none++;
    }
    console.log(`${set} ${lang} perturbed ${kind}s: ${JSON.stringify(counts)}`);
  }
}

/**
 * Pronoun subjects in their draft: a verbatim sentence that opens on a subject pronoun (« Il … », "She …"), checked
 * as the last sentence of a draft made of it and the two sentences before it in its article, where the pronoun
 * finds the name it stands for (referentSubject.ts), must never be contradicted; its year moved by three must get
 * no fix that writes another year than the corpus's. Prints per set: the sentences read with a name, contradicted
 * (a false contradiction), supported; and for the moved years: contradicted, restored, wrong fixes.
 */
for (const [set, lang] of [['real-dev', 'fr'], ['real-dev', 'en'], ['real-dev2', 'fr'], ['real-dev2', 'en'], ['real-dev15', 'fr'], ['real-dev15', 'en']]) {
  const { index, docs } = indexOfSet(set, lang);
  const drafts = docs.flatMap((d) => d.sentences.flatMap((s, i) => {
    const before = d.sentences.slice(Math.max(0, i - 2), i);
    if (s.heading || before.length < 2 || before.some((b) => b.heading) || !/^(?:il|elle|ils|elles|he|she|they|it)\s/i.test(s.text)) return [];
    return [{ context: before.map((b) => b.text.replace(/\s+/g, ' ')).join(' '), text: s.text.replace(/\s+/g, ' ') }];
  })).slice(0, perSet);
  const counts = { n: 0, withName: 0, contradicted: 0, supported: 0, moved: 0, movedContradicted: 0, restored: 0, wrongFix: 0 };
  for (const { context, text } of drafts) {
    const draft = `${context} ${text}\n`;
    const results = checkDraft(parseMarkdown(draft), index, { language: 'auto' })!;
    const last = results[results.length - 1];
    if (!last || !draft.slice(last.sentence.span.start).startsWith(text.slice(0, 20))) continue;
    counts.n++;
    if (last.sentence.antecedents?.length) counts.withName++;
    if (last.verdict.label === 'supported') counts.supported++;
    const c = findingsOf([last], index).find((f) => f.code === 'contradicted-claim');
    if (c) {
      counts.contradicted++;
      console.log(`  C pronoun ${set}/${lang}: ${text.slice(0, 160)}\n      → ${c.message.slice(0, 160)}`);
    }
    const y = parseQuantities(text, lang as 'fr' | 'en').find((x) => x.kind === 'year');
    const original = y && text.slice(y.numberStart, y.numberEnd);
    if (!y || !original || !/^(19|20)\d\d$/.test(original)) continue;
    const moved = `${context} ${text.slice(0, y.numberStart)}${Number(original) - 3}${text.slice(y.numberEnd)}\n`;
    const movedResults = checkDraft(parseMarkdown(moved), index, { language: 'auto' })!;
    counts.moved++;
    const m = findingsOf(movedResults.slice(-1), index).find((f) => f.code === 'contradicted-claim');
    if (!m) continue;
    counts.movedContradicted++;
    const fix = m.fixes[0];
    if (!fix) continue;
    const fixed = moved.slice(0, fix.span.start) + fix.newText + moved.slice(fix.span.end);
    if (fixed.includes(original)) counts.restored++;
    else {
      counts.wrongFix++;
      console.log(`  WF pronoun ${set}/${lang}: ${moved.slice(-160)}\n      → ${fixed.slice(-160)}`);
    }
  }
  console.log(`${set} ${lang} pronoun subjects in their draft: ${JSON.stringify(counts)}`);
}
