import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Cancellation, ServiceContext } from './context';

/** `textDocument/inlayHint`: after each supported claim that cites nothing, the id of the source that supports it. Empty when cancelled. */
export async function getInlayHints(ctx: ServiceContext, document: TextDocument, range: Range, token: Cancellation): Promise<InlayHint[]> {
  if (!ctx.settings().inlayHints.sources || ctx.drafts.isCorpusFile(document)) return [];
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  const checked = await ctx.drafts.checkAsync(document);
  // The check is shared with diagnostics and goes on; this request stops waiting.
  if (!checked || token.isCancellationRequested) return [];
  for (const { sentence, verdict } of checked) {
    if (verdict.label !== 'supported' || sentence.span.end < start || sentence.span.start > end) continue;
    const source = verdict.evidence[0].doc;
    if (sentence.citations.some((c) => c.keys.some((k) => k.id.toLowerCase() === source.id.toLowerCase()))) continue;
    hints.push({
      position: document.positionAt(sentence.span.end),
      label: `✓ @${source.id}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: source.title,
    });
  }
  return hints;
}
