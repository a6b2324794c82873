import type { CorpusDocument, Sentence } from '../corpus/document';
import { firstMention, isNamedIn, mentionCount } from '../entities/compactEntities';
import type { Entity } from '../entities/types';
import type { CorpusIndex } from '../index/corpusIndex';
import { parseQuantities } from '../text/quantities';
import { termsOf } from '../text/stem';
import type { Lang } from '../types';

/** A fact the corpus states about an entity: a figure, a date or its role. */
export interface EntityFact {
  /** The words to insert ("910 millions de téléchargements", "président de Tencent"). */
  text: string;
  kind: 'figure' | 'date' | 'role';
  doc: CorpusDocument;
  sentence: Sentence;
  /** Higher is better. */
  score: number;
}

const approxWords: Record<string, Record<Lang, string>> = {
  about: { fr: 'environ', en: 'about' },
  'more-than': { fr: 'plus de', en: 'more than' },
  'less-than': { fr: 'moins de', en: 'less than' },
  'at-least': { fr: 'au moins', en: 'at least' },
  'at-most': { fr: 'jusqu’à', en: 'up to' },
};

/**
 * The key facts the corpus states about an entity: its role (from its defining apposition) and the figures
 * and dates of the sentences that name it — those whose sentence shares a term of `about` (what the writer
 * says of it), then nearest to the name, first. At most `limit`, best first.
 */
export function factsAbout(entity: Entity, index: CorpusIndex, limit = 6, about: readonly string[] = []): EntityFact[] {
  const wanted = new Set(about);
  const facts: EntityFact[] = [];
  const definition = entity.definition;
  // A role is what an apposition says of this entity alone ("président de Tencent"), not a list it is in.
  if (definition && definition.path && definition.source === 'apposition' && !definition.text.includes(entity.name)) {
    const doc = index.documentByPath(definition.path);
    const sentence = doc?.sentences.find((s) => s.range.start.line === definition.range?.start.line && s.text === definition.sentence);
    if (doc && sentence) facts.push({ text: definition.text, kind: 'role', doc, sentence, score: 3 });
  }
  const seen = new Set<string>();
  for (const { path, sentence: sentenceIndex, start } of mentionsToRead(entity, index, about)) {
    const doc = index.documentByPath(path);
    const sentence = doc?.sentences[sentenceIndex];
    if (!doc || !sentence) continue;
    const at = start === undefined ? 0 : sentence.offsets.findIndex((o) => o >= start);
    for (const q of parseQuantities(sentence.text, doc.lang)) {
      const distance = Math.abs(q.start - Math.max(0, at));
      const qualifier = q.approx ? `${approxWords[q.approx][doc.lang]} ` : '';
      const text = q.kind === 'year' ? `${doc.lang === 'en' ? 'in' : 'en'} ${q.raw}` : `${qualifier}${q.raw}`;
      if (seen.has(text)) continue;
      seen.add(text);
      // A figure from a sentence that uses the writer's words ("coûtera" ↔ "coût") is the one asked for.
      const relevance = wanted.size > 0 && termsOf(sentence.text, doc.lang).some((t) => wanted.has(t)) ? 2 : 0;
      facts.push({ text, kind: q.kind === 'year' ? 'date' : 'figure', doc, sentence, score: 2 + relevance - Math.min(distance, 200) / 200 });
    }
  }
  return facts.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** Beyond this many mentions, an entity's facts are read from a sample of them. */
const maxMentionsRead = 120;

/**
 * The mentions whose sentences are read for facts: all of them for most entities; for one named thousands
 * of times in a large corpus, the sentences that name it and share the writer's words (found by the search
 * index), then its first mentions, so that a completion never reads thousands of documents.
 */
function mentionsToRead(entity: Entity, index: CorpusIndex, about: readonly string[]): { path: string; sentence: number; start?: number }[] {
  if (mentionCount(entity) <= maxMentionsRead) return entity.mentions.map((m) => ({ path: m.path, sentence: m.sentence, start: m.span.start }));
  const first = firstMention(entity);
  const lang = (first && index.documentByPath(first.path)?.lang) ?? 'fr';
  const nameTerms = termsOf(entity.name, lang);
  const relevant = about.length > 0 ? index.searchTerms([...nameTerms, ...about], maxMentionsRead / 2).filter((hit) => isNamedIn(entity, hit.doc.path, hit.sentence.index)) : [];
  const earliest = entity.mentions.slice(0, maxMentionsRead - relevant.length).map((m) => ({ path: m.path, sentence: m.sentence, start: m.span.start }));
  return [...relevant.map((hit) => ({ path: hit.doc.path, sentence: hit.sentence.index })), ...earliest];
}
