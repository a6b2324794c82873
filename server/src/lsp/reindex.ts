import { reindexRequest } from '../protocol';
import type { Workspace } from '../service/workspace';
import type { ServerContext } from './context';
import { handleRequest } from './custom';

/** `grounded/reindex`: rebuilds every corpus in use; answers when the new indexes are ready. */
export function registerReindex(ctx: ServerContext, workspace: Workspace): void {
  handleRequest(ctx, reindexRequest, null, async () => {
    await workspace.rebuild('requested');
    return null;
  });
}
