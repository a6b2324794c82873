import { sourceUri } from '../sourceUri';
import { mentionCount } from '../../core/entities/compactEntities';
import type { Entity } from '../../core/entities/types';
import type { Lang } from '../../core/types';
import { excerptAround, shortTitle } from './excerpt';
import { escapeMarkdown, fileLink } from './markdown';
import { messages } from './messages';

/**
 * Markdown for an entity hover, in the draft's language: one line saying what it is (name, kind, and the
 * corpus's defining words when there are some), the defining passage once, short, around the name, with its
 * source, then counts, aliases and related names.
 */
export function describeEntity(entity: Entity, lang: Lang): string {
  const l = messages[lang];
  const definition = entity.definition;
  const what = definition && definition.source !== 'sentence' && definition.text ? ` — ${escapeMarkdown(definition.text)}` : '';
  const lines = [`**${escapeMarkdown(entity.name)}** · *${l.kinds[entity.kind]}*${what}`];
  if (definition?.sentence) {
    const body = excerptAround(definition.sentence, entity.name)
      .map((part) => escapeMarkdown(part.text))
      .join('');
    lines.push('', `> ${body}`);
    if (definition.path && definition.range) {
      const title = shortTitle(definition.docTitle ?? definition.docId ?? '');
      const key = definition.docId ? ` \`@${definition.docId.replace(/`/g, '')}\`` : '';
      lines.push('>', `> — ${fileLink(title, sourceUri(definition.path), definition.range.start.line)}${key}`);
    }
  }
  if (definition?.source === 'curated') lines.push('', `*${l.curated}*`);
  const facts: string[] = [l.mentions(mentionCount(entity), entity.documents)];
  if (entity.aliases.length > 0) facts.push(`${l.aliases}${l.colon}${entity.aliases.map(escapeMarkdown).join(', ')}`);
  if (entity.related.length > 0) facts.push(`${l.related}${l.colon}${entity.related.slice(0, 4).map((r) => escapeMarkdown(r.name)).join(', ')}`);
  lines.push('', facts.join(' · '));
  return lines.join('\n');
}

/** The passage an entity hover quotes (its file and sentence), when the corpus has one. */
export function definingPassage(entity: Entity): { path: string; text: string } | undefined {
  const definition = entity.definition;
  return definition?.path && definition.sentence ? { path: definition.path, text: definition.sentence } : undefined;
}
