import type { EntityKind } from '../../core/entities/types';
import type { Lang } from '../../core/types';

/** French quotes around a value, with non-breaking spaces; English curly quotes. */
const quoteFr = (text: string) => `« ${text} »`;
const quoteEn = (text: string) => `“${text}”`;

/**
 * Every fr/en text the language service and the CLI write about a draft (diagnostics, hovers, quick-fix titles,
 * the references heading, the CLI's labels), by the draft's language: one language per message and per hover.
 * Values are quoted and ids written `@id` by the caller's data; nothing here comes from a corpus.
 */
export const messages = {
  fr: {
    quote: quoteFr,
    /** Between a label and what it introduces: French typography puts a space before the colon. */
    colon: ' : ',
    kinds: { person: 'personne', organization: 'organisation', product: 'produit ou modèle', place: 'lieu', acronym: 'sigle', other: 'nom propre' } satisfies Record<EntityKind, string>,
    aliases: 'Aussi écrit',
    mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} dans ${d} article${d > 1 ? 's' : ''}`,
    related: 'Liés',
    curated: 'définition du fichier grounded.entities',
    verdicts: { supported: 'Étayé par le corpus', contradicted: 'Contredit par le corpus', unsupported: 'Non étayé par le corpus', disagree: 'Les sources divergent' },
    // Diagnostics: the wrong part and the source's value first, the source by its id.
    sourceSays: (claim: string, source: string) => `${quoteFr(claim)} → la source dit ${quoteFr(source)}`,
    opposite: 'La source dit le contraire',
    from: (id: string) => ` (@${id})`,
    fromDated: (id: string, date: string) => ` (@${id}, ${date})`,
    alsoSays: (source: string, document: string) => ` ; ${quoteFr(source)} selon ${document} : les sources divergent`,
    /** A document by its citation key, with its date when its front matter gives one (`date` as {@link messages.fr.date} writes it). */
    document: (id: string, date?: string) => (date ? `@${id} (${date})` : `@${id}`),
    /** A date of front matter (ISO 8601, a day at least), as the draft's language writes it: « 2 mars 2021 ». */
    date: (iso: string) => new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)).replace(/^1 /, '1er '),
    disagreeing: (stated: string, document: string, other: string, otherDocument: string) =>
      `Les sources divergent : ${quoteFr(stated)} selon ${document}, comme la phrase ; ${quoteFr(other)} selon ${otherDocument}`,
    quoted: ' (dans une citation : aucune valeur n’y est réécrite)',
    unsupported: (claim: string) => `Aucune source n’étaye ${quoteFr(claim)}`,
    unknownSource: (id: string) => `Source inconnue : @${id}`,
    supportedBy: (id: string) => ` — la phrase est étayée par @${id}`,
    didYouMean: (id: string) => ` — vouliez-vous dire @${id} ?`,
    miscited: (cited: string, right: string) => `@${cited} n’étaye pas cette phrase ; @${right} l’étaye`,
    closestPassage: (excerpt: string) => `Passage le plus proche, qui ne le dit pas : ${quoteFr(excerpt)}`,
    // Quick fixes.
    replace: (from: string, to: string) => `Remplacer ${quoteFr(from)} par ${quoteFr(to)} (valeur de la source)`,
    citeSupporting: (id: string) => `Citer @${id}, qui étaye la phrase`,
    respell: (id: string) => `Corriger en @${id}`,
    recite: (from: string, to: string) => `Remplacer @${from} par @${to}`,
    cite: (id: string) => `Citer la source [@${id}]`,
    markChecked: 'Marquer comme vérifié (<!-- grounded: ignore-sentence -->)',
    markCheckedInWorkspace: 'Marquer comme vérifié dans tout l’espace de travail',
    // Hovers.
    quickFix: (title: string) => `Correctif rapide : ${title}`,
    samePassage: 'même passage que ci-dessus',
    unknownSourceHover: (id: string) => `**Source inconnue** \`@${id}\` : aucun document du corpus n’a cet identifiant.`,
    sentences: (n: number) => `${n} phrase${n > 1 ? 's' : ''}`,
    // References section, CLI.
    references: 'Références',
    severities: { error: 'erreur', warning: 'avertissement', information: 'information', hint: 'indication' },
    cli: { source: 'source', fix: 'correctif', unreported: (n: number) => `, ${n} proche${n > 1 ? 's' : ''} d’une source, non signalée${n > 1 ? 's' : ''}` },
    summary: (claims: number, supported: number, contradicted: number, unsupported: number, citations: number) =>
      `${claims} affirmation${claims > 1 ? 's' : ''} vérifiée${claims > 1 ? 's' : ''} : ${supported} étayée${supported > 1 ? 's' : ''}, ${contradicted} contredite${contradicted > 1 ? 's' : ''}, ${unsupported} non étayée${unsupported > 1 ? 's' : ''}, ${citations} problème${citations > 1 ? 's' : ''} de citation`,
  },
  en: {
    quote: quoteEn,
    colon: ': ',
    kinds: { person: 'person', organization: 'organisation', product: 'product or model', place: 'place', acronym: 'acronym', other: 'proper name' } satisfies Record<EntityKind, string>,
    aliases: 'Also written',
    mentions: (m: number, d: number) => `${m} mention${m > 1 ? 's' : ''} in ${d} article${d > 1 ? 's' : ''}`,
    related: 'Related',
    curated: 'definition from the grounded.entities file',
    verdicts: { supported: 'Supported by the corpus', contradicted: 'Contradicted by the corpus', unsupported: 'Not supported by the corpus', disagree: 'The sources disagree' },
    sourceSays: (claim: string, source: string) => `${quoteEn(claim)} → the source says ${quoteEn(source)}`,
    opposite: 'The source says the opposite',
    from: (id: string) => ` (@${id})`,
    fromDated: (id: string, date: string) => ` (@${id}, ${date})`,
    alsoSays: (source: string, document: string) => `; ${quoteEn(source)} according to ${document}: the sources disagree`,
    document: (id: string, date?: string) => (date ? `@${id} (${date})` : `@${id}`),
    date: (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso)),
    disagreeing: (stated: string, document: string, other: string, otherDocument: string) =>
      `The sources disagree: ${quoteEn(stated)} according to ${document}, as the sentence says; ${quoteEn(other)} according to ${otherDocument}`,
    quoted: ' (in a quotation: no value is rewritten there)',
    unsupported: (claim: string) => `No source supports ${quoteEn(claim)}`,
    unknownSource: (id: string) => `Unknown source: @${id}`,
    supportedBy: (id: string) => ` — the sentence is supported by @${id}`,
    didYouMean: (id: string) => ` — did you mean @${id}?`,
    miscited: (cited: string, right: string) => `@${cited} does not support this sentence; @${right} does`,
    closestPassage: (excerpt: string) => `Closest passage, which does not say it: ${quoteEn(excerpt)}`,
    replace: (from: string, to: string) => `Replace ${quoteEn(from)} with ${quoteEn(to)} (the source’s value)`,
    citeSupporting: (id: string) => `Cite @${id}, which supports the sentence`,
    respell: (id: string) => `Change to @${id}`,
    recite: (from: string, to: string) => `Replace @${from} with @${to}`,
    cite: (id: string) => `Cite the source [@${id}]`,
    markChecked: 'Mark as checked (<!-- grounded: ignore-sentence -->)',
    markCheckedInWorkspace: 'Mark as checked in this workspace',
    quickFix: (title: string) => `Quick fix: ${title}`,
    samePassage: 'same passage as above',
    unknownSourceHover: (id: string) => `**Unknown source** \`@${id}\`: no corpus document has this id.`,
    sentences: (n: number) => `${n} sentence${n > 1 ? 's' : ''}`,
    references: 'References',
    severities: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
    cli: { source: 'source', fix: 'fix', unreported: (n: number) => `, ${n} close to a source, not reported` },
    summary: (claims: number, supported: number, contradicted: number, unsupported: number, citations: number) =>
      `${claims} claim${claims === 1 ? '' : 's'} checked: ${supported} supported, ${contradicted} contradicted, ${unsupported} unsupported, ${citations} citation problem${citations === 1 ? '' : 's'}`,
  },
} satisfies Record<Lang, unknown>;

/** The texts of one language. */
export type Messages = (typeof messages)[Lang];
