import type { Definition, DefinitionSource, Entity, Mention } from './types';

/**
 * Entities in a compact form, to store and to move between threads: a corpus's entities have a mention
 * for every time a name is written (over a million at 10,000 articles), which as objects would weigh
 * hundreds of megabytes. Each entity's mentions are integers (9 per mention) over shared tables of paths.
 */
export interface EncodedEntities {
  paths: string[];
  docIds: string[];
  /** Each entity without its mentions, its definition and related names written with numbers where they can be. */
  entities: EncodedEntity[];
  /** The titles of the documents definitions come from. */
  titles: string[];
  /**
   * Every entity's mentions, one entity's after the other, 9 numbers each: path index, span start and end, range
   * start line and character, end line and character, sentence, text index (among the entity's texts). One
   * array for all: v8 reads one large array at once, where one array per entity (87,000 at 35,987 articles)
   * cost a second and a half on the main thread.
   */
  mentionData: Int32Array;
  /** Where each entity's mentions start in `mentionData`, in mentions (one more entry). */
  mentionStarts: Int32Array;
  /** Each entity's spellings as written, one entity's after the other, and where each entity's start (one more entry). */
  texts: string[];
  textStarts: Int32Array;
}

const fields = 9;

/**
 * An entity as stored. v8 writes every string anew (it shares objects, not strings): the path, citation key and
 * title of each definition, the sentence a definition both is and quotes, and the id and name of each related
 * entity made a million strings at 35,987 articles. A definition read from the corpus is a tuple whose file and
 * title are numbers of the tables and whose text is null when it is its sentence; a related entity found in the
 * list is its number there. Any other shape is kept as it is.
 */
type EncodedEntity = Omit<Entity, 'mentions' | 'definition' | 'related'> & {
  definition?: Definition | EncodedDefinition;
  related: (number | Entity['related'][number])[];
};

/** [text or null, sentence, source, file, title, line, character, end line, end character] */
type EncodedDefinition = [string | null, string, DefinitionSource, number, number, number, number, number, number];

const definitionKeys = 'text,sentence,source,path,docId,docTitle,range';

function encodeDefinition(d: Definition, table: MentionTable, title: (t: string) => number): Definition | EncodedDefinition {
  if (Object.keys(d).join(',') !== definitionKeys || !d.path || d.docId === undefined || d.docTitle === undefined || !d.range) return d;
  const file = table.number(d.path, d.docId);
  if (table.docIds[file] !== d.docId || Object.keys(d.range).join(',') !== 'start,end' || Object.keys(d.range.start).join(',') !== 'line,character' || Object.keys(d.range.end).join(',') !== 'line,character') return d;
  const { start, end } = d.range;
  return [d.text === d.sentence ? null : d.text, d.sentence, d.source, file, title(d.docTitle), start.line, start.character, end.line, end.character];
}

function decodeDefinition(d: Definition | EncodedDefinition, encoded: EncodedEntities): Definition {
  if (!Array.isArray(d)) return d;
  const [text, sentence, source, file, title, line, character, endLine, endCharacter] = d;
  return { text: text ?? sentence, sentence, source, path: encoded.paths[file], docId: encoded.docIds[file], docTitle: encoded.titles[title], range: { start: { line, character }, end: { line: endLine, character: endCharacter } } };
}

/** The paths (and citation ids) compact mentions point into, numbered as first seen. */
export class MentionTable {
  readonly paths: string[] = [];
  readonly docIds: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(path: string, docId: string): number {
    let n = this.numbers.get(path);
    if (n === undefined) {
      n = this.paths.length;
      this.paths.push(path);
      this.docIds.push(docId);
      this.numbers.set(path, n);
    }
    return n;
  }
}

type Table = Pick<EncodedEntities, 'paths' | 'docIds'>;

/** The compact mentions of an entity, for counts and lookups that need no objects. */
interface Compact {
  data: Int32Array;
  texts: string[];
  table: Table;
}

/**
 * Where an entity keeps its compact mentions: a property of its own, not enumerable (left out of copies, keys and
 * JSON), so that entities keep one shape (a closure per entity, or a weak map of 87,000 entries, made each
 * entity an object of its own kind and cost the collector).
 */
const compactKey = Symbol('compact mentions');

function compactOf(entity: Entity): Compact | undefined {
  return (entity as Entity & { [compactKey]?: Compact })[compactKey];
}

