import { serverCommands, type InsertBibliographyResult } from '../protocol';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import { t } from '../service/present/l10n';

/**
 * `grounded.server.insertBibliography [uri]`: asks the client to apply the edit that writes the references
 * section of the draft (see service/citations.ts), through `workspace/applyEdit`, so it is undoable like any edit.
 */
export function registerCommands(ctx: ServerContext, service: LanguageService): void {
  ctx.connection.onExecuteCommand(guard(ctx, 'workspace/executeCommand', null, async (params): Promise<InsertBibliographyResult | null> => {
    if (params.command !== serverCommands.insertBibliography) return null;
    const uri = params.arguments?.[0];
    const document = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    if (!document) return { applied: false, reason: t('no open Markdown draft') };
    const result = await service.answer(() => service.getBibliographyEdit(document));
    if ('reason' in result) return { applied: false, reason: t('the draft cites no corpus source') };
    const applied = await ctx.connection.workspace.applyEdit({ label: t('Insert bibliography'), edit: result.edit });
    return { applied: applied.applied, reason: applied.failureReason };
  }));
}
