import { URI } from 'vscode-uri';
import type { Entity, EntityKind } from '../core/entities/types';
import type { Lang } from '../core/types';
import { escapeMarkdown, fileLink } from './markdownText';
import { mentionCount } from '../core/entities/compactEntities';

const kindNames: Record<Lang, Record<EntityKind, string>> = {
  fr: { person: 'personne', organization: 'organisation', product: 'produit ou modèle', place: 'lieu', acronym: 'sigle', other: 'nom propre' },
  en: { person: 'person', organization: 'organisation', product: 'product or model', place: 'place', acronym: 'acronym', other: 'proper name' },
};

const labels = {
  fr: { aliases: 'Aussi écrit', mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} dans ${d} article${d > 1 ? 's' : ''}`, related: 'Liés', curated: 'définition du fichier grounded.entities' },
  en: { aliases: 'Also written', mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} in ${d} article${d > 1 ? 's' : ''}`, related: 'Related', curated: 'definition from the grounded.entities file' },
};

/** Markdown for an entity hover: name and kind, the defining statement with its source, aliases, counts, related. */
export function describeEntity(entity: Entity, lang: Lang): string {
  const l = labels[lang];
  const lines = [`**${escapeMarkdown(entity.name)}** — *${kindNames[lang][entity.kind]}*`];
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
