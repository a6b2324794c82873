import { DidChangeWatchedFilesNotification, FileChangeType, type Disposable } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { corpusFileGlob, curatedFileGlob } from '../protocol';
import type { CorpusSession, FileChange } from '../service/corpusSession';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

const changeTypes: Record<FileChangeType, FileChange['type']> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

/** `workspace/didChangeWatchedFiles`: the corpus files that changed are indexed again (see CorpusSession.filesChanged). */
export function registerWatchedFiles(ctx: ServerContext, session: CorpusSession): void {
  ctx.connection.onDidChangeWatchedFiles(
    guard(ctx, 'workspace/didChangeWatchedFiles', undefined, (params) =>
      session.filesChanged(params.changes.map((change) => ({ path: URI.parse(change.uri).fsPath, type: changeTypes[change.type] }))),
    ),
  );
}

/** Asks the client to watch the corpus folders (they may lie outside the workspace), replacing the last watchers. */
export class CorpusWatchers {
  private watchers: Disposable | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly canWatch: () => boolean,
  ) {}

  async watch(roots: string[]): Promise<void> {
    if (!this.canWatch()) return;
    this.watchers?.dispose();
    this.watchers = undefined;
    try {
      this.watchers = await this.ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: roots.flatMap((root) => [
          { globPattern: { baseUri: URI.file(root).toString(), pattern: corpusFileGlob } },
          { globPattern: { baseUri: URI.file(root).toString(), pattern: curatedFileGlob } },
        ]),
      });
    } catch (error) {
      this.ctx.log(`Could not register corpus file watchers: ${String(error)}`);
    }
  }
}
