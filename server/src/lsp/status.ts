import { statusNotification, type StatusParams } from '../protocol';
import type { BuildProgress } from '../service/corpusSession';
import type { ServerContext } from './context';
import { sendNotification } from './custom';

/** Sends the corpus status (`grounded/status`) to the client. */
export function sendStatus(ctx: ServerContext, status: StatusParams): void {
  sendNotification(ctx, statusNotification, status);
}

/** A `window/workDoneProgress` for an index build; undefined when the client does not show progress. */
export async function beginBuildProgress(ctx: ServerContext): Promise<BuildProgress | undefined> {
  try {
    const progress = await ctx.connection.window.createWorkDoneProgress();
    progress.begin('Grounded: indexing corpus', 0, undefined, false);
    return progress;
  } catch {
    return undefined;
  }
}
