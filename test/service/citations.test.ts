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

  const apply = (t: ReturnType<typeof serviceOn>, text: string) => {
    const d = t.open(text);
    return TextDocument.applyEdits(d, (t.service.getBibliographyEdit(d) as { edit: { changes: Record<string, TextEdit[]> } }).edit.changes[d.uri]);
  };

  it('reuses the draft’s own references heading at the end, any level, English or French, and never writes a second one', () => {
    const t = serviceOn();
    for (const heading of ['## References', '# Références', '### 5. Bibliographie', 'Sources\n-------', '## Références bibliographiques :']) {
      const text = `Les ventes de cidre ont progressé de 12 % [@cidre].\n\n${heading}\n`;
      const once = apply(t, text);
      assert.equal(once.match(/R[ée]f[ée]rences|Bibliographie|Sources/g)?.length, 1, once);
      assert.ok(once.startsWith(text), once);
      assert.match(once, /<!-- grounded: bibliography -->\n- \*Le cidre normand à l’export\* — `@cidre`\n<!-- grounded: end bibliography -->\n$/);
      assert.equal(apply(t, once), once, 'in place the second time');
    }
  });

  it('puts the list at the end of the draft’s references section, before the next heading, after what is written there', () => {
    const t = serviceOn();
    const text = 'Texte [@cidre].\n\n## Références\n\n- Un livre lu à part.\n\n### Détail\n\nSuite.\n\n## Annexe\n\nFin.\n';
    const once = apply(t, text);
    assert.equal(once, 'Texte [@cidre].\n\n## Références\n\n- Un livre lu à part.\n\n### Détail\n\nSuite.\n\n<!-- grounded: bibliography -->\n- *Le cidre normand à l’export* — `@cidre`\n<!-- grounded: end bibliography -->\n\n## Annexe\n\nFin.\n');
    assert.equal(apply(t, once), once);
  });

  it('writes its own heading when the draft has none, also when another heading merely mentions sources', () => {
    const t = serviceOn();
    const once = apply(t, '## Sources of the cider boom\n\nCider sales grew by 12 % in 2023, says the trade body [@cidre].\n');
    assert.match(once, /<!-- grounded: bibliography -->\n## References\n\n- /);
    assert.equal(apply(t, once), once);
  });

  it('says why when the draft cites no corpus source', () => {
    const t = serviceOn();
    assert.deepEqual(t.service.getBibliographyEdit(t.open('Rien de cité [@nulle-part].\n')), { reason: 'nothing-cited' });
  });
});
