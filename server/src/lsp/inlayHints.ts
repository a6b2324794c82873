import { InlayHintKind, type InlayHint } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import type { DraftChecker } from './drafts';
import { guard } from './errorBoundary';

/** `textDocument/inlayHint`: after each supported claim, the id of the source that supports it. */
export function registerInlayHints(ctx: ServerContext, drafts: DraftChecker): void {
  ctx.connection.languages.inlayHint.on(guard(ctx, 'textDocument/inlayHint', [], async (params): Promise<InlayHint[]> => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document || !ctx.settings.inlayHints || drafts.isCorpusFile(document)) return [];
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    const hints: InlayHint[] = [];
    for (const { sentence, verdict } of (await drafts.checkAsync(document)) ?? []) {
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
  }));
}
