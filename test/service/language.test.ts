import assert from 'node:assert/strict';
import { languageOfDraft, languageOfSentence } from '../../server/src/service/language';
import { parseSettings } from '../../server/src/settings';
import { MemoryDocuments } from './helpers';
import { parseMarkdown } from '../../server/src/core/markdown/parseMarkdown';

const documents = new MemoryDocuments();
const host = (language: unknown = 'auto') => ({ settings: () => parseSettings({ language }).settings, parse: (d: { getText(): string }) => parseMarkdown(d.getText()) });

describe('service: the language of a draft', () => {
  it('is the language of its prose: code, front matter and HTML do not vote', () => {
    const d = documents.set(
      'untitled:lang.md',
      [
        '---',
        'title: The quarterly figures and what they show for the whole of the company',
        '---',
        '',
        'La coopérative a récolté des pommes cette année.',
        '',
        '```',
        'the code of the report is written in English and it says many things that are of no interest',
        '```',
        '',
      ].join('\n'),
    );
    assert.equal(languageOfDraft(host(), d), 'fr');
  });

  it('is the setting when it forces one', () => {
    const d = documents.set('untitled:forced.md', 'La coopérative a récolté des pommes cette année.\n');
    assert.equal(languageOfDraft(host('en'), d), 'en');
  });

  it('of a sentence: its own in a draft of the other language, else the draft’s', () => {
    const d = documents.set('untitled:mixed.md', 'La coopérative a récolté des pommes cette année. Les ventes de cidre ont progressé.\n');
    assert.equal(languageOfSentence(host(), d, 'The company hired engineers in these regions'), 'en');
    assert.equal(languageOfSentence(host(), d, 'Vergers d’Auge'), 'fr');
    assert.equal(languageOfSentence(host('fr'), d, 'The company hired engineers in these regions'), 'fr');
  });
});