/** The `mentions` of every compact entity: made objects on first read, then kept as a plain value. */
function readMentions(this: Entity): Mention[] {
  const c = compactOf(this)!;
  const mentions = mentionsOf(c.data, c.texts, c.table, () => true);
  Object.defineProperty(this, 'mentions', { value: mentions, enumerable: true, configurable: true, writable: true });
  return mentions;
}

/**
 * An entity whose mentions are kept compact (`data`, 9 numbers per mention, over `table` and `texts`) and
 * become objects only when `mentions` is first read.
 */
export function compactEntity(rest: Omit<Entity, 'mentions'>, data: Int32Array, texts: string[], table: Table): Entity {
  const entity = rest as Entity;
  Object.defineProperty(entity, 'mentions', { enumerable: true, configurable: true, get: readMentions });
  Object.defineProperty(entity, compactKey, { value: { data, texts, table } satisfies Compact });
  return entity;
}

/** The compact mentions of an entity whose mentions were never made objects (or changed since). */
function untouched(entity: Entity): Compact | undefined {
  return Object.getOwnPropertyDescriptor(entity, 'mentions')?.get ? compactOf(entity) : undefined;
}

/** A mention as plain values: what {@link MentionWriter} stores. */
export interface MentionValues {
  path: string;
  docId: string;
  spanStart: number;
  spanEnd: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  sentence: number;
  text: string;
}

/** Writes the mentions of one entity in the compact form, over a shared table of paths. */
export class MentionWriter {
  readonly data: Int32Array;
  readonly texts: string[] = [];
  private readonly textNumbers = new Map<string, number>();
  private readonly files = new Set<number>();
  private count = 0;

  constructor(
    private readonly table: MentionTable,
    mentions: number,
  ) {
    this.data = new Int32Array(mentions * fields);
  }

  add(m: MentionValues): void {
    let text = this.textNumbers.get(m.text);
    if (text === undefined) {
      text = this.texts.length;
      this.texts.push(m.text);
      this.textNumbers.set(m.text, text);
    }
    const file = this.table.number(m.path, m.docId);
    this.files.add(file);
    // Written number by number: an array per mention (a million at 10,000 articles) only fed the collector.
    const data = this.data;
    const at = this.count++ * fields;
    data[at] = file;
    data[at + 1] = m.spanStart;
    data[at + 2] = m.spanEnd;
    data[at + 3] = m.line;
    data[at + 4] = m.character;
    data[at + 5] = m.endLine;
    data[at + 6] = m.endCharacter;
    data[at + 7] = m.sentence;
    data[at + 8] = text;
  }

  /** How many files the mentions written are in. */
  get fileCount(): number {
    return this.files.size;
  }
}

export function encodeEntities(entities: readonly Entity[]): EncodedEntities {
  const table = new MentionTable();
  const parts = entities.map((entity) => {
    const c = untouched(entity);
    if (c) {
      const data = c.data.slice();
      for (let i = 0; i < data.length; i += fields) data[i] = table.number(c.table.paths[data[i]], c.table.docIds[data[i]]);
      return { data, texts: c.texts };
    }
    const writer = new MentionWriter(table, entity.mentions.length);
    for (const m of entity.mentions) {
      const { start, end } = m.range;
      writer.add({ ...m, spanStart: m.span.start, spanEnd: m.span.end, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character });
    }
    return { data: writer.data, texts: writer.texts };
  });
  const mentionStarts = new Int32Array(entities.length + 1);
  const textStarts = new Int32Array(entities.length + 1);
  parts.forEach((part, i) => {
    mentionStarts[i + 1] = mentionStarts[i] + part.data.length / fields;
    textStarts[i + 1] = textStarts[i] + part.texts.length;
  });
  const mentionData = new Int32Array(mentionStarts[entities.length] * fields);
  const texts: string[] = [];
  parts.forEach((part, i) => {
    mentionData.set(part.data, mentionStarts[i] * fields);
    for (const text of part.texts) texts.push(text);
  });
  const titles: string[] = [];
  const titleNumbers = new Map<string, number>();
  const title = (t: string) => {
    let n = titleNumbers.get(t);
    if (n === undefined) titleNumbers.set(t, (n = titles.push(t) - 1));
    return n;
  };
  const numberOfId = new Map<string, number>();
  entities.forEach((e, i) => numberOfId.has(e.id) || numberOfId.set(e.id, i));
  const relatedOf = (r: Entity['related'][number]) => {
    const n = numberOfId.get(r.id);
    return n !== undefined && entities[n].name === r.name && Object.keys(r).join(',') === 'id,name' ? n : r;
  };
  const rest = entities.map((entity) => {
    const encoded = Object.fromEntries(Object.keys(entity).filter((k) => k !== 'mentions').map((k) => [k, entity[k as keyof Entity]])) as EncodedEntity;
    if (entity.definition) encoded.definition = encodeDefinition(entity.definition, table, title);
    encoded.related = entity.related.map(relatedOf);
    return encoded;
  });
  return { paths: table.paths, docIds: table.docIds, entities: rest, titles, mentionData, mentionStarts, texts, textStarts };
}

