import assert from 'node:assert/strict';
import { draftSentences } from '../../../server/src/core/claims/draftSentences';
import { textWithInTextCitations } from '../../../server/src/core/claims/inTextCitations';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';

const quoted = (markdown: string) => draftSentences(parseMarkdown(markdown)).map(textWithInTextCitations);

describe('in-text citations written back in the quoted claim', () => {
  it('keeps an in-text key where it stands, before a comma, at the start and at the end', () => {
    assert.deepEqual(quoted('D’après @gazette-77, le pont mesurait 40 mètres.\n'), ['D’après @gazette-77, le pont mesurait 40 mètres.']);
    assert.deepEqual(quoted('@gazette-77 says the bridge was 40 metres long.\n'), ['@gazette-77 says the bridge was 40 metres long.']);
    assert.deepEqual(quoted('The bridge was 40 metres long, according to @gazette-77.\n'), ['The bridge was 40 metres long, according to @gazette-77.']);
  });

  it('leaves bracketed citations out, and a sentence without citations as it is', () => {
    assert.deepEqual(quoted('Le pont mesurait 40 mètres [@gazette-77].\n'), ['Le pont mesurait 40 mètres.']);
    assert.deepEqual(quoted('Le pont mesurait 40 mètres.\n'), ['Le pont mesurait 40 mètres.']);
  });
});
