import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citeFix } from '../core/claims/findings';
import { ignoreSentenceEdit } from '../core/markdown/directives';
import { clientCommands } from '../protocol';
import type { Cancellation, ServiceContext } from './context';
import type { DiagnosticData } from './diagnostics';
import { languageOfDraft } from './language';
import { messages } from './present/messages';

/**
 * `textDocument/codeAction`: the quick fixes of Grounded's diagnostics (use the source's figure, name or
 * citation), marking a claim (contradicted, unsupported or miscited) as checked with a sentence-level ignore comment (that claim only, not the others of
 * its paragraph) or in the workspace settings, and citing the
 * source of a supported claim under `range`. Every change is an edit the writer chooses to apply.
 */
export function getCodeActions(ctx: ServiceContext, document: TextDocument, range: Range, diagnostics: readonly Diagnostic[], _token: Cancellation): CodeAction[] {
  const uri = document.uri;
  const actions: CodeAction[] = [];
  // Only the findings at the cursor or selection: on a one-line paragraph, a client may send every diagnostic
  // of the line.
  const ours = diagnostics.filter((d) => d.source === 'grounded' && touches(document, d.range, range));
  const marked = new Set<number>();
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
    // A citation the checker calls wrong is the writer's call too: they may have read the cited source.
    if (diagnostic.code === 'contradicted-claim' || diagnostic.code === 'unsupported-claim' || diagnostic.code === 'miscited-claim') {
      const l = messages[languageOfDraft(ctx, document)];
      const checked = ctx.drafts.sentenceAt(document, document.offsetAt(diagnostic.range.start));
      if (checked && !marked.has(checked.sentence.span.start)) {
        marked.add(checked.sentence.span.start);
        const ignore = ignoreSentenceEdit(checked.sentence.span);
        const range = { start: document.positionAt(ignore.span.start), end: document.positionAt(ignore.span.end) };
        actions.push({
          title: l.markChecked,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: { changes: { [uri]: [{ range, newText: ignore.newText }] } },
        });
        actions.push({
          title: l.markCheckedInWorkspace,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: l.markCheckedInWorkspace, command: clientCommands.markCheckedInWorkspace, arguments: [checked.sentence.text] },
        });
      }
    }
  }
  // A file of the corpus is a source, not a draft: no citation to add (it would cite the file itself).
  const checked = ctx.drafts.isCorpusFile(document) ? undefined : ctx.drafts.sentenceAt(document, document.offsetAt(range.start));
  const cite = checked && citeFix(checked);
  if (cite && checked) {
    const at = document.positionAt(cite.span.start);
    const title = messages[languageOfDraft(ctx, document)].cite(checked.verdict.evidence[0].doc.id);
    actions.push({ title, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: [{ range: { start: at, end: at }, newText: cite.newText }] } } });
  }
  return actions;
}

/** Whether a diagnostic's range meets the requested range (a cursor inside it or at its ends, or an overlap). */
function touches(document: TextDocument, diagnostic: Range, requested: Range): boolean {
  const [ds, de, rs, re] = [diagnostic.start, diagnostic.end, requested.start, requested.end].map((p) => document.offsetAt(p));
  return ds <= re && rs <= de;
}
