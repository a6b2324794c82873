import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';

const debounceMs = 250;

/**
 * Publishes claim diagnostics (see service/diagnostics.ts) on open Markdown drafts: debounced while typing,
 * the first findings of a long draft while the rest is checked, and everything again when the corpus or the
 * settings change.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly service: LanguageService,
  ) {}

  register(): void {
    const { documents } = this.ctx;
    documents.onDidOpen((event) => this.schedule(event.document, 0));
    documents.onDidChangeContent((event) => this.schedule(event.document, debounceMs));
    documents.onDidClose((event) => {
      clearTimeout(this.timers.get(event.document.uri));
      this.timers.delete(event.document.uri);
      this.service.forget(event.document.uri);
      if (!this.service.isCorpusFile(event.document)) void this.ctx.connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
  }

  /** Re-checks every open draft (after the corpus or settings changed). */
  refreshAll(): void {
    this.service.invalidate();
    for (const document of this.ctx.documents.all()) this.schedule(document, 0);
  }

  private schedule(document: TextDocument, delay: number): void {
    if (document.languageId !== 'markdown' && !/\.(md|markdown)$/i.test(document.uri)) return;
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(
      document.uri,
      setTimeout(() => {
        this.timers.delete(document.uri);
        void this.publish(document.uri);
      }, delay),
    );
  }

  private async publish(uri: string): Promise<void> {
    const { ctx } = this;
    const document = ctx.documents.get(uri);
    if (!document) return;
    try {
      const version = document.version;
      const send = (diagnostics: Diagnostic[]) => void ctx.connection.sendDiagnostics({ uri, version, diagnostics });
      const found = await this.service.getDiagnostics(document, send);
      if (found) send(found);
    } catch (error) {
      ctx.error(`Checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}
