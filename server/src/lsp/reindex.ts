import { reindexRequest } from '../protocol';
import type { CorpusSession } from '../service/corpusSession';
import type { ServerContext } from './context';
import { handleRequest } from './custom';

/** `grounded/reindex`: rebuilds the corpus index; answers when the new index is ready. */
export function registerReindex(ctx: ServerContext, session: CorpusSession): void {
  handleRequest(ctx, reindexRequest, null, async () => {
    await session.rebuild('requested');
    return null;
  });
}
