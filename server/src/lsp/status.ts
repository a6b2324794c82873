import { t } from '../service/present/l10n';
import { statusNotification, type StatusParams } from '../protocol';
import type { BuildProgress } from '../service/corpusSession';
import { combineStatuses } from '../service/workspace';
import type { ServerContext } from './context';
import { sendNotification } from './custom';

/** Sends the corpus status (`grounded/status`) to the client. */
export function sendStatus(ctx: ServerContext, status: StatusParams): void {
  sendNotification(ctx, statusNotification, status);
}

/**
 * The status of every corpus in use, sent as one (see combineStatuses): the status bar shows the workspace, and
 * a corpus let go no longer counts.
 */
export class StatusBoard {
  private readonly statuses = new Map<object, StatusParams>();

  constructor(private readonly ctx: ServerContext) {}

  set(corpus: object, status: StatusParams): void {
    this.statuses.set(corpus, status);
    this.send();
  }

  remove(corpus: object): void {
    if (this.statuses.delete(corpus)) this.send();
  }

  private send(): void {
    const combined = combineStatuses([...this.statuses.values()]);
    if (combined) sendStatus(this.ctx, combined);
  }
}

/** A `window/workDoneProgress` for an index build; undefined when the client does not show progress. */
export async function beginBuildProgress(ctx: ServerContext): Promise<BuildProgress | undefined> {
  try {
    const progress = await ctx.connection.window.createWorkDoneProgress();
    progress.begin(t('Grounded: indexing corpus'), 0, undefined, false);
    return progress;
  } catch {
    return undefined;
  }
}
