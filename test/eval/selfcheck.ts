/**
 * A precision check on the real-news corpora: sentences taken verbatim from a corpus, checked as claims against
 * that corpus, must never be reported contradicted (the corpus states them). Prints each one that is, and the
 * counts per set (contradicted, and supported: how many of the corpus's own statements the checker finds). Usage: node --import=tsx test/eval/selfcheck.ts [SENTENCES_PER_SET]
 */
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { buildDocument } from '../../server/src/core/corpus/document';
import { CorpusIndex } from '../../server/src/core/index/corpusIndex';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';
import { checkDraft } from '../../server/src/core/claims/checkDraft';
import { findingsOf } from '../../server/src/core/claims/findings';
import { fixtures } from '../lsp/harness';
const perSet = Number(process.argv[2] ?? 250);
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (const [set, lang] of [['real-dev', 'fr'], ['real-dev', 'en'], ['real-dev2', 'fr'], ['real-dev2', 'en']]) {
  const corpus = path.join(fixtures, 'eval', set, `corpus-${lang}`);
  const index = new CorpusIndex();
  const docs = readdirSync(corpus).filter((f) => f.endsWith('.md')).map((f) => buildDocument(path.join(corpus, f), readFileSync(path.join(corpus, f), 'utf8')));
  for (const d of docs) index.setDocument(d);
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
