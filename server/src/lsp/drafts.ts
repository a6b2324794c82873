import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { checkDraft, claimKey, sentenceKey, type CheckedSentence } from '../core/claims/checkDraft';
import type { ClaimAnalysis } from '../core/claims/analyzeClaim';
import type { Verdict } from '../core/claims/checkClaim';
import type { ServerContext } from './context';

interface Checked {
  version: number;
  /** Index generation the results were computed against. */
  generation: number;
  results: CheckedSentence[];
}

/**
 * Checks open drafts and keeps the results per document version, so hover, definition, code actions and
 * inlay hints reuse what diagnostics computed. Sentences whose text did not change reuse their verdicts:
 * an edit re-checks only the sentences it touched.
 */
export class DraftChecker {
  private readonly checked = new Map<string, Checked>();
  private readonly verdicts = new Map<string, Map<string, { analysis: ClaimAnalysis; verdict: Verdict }>>();
  private generation = 0;

  constructor(private readonly ctx: ServerContext) {}

  /** Forget every result: the corpus changed. */
  invalidate(): void {
    this.generation++;
    this.checked.clear();
    this.verdicts.clear();
  }

  forget(uri: string): void {
    this.checked.delete(uri);
    this.verdicts.delete(uri);
  }

  /** Whether a document is a corpus source rather than a draft (sources are not claim-checked). */
  isCorpusFile(document: TextDocument): boolean {
    if (!document.uri.startsWith('file:')) return false;
    return this.ctx.isInCorpus(URI.parse(document.uri).fsPath);
  }

  /** The checked sentences of a draft at its current version; undefined when cancelled. */
  check(document: TextDocument, isCancelled?: () => boolean): CheckedSentence[] | undefined {
    const cached = this.checked.get(document.uri);
    if (cached && cached.version === document.version && cached.generation === this.generation) return cached.results;
    const previous = this.verdicts.get(document.uri);
    const results = checkDraft(this.ctx.parse(document), this.ctx.index, {
      language: this.ctx.settings.language,
      checked: new Set(this.ctx.settings.checkedClaims.map(claimKey)),
      previous,
      isCancelled,
    });
    if (!results) return undefined;
    this.checked.set(document.uri, { version: document.version, generation: this.generation, results });
    this.verdicts.set(document.uri, new Map(results.map((r) => [sentenceKey(r.sentence), { analysis: r.analysis, verdict: r.verdict }])));
    return results;
  }

  /** The checked sentence under an offset, if any. */
  sentenceAt(document: TextDocument, offset: number): CheckedSentence | undefined {
    return this.check(document)?.find((r) => offset >= r.sentence.span.start && offset <= r.sentence.span.end);
  }
}
