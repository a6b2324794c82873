import assert from 'node:assert/strict';
import { checkDraft } from '../../../server/src/core/claims/checkDraft';
import { parseMarkdown } from '../../../server/src/core/markdown/parseMarkdown';
import { indexOf } from './helpers';

const note = 'La commune de Corvol compte 900 habitants et deux écoles [@note].\n';
/** A corpus folder that holds the writer's note too (helpers index each file as /corpus/NAME). */
const index = indexOf({
  'corvol.md': '---\nid: corvol\ntitle: Eau à Corvol\nlang: fr\n---\n\nLa commune de Corvol compte 700 habitants et deux écoles.\n',
  'note.md': note,
});

describe('the draft checked', () => {
  it('is never its own evidence, even cited', () => {
    const [checked] = checkDraft(parseMarkdown(note), index, { language: 'auto', draftPath: '/corpus/note.md' })!;
    assert.equal(checked.verdict.label, 'contradicted');
    assert.ok(checked.verdict.evidence.every((e) => e.doc.path !== '/corpus/note.md'));
  });

  it('is evidence for another draft', () => {
    const [checked] = checkDraft(parseMarkdown(note), index, { language: 'auto' })!;
    assert.equal(checked.verdict.label, 'supported');
  });
});
