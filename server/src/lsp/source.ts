import { sourceRequest, type SourceParams } from '../protocol';
import type { Workspace } from '../service/workspace';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/** `grounded/source`: the text of a source that is no local file (a database corpus's), for a read-only view. */
export function registerSourceRequest(ctx: ServerContext, workspace: Workspace): void {
  ctx.connection.onRequest(sourceRequest.method, guard(ctx, sourceRequest.method, null, async (params: SourceParams) => (await workspace.sourceText(params.uri)) ?? null));
}
