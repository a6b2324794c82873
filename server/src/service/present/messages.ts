import type { EntityKind } from '../../core/entities/types';
import type { Lang } from '../../core/types';

/**
 * Every fr/en text the language service writes about a draft (hovers, quick-fix titles), by the draft's language.
 * Texts still in English only are marked so: they do not depend on the draft yet.
 */
export const messages = {
  fr: {
    kinds: { person: 'personne', organization: 'organisation', product: 'produit ou modèle', place: 'lieu', acronym: 'sigle', other: 'nom propre' } satisfies Record<EntityKind, string>,
    aliases: 'Aussi écrit',
    mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} dans ${d} article${d > 1 ? 's' : ''}`,
    related: 'Liés',
    curated: 'définition du fichier grounded.entities',
    verdicts: { supported: 'Étayé par le corpus', contradicted: 'Contredit par le corpus', unsupported: 'Non étayé par le corpus', disagree: 'Les sources divergent' },
    markChecked: 'Marquer comme vérifié (<!-- grounded: ignore-sentence -->)',
    markCheckedInWorkspace: 'Marquer comme vérifié dans tout l’espace de travail',
  },
  en: {
    kinds: { person: 'person', organization: 'organisation', product: 'product or model', place: 'place', acronym: 'acronym', other: 'proper name' } satisfies Record<EntityKind, string>,
    aliases: 'Also written',
    mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} in ${d} article${d > 1 ? 's' : ''}`,
    related: 'Related',
    curated: 'definition from the grounded.entities file',
    verdicts: { supported: 'Supported by the corpus', contradicted: 'Contradicted by the corpus', unsupported: 'Not supported by the corpus', disagree: 'The sources disagree' },
    markChecked: 'Mark as checked (<!-- grounded: ignore-sentence -->)',
    markCheckedInWorkspace: 'Mark as checked in this workspace',
  },
} satisfies Record<Lang, unknown>;

/** Texts in English only, whatever the draft's language. */
export const englishOnly = {
  unknownSource: (id: string) => `**Unknown source** \`@${id}\`: no corpus document has this id.`,
  sentences: (n: number) => `${n} sentences`,
  insertBibliography: 'Insert bibliography',
  noDraft: 'no open Markdown draft',
  nothingCited: 'the draft cites no corpus source',
};
