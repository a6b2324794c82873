import { sourceUri } from './sourceUri';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedSentence } from '../core/claims/checkDraft';
import { findingsOf, type Finding } from '../core/claims/findings';
import type { CorpusProblem } from '../core/types';
import type { SeveritySetting } from '../settings';
import type { ServiceContext } from './context';
import { languageOfDraft } from './language';
import { presentFinding } from './present/findings';
import type { Lang } from '../core/types';

/** What a diagnostic carries for its quick fixes (`Diagnostic.data`). */
export interface DiagnosticData {
  /**
   * `range` and `oldText`: what the fix replaces in the draft at `version`; `offset`: the character offset of
   * `range.start` at `version`. A client may ask for the fixes after more edits (see codeActions.ts `fixesNow`).
   */
  fixes: { title: string; range: Diagnostic['range']; newText: string; oldText: string; offset: number }[];
  /** The claim sentence, for fixes that act on the whole claim. */
  sentence?: Diagnostic['range'];
  /** The claim sentence's text and character offset at `version`: where its fixes are found again after edits. */
  claim?: { text: string; offset: number };
  /** The draft's version (`TextDocument.version`) the diagnostic was computed at. */
  version: number;
  /** The draft's language, which every text about it follows. */
  lang: Lang;
}

const severities: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The claim diagnostics of a draft: the findings of its check (see DraftChecker), at the severities the
 * settings give (`off` drops them). None against a corpus without documents (missing or empty folders: nothing
 * to check against, see CorpusSession's error state). Undefined when there is nothing to say yet or ever: no
 * index yet, a corpus file, or a check cancelled by an edit or a new corpus. `onPartial` gets the diagnostics of
 * the sentences checked so far, now and then, during a long check.
 */
export async function getDiagnostics(ctx: ServiceContext, document: TextDocument, onPartial?: (diagnostics: Diagnostic[]) => void): Promise<Diagnostic[] | undefined> {
  if (!ctx.corpus.searchable || ctx.drafts.isCorpusFile(document)) return undefined;
  if (ctx.corpus.index.documentCount === 0) return [];
  const lang = languageOfDraft(ctx, document);
  const diagnosticsOf = (results: CheckedSentence[]) => findingsOf(results, ctx.corpus.index).flatMap((f) => toDiagnostic(ctx, document, f, lang));
  const results = await ctx.drafts.checkAsync(document, onPartial && ((soFar) => onPartial(diagnosticsOf(soFar))));
  return results && diagnosticsOf(results);
}

function toDiagnostic(ctx: ServiceContext, document: TextDocument, finding: Finding, lang: Lang): Diagnostic[] {
  const setting = severityOf(ctx, finding);
  if (setting === 'off') return [];
  const presented = presentFinding(finding, document.getText(), lang);
  const range = { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) };
  const text = document.getText();
  const data: DiagnosticData = {
    lang,
    version: document.version,
    fixes: presented.fixes.map((fix) => ({
      title: fix.title,
      range: { start: document.positionAt(fix.span.start), end: document.positionAt(fix.span.end) },
      newText: fix.newText,
      oldText: text.slice(fix.span.start, fix.span.end),
      offset: fix.span.start,
    })),
    sentence: finding.sentenceSpan && { start: document.positionAt(finding.sentenceSpan.start), end: document.positionAt(finding.sentenceSpan.end) },
    claim: finding.sentenceSpan && { text: text.slice(finding.sentenceSpan.start, finding.sentenceSpan.end), offset: finding.sentenceSpan.start },
  };
  return [
    {
      range,
      severity: severities[setting],
      source: 'grounded',
      code: finding.code,
      message: presented.message,
      relatedInformation: presented.evidence.map(({ ref, label }) => ({ location: { uri: sourceUri(ref.path), range: ref.range }, message: label })),
      data,
    },
  ];
}

/** The severity setting in force for a finding (`off`: not shown). */
export function severityOf(ctx: Pick<ServiceContext, 'settings'>, finding: Finding): SeveritySetting {
  switch (finding.code) {
    case 'contradicted-claim':
      return ctx.settings().diagnostics.contradicted;
    case 'unsupported-claim':
      return ctx.settings().diagnostics.unsupported;
    default:
      return 'warning';
  }
}

/**
 * `corpus-error` diagnostics of corpus files, by file URI: one per problem (malformed front matter, binary file…),
 * worded by `describe` (the front end's, in its user's language; default: the problem's English message).
 */
export function corpusProblemDiagnostics(problems: readonly CorpusProblem[], describe: (problem: CorpusProblem) => string = (p) => p.message): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const p of problems) {
    const uri = sourceUri(p.path);
    const list = byFile.get(uri) ?? [];
    list.push({
      range: p.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: p.severity === 'error' ? DiagnosticSeverity.Error : p.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information,
      source: 'grounded',
      code: 'corpus-error',
      message: describe(p),
    });
    byFile.set(uri, list);
  }
  return byFile;
}
