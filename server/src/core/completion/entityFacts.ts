import type { CorpusDocument, Sentence } from '../corpus/document';
import { firstMention, isNamedIn, mentionCount } from '../entities/compactEntities';
import type { Entity } from '../entities/types';
import { isRemote, type CorpusReader } from '../backend/corpusReader';
import { parseQuantities, type Quantity } from '../text/quantities';
import { fold } from '../text/normalize';
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
export function factsAbout(entity: Entity, index: CorpusReader, limit = 6, about: readonly string[] = []): EntityFact[] {
  const wanted = new Set(about);
  const facts: EntityFact[] = [];
  const definition = entity.definition;
  // A role is what an apposition says of this entity alone ("président de Tencent"), not a list it is in, and in
  // the passage's own words: a possessive's owner read from elsewhere in the sentence (« son épouse écossaise »
  // → « épouse écossaise d'Arrêté ») is the index's reading, which the citation would put in the source's mouth.
  if (definition && definition.path && definition.source === 'apposition' && !definition.text.includes(entity.name) && statesWords(definition.sentence, definition.text)) {
    const doc = index.documentByPath(definition.path);
    const sentence = doc?.sentences.find((s) => s.range.start.line === definition.range?.start.line && s.text === definition.sentence);
    if (doc && sentence) facts.push({ text: definition.text, kind: 'role', doc, sentence, score: 3 });
  }
  const seen = new Set<string>();
  const ownWords = new Set([entity.name, ...entity.aliases].flatMap((name) => name.split(/\s+/)).map(fold));
  for (const mention of mentionsToRead(entity, index, about)) {
    const read = readMention(index, mention);
    if (!read) continue;
    const { doc, sentence, quantities } = read;
    const { start } = mention;
    const at = start === undefined ? 0 : sentence.offsets.findIndex((o) => o >= start);
    for (const q of quantities) {
      const phraseEnd = phraseEndAfter(sentence.text, q.end);
      // A fragment (« cinq choisisse » of « une entreprise sur cinq choisisse déjà Deepseek ») is no fact to write,
      // nor a phrase that names the entity itself: it says something else, of which the entity is a part.
      if (phraseEnd === undefined || (at >= q.start && at < phraseEnd)) continue;
      // A value before the name, on the far side of another name, is that name's: « le 11 octobre 2019 …, Guy Joao a
      // été pris pour Xavier Dupont de Ligonnès » dates Guy Joao's arrest, not Xavier Dupont de Ligonnès's.
      if (start !== undefined && at >= 0 && q.start < at && otherNameBetween(sentence.text, at, q, ownWords)) continue;
      // An age in apposition to another name (« son épouse Brigitte, 49 ans », "Mr Smith, 62,") is that name's.
      if (/^\d{1,3}\s*(?:ans\b|$)/u.test(sentence.text.slice(q.start, phraseEnd)) && appositiveOfOtherName(sentence.text, q.start, ownWords)) continue;
      // An age (« âgés de 21 et 18 ans », "aged 49") is the entity's only right after its name.
      if (/(?:(?<!\p{L})âgée?s?\s+de|\baged)\s+(?:\d+(?:\s*ans)?\s*(?:,|\bet\b|\band\b)\s*)*$/iu.test(sentence.text.slice(Math.max(0, q.start - 40), q.start)) && !(at >= 0 && q.start > at && q.start - at <= entity.name.length + 12)) continue;
      const distance = Math.abs(q.start - Math.max(0, at));
      const qualifier = q.approx ? `${approxWords[q.approx][doc.lang]} ` : '';
      const raw = sentence.text.slice(q.start, phraseEnd);
      const text = q.kind === 'year' ? `${doc.lang === 'en' ? 'in' : 'en'} ${raw}` : `${qualifier}${raw}`;
      if (seen.has(text)) continue;
      seen.add(text);
      // A figure from a sentence that uses the writer's words ("coûtera" ↔ "coût") is the one asked for.
      const relevance = wanted.size > 0 && (read.terms ??= termsOf(sentence.text, doc.lang)).some((t) => wanted.has(t)) ? 2 : 0;
      // What a source says of an entity mostly follows its name (subject, then what is said of it).
      const before = start !== undefined && q.start < at ? 0.5 : 0;
      facts.push({ text, kind: q.kind === 'year' ? 'date' : 'figure', doc, sentence, score: 2 + relevance - before - Math.min(distance, 200) / 200 });
    }
  }
  return facts.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** A name of two or more capitalised words (« Guy Joao », « Xavier Dupont de Ligonnès », "Police Scotland"). */
const multiWordName = /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|du|des|von|van)\s+|d['’])?\p{Lu}[\p{Ll}'’-]+)+/gu;

