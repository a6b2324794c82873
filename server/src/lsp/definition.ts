import type { Location } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { citationAt } from '../core/citations/lookup';
import type { ServerContext } from './context';
import type { DraftChecker } from './drafts';
import { entityAt } from './entityLookup';
import { guard } from './errorBoundary';

/**
 * `textDocument/definition`: on a citation `[@id]`, the cited source document; on an entity's name, the
 * passage that defines it; on a claim, the passages that support or contradict it.
 */
export function registerDefinition(ctx: ServerContext, drafts: DraftChecker): void {
  ctx.connection.onDefinition(guard(ctx, 'textDocument/definition', null, (params): Location[] | null => {
    const document = ctx.documents.get(params.textDocument.uri);
    if (!document) return null;
    const offset = document.offsetAt(params.position);
    const found = citationAt(ctx.parse(document), offset);
    if (!found) {
      const entity = entityAt(ctx, document, offset)?.entity;
      if (entity) {
        const definition = entity.definition;
        if (definition?.path && definition.range) return [{ uri: URI.file(definition.path).toString(), range: definition.range }];
        const first = entity.mentions[0];
        return first ? [{ uri: URI.file(first.path).toString(), range: first.range }] : null;
      }
      if (drafts.isCorpusFile(document)) return null;
      const checked = drafts.sentenceAt(document, offset);
      if (!checked || (checked.verdict.label !== 'supported' && checked.verdict.label !== 'contradicted')) return null;
      // The best passage alone (and the one that disagrees with it): VS Code sorts several results by file and
      // line, which would open the weaker ones first.
      const evidence = [checked.verdict.evidence[0], ...(checked.verdict.disagreement ? [checked.verdict.disagreement.evidence] : [])];
      return evidence.map((e) => ({ uri: URI.file(e.doc.path).toString(), range: e.sentence.range }));
    }
    const source = ctx.index.documentById(found.key.id);
    if (!source) return null;
    const start = source.frontMatterSpan ? source.lines.positionAt(source.frontMatterSpan.end) : { line: 0, character: 0 };
    return [{ uri: URI.file(source.path).toString(), range: { start, end: start } }];
  }));
}
