import { sentenceSpan, type CorpusDocument } from '../corpus/document';
import { entityKey } from './extract';
import { EntityIndex } from './entityIndex';
import type { CuratedEntity, Entity, Mention } from './types';

/**
 * Applies the writer's curated entries to extracted entities: hide, merge, split, add aliases, set the kind or
 * the definition, or declare an entity extraction missed. Aliases added this way are looked for in the corpus
 * so their mentions count. Returns a new list; extracted entities are not changed in place.
 */
export function applyCurated(extracted: readonly Entity[], curated: readonly CuratedEntity[], docs: () => Iterable<CorpusDocument>): Entity[] {
  if (curated.length === 0) return [...extracted];
  let entities = extracted.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  const find = (name: string) => {
    const key = entityKey(name);
    return entities.find((e) => e.id === key || entityKey(e.name) === key || e.aliases.some((a) => entityKey(a) === key));
  };
  const needsScan = new Set<Entity>();
  for (const entry of curated) {
    let entity = find(entry.name);
    if (entry.hide) {
      if (entity) entities = entities.filter((e) => e !== entity);
      continue;
    }
    if (!entity) {
      entity = { id: entityKey(entry.name), name: entry.name, kind: entry.kind ?? 'other', aliases: [], mentions: [], documents: 0, related: [] };
      entities.push(entity);
      needsScan.add(entity);
    }
    const target = entity;
    // An alias that extraction made an entity of its own is merged too.
    const aliasEntities = (entry.aliases ?? []).filter((alias) => {
      const other = find(alias);
      return other !== undefined && other !== target;
    });
    for (const name of [...(entry.merge ?? []), ...aliasEntities]) {
      const other = find(name);
      if (!other || other === target) continue;
      target.aliases.push(other.name, ...other.aliases);
      const seen = new Set(target.mentions.map((m) => `${m.path}#${m.span.start}`));
      target.mentions.push(...other.mentions.filter((m) => !seen.has(`${m.path}#${m.span.start}`)));
      entities = entities.filter((e) => e !== other);
    }
    for (const name of entry.split ?? []) {
      const key = entityKey(name);
      const moved = target.mentions.filter((m) => entityKey(m.text) === key);
      if (moved.length === 0 && !target.aliases.some((a) => entityKey(a) === key)) continue;
      target.mentions = target.mentions.filter((m) => entityKey(m.text) !== key);
      target.aliases = target.aliases.filter((a) => entityKey(a) !== key);
      entities.push({ id: key, name, kind: target.kind, aliases: [], mentions: moved, documents: 0, related: [{ id: target.id, name: target.name }] });
    }
    const known = new Set([target.name, ...target.aliases].map(entityKey));
    for (const alias of entry.aliases ?? []) {
      if (known.has(entityKey(alias))) continue;
      target.aliases.push(alias);
      known.add(entityKey(alias));
      needsScan.add(target);
    }
    if (entry.kind) target.kind = entry.kind;
    if (entry.definition) target.definition = { text: entry.definition, sentence: '', source: 'curated' };
  }
  if (needsScan.size > 0) addMentions([...needsScan], entities, docs());
  for (const entity of entities) {
    entity.aliases = [...new Set(entity.aliases)].filter((a) => a !== entity.name);
    entity.documents = new Set(entity.mentions.map((m) => m.path)).size;
  }
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** Finds the corpus mentions of entities whose names the curated file added. */
function addMentions(targets: Entity[], all: Entity[], docs: Iterable<CorpusDocument>): void {
  const index = new EntityIndex(all);
  const wanted = new Set(targets);
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      for (const match of index.findIn(sentence.text)) {
        if (!wanted.has(match.entity)) continue;
        const span = sentenceSpan(sentence, match.start, match.end);
        if (match.entity.mentions.some((m) => m.path === doc.path && m.span.start === span.start)) continue;
        const mention: Mention = { path: doc.path, docId: doc.id, span, range: doc.lines.rangeOf(span.start, span.end), sentence: sentence.index, text: sentence.text.slice(match.start, match.end) };
        match.entity.mentions.push(mention);
      }
    }
  }
}
