import { sourceUri } from './sourceUri';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { firstMention, mentionCount, mentionsIn } from '../core/entities/compactEntities';
import type { CorpusDocument } from '../core/corpus/document';
import type { EntityIndex } from '../core/entities/entityIndex';
import type { Entity } from '../core/entities/types';
import { sourceSpan, type ProseBlock } from '../core/markdown/parseMarkdown';
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
  const corpusDoc = corpusDocumentOf(ctx, document);
  if (corpusDoc) return corpusOccurrences(entities, corpusDoc.path, token);
  const occurrences: EntityOccurrence[] = [];
  for (const block of ctx.parse(document).blocks) {
    if (token.isCancellationRequested) return [];
    occurrences.push(...occurrencesInBlock(entities, block));
  }
  return occurrences;
}

/**
 * The entity whose name is under an offset, if any (none when cancelled). In a draft only the block under the
 * offset is read (a name never spans two blocks), so a hover costs the same in a long draft as in a short one.
 */
export function entityAt(ctx: ServiceContext, document: TextDocument, offset: number, token: Cancellation): EntityOccurrence | undefined {
  const covers = (o: EntityOccurrence) => offset >= o.span.start && offset <= o.span.end;
  const entities = ctx.corpus.entities();
  const corpusDoc = corpusDocumentOf(ctx, document);
  if (corpusDoc) return corpusOccurrences(entities, corpusDoc.path, token).find(covers);
  for (const block of ctx.parse(document).blocks) {
    if (token.isCancellationRequested) return undefined;
    const extent = sourceSpan(block, 0, block.text.length);
    if (offset < Math.min(block.span.start, extent.start) || offset > Math.max(block.span.end, extent.end)) continue;
    const found = occurrencesInBlock(entities, block).find(covers);
    if (found) return found;
  }
  return undefined;
}

/** The corpus document an open document is, when its text is the one indexed. */
function corpusDocumentOf(ctx: ServiceContext, document: TextDocument): CorpusDocument | undefined {
  const corpusDoc = document.uri.startsWith('file:') ? ctx.corpus.index.documentByPath(URI.parse(document.uri).fsPath) : undefined;
  return corpusDoc && corpusDoc.text === document.getText() ? corpusDoc : undefined;
}

function occurrencesInBlock(entities: EntityIndex, block: ProseBlock): EntityOccurrence[] {
  return entities.findIn(block.text).map((match) => ({ entity: match.entity, span: sourceSpan(block, match.start, match.end) }));
}

/** Corpus files whose mentions are kept, per set of entities: reading them means a pass over every entity. */
const keptCorpusFiles = 16;
const corpusOccurrenceCache = new WeakMap<EntityIndex, Map<string, EntityOccurrence[]>>();

/**
 * The mentions extraction found in a corpus file, in file order. Finding them reads every entity's mentions
 * (millions in a large corpus): the answer is kept for the last few files asked about, while the entities hold.
 */
function corpusOccurrences(entities: EntityIndex, filePath: string, token: Cancellation): EntityOccurrence[] {
  let files = corpusOccurrenceCache.get(entities);
  if (!files) corpusOccurrenceCache.set(entities, (files = new Map()));
  const kept = files.get(filePath);
  if (kept) {
    files.delete(filePath);
    files.set(filePath, kept);
    return kept;
  }
  const occurrences: EntityOccurrence[] = [];
  for (const entity of entities.entities) {
    if (token.isCancellationRequested) return [];
    for (const m of mentionsIn(entity, filePath)) occurrences.push({ entity, span: m.span });
  }
  occurrences.sort((a, b) => a.span.start - b.span.start);
  files.set(filePath, occurrences);
  if (files.size > keptCorpusFiles) files.delete(files.keys().next().value!);
  return occurrences;
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