/** Entities back from their compact form; each entity's mentions become objects when first read. */
export function decodeEntities(encoded: EncodedEntities): Entity[] {
  const { mentionData, mentionStarts, texts, textStarts } = encoded;
  const entities = encoded.entities.map((rest, i) => {
    if (rest.definition) (rest as Omit<Entity, 'mentions'>).definition = decodeDefinition(rest.definition, encoded);
    return compactEntity(rest as Omit<Entity, 'mentions'>, mentionData.subarray(mentionStarts[i] * fields, mentionStarts[i + 1] * fields), texts.slice(textStarts[i], textStarts[i + 1]), encoded);
  });
  // A related entity named by its number is one object, shared by every entity it is related to.
  const shared: Entity['related'][number][] = [];
  for (const entity of entities) {
    const related = entity.related as EncodedEntity['related'];
    for (let k = 0; k < related.length; k++) {
      const r = related[k];
      if (typeof r === 'number') related[k] = shared[r] ??= { id: entities[r].id, name: entities[r].name };
    }
  }
  return entities;
}

/** Calls `visit` with the file and sentence of each mention of an entity (without making objects of them). */
export function forEachMention(entity: Entity, visit: (path: string, sentence: number) => void): void {
  const c = untouched(entity);
  if (!c) {
    for (const m of entity.mentions) visit(m.path, m.sentence);
    return;
  }
  for (let i = 0; i < c.data.length; i += fields) visit(c.table.paths[c.data[i]], c.data[i + 7]);
}

/** How many mentions an entity has (without making objects of them). */
export function mentionCount(entity: Entity): number {
  const c = compactOf(entity);
  return c ? c.data.length / fields : entity.mentions.length;
}

/** An entity's first mention (without making objects of the others). */
export function firstMention(entity: Entity): Mention | undefined {
  const c = compactOf(entity);
  return c ? mentionsOf(c.data.subarray(0, fields), c.texts, c.table, () => true)[0] : entity.mentions[0];
}

const pathIndexes = new WeakMap<Table, Map<string, number>>();

/** An entity's mentions in one file. */
export function mentionsIn(entity: Entity, filePath: string): Mention[] {
  const c = compactOf(entity);
  if (!c) return entity.mentions.filter((m) => m.path === filePath);
  let index = pathIndexes.get(c.table);
  if (!index) {
    index = new Map(c.table.paths.map((p, i) => [p, i]));
    pathIndexes.set(c.table, index);
  }
  const p = index.get(filePath);
  if (p === undefined) return [];
  for (let i = 0; i < c.data.length; i += fields) if (c.data[i] === p) return mentionsOf(c.data, c.texts, c.table, (path) => path === p);
  return [];
}

function mentionsOf(data: Int32Array, texts: string[], table: Table, keep: (path: number) => boolean): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < data.length; i += fields) {
    if (!keep(data[i])) continue;
    mentions.push({
      path: table.paths[data[i]],
      docId: table.docIds[data[i]],
      span: { start: data[i + 1], end: data[i + 2] },
      range: { start: { line: data[i + 3], character: data[i + 4] }, end: { line: data[i + 5], character: data[i + 6] } },
      sentence: data[i + 7],
      text: texts[data[i + 8]],
    });
  }
  return mentions;
}

const sentenceSets = new WeakMap<Entity, Set<string>>();

/** Whether an entity is named in a given sentence of a file (a set of its sentences, made once per entity). */
export function isNamedIn(entity: Entity, filePath: string, sentence: number): boolean {
  let set = sentenceSets.get(entity);
  if (!set) {
    set = new Set();
    const c = compactOf(entity);
    if (c) for (let i = 0; i < c.data.length; i += fields) set.add(`${c.table.paths[c.data[i]]}\0${c.data[i + 7]}`);
    else for (const m of entity.mentions) set.add(`${m.path}\0${m.sentence}`);
    sentenceSets.set(entity, set);
  }
  return set.has(`${filePath}\0${sentence}`);
}
