import type { ServerContext } from './context';
import { bibliographyEdit } from '../core/citations/bibliography';
import { detectLang } from '../core/text/stem';
import { guard } from './errorBoundary';

/** Server-side commands (`workspace/executeCommand`); the client wraps them to pass the active document. */
export const serverCommands = { insertBibliography: 'grounded.server.insertBibliography' } as const;

/**
 * `grounded.server.insertBibliography [uri]`: asks the client to apply an edit that writes the references
 * section of the draft. The edit goes through `workspace/applyEdit`, so it is undoable like any edit.
 */
export function registerCommands(ctx: ServerContext): void {
  ctx.connection.onExecuteCommand(guard(ctx, 'workspace/executeCommand', null, async (params) => {
    if (params.command !== serverCommands.insertBibliography) return null;
    const uri = params.arguments?.[0];
    const document = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    if (!document) return { applied: false, reason: 'no open Markdown draft' };
    const text = document.getText();
    const lang = ctx.settings.language === 'auto' ? detectLang(text) : ctx.settings.language;
    const edit = bibliographyEdit(text, ctx.parse(document), ctx.index, lang);
    if (!edit) return { applied: false, reason: 'the draft cites no corpus source' };
    const range = { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) };
    const result = await ctx.connection.workspace.applyEdit({ label: 'Insert bibliography', edit: { changes: { [uri]: [{ range, newText: edit.newText }] } } });
    return { applied: result.applied, reason: result.failureReason };
  }));
}
