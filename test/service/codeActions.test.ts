import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { clientCommands } from '../../server/src/protocol';
import { fixesNow } from '../../server/src/service/codeActions';
import { at, serviceOn } from './helpers';

/** The draft once an action's edit is applied. */
function applied(document: TextDocument, action: CodeAction): string {
  const edits = action.edit!.changes![document.uri] as TextEdit[];
  return TextDocument.applyEdits(document, edits);
}

describe('service: code actions', () => {
  it('turns a diagnostic’s fixes into quick fixes, the first preferred, and offers to mark the claim as checked', async () => {
    const t = serviceOn();
    const d = t.open('Le Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    const [diagnostic] = (await t.service.getDiagnostics(d))!;
    const actions = t.service.getCodeActions(d, diagnostic.range, [diagnostic]);
    const [fix, ignore, workspace] = actions;
    assert.equal(fix.title, 'Remplacer « 2,5 millions » par « 1,5 million » (valeur de la source)');
    assert.equal(fix.isPreferred, true);
    assert.equal(applied(d, fix), 'Le Domaine Lecoq produit 1,5 million de bouteilles par an.\n');
    assert.equal(ignore.title, 'Marquer comme vérifié (<!-- grounded: ignore-sentence -->)');
    assert.equal(applied(d, ignore), 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an. <!-- grounded: ignore-sentence -->\n');
    assert.equal(workspace.command?.command, clientCommands.markCheckedInWorkspace);
    assert.deepEqual(workspace.command?.arguments, ['Le Domaine Lecoq produit 2,5 millions de bouteilles par an.']);
    assert.equal(actions.length, 3);
  });

  it('titles the actions in the claim’s language', async () => {
    const t = serviceOn();
    const d = t.open('The Domaine Lecoq cooperative produces 2.5 million bottles a year in Normandy.\n');
    const diagnostics = (await t.service.getDiagnostics(d))!;
    const claim = diagnostics.find((x) => x.code === 'contradicted-claim' || x.code === 'unsupported-claim')!;
    const titles = t.service.getCodeActions(d, claim.range, [claim]).map((a) => a.title);
    assert.ok(titles.includes('Mark as checked (<!-- grounded: ignore-sentence -->)'), titles.join(' | '));
  });

  it('marks as checked the chosen claim only, not the others of its paragraph', async () => {
    const t = serviceOn();
    const text = 'Le Domaine Lecoq produit 2,5 millions de bouteilles par an. Le Domaine Lecoq a ouvert une distillerie à Oslo en 1990.\n';
    const d = t.open(text);
    const diagnostics = (await t.service.getDiagnostics(d))!;
    assert.deepEqual(diagnostics.map((x) => x.code), ['contradicted-claim', 'unsupported-claim']);
    const ignore = t.service.getCodeActions(d, diagnostics[0].range, [diagnostics[0]]).find((a) => a.title.includes('ignore'))!;
    const marked = t.open(applied(d, ignore));
    assert.equal(marked.getText(), text.replace('par an.', 'par an. <!-- grounded: ignore-sentence -->'));
    assert.deepEqual((await t.service.getDiagnostics(marked))!.map((x) => x.code), ['unsupported-claim']);
  });

  it('leaves other sources’ diagnostics alone', () => {
    const t = serviceOn();
    const d = t.open('Le Domaine Lecoq produit 2,5 millions de bouteilles par an.\n');
    const foreign = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, message: 'spelling', source: 'cspell', data: { fixes: [{ title: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'y' }], lang: 'fr' } };
    assert.deepEqual(
      t.service.getCodeActions(d, foreign.range, [foreign]).filter((a) => a.diagnostics),
      [],
    );
  });

  it('acts only on the findings at the cursor: not on those of other sentences of a one-line paragraph', async () => {
    const t = serviceOn();
    const d = t.open('Le Domaine Lecoq produit 2,5 millions de bouteilles par an. Le Domaine Lecoq a ouvert une distillerie à Rouen en 2021.\n');
    const diagnostics = (await t.service.getDiagnostics(d))!;
    assert.equal(diagnostics.length, 2);
    const cursor = at(d, 'distillerie');
    const actions = t.service.getCodeActions(d, { start: cursor, end: cursor }, diagnostics);
    assert.ok(actions.every((a) => !a.title.startsWith('Remplacer')), actions.map((a) => a.title).join(' | '));
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Marquer')).length, 2, 'mark as checked, once per way');
  });

  it('offers to cite the source of a supported claim that cites nothing', () => {
    const t = serviceOn();
    const d = t.open('La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023.\n');
    const position = at(d, 'récolté');
    const [cite] = t.service.getCodeActions(d, { start: position, end: position }, []);
    assert.ok(cite, 'an action');
    assert.equal(cite.title, 'Citer la source [@pommes]');
    assert.equal(applied(d, cite), 'La coopérative Vergers d’Auge a récolté 42 000 tonnes de pommes en 2023 [@pommes].\n');
  });
});

describe('service: fixes of a diagnostic computed at an older version (fixesNow)', () => {
  const claim = 'The mill employs 40 people.';
  const old = TextDocument.create('untitled:a.md', 'markdown', 1, `Intro.\n\n${claim}\n`);
  const start = old.getText().indexOf('40');
  const data = {
    lang: 'en' as const,
    version: 1,
    claim: { text: claim, offset: old.getText().indexOf(claim) },
    fixes: [{ title: 'Replace with 45', range: { start: old.positionAt(start), end: old.positionAt(start + 2) }, newText: '45', oldText: '40', offset: start }],
  };
  const fixed = (document: TextDocument) => TextDocument.applyEdits(document, fixesNow(document, data).map((f) => ({ range: f.range, newText: f.newText })));

  it('keeps the fixes of the same version as they are', () => {
    assert.equal(fixed(old), `Intro.\n\nThe mill employs 45 people.\n`);
  });

  it('moves them with their claim sentence when text was typed before it, to its nearest copy', () => {
    const moved = TextDocument.create('untitled:a.md', 'markdown', 2, `A new first line.\n\nIntro.\n\n${claim}\n\n${claim}\n`);
    assert.equal(fixed(moved), `A new first line.\n\nIntro.\n\nThe mill employs 45 people.\n\n${claim}\n`);
  });

  it('drops them when the claim sentence was edited, and reads malformed data as no fixes', () => {
    assert.deepEqual(fixesNow(TextDocument.create('untitled:a.md', 'markdown', 2, 'Intro.\n\nThe mill employs 41 people.\n'), data), []);
    assert.deepEqual(fixesNow(TextDocument.create('untitled:a.md', 'markdown', 2, 'x'), { fixes: 'no' } as never), []);
    assert.deepEqual(fixesNow(old, undefined), []);
  });
});
