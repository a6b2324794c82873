import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { citationAt } from '../core/citations/lookup';
import type { Cancellation, ServiceContext } from './context';
import { entityAt, entityLocation } from './entities';

/**
 * `textDocument/definition`: on a citation `[@id]`, the cited source document; on an entity's name, the
 * passage that defines it; on a claim, the passages that support or contradict it. Null elsewhere.
 */
export function getDefinition(ctx: ServiceContext, document: TextDocument, position: Position, token: Cancellation): Location[] | null {
  const offset = document.offsetAt(position);
  const found = citationAt(ctx.parse(document), offset);
  if (!found) {
    const entity = entityAt(ctx, document, offset, token)?.entity;
    if (token.isCancellationRequested) return null;
    if (entity) {
      const at = entityLocation(entity);
      return at ? [{ uri: URI.file(at.path).toString(), range: at.range }] : null;
    }
    if (ctx.drafts.isCorpusFile(document)) return null;
    const checked = ctx.drafts.sentenceAt(document, offset);
    if (!checked || (checked.verdict.label !== 'supported' && checked.verdict.label !== 'contradicted')) return null;
    // The best passage alone (and the one that disagrees with it): VS Code sorts several results by file and
    // line, which would open the weaker ones first.
    const evidence = [checked.verdict.evidence[0], ...(checked.verdict.disagreement ? [checked.verdict.disagreement.evidence] : [])];
    return evidence.map((e) => ({ uri: URI.file(e.doc.path).toString(), range: e.sentence.range }));
  }
  const source = ctx.corpus.index.documentById(found.key.id);
  if (!source) return null;
  const start = source.frontMatterSpan ? source.lines.positionAt(source.frontMatterSpan.end) : { line: 0, character: 0 };
  return [{ uri: URI.file(source.path).toString(), range: { start, end: start } }];
}
