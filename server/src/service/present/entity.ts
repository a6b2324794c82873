import { URI } from 'vscode-uri';
import { mentionCount } from '../../core/entities/compactEntities';
import type { Entity } from '../../core/entities/types';
import type { Lang } from '../../core/types';
import { escapeMarkdown, fileLink } from './markdown';
import { messages } from './messages';

/** Markdown for an entity hover: name and kind, the defining statement with its source, aliases, counts, related. */
export function describeEntity(entity: Entity, lang: Lang): string {
  const l = messages[lang];
  const lines = [`**${escapeMarkdown(entity.name)}** — *${l.kinds[entity.kind]}*`];
  const definition = entity.definition;
  if (definition) {
    lines.push('');
    if (definition.source === 'sentence') {
      lines.push(`> ${escapeMarkdown(definition.sentence)}`);
    } else {
      lines.push(escapeMarkdown(definition.text));
      if (definition.sentence) lines.push('', `> ${escapeMarkdown(definition.sentence)}`);
    }
    if (definition.path && definition.range) {
      lines.push('>', `> — ${fileLink(definition.docTitle ?? definition.docId ?? '', URI.file(definition.path).toString(), definition.range.start.line)}`);
    } else if (definition.source === 'curated') {
      lines.push('', `*${l.curated}*`);
    }
  }
  const facts: string[] = [l.mentions(mentionCount(entity), entity.documents)];
  if (entity.aliases.length > 0) facts.push(`${l.aliases}: ${entity.aliases.map(escapeMarkdown).join(', ')}`);
  if (entity.related.length > 0) facts.push(`${l.related}: ${entity.related.slice(0, 4).map((r) => escapeMarkdown(r.name)).join(', ')}`);
  lines.push('', facts.join(' · '));
  return lines.join('\n');
}
