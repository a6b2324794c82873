import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { citeFix } from '../core/claims/findings';
import type { ServerContext } from './context';
import type { DiagnosticData } from './diagnostics';
import type { DraftChecker } from './drafts';
import { guard } from './errorBoundary';

const ignoreComment = ' <!-- grounded: ignore -->';
const markChecked = { fr: 'Marquer comme vérifié (<!-- grounded: ignore -->)', en: 'Mark as checked (<!-- grounded: ignore -->)' };
const markCheckedInWorkspace = { fr: 'Marquer comme vérifié dans tout l’espace de travail', en: 'Mark as checked in this workspace' };

/** Client command that adds a claim to `grounded.claims.checked` in the workspace settings. */
export const markCheckedCommand = 'grounded.markCheckedInWorkspace';

/**
 * `textDocument/codeAction`: the quick fixes of Grounded's diagnostics (use the source's figure, name or
 * citation), marking a claim as checked with an ignore comment, and citing the source of a supported claim.
 * Every change is an edit the writer chooses to apply.
 */
export function registerCodeActions(ctx: ServerContext, drafts: DraftChecker): void {
  ctx.connection.onCodeAction(guard(ctx, 'textDocument/codeAction', [], (params): CodeAction[] => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return [];
    const uri = document.uri;
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === 'grounded');
    for (const diagnostic of ours) {
      const data = diagnostic.data as DiagnosticData | undefined;
      data?.fixes.forEach((fix, i) =>
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0,
          edit: { changes: { [uri]: [{ range: fix.range, newText: fix.newText }] } },
        }),
      );
      if (diagnostic.code === 'contradicted-claim' || diagnostic.code === 'unsupported-claim') {
        const lang = data?.lang ?? 'fr';
        const action = markCheckedAction(ctx, drafts, uri, diagnostic, lang);
        if (action) actions.push(action);
        const checked = drafts.sentenceAt(document, document.offsetAt(diagnostic.range.start));
        if (checked) {
          actions.push({
            title: markCheckedInWorkspace[lang],
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            command: { title: markCheckedInWorkspace[lang], command: markCheckedCommand, arguments: [checked.sentence.text] },
          });
        }
      }
    }
    const checked = drafts.sentenceAt(document, document.offsetAt(params.range.start));
    const cite = checked && citeFix(checked);
    if (cite) {
      const at = document.positionAt(cite.span.start);
      actions.push({ title: cite.title, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: cite.newText }] } } });
    }
    return actions;
  }));
}

function markCheckedAction(ctx: ServerContext, drafts: DraftChecker, uri: string, diagnostic: Diagnostic, lang: 'fr' | 'en'): CodeAction | undefined {
  const document = ctx.documents.get(uri);
  if (!document) return undefined;
  const checked = drafts.sentenceAt(document, document.offsetAt(diagnostic.range.start));
  if (!checked) return undefined;
  const at = document.positionAt(checked.sentence.blockSpan.end);
  return {
    title: markChecked[lang],
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: ignoreComment }] } },
  };
}
