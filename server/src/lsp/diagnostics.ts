import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { CheckedSentence } from '../core/claims/checkDraft';
import { findingsOf, type Finding } from '../core/claims/findings';
import type { SeveritySetting } from '../settings';
import type { ServerContext } from './context';
import type { DraftChecker } from './drafts';

/** What a diagnostic carries for its quick fixes (`Diagnostic.data`). */
export interface DiagnosticData {
  fixes: { title: string; range: Diagnostic['range']; newText: string }[];
  /** The claim sentence, for fixes that act on the whole claim. */
  sentence?: Diagnostic['range'];
  lang: 'fr' | 'en';
}

const debounceMs = 250;

const severities: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Publishes claim diagnostics on open Markdown drafts: debounced while typing, re-checking only the sentences
 * that changed, and everything again when the corpus or the settings change.
 */
export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly versions = new Map<string, number>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly drafts: DraftChecker,
  ) {}

  register(): void {
    const { documents } = this.ctx;
    documents.onDidOpen((event) => this.schedule(event.document, 0));
    documents.onDidChangeContent((event) => this.schedule(event.document, debounceMs));
    documents.onDidClose((event) => {
      clearTimeout(this.timers.get(event.document.uri));
      this.timers.delete(event.document.uri);
      this.drafts.forget(event.document.uri);
      if (!this.drafts.isCorpusFile(event.document)) void this.ctx.connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
  }

  /** Re-checks every open draft (after the corpus or settings changed). */
  refreshAll(): void {
    this.drafts.invalidate();
    for (const document of this.ctx.documents.all()) this.schedule(document, 0);
  }

  private schedule(document: TextDocument, delay: number): void {
    if (document.languageId !== 'markdown' && !/\.(md|markdown)$/i.test(document.uri)) return;
    clearTimeout(this.timers.get(document.uri));
    this.versions.set(document.uri, document.version);
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
    if (!document || !ctx.searchable || this.drafts.isCorpusFile(document)) return;
    try {
      const version = document.version;
      const send = (results: CheckedSentence[]) => {
        const diagnostics = findingsOf(results, ctx.index).flatMap((f) => this.toDiagnostic(document, f));
        void ctx.connection.sendDiagnostics({ uri, version, diagnostics });
      };
      // A long draft's first findings are shown while the rest is checked.
      const results = await this.drafts.checkAsync(document, (soFar) => send(soFar));
      if (results) send(results);
    } catch (error) {
      ctx.error(`Checking ${uri} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private toDiagnostic(document: TextDocument, finding: Finding): Diagnostic[] {
    const setting = this.severityOf(finding);
    if (setting === 'off') return [];
    const range = { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) };
    const data: DiagnosticData = {
      lang: finding.lang,
      fixes: finding.fixes.map((fix) => ({
        title: fix.title,
        range: { start: document.positionAt(fix.span.start), end: document.positionAt(fix.span.end) },
        newText: fix.newText,
      })),
      sentence: finding.sentenceSpan && { start: document.positionAt(finding.sentenceSpan.start), end: document.positionAt(finding.sentenceSpan.end) },
    };
    return [
      {
        range,
        severity: severities[setting],
        source: 'grounded',
        code: finding.code,
        message: finding.message,
        relatedInformation: finding.evidence.map((e) => ({
          location: { uri: URI.file(e.path).toString(), range: e.range },
          message: `${e.title}: « ${e.text.length > 200 ? `${e.text.slice(0, 197)}…` : e.text} »`,
        })),
        data,
      },
    ];
  }

  private severityOf(finding: Finding): SeveritySetting {
    switch (finding.code) {
      case 'contradicted-claim':
        return this.ctx.settings.diagnostics.contradicted;
      case 'unsupported-claim':
        return this.ctx.settings.diagnostics.unsupported;
      default:
        return 'warning';
    }
  }
}