/**
 * Whether a name of two or more words that is none of the entity's own stands between its mention at `at` and
 * the value `q` in `text`: the value is then said of that other name.
 */
export function otherNameBetween(text: string, at: number, q: { start: number; end: number }, ownWords: ReadonlySet<string>): boolean {
  const between = q.start >= at ? text.slice(at, q.start) : text.slice(q.end, at);
  for (const m of between.matchAll(multiWordName)) {
    if (m[0].split(/\s+/).every((w) => ownWords.has(fold(w)) || /^(?:de|du|des|von|van)$/.test(w))) continue;
    // A name inside an incise (« Le Domaine Lecoq, dirigé par Paul Lecoq, produit … ») leaves the subject as it was.
    if (between.slice(0, m.index).includes(',') && /^\s*,/.test(between.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * Whether a value that runs over `value` of a passage's `text` is said of another name than the `entities` the
 * writer's sentence names: each of their mentions in the passage comes after the value, with another name between
 * (see {@link otherNameBetween}). False when one comes before it, or the passage writes none of their names.
 */
export function valueOfAnotherName(text: string, value: { start: number; end: number }, entities: readonly Pick<Entity, 'name' | 'aliases'>[]): boolean {
  const folded = fold(text);
  const ownWords = new Set(entities.flatMap((e) => [e.name, ...e.aliases]).flatMap((name) => name.split(/\s+/)).map(fold));
  let found = false;
  for (const name of entities.flatMap((e) => [e.name, ...e.aliases])) {
    const key = fold(name);
    for (let at = folded.indexOf(key); at >= 0 && key.length > 0; at = folded.indexOf(key, at + 1)) {
      found = true;
      // After the name, a value is still its clause's ("Pat Cash lost to Mats Wilander in 1988"); before it, on
      // the far side of another name, it is that name's clause's.
      if (at < value.start || !otherNameBetween(text, at, value, ownWords)) return false;
    }
  }
  return found;
}

/**
 * Whether the value starting at `start` of `text` stands in apposition to a name that is none of the entity's own
 * words: right after a capitalised word and a comma or an opening bracket (« Brigitte, 49 ans », "Mr Smith (62)").
 * Ask it of ages only: after « À Préaux, » a figure opens the main clause.
 */
function appositiveOfOtherName(text: string, start: number, ownWords: ReadonlySet<string>): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)\s*[,(]\s*$/u.exec(text.slice(Math.max(0, start - 60), start));
  return before !== null && !ownWords.has(fold(before[1]));
}

/** Whether `sentence` holds `words` as written, up to case, accents, spacing and apostrophes. */
function statesWords(sentence: string | undefined, words: string): boolean {
  const plain = (text: string) => fold(text).replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  return sentence !== undefined && plain(sentence).includes(plain(words));
}

/** A mention's sentence as read for facts: its document, its figures and dates, its retrieval terms once asked. */
interface MentionRead {
  doc: CorpusDocument;
  sentence: Sentence;
  quantities: Quantity[];
  terms?: string[];
}

/** How many sentences read for facts are kept, per reader. */
const recentMentions = 4096;
const mentionReads = new WeakMap<CorpusReader, { version: number; bySentence: Map<string, MentionRead> }>();

/**
 * A mention's sentence with its figures, read once while the index holds (its version): the facts of an entity
 * named again (the writer goes on after « ChatGPT totalise ») come from sentences already read, where reading
 * them again meant reading up to {@link maxMentionsRead} documents from their files. The last
 * {@link recentMentions} are kept; a document found changed since is read again; a database reader keeps nothing.
 * Undefined when the document or the sentence is gone.
 */
function readMention(index: CorpusReader, mention: { path: string; sentence: number }): MentionRead | undefined {
  const read = (): MentionRead | undefined => {
    const doc = index.documentByPath(mention.path);
    const sentence = doc?.sentences[mention.sentence];
    return doc && sentence ? { doc, sentence, quantities: parseQuantities(sentence.text, doc.lang) } : undefined;
  };
  if (isRemote(index)) return read();
  let recent = mentionReads.get(index);
  if (!recent || recent.version !== index.version) {
    recent = { version: index.version, bySentence: new Map() };
    mentionReads.set(index, recent);
  }
  const key = `${mention.sentence}:${mention.path}`;
  const known = recent.bySentence.get(key);
  if (known && !(known.doc as { stale?: boolean }).stale) {
    recent.bySentence.delete(key);
    recent.bySentence.set(key, known);
    return known;
  }
  const found = read();
  if (found) {
    recent.bySentence.set(key, found);
    if (recent.bySentence.size > recentMentions) recent.bySentence.delete(recent.bySentence.keys().next().value!);
  }
  return found;
}

/** Beyond this many mentions, an entity's facts are read from a sample of them. */
const maxMentionsRead = 120;

/**
 * The mentions whose sentences are read for facts: all of them for most entities; for one named thousands
 * of times in a large corpus, the sentences that name it and share the writer's words (found by the search
 * index), then its first mentions, so that a completion never reads thousands of documents.
 */
function mentionsToRead(entity: Entity, index: CorpusReader, about: readonly string[]): { path: string; sentence: number; start?: number }[] {
  if (mentionCount(entity) <= maxMentionsRead) return entity.mentions.map((m) => ({ path: m.path, sentence: m.sentence, start: m.span.start }));
  const first = firstMention(entity);
  const lang = (first && index.documentByPath(first.path)?.lang) ?? 'fr';
  const nameTerms = termsOf(entity.name, lang);
  const relevant = about.length > 0 ? index.searchTerms([...nameTerms, ...about], maxMentionsRead / 2).filter((hit) => isNamedIn(entity, hit.doc.path, hit.sentence.index)) : [];
  const earliest = entity.mentions.slice(0, maxMentionsRead - relevant.length).map((m) => ({ path: m.path, sentence: m.sentence, start: m.span.start }));
  return [...relevant.map((hit) => ({ path: hit.doc.path, sentence: hit.sentence.index })), ...earliest];
}

/** Words that open a new phrase: a figure's phrase ends before them. */
const phraseOpeners = new Set([
  'a', 'au', 'aux', 'avec', 'apres', 'avant', 'car', 'chez', 'contre', 'dans', 'depuis', 'dont', 'donc', 'en', 'entre', 'et', 'lors',
  'mais', 'ou', 'par', 'parmi', 'alors', 'puis', 'lorsque', 'lorsqu', 'tandis', 'pendant', 'pour', 'que', 'qui', 'quand', 'selon', 'sans', 'si', 'sous', 'sur', 'vers',
  'after', 'and', 'as', 'at', 'before', 'between', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'since', 'than',
  'that', 'to', 'when', 'which', 'while', 'who', 'with', 'within',
]);
/** How many words past a figure its phrase may run before it ends (« 17 fois moins cher »). */
const maxPhraseWords = 3;

/**
 * Where the phrase of a figure ending at `from` ends in a sentence: at the next punctuation or word that opens
 * a new phrase, at most three words on (« 17 fois » + « moins cher » before « » »); undefined when it runs on
 * past that: the figure is a fragment of a longer phrase.
 */
function phraseEndAfter(text: string, from: number): number | undefined {
  let end = from;
  const word = /^(\s*)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
  for (let n = 0; ; n++) {
    const rest = text.slice(end);
    if (/^\s*(?:[^\p{L}\p{N}\s]|$)/u.test(rest)) return end;
    const match = word.exec(rest);
    if (!match) return end;
    const norm = match[2].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (phraseOpeners.has(norm) || /^(?:l|d|qu)['’]/.test(norm)) return end;
    if (n >= maxPhraseWords) return undefined;
    end += match[0].length;
  }
}
