import { readFileSync } from 'node:fs';
import { loadCorpus } from '../server/src/core/corpus/loadCorpus';
import { CorpusIndex } from '../server/src/core/index/corpusIndex';
import { analyzeClaim } from '../server/src/core/claims/analyzeClaim';
import { checkClaim } from '../server/src/core/claims/checkClaim';
import { detectSentenceLang as dl } from '../server/src/core/text/lang';
const detectLang = (t: string) => dl(t, 'fr');
(async () => {
  const corpus = process.argv[2] ?? '/work/main/corpus';
  const file = process.argv[3] ?? '/work/main/test/fixtures/eval/claims.dev.jsonl';
  const r = await loadCorpus([corpus], '/');
  const index = new CorpusIndex();
  r.documents.forEach((d) => index.setDocument(d));
  let ok = 0, n = 0;
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const c = JSON.parse(line);
    const lang = detectLang(c.text);
    const a = analyzeClaim(c.text, lang, index.names);
    const v = checkClaim(c.text, a, index);
    const ev = v.evidence[0]?.sentence.text ?? '';
    const evOk = !c.evidence || ev.includes(c.evidence);
    const good = v.label === c.label && (c.label === 'unsupported' || c.label === 'none' || evOk);
    n++; if (good) ok++;
    console.log(`${good ? 'OK ' : 'XX '} ${c.id} ${c.label}→${v.label} ${v.confidence.toFixed(2)} ${lang} ${v.conflict ? `[${v.conflict.kind}: ${v.conflict.sourceText}]` : ''} ${v.disagreement ? 'DISAGREE ' + v.disagreement.sourceText : ''}\n     ${c.text}\n     ev(${evOk ? 'ok' : 'BAD'}): ${ev.slice(0, 140)}  names=${a.words.filter(w=>w.isName).map(w=>w.text)}`);
  }
  console.log(`${ok}/${n}`);
})();
