/**
 * The rewrite check of `selfcheck.ts --rewrites`: corpus sentences rewritten the way a writer would while staying
 * true (see rewrites.ts), each checked as a draft against its own corpus. Prints every rewrite reported contradicted
 * (a false contradiction unless the rewrite broke the sentence: check each by hand) or given a fix, then per set and
 * kind: rewrites checked, contradicted, with a fix, supported.
 */
import type { CorpusIndex } from '../../server/src/core/index/corpusIndex';
import type { CorpusDocument } from '../../server/src/core/corpus/document';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { REWRITE_KINDS, type IsPerson, type Lang, type Rewrite, type RewriteKind, aboutFigure, apposition, dateFormat, dateWithoutYear, mainClause, numberWords, percentWords, scaleWords, frontedToEnd, moreThanFigure, pronounPair, relativeClause, shortName, thousands } from './rewrites';

/** The rewrites of one sentence of a document, `previous` being the sentence before it in the same paragraph run. */
function rewritesOf(text: string, previous: string | undefined, lang: Lang, docText: string, isPerson: IsPerson): Rewrite[] {
  const out: Rewrite[] = [];
  const add = (kind: RewriteKind, t: string | undefined) => { if (t && t !== text) out.push({ kind, text: t }); };
  add('shortname', shortName(text, isPerson));
  if (previous) {
    const last = (/^(?:\S+ ){1,2}(\S+)/.exec(text)?.[1] ?? '').replace(/[^\p{L}-]/gu, '');
    const feminine = lang === 'fr' ? new RegExp(`\\bMme ${last}\\b`).test(docText) : new RegExp(`\\b(Ms|Mrs) ${last}\\b`).test(docText) || (docText.match(/\bshe\b/gi)?.length ?? 0) > (docText.match(/\bhe\b/gi)?.length ?? 0);
    add('pronoun', pronounPair(previous, text, lang, feminine, isPerson));
  }
  for (const t of relativeClause(text, lang, isPerson)) add('relative', t);
  for (const t of apposition(text, lang, isPerson)) add('apposition', t);
  add('fronted', frontedToEnd(text, lang));
  add('about', aboutFigure(text, lang));
  add('morethan', moreThanFigure(text, lang));
  add('date', dateFormat(text, lang));
  add('noyear', dateWithoutYear(text, lang));
  add('thousands', thousands(text, lang));
  add('percent', percentWords(text, lang));
  add('numberwords', numberWords(text, lang));
  add('scale', scaleWords(text, lang));
  // Two sentences of the source in a row, verbatim: the draft's own context (antecedents, narrative time) at work.
  if (previous) add('pair', `${previous} ${text}`);
  add('mainclause', mainClause(text, lang));
  return out;
}

/**
 * Runs the rewrite check on the corpora of `sets` (each in fr and en), at most `perKind` rewrites of each kind per
 * corpus, sentences taken in a fixed shuffled order. Returns the totals per kind.
 */
export function runRewriteCheck(sets: string[], perKind: number, indexOfSet: (set: string, lang: string) => { index: CorpusIndex; docs: CorpusDocument[] }, rand: () => number): Record<RewriteKind, { n: number; contradicted: number; fixed: number; supported: number }> {
  const totals = Object.fromEntries(REWRITE_KINDS.map((k) => [k, { n: 0, contradicted: 0, fixed: 0, supported: 0 }])) as Record<RewriteKind, { n: number; contradicted: number; fixed: number; supported: number }>;
  for (const set of sets) {
    for (const lang of ['fr', 'en'] as const) {
      const { index, docs } = indexOfSet(set, lang);
      const entities = index.entities();
      const isPerson: IsPerson = (name) => { const e = entities.lookup(name); return e?.kind === 'person' && (e.name === name || e.aliases.includes(name)); };
      const items = docs.flatMap((d) => {
        const ss = d.sentences.filter((s) => !s.heading).map((s) => s.text.replace(/\s+/g, ' '));
        return ss.map((text, i) => ({ text, previous: i > 0 ? ss[i - 1] : undefined, docText: d.text })).filter((x) => x.text.length > 40 && x.text.length < 300);
      });
      for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [items[i], items[j]] = [items[j], items[i]]; }
      const counts = Object.fromEntries(REWRITE_KINDS.map((k) => [k, { n: 0, contradicted: 0, fixed: 0, supported: 0 }])) as typeof totals;
      for (const item of items) {
        for (const r of rewritesOf(item.text, item.previous, lang, item.docText, isPerson)) {
          const c = counts[r.kind];
          if (c.n >= perKind) continue;
          const results = checkDraft(parseMarkdown(`${r.text}\n`), index, { language: 'auto' })!;
          const findings = findingsOf(results, index);
          const contra = findings.find((f) => f.code === 'contradicted-claim');
          const fixed = findings.find((f) => f.fixes.length > 0);
          c.n++;
          if (results.some((x) => x.verdict.label === 'supported')) c.supported++;
          if (contra) c.contradicted++;
          if (fixed) c.fixed++;
          if (contra || fixed) {
            const f = contra ?? fixed!;
            console.log(`  ${contra ? 'C' : 'F'} ${r.kind} ${set}/${lang}: ${r.text.slice(0, 220)}\n      from: ${item.text.slice(0, 220)}\n      → ${f.message.slice(0, 200)} | fix: ${f.fixes[0]?.newText ?? '-'}`);
          }
        }
      }
      console.log(`${set} ${lang} rewrites: ${REWRITE_KINDS.map((k) => `${k} ${counts[k].contradicted}C ${counts[k].fixed}F ${counts[k].supported}S /${counts[k].n}`).join(', ')}`);
      for (const k of REWRITE_KINDS) for (const f of ['n', 'contradicted', 'fixed', 'supported'] as const) totals[k][f] += counts[k][f];
    }
  }
  console.log(`all rewrites: ${REWRITE_KINDS.map((k) => `${k} ${totals[k].contradicted}C ${totals[k].fixed}F ${totals[k].supported}S /${totals[k].n}`).join(', ')}`);
  return totals;
}
