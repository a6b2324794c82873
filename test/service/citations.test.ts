import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { serviceOn } from './helpers';

describe('service: citations (references section)', () => {
  it('writes the cited sources, in order of first citation, under a heading in the draft’s language', () => {
    const t = serviceOn();
    const d = t.open('Les ventes de cidre ont progressé de 12 % [@cidre]. La coopérative a récolté beaucoup [@pommes; @cidre].\n');
    const result = t.service.getBibliographyEdit(d);
    assert.ok('edit' in result);
    const text = TextDocument.applyEdits(d, result.edit.changes![d.uri] as TextEdit[]);
    assert.match(text, /## Références\n\n- \*Le cidre normand à l’export\* — `@cidre`\n- \*La filière pomme en Normandie\* — `@pommes`/);
  });

  it('writes an English heading for an English draft, and updates the section in place', () => {
    const t = serviceOn();
    const first = t.open('Cider sales in Normandy grew by 12 % in 2023, says the trade body [@cidre].\n');
    const once = TextDocument.applyEdits(first, (t.service.getBibliographyEdit(first) as { edit: { changes: Record<string, TextEdit[]> } }).edit.changes[first.uri]);
    assert.match(once, /## References/);
    const again = t.open(once);
    const twice = TextDocument.applyEdits(again, (t.service.getBibliographyEdit(again) as { edit: { changes: Record<string, TextEdit[]> } }).edit.changes[again.uri]);
    assert.equal(twice, once);
  });

  it('says why when the draft cites no corpus source', () => {
    const t = serviceOn();
    assert.deepEqual(t.service.getBibliographyEdit(t.open('Rien de cité [@nulle-part].\n')), { reason: 'nothing-cited' });
  });
});
