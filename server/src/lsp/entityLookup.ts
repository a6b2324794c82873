import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Entity } from '../core/entities/types';
import { sourceSpan } from '../core/markdown/parseMarkdown';
import type { Span } from '../core/types';
import type { ServerContext } from './context';
import { mentionsIn } from '../core/entities/compactEntities';

/** An entity named in an open document, with the span of the name. */
export interface EntityOccurrence {
  entity: Entity;
  span: Span;
}

/**
 * The entities named in an open document. In a corpus file, the mentions extraction found there (exact);
 * in a draft, the known names found in its prose (code, front matter and HTML left out).
 */
export function entitiesIn(ctx: ServerContext, document: TextDocument): EntityOccurrence[] {
  const entities = ctx.entities();
  const corpusDoc = document.uri.startsWith('file:') ? ctx.index.documentByPath(URI.parse(document.uri).fsPath) : undefined;
  if (corpusDoc && corpusDoc.text === document.getText()) {
    return entities.entities
      .flatMap((entity) => mentionsIn(entity, corpusDoc.path).map((m) => ({ entity, span: m.span })))
      .sort((a, b) => a.span.start - b.span.start);
  }
  const occurrences: EntityOccurrence[] = [];
  for (const block of ctx.parse(document).blocks) {
    for (const match of entities.findIn(block.text)) {
      occurrences.push({ entity: match.entity, span: sourceSpan(block, match.start, match.end) });
    }
  }
  return occurrences;
}

/** The entity whose name is under an offset, if any. */
export function entityAt(ctx: ServerContext, document: TextDocument, offset: number): EntityOccurrence | undefined {
  return entitiesIn(ctx, document).find((o) => offset >= o.span.start && offset <= o.span.end);
}
