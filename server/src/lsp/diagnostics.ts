import type { Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import type { ServerContext } from './context';

const debounceMs = 250;

/**
 * The diagnostics of each URI as the client holds them: several parts (a draft's claims, each corpus's problems
 * on its files) published as one list, since a publication replaces everything the server said about a URI.
 */
export class PublishedDiagnostics {
  private readonly parts = new Map<string, Map<string, Diagnostic[]>>();

  constructor(private readonly ctx: ServerContext) {}

  /** Sets one part of a URI's diagnostics and publishes them all (`version`: of the draft they were computed on). */
  set(uri: string, part: string, diagnostics: Diagnostic[], version?: number): void {
    let parts = this.parts.get(uri);
    if (!parts) this.parts.set(uri, (parts = new Map()));
    if (diagnostics.length > 0) parts.set(part, diagnostics);
    else parts.delete(part);
    if (parts.size === 0) this.parts.delete(uri);
    const all = [...parts.values()].flat();
    void this.ctx.connection.sendDiagnostics(version === undefined ? { uri, diagnostics: all } : { uri, version, diagnostics: all });
  }
}

/** The part of {@link PublishedDiagnostics} that holds claim diagnostics. */
const claimsPart = 'claims';

/**
 * Publishes claim diagnostics (see service/diagnostics.ts) on open Markdown drafts: debounced while typing,
 * the first findings of a long draft while the rest is checked, and again when the corpus or the settings
 * change. A file of a corpus in use is never a draft: what was published on it as one is cleared.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly service: LanguageService,
    private readonly published: PublishedDiagnostics,
  ) {}

  register(): void {
    const { documents } = this.ctx;
    documents.onDidOpen((event) => this.schedule(event.document, 0));
    documents.onDidChangeContent((event) => this.schedule(event.document, debounceMs));
    documents.onDidClose((event) => {
      clearTimeout(this.timers.get(event.document.uri));
      this.timers.delete(event.document.uri);
      this.service.forget(event.document.uri);
      this.published.set(event.document.uri, claimsPart, []);
    });
  }

  /** Re-checks every open draft (after the settings changed). */
  refreshAll(): void {
    this.service.invalidate();
    this.refresh(() => true);
  }

  /** Re-checks the open documents `which` selects (a file that is now a source loses its claim diagnostics). */
  refresh(which: (uri: string) => boolean): void {
    for (const document of this.ctx.documents.all()) if (which(document.uri)) this.schedule(document, 0);
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
      if (this.service.isCorpusFile(document)) {
        this.published.set(uri, claimsPart, [], version);
        return;
      }
      const send = (diagnostics: Diagnostic[]) => this.published.set(uri, claimsPart, diagnostics, version);
      const found = await this.service.getDiagnostics(document, send);
      if (found) send(found);
    } catch (error) {
      ctx.error(`Checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}
