import type { Range, Span } from '../types';

/** What an entity is, as far as the corpus tells. */
export type EntityKind = 'person' | 'organization' | 'product' | 'place' | 'acronym' | 'other';

export const entityKinds: readonly EntityKind[] = ['person', 'organization', 'product', 'place', 'acronym', 'other'];

/** One place where a corpus document names an entity. */
export interface Mention {
  /** Absolute path of the corpus file. */
  path: string;
  /** Citation id of the document. */
  docId: string;
  /** Source span of the name in the file. */
  span: Span;
  range: Range;
  /** Index of the sentence in its document. */
  sentence: number;
  /** The name as written there. */
  text: string;
}

/** How a definition was found. */
export type DefinitionSource = 'apposition' | 'relative-clause' | 'descriptor' | 'sentence' | 'curated';

/** What the corpus says an entity is. */
export interface Definition {
  /** The defining phrase ("président de Tencent") or, failing one, the most informative sentence. */
  text: string;
  /** The whole sentence it comes from (empty for a curated definition). */
  sentence: string;
  source: DefinitionSource;
  /** Where the defining passage is (absent for a curated definition). */
  path?: string;
  docId?: string;
  docTitle?: string;
  range?: Range;
}

/** An entity of the corpus: a person, organisation, product, place or acronym, with all its names. */
export interface Entity {
  /** Stable key: the folded canonical name. */
  id: string;
  /** Display name: the most frequent spelling. */
  name: string;
  kind: EntityKind;
  /** The other spellings it goes by (variants, misspellings, curated aliases), without `name`. */
  aliases: string[];
  mentions: Mention[];
  /** Number of distinct documents that mention it. */
  documents: number;
  definition?: Definition;
  /** Related entities (one name contains the other, or they are often named together), strongest first. */
  related: { id: string; name: string }[];
}

/** A curated change to the extracted entities, from a `grounded.entities.json`/`.yaml` file. */
export interface CuratedEntity {
  /** The entity's canonical name (matched against extracted names and aliases, case and accents folded). */
  name: string;
  aliases?: string[];
  kind?: EntityKind;
  definition?: string;
  /** Hide it: not an entity (a false positive of extraction). */
  hide?: boolean;
  /** Other extracted entities to merge into this one. */
  merge?: string[];
  /** Spellings that extraction merged into this entity but that name other entities. */
  split?: string[];
}
