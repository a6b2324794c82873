import type { Entity, Mention } from './types';

/**
 * Entities in a compact form, to store and to move between threads: a corpus's entities have a mention
 * for every time a name is written (over a million at 10,000 articles), which as objects would weigh
 * hundreds of megabytes. Each entity's mentions are integers (9 per mention) over shared tables of paths.
 */
export interface EncodedEntities {
  paths: string[];
  docIds: string[];
  entities: EncodedEntity[];
}

type EncodedEntity = Omit<Entity, 'mentions'> & {
  /** Per mention: path index, span start and end, range start line and character, end line and character, sentence, text index. */
  mentionData: Int32Array;
  mentionTexts: string[];
};

const fields = 9;

export function encodeEntities(entities: readonly Entity[]): EncodedEntities {
  const paths: string[] = [];
  const docIds: string[] = [];
  const pathIndex = new Map<string, number>();
  const encoded = entities.map(({ mentions, ...rest }): EncodedEntity => {
    const data = new Int32Array(mentions.length * fields);
    const texts: string[] = [];
    const textIndex = new Map<string, number>();
    mentions.forEach((m, i) => {
      let p = pathIndex.get(m.path);
      if (p === undefined) {
        p = paths.length;
        paths.push(m.path);
        docIds.push(m.docId);
        pathIndex.set(m.path, p);
      }
      let t = textIndex.get(m.text);
      if (t === undefined) {
        t = texts.length;
        texts.push(m.text);
        textIndex.set(m.text, t);
      }
      data.set([p, m.span.start, m.span.end, m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character, m.sentence, t], i * fields);
    });
    return { ...rest, mentionData: data, mentionTexts: texts };
  });
  return { paths, docIds, entities: encoded };
}

/** Where the compact mentions of a decoded entity are, for counts and lookups that need no objects. */
const compact = new WeakMap<Entity, { data: Int32Array; texts: string[]; table: EncodedEntities }>();

/** Entities back from their compact form; each entity's mentions become objects when first read. */
export function decodeEntities(encoded: EncodedEntities): Entity[] {
  return encoded.entities.map(({ mentionData, mentionTexts, ...rest }) => {
    const entity = rest as Entity;
    Object.defineProperty(entity, 'mentions', {
      enumerable: true,
      configurable: true,
      get() {
        const mentions = mentionsOf(mentionData, mentionTexts, encoded, () => true);
        Object.defineProperty(entity, 'mentions', { value: mentions, enumerable: true, configurable: true, writable: true });
        return mentions;
      },
    });
    compact.set(entity, { data: mentionData, texts: mentionTexts, table: encoded });
    return entity;
  });
}

/** How many mentions an entity has (without making objects of them). */
export function mentionCount(entity: Entity): number {
  const c = compact.get(entity);
  return c ? c.data.length / fields : entity.mentions.length;
}

/** An entity's first mention (without making objects of the others). */
export function firstMention(entity: Entity): Mention | undefined {
  const c = compact.get(entity);
  return c ? mentionsOf(c.data.subarray(0, fields), c.texts, c.table, () => true)[0] : entity.mentions[0];
}

const pathIndexes = new WeakMap<EncodedEntities, Map<string, number>>();

/** An entity's mentions in one file. */
export function mentionsIn(entity: Entity, filePath: string): Mention[] {
  const c = compact.get(entity);
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

function mentionsOf(data: Int32Array, texts: string[], table: EncodedEntities, keep: (path: number) => boolean): Mention[] {
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
    const c = compact.get(entity);
    if (c) for (let i = 0; i < c.data.length; i += fields) set.add(`${c.table.paths[c.data[i]]}\0${c.data[i + 7]}`);
    else for (const m of entity.mentions) set.add(`${m.path}\0${m.sentence}`);
    sentenceSets.set(entity, set);
  }
  return set.has(`${filePath}\0${sentence}`);
}
