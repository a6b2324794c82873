import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationInsertOffset, findingsOf } from '../core/claims/findings';
import type { DraftSentence } from '../core/claims/draftSentences';
import type { Cancellation, ServiceContext } from './context';
import { shortTitle } from './present/excerpt';

/**
 * `textDocument/inlayHint`: `✓ @id` at the end of each supported claim that cites nothing, naming the source
 * that supports it. Only on a finished sentence (ended by . ! ? or …, so never on words being typed) that has no
 * finding at all (no warning beside a ✓), placed where its citation would go, before the final punctuation, so
 * that a wrapped line never carries it to the start of the next sentence. Empty when cancelled.
 */
export async function getInlayHints(ctx: ServiceContext, document: TextDocument, range: Range, token: Cancellation): Promise<InlayHint[]> {
  if (!ctx.settings().inlayHints.sources || ctx.drafts.isCorpusFile(document)) return [];
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  const checked = await ctx.drafts.checkAsync(document);
  // The check is shared with diagnostics and goes on; this request stops waiting.
  if (!checked || token.isCancellationRequested) return [];
  for (const result of checked) {
    const { sentence, verdict } = result;
    if (verdict.label !== 'supported' || sentence.span.end < start || sentence.span.start > end || !isFinished(sentence)) continue;
    const source = verdict.evidence[0].doc;
    if (sentence.citations.length > 0 || findingsOf([result], ctx.corpus.index).length > 0) continue;
    hints.push({
      position: document.positionAt(citationInsertOffset(sentence)),
      label: `✓ @${source.id}`,
      kind: InlayHintKind.Parameter,
      paddingLeft: true,
      tooltip: shortTitle(source.title),
    });
  }
  return hints;
}

/** A sentence the writer finished: it ends with final punctuation (closing quotes and brackets aside). */
function isFinished(sentence: DraftSentence): boolean {
  return /[.!?…]["»”’)\]]*\s*$/.test(sentence.text);
}
