import { sourceUri } from './sourceUri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { firstMention, mentionCount, mentionsIn } from '../core/entities/compactEntities';
import type { Entity } from '../core/entities/types';
import { sourceSpan } from '../core/markdown/parseMarkdown';
import type { Range, Span } from '../core/types';
import type { EntitySummary } from '../protocol';
import type { Cancellation, ServiceContext } from './context';

/** An entity named in an open document, with the span of the name. */
export interface EntityOccurrence {
  entity: Entity;
  span: Span;
}

/**
 * The entities named in an open document. In a corpus file, the mentions extraction found there (exact);
 * in a draft, the known names found in its prose (code, front matter and HTML left out). Empty when cancelled.
 */
export function entitiesIn(ctx: ServiceContext, document: TextDocument, token: Cancellation): EntityOccurrence[] {
  const entities = ctx.corpus.entities();
  const corpusDoc = document.uri.startsWith('file:') ? ctx.corpus.index.documentByPath(URI.parse(document.uri).fsPath) : undefined;
  const occurrences: EntityOccurrence[] = [];
  if (corpusDoc && corpusDoc.text === document.getText()) {
    for (const entity of entities.entities) {
      if (token.isCancellationRequested) return [];
      for (const m of mentionsIn(entity, corpusDoc.path)) occurrences.push({ entity, span: m.span });
    }
    return occurrences.sort((a, b) => a.span.start - b.span.start);
  }
  for (const block of ctx.parse(document).blocks) {
    if (token.isCancellationRequested) return [];
    for (const match of entities.findIn(block.text)) {
      occurrences.push({ entity: match.entity, span: sourceSpan(block, match.start, match.end) });
    }
  }
  return occurrences;
}

/** The entity whose name is under an offset, if any (none when cancelled). */
export function entityAt(ctx: ServiceContext, document: TextDocument, offset: number, token: Cancellation): EntityOccurrence | undefined {
  return entitiesIn(ctx, document, token).find((o) => offset >= o.span.start && offset <= o.span.end);
}

/**
 * Where an entity is best shown: its defining passage when the corpus has one (curated definitions may have
 * none), else its first mention; undefined when it has neither.
 */
export function entityLocation(entity: Entity): { path: string; range: Range } | undefined {
  const definition = entity.definition;
  return definition?.path && definition.range ? { path: definition.path, range: definition.range } : firstMention(entity);
}

/** `grounded/entities`: every entity with its counts, definition and where it is defined, for the Entities view. Empty when cancelled. */
export function getEntitySummaries(ctx: ServiceContext, token: Cancellation): EntitySummary[] {
  const summaries: EntitySummary[] = [];
  for (const entity of ctx.corpus.entities().entities) {
    if (token.isCancellationRequested) return [];
    const definition = entity.definition;
    const at = entityLocation(entity);
    summaries.push({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      mentions: mentionCount(entity),
      documents: entity.documents,
      definition: definition?.source === 'sentence' ? definition.sentence : definition?.text,
      location: at && { uri: sourceUri(at.path), range: at.range },
    });
  }
  return summaries;
}
