import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { citationInsertOffset, findingsOf } from '../../../server/src/core/claims/findings';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf, orchardCorpus } from './helpers';

const index = indexOf(orchardCorpus);
const findings = (draft: string) => findingsOf(checkDraft(parseMarkdown(draft), index, { language: 'auto' })!, index);

describe('findings', () => {
  it('puts a contradiction on the wrong figure, with a fix in the writer’s style', () => {
    const draft = '# Note\n\nLe Domaine Lecoq produit 2,5 millions de bouteilles par an.\n';
    const [f] = findings(draft);
    assert.equal(f.code, 'contradicted-claim');
    assert.equal(draft.slice(f.span.start, f.span.end), '2,5 millions');
    assert.equal(f.fixes[0].newText, '1,5 million');
    assert.match(f.message, /« 1,5 million de bouteilles » — Le cidre normand/);
    assert.equal(f.evidence[0].id, 'cidre');
  });

  it('offers no fix inside a block quote, and says the claim is quoted', () => {
    const draft = '> Le Domaine Lecoq produit 2,5 millions de bouteilles par an.\n';
    const [f] = findings(draft);
    assert.equal(f.code, 'contradicted-claim');
    assert.deepEqual(f.fixes, []);
    assert.match(f.message, /citation/);
  });

  it('writes a name in a name’s slot without the figures the source writes after it', () => {
    const tennis = indexOf({ 'open.md': '---\nid: open\ntitle: Open de Lisbonne\nlang: en\ndate: 2005-02-24\n---\n\nTommaso Rinaldi, the Italian sixth seed, beat Pavel Novak of Slovakia 6-3 6-4.\n' });
    const draft = 'Tommaso Rinaldi, the Italian sixth seed, beat Pavel Novak of Hungary.\n';
    const [f] = findingsOf(checkDraft(parseMarkdown(draft), tennis, { language: 'auto' })!, tennis);
    assert.equal(f?.code, 'contradicted-claim');
    assert.deepEqual(f.fixes.map((x) => x.newText), ['Slovakia']);
  });

  it('writes the whole name the source gives, a figure that ends the name included', () => {
    const films = indexOf({ 'shorts.md': '---\nid: shorts\ntitle: Short film prize\nlang: en\ndate: 2005-02-24\n---\n\nHarbour Lights, which was commissioned by the Screen Trust and Canal 7, beat two other shorts to the prize.\n' });
    const draft = 'Harbour Lights was commissioned by the Screen Trust and the Northern Network.\n';
    const [f] = findingsOf(checkDraft(parseMarkdown(draft), films, { language: 'auto' })!, films);
    assert.equal(f?.code, 'contradicted-claim');
    assert.deepEqual(f.fixes.map((x) => x.newText), ['Canal 7']);
  });

  it('writes the source’s scale word over a figure written out', () => {
    const draft = 'Le Domaine Lecoq produit 1 500 bouteilles par an.\n';
    const [f] = findings(draft);
    assert.equal(f.code, 'contradicted-claim');
    assert.equal(draft.slice(f.span.start, f.span.end), '1 500 bouteilles');
    assert.equal(f.fixes[0].newText, '1,5 million de bouteilles');
  });

  it('writes a time of day as a time in the claim’s style, never as a figure of hours', () => {
    const crash = indexOf({ 'car.md': '---\nid: car\ntitle: Collision à Vernes\nlang: fr\ndate: 2017-12-15\n---\n\nVers 16h10, un train a percuté un car scolaire à Vernes.\n' });
    const draft = 'Vers 16 h 30, un train a percuté un car scolaire à Vernes.\n';
    const [f] = findingsOf(checkDraft(parseMarkdown(draft), crash, { language: 'auto' })!, crash);
    assert.equal(f.code, 'contradicted-claim');
    assert.equal(draft.slice(f.fixes[0].span.start, f.fixes[0].span.end), '16 h 30');
    assert.equal(f.fixes[0].newText, '16 h 10');
  });

  it('writes the source’s bound with its figure where the claim bounds it otherwise, never the claim’s bound', () => {
    const recall = indexOf({
      'rappel.md': '---\nid: rappel\ntitle: Rappel de lait\nlang: fr\n---\n\nLa laiterie Vauclin a rappelé plus de 1 300 lots de lait en poudre.\n',
      'deal.md': '---\nid: deal\ntitle: Machines\nlang: en\n---\n\nThe Norvale mill paid less than $2,400 for each of its looms.\n',
    });
    const fixOf = (draft: string) => {
      const [f] = findingsOf(checkDraft(parseMarkdown(draft), recall, { language: 'auto' })!, recall);
      assert.equal(f?.code, 'contradicted-claim', draft);
      return `${draft.slice(f.fixes[0].span.start, f.fixes[0].span.end)} → ${f.fixes[0].newText}`;
    };
    assert.equal(fixOf('La laiterie Vauclin a rappelé moins de 1 000 lots de lait en poudre.\n'), 'moins de 1 000 → plus de 1 300');
    assert.equal(fixOf('La laiterie Vauclin a rappelé 1 000 lots de lait en poudre.\n'), '1 000 → plus de 1 300');
    assert.equal(fixOf('The Norvale mill paid more than $3,100 for each of its looms.\n'), 'more than $3,100 → less than $2,400');
    assert.equal(fixOf('More than $3,100 was paid by the Norvale mill for each of its looms.\n'), 'More than $3,100 → Less than $2,400');
  });

  it('keeps the claim’s bound where the source’s figure converts an amount bounded as the claim is', () => {
    const sale = indexOf({ 'lamp.md': '---\nid: lamp\ntitle: Lamp sale\nlang: en\n---\n\nThe brass lamps from the Wexcombe lighthouse are insured for up to $70,000 (£41,000).\n' });
    const draft = 'The brass lamps from the Wexcombe lighthouse are insured for up to £52,000.\n';
    const [f] = findingsOf(checkDraft(parseMarkdown(draft), sale, { language: 'auto' })!, sale);
    assert.equal(f?.code, 'contradicted-claim');
    const edited = draft.slice(0, f.fixes[0].span.start) + f.fixes[0].newText + draft.slice(f.fixes[0].span.end);
    assert.match(edited, /insured for up to £41,000\./);
  });

  it('reports unknown citation ids on the key', () => {
    const draft = 'Les ventes de cidre ont progressé de 12 % en 2023 [@nulle-part].\n';
    const f = findings(draft).find((x) => x.code === 'unknown-source')!;
    assert.equal(draft.slice(f.span.start, f.span.end), '@nulle-part');
  });

  it('reports a claim citing a source that does not back it, with the right id as fix', () => {
    const draft = 'Les ventes de cidre normand ont progressé de 12 % en 2023 [@pommes].\n';
    const f = findings(draft).find((x) => x.code === 'miscited-claim')!;
    assert.ok(f);
    assert.equal(f.fixes[0].newText, 'cidre');
    assert.equal(draft.slice(f.fixes[0].span.start, f.fixes[0].span.end), 'pommes');
  });

  it('tells no miscitation on a support short of sure: the cited source may state the claim in other words', () => {
    const draft = 'Les ventes de cidre normand ont progressé de 12 % en 2023 [@pommes].\n';
    const results = checkDraft(parseMarkdown(draft), index, { language: 'auto' })!;
    const miscited = () => findingsOf(results, index).filter((x) => x.code === 'miscited-claim');
    assert.equal(miscited().length, 1);
    results[0].verdict.confidence = 0.6;
    assert.deepEqual(miscited(), []);
  });

  it('stays quiet on ignored paragraphs and code', () => {
    const draft = 'Le Domaine Lecoq produit 9 millions de bouteilles par an. <!-- grounded: ignore -->\n\n```\nLe Domaine Lecoq produit 9 millions de bouteilles.\n```\n';
    assert.deepEqual(findings(draft), []);
  });

  it('maps claims in list items, quotes and tables to exact ranges', () => {
    const draft = '- Le Domaine Lecoq produit 3 millions de bouteilles par an.\n\n> La coopérative emploie 500 saisonniers.\n\n| Fait |\n|---|\n| Les ventes de cidre normand ont progressé de 30 % en 2023. |\n';
    const spans = findings(draft).map((f) => draft.slice(f.span.start, f.span.end));
    assert.deepEqual(spans.sort(), ['3 millions', '30', '500'].sort());
  });

  it('inserts a citation before the final punctuation', () => {
    const draft = 'La coopérative emploie 310 saisonniers.\n';
    const [sentence] = draftSentences(parseMarkdown(draft));
    assert.equal(draft.slice(0, citationInsertOffset(sentence)), 'La coopérative emploie 310 saisonniers');
  });
});

