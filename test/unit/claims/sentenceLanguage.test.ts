import assert from 'node:assert/strict';
import { checkDraft, contextLanguages, draftLanguage, sentenceKey } from '../../../server/src/core/claims/checkDraft';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf, orchardCorpus } from './helpers';

const index = indexOf(orchardCorpus);
const languagesOf = (draft: string) => checkDraft(parseMarkdown(draft), index, { language: 'auto' })!.map((r) => [r.sentence.text, r.analysis.lang]);

describe('the language of a draft sentence whose stop words tie', () => {
  it('is its paragraph’s, when the paragraph’s stop words decide it', () => {
    const draft = 'The board said that it would not sell the plant and that the workers would stay. Arnaud Levasseur joins Brevalis.\n';
    assert.deepEqual(languagesOf(draft), [
      ['The board said that it would not sell the plant and that the workers would stay.', 'en'],
      ['Arnaud Levasseur joins Brevalis.', 'en'],
    ]);
  });

  it('is the draft’s, when its own paragraph is undecided and the draft is', () => {
    const draft = 'The board said that it would not sell the plant and that the workers would stay.\n\nLevasseur replaces Dubreuil.\n';
    assert.equal(languagesOf(draft)[1][1], 'en');
    const french = "Le conseil a dit qu'il ne vendrait pas l'usine et que les salariés resteraient.\n\nMark Stanton quitte Brevalis.\n";
    assert.equal(languagesOf(french)[1][1], 'fr');
  });

  it('is its own (character n-grams) when neither paragraph nor draft is decided: a sentence alone', () => {
    assert.equal(languagesOf('Arnaud Levasseur joins Brevalis.\n')[0][1], 'fr');
    assert.equal(languagesOf('Marta Quillon heads Brevalis.\n')[0][1], 'en');
    const sentences = draftSentences(parseMarkdown('Arnaud Levasseur joins Brevalis.\n'));
    assert.equal(contextLanguages(sentences)(sentences[0]), undefined);
  });

  it('is read again when a kept result was analysed in another language (the paragraph around it changed)', () => {
    const tie = 'Arnaud Levasseur joins Brevalis.';
    const french = checkDraft(parseMarkdown(`Le conseil a dit qu'il ne vendrait pas l'usine et que les salariés resteraient. ${tie}\n`), index, { language: 'auto' })!;
    const previous = new Map(french.map((r) => [sentenceKey(r.sentence), { analysis: r.analysis, verdict: r.verdict }]));
    assert.equal(french[1].analysis.lang, 'fr');
    const english = checkDraft(parseMarkdown(`The board said that it would not sell the plant and that the workers would stay. ${tie}\n`), index, { language: 'auto', previous })!;
    assert.equal(english[1].analysis.lang, 'en');
  });

  it('never overrides a sentence that has its own stop words', () => {
    const draft = "Le conseil a dit qu'il ne vendrait pas l'usine et que les salariés resteraient. Brevalis exports rose 4.1% in 2011.\n";
    assert.equal(languagesOf(draft)[1][1], 'en');
  });
});

describe('draftLanguage', () => {
  it('reads a short draft whose stop words tie by its character n-grams, not as French by default', () => {
    const sentencesOf = (draft: string) => draftSentences(parseMarkdown(draft));
    assert.equal(draftLanguage(sentencesOf('Marta Quillon heads Brevalis.\n\nQuillon retires next summer.\n'), 'auto'), 'en');
    assert.equal(draftLanguage(sentencesOf('Marc Dubreuil dirige Brevalis depuis 2015.\n\nBudget total : 12 millions.\n'), 'auto'), 'fr');
    assert.equal(draftLanguage(sentencesOf('Marta Quillon heads Brevalis.\n'), 'fr'), 'fr');
  });
});
