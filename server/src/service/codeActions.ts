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
    fixesNow(document, data).forEach((fix, i) =>
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

/**
 * A diagnostic's value fixes where they apply in the draft as it is now. A client may ask for them after edits the
 * check has not seen yet (VS Code keeps a diagnostic's range until the next one is published): a fix computed at
 * another version is moved with its claim sentence — found again at its nearest occurrence to where it was, and
 * offered only if the text it replaces is still there — and dropped when the sentence was edited (the check of the
 * new text gives its own fixes). Without this, a fix applied right after typing before a claim replaced the wrong
 * characters. Data of another shape (an older server's) gives no fixes.
 */
export function fixesNow(document: TextDocument, data: DiagnosticData | undefined): { title: string; range: Range; newText: string }[] {
  if (!data || !Array.isArray(data.fixes)) return [];
  if (data.version === document.version) return data.fixes;
  const claim = data.claim;
  if (!claim || typeof claim.text !== 'string') return [];
  const text = document.getText();
  const at = nearestOccurrence(text, claim.text, claim.offset);
  if (at === undefined) return [];
  return data.fixes.flatMap((fix) => {
    if (typeof fix.offset !== 'number' || typeof fix.oldText !== 'string') return [];
    const start = at + (fix.offset - claim.offset);
    const end = start + fix.oldText.length;
    if (text.slice(start, end) !== fix.oldText) return [];
    return [{ title: fix.title, range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: fix.newText }];
  });
}

/** The offset of the occurrence of `needle` in `text` nearest to `near` (a sentence pasted twice: the one that stayed closest). */
function nearestOccurrence(text: string, needle: string, near: number): number | undefined {
  if (needle.length === 0) return undefined;
  let best: number | undefined;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best === undefined || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best;
}

/** Whether a diagnostic's range meets the requested range (a cursor inside it or at its ends, or an overlap). */
function touches(document: TextDocument, diagnostic: Range, requested: Range): boolean {
  const [ds, de, rs, re] = [diagnostic.start, diagnostic.end, requested.start, requested.end].map((p) => document.offsetAt(p));
  return ds <= re && rs <= de;
}