describe('findings: names written as fixes', () => {
  it('writes a source name without the punctuation around it', () => {
    const results = checkDraft(parseMarkdown('Paul Lecoq dirige le Domaine Morin.\n'), index, { language: 'fr' })!;
    const verdict = results[0].verdict;
    results[0].verdict = {
      ...verdict,
      label: 'contradicted',
      evidence: [{ doc: index.documentById('cidre')!, sentence: index.documentById('cidre')!.sentences[0], coverage: 0.9 }],
      conflict: { kind: 'attribution', claimStart: 21, claimEnd: 34, sourceText: 'Domaine Lecoq.', sourceName: 'Domaine Lecoq.' },
    };
    const [f] = findingsOf(results, index);
    assert.equal(f.fixes[0].newText, 'Domaine Lecoq');
  });
});

describe('findings: a value of a list given place by place', () => {
  it('never fixes a place’s value with another place’s (« 134 km/h à Roissy, … 147 km/h à Cambrai »)', () => {
    const gusts = indexOf({
      'rafales.md': '---\nid: rafales\ntitle: Tempête\nlang: fr\n---\n\nLe service météo a relevé des rafales à 134 km/h à Vernay et 110 km/h à Paris, mais aussi 147 km/h à Corvol, ainsi que 137 km/h à Brive.\n',
    });
    const draft = 'Le service météo a mesuré des rafales de 157 km/h à Corvol.\n';
    const found = findingsOf(checkDraft(parseMarkdown(draft), gusts, { language: 'auto' })!, gusts);
    for (const f of found) for (const fix of f.fixes) assert.notEqual(fix.newText, '134', JSON.stringify(f));
  });
});
