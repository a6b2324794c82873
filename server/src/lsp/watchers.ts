import { DidChangeWatchedFilesNotification, FileChangeType, type Disposable } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { corpusFileGlob, curatedFileGlob } from '../protocol';
import type { FileChange } from '../service/context';
import type { Workspace } from '../service/workspace';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

const changeTypes: Record<FileChangeType, FileChange['type']> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

/** `workspace/didChangeWatchedFiles`: the corpus files that changed are indexed again, by each corpus they belong to. */
export function registerWatchedFiles(ctx: ServerContext, workspace: Workspace): void {
  ctx.connection.onDidChangeWatchedFiles(
    guard(ctx, 'workspace/didChangeWatchedFiles', undefined, (params) =>
      workspace.filesChanged(params.changes.map((change) => ({ path: URI.parse(change.uri).fsPath, type: changeTypes[change.type] }))),
    ),
  );
}

/**
 * Corpus files opened or saved in the editor are checked against the index (size and time, then content) and
 * indexed again if they changed: a signal that needs no file watcher (clients without one, a save through a
 * rename, a network drive).
 */
export function registerEditorSaves(ctx: ServerContext, workspace: Workspace): void {
  const refresh = (uri: string) => {
    if (uri.startsWith('file:')) workspace.refreshFiles([URI.parse(uri).fsPath]);
  };
  ctx.documents.onDidOpen((event) => refresh(event.document.uri));
  ctx.documents.onDidSave((event) => refresh(event.document.uri));
}

/** Asks the client to watch one corpus's folders (they may lie outside the workspace), replacing its last watchers. */
export class CorpusWatchers {
  private watchers: Disposable | undefined;
  private disposed = false;

  constructor(
    private readonly ctx: ServerContext,
    private readonly canWatch: () => boolean,
  ) {}

  async watch(roots: string[]): Promise<void> {
    if (!this.canWatch() || this.disposed) return;
    this.watchers?.dispose();
    this.watchers = undefined;
    try {
      const registered = await this.ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: roots.flatMap((root) => [
          { globPattern: { baseUri: URI.file(root).toString(), pattern: corpusFileGlob } },
          { globPattern: { baseUri: URI.file(root).toString(), pattern: curatedFileGlob } },
        ]),
      });
      if (this.disposed) registered.dispose();
      else this.watchers = registered;
    } catch (error) {
      this.ctx.log(`Could not register corpus file watchers: ${String(error)}`);
    }
  }

  /** Stops watching (the corpus is no longer used). */
  dispose(): void {
    this.disposed = true;
    this.watchers?.dispose();
    this.watchers = undefined;
  }
}
