import { sentenceSpan, type CorpusDocument, type Sentence } from '../corpus/document';
import type { NameStats } from '../index/nameStats';
import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import { adjectiveEnding, calendarWords, honorifics, lowercaseHeads, nameConnectors, nameHeads, organizationNouns, organizationWords, placeHeads, placeNouns, productNouns, roleNouns, thingHeads, titleWords, weekdays } from './wordLists';

/** What extraction keeps of a document: not its text, so that a large corpus is read one document at a time. */
export type SourceRef = Pick<CorpusDocument, 'id' | 'path' | 'title'>;

/** What extraction keeps of a sentence (one object per sentence, shared by its candidates). */
export type SentenceRef = Pick<Sentence, 'index' | 'text' | 'heading'> & {
  /** Its range in the file, as numbers (no objects: there is one per corpus sentence). */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
};

/** What extraction keeps of a sentence. */
export function sentenceRef(sentence: Sentence): SentenceRef {
  const { start, end } = sentence.range;
  return { index: sentence.index, text: sentence.text, heading: sentence.heading, line: start.line, character: start.character, endLine: end.line, endCharacter: end.character };
}

/**
 * A name read in a sentence. A large corpus has over a million: kept light (numbers, no objects of its own),
 * which is why the name's words and its place in the file are stored as counts and plain numbers.
 */
export interface Candidate {
  surface: string;
  key: string;
  /** How many words the name has, and whether each is capitalised then lower case ("Deng Xiaoping"). */
  words: number;
  titleCase: boolean;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** Where the name is in the file: offsets, and start and end line and character. */
  spanStart: number;
  spanEnd: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  doc: SourceRef;
  sentence: SentenceRef;
}

export interface Group {
  key: string;
  /** A person's full name, which names the entity even when the surname alone is more frequent. */
  fullName?: string;
  /** The acronym merged into this spelled-out name: the name stays the display name. */
  acronym?: string;
  surfaces: Map<string, number>;
  candidates: Candidate[];
  /**
   * Whether every candidate of the group is in title case, given when `candidates` holds only some of them (a
   * group packed for another thread, see packedCandidates.ts).
   */
  titleCase?: boolean;
}

/** A name key: folded, possessives dropped, spaces and hyphens evened out. */
export function entityKey(surface: string): string {
  return fold(surface)
    .replace(/['’]s$/, '')
    .replace(/[\s\u00a0-]+/g, ' ')
    .trim();
}

export function isNameToken(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const text = token.text;
  // Most words are plain lower-case letters: not names, and no need for Unicode classes.
  if (isPlainLowercase(text)) return false;
  const first = text[0];
  if (/\p{L}/u.test(text) && /\d/.test(text)) return true;
  return first !== first.toLowerCase() || /.\p{Lu}/u.test(text);
}

/** Whether a word is only ASCII lower-case letters, hyphens and apostrophes (and so no name). */
function isPlainLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 45 || c === 39)) return false;
  }
  return true;
}

export function isAcronym(text: string): boolean {
  return /^[\p{Lu}]{2,6}$/u.test(text);
}

/** Candidate names of one sentence: runs of name tokens, joined by connectors after a head noun. */
export function candidatesOf(
  doc: CorpusDocument,
  sentence: Sentence,
  names: Pick<NameStats, 'isName'>,
  words: NameUse,
  refs: { doc: SourceRef; sentence: SentenceRef } = { doc, sentence: sentenceRef(sentence) },
): Candidate[] {
  const text = sentence.text;
  const { tokens, starts } = nameTokens(text);
  const found: Candidate[] = [];
  const firstWord = tokens.findIndex((t) => t.kind === 'word');
  // A quoted or bulleted sentence start is still a start.
  if (firstWord < 0) return found;
  starts.add(firstWord);
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    // Most tokens are no name word: skipped before the tests below, which read text around them.
    if (!isNameToken(token) || isNoiseToken(token)) {
      i++;
      continue;
    }
    const next = tokens[i + 1];
    // "The Aviator", "Le Monde", "Les Républicains": a capitalised article inside a sentence opens the name.
    // "The Aviator", "Le Monde", "New York", "General Motors": a capitalised function word inside a sentence,
    // right before a name word, opens the name (not after a quote or a colon, where a sentence may start).
    const article =
      !starts.has(i) &&
      next !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(token.text) &&
      isFunctionWord(token.norm) &&
      /^ $/.test(text.slice(token.end, next.start)) &&
      isNameToken(next) &&
      !isFunctionWord(next.norm) &&
      !isNoiseToken(next) &&
      !calendarWords.has(token.norm) &&
      /[\p{L}\p{N},]\s*$/u.test(text.slice(Math.max(0, token.start - 3), token.start));
    const afterHonorific = i > 0 && honorifics.has(tokens[i - 1].norm) && /^\.?\s$/.test(text.slice(tokens[i - 1].end, token.start));
    if ((calendarWords.has(token.norm) && !afterHonorific) || (!article && !acceptable(token, starts.has(i), names, next))) {
      i++;
      continue;
    }
    let end = i;
    // Whether a surname's particle was read into the name ("François de Rugy"): a person's name, title case.
    let particleName = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const next = tokens[j];
      const gap = text.slice(tokens[j - 1].end, next.start);
      if (isNameToken(next) && /^[\s]?$/.test(gap) && joinable(tokens[end], next, words.alone) && !isNoiseToken(next) && !weekdays.has(next.norm) && !starts.has(j)) {
        end = j;
        continue;
      }
      const after = tokens[j + 1];
      // "Conseil d’État", "Red Ibérica de Transporte": joined over "de" after a head noun, or when the word after
      // never stands alone as a name ("Qwen2.5-Max d’Alibaba" stays two names).
      if (
        nameConnectors.has(next.norm) &&
        after &&
        isNameToken(after) &&
        /^\s?$/.test(gap) &&
        /^\s?$/.test(text.slice(next.end, after.start)) &&
        !/\d/.test(tokens[end].text) &&
        // Not over "and"/"et" after a head ("Deutsche Bank and Gazpromneft" are two names).
        ((nameHeads.has(tokens[end].norm) && !conjunctions.has(next.norm)) || (!words.standalone.has(after.norm) && !isFunctionWord(after.norm))) &&
        // Nor between two people's full names ("Brian McFadden and Delta Goodrem").
        !(conjunctions.has(next.norm) && bothFullNames(tokens, i, end, j + 1, text))
      ) {
        // "Xavier Dupont de Ligonnès": a particle after a first name and a surname, before a surname, is a
        // person's name in title case, as after a first name alone (below).
        // Not after a noun ("le circuit Tazio Nuvolari de Cervesina": where the thing named is).
        const previous = tokens[i - 1];
        const afterNoun = previous !== undefined && /^\s+$/.test(text.slice(previous.end, tokens[i].start)) && (placeNouns.has(previous.norm) || organizationNouns.has(previous.norm) || productNouns.has(previous.norm));
        if (end === i + 1 && (next.norm === 'de' || next.norm === 'du') && /^\p{Ll}/u.test(next.text) && !afterNoun && [tokens[i], tokens[end], after].every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !nameHeads.has(t.norm) && !placeHeads.has(t.norm) && !isFunctionWord(t.norm) && !adjectiveEnding.test(t.norm))) particleName = true;
        end = j + 1;
        j++;
        continue;
      }
      // "François de Rugy", "Charles de Gaulle", "Ursula von der Leyen": a particle after a first name, a word
      // the corpus never writes alone, joins the surname.
      const particleEnd = end === i && j === i + 1 && particles.has(next.norm) ? particleAfter(tokens, j, text) : 0;
      if (particleEnd > 0 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[end].text) && !nameHeads.has(tokens[end].norm) && !placeHeads.has(tokens[end].norm) && !isFunctionWord(tokens[end].norm) && opensPersonName(tokens, i, text)) {
        end = particleEnd;
        j = particleEnd;
        particleName = true;
        continue;
      }
      // "Union européenne", "Banque centrale européenne": a head noun takes lowercase adjectives.
      if ((nameHeads.has(tokens[i].norm) || placeHeads.has(tokens[i].norm)) && /^\s$/.test(gap) && /^\p{Ll}/u.test(next.text) && adjectiveEnding.test(next.norm)) {
        end = j;
        continue;
      }
      break;
    }
    // "ministère des Armées": French writes some institutional heads in lower case.
    if (i >= 2 && nameConnectors.has(tokens[i - 1].norm) && lowercaseHeads.has(tokens[i - 2].norm) && /^\s?$/.test(text.slice(tokens[i - 2].end, tokens[i - 1].start))) {
      i -= 2;
    }
    let span = tokens.slice(i, end + 1);
    // "le ministre de l’Intérieur Christophe Castaner", "a déclaré sur BFMTV Claude Brender": a role's complement
    // or a source written right before a person's name is a name of its own.
    const person = personAtEnd(span, text, i, tokens, words);
    if (person > 0) {
      const head = span.slice(0, person);
      const headSurface = text.slice(head[0].start, head[head.length - 1].end);
      if (isWorthy(headSurface, head)) pushCandidate(found, doc, sentence, refs, text, head, words.alone);
      span = span.slice(person);
    }
    // Titles and forms of address are not part of the name: "Mr Straw", "Prime Minister Tony Blair".
    const lastTitle = span.length > 1 ? span.findLastIndex((t, n) => n < span.length - 1 && (honorifics.has(t.norm) || titleWords.has(t.norm) || isJoinedTitle(t.norm))) : -1;
    if (lastTitle >= 0 && lastTitle <= 3 && span.slice(lastTitle + 1).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) && !nameHeads.has(span[0].norm)) span = span.slice(lastTitle + 1);
    while (span.length > 1 && calendarWords.has(span[0].norm)) span = span.slice(1);
    // "l'ancien PDG d'ExxonMobil": a title cut off leaves its connector, no part of the name.
    while (span.length > 1 && (span[0].kind === 'elision' || (nameConnectors.has(span[0].norm) && /^\p{Ll}/u.test(span[0].text)))) span = span.slice(1);
    // A sentence's first word, capitalised as such, before a name: a role ("Rapper Eminem has…") or a participle
    // ("Featuring Cliff Richard and Boy George, the song…"), which the corpus never writes as a name.
    if (span.length > 1 && starts.has(i) && span[0] === tokens[i] && !names.isName(span[0].norm) && (roleNouns.has(span[0].norm) || (span.length > 2 && /^\p{Lu}\p{Ll}{3,}ing$/u.test(span[0].text)))) span = span.slice(1);
    // "the best European Elvis impersonator": a nationality qualifying a name the corpus writes alone, the two
    // qualifying the noun after them.
    const nextWord = tokens[end + 1];
    const wordBefore = span[0] === tokens[i] ? tokens[i - 1] : undefined;
    const qualifiedAfter = wordBefore !== undefined && (['the', 'a', 'an'].includes(wordBefore.text) || /^\p{Ll}+est$/u.test(wordBefore.text));
    if (span.length === 2 && qualifiedAfter && /^\p{Lu}\p{Ll}{2,}(?:ean|ian|can|man|ish|ese)$/u.test(span[0].text) && words.alone.has(span[1].norm) && !nameHeads.has(span[1].norm) && !organizationWords.has(span[1].norm) && !organizationNouns.has(span[1].norm) && !placeNouns.has(span[1].norm) && nextWord !== undefined && nextWord.kind === 'word' && /^\p{Ll}{3,}$/u.test(nextWord.text) && !isFunctionWord(nextWord.norm) && /^ $/.test(text.slice(span[1].end, nextWord.start))) span = span.slice(1);
    // "du PDG d’EDF", "le Président de Lubrizol": a title joined to its complement is not part of the name.
    if (span.length > 2 && (titleWords.has(span[0].norm) || roleNouns.has(span[0].norm)) && (nameConnectors.has(span[1].norm) || span[1].kind === 'elision') && /^\p{Lu}/u.test(span[2].text)) span = span.slice(2);
    const surface = text.slice(span[0].start, span[span.length - 1].end);
    if (isWorthy(surface, span)) pushCandidate(found, doc, sentence, refs, text, span, words.alone, particleName);
    i = end + 1;
  }
  return found;
}

/** Adds the candidate name made of `span`, with its source span and range. */
function pushCandidate(found: Candidate[], doc: CorpusDocument, sentence: Sentence, refs: { doc: SourceRef; sentence: SentenceRef }, text: string, span: Token[], alone: ReadonlySet<string>, particleName = false): void {
  const surface = text.slice(span[0].start, span[span.length - 1].end);
  const start = span[0].start;
  const end = span[span.length - 1].end;
  const where = sentenceSpan(sentence, start, end);
  const range = doc.lines.rangeOf(where.start, where.end);
  found.push({
    surface,
    key: entityKey(surface),
    words: span.length,
    // A hyphenated word is a first name's shape ("Jean-Luc") only when the corpus never writes it alone ("Rolls-Royce").
    titleCase: span.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) || (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text) && !alone.has(t.norm)) || (particleName && particles.has(t.norm))),
    start,
    end,
    spanStart: where.start,
    spanEnd: where.end,
    line: range.start.line,
    character: range.start.character,
    endLine: range.end.line,
    endCharacter: range.end.character,
    ...refs,
  });
}

/**
 * Whether the word at `i` may be a first name before a particle: not after a kind noun, a determiner or a
 * preposition of place ("l’usine Lubrizol de Rouen", "à Lyon"), where the name is a thing's and "de" says where.
 */
function opensPersonName(tokens: Token[], i: number, text: string): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.kind === 'symbol' || /[,;:(«"“]/.test(text.slice(previous.end, tokens[i].start))) return true;
  // "les 150 Français de la Convention": after a number, a group of people, not a first name.
  if (previous.kind === 'number' || /^\d/.test(previous.text)) return false;
  if (roleNouns.has(previous.norm) || honorifics.has(previous.norm)) return true;
  return ['par', 'by', 'et', 'and', 'avec', 'with', 'selon', 'que', "qu'", 'pour', 'for'].includes(previous.norm);
}

/**
 * Whether the run `tokens[i..end]` ends, and the words from `after` open, a name of two title-case words, as two
 * people's full names are ("Brian McFadden and Delta Goodrem"), not "Marks and Spencer" or "Bosnia and Herzegovina".
 */
function bothFullNames(tokens: Token[], i: number, end: number, after: number, text: string): boolean {
  const person = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text) && !isFunctionWord(t.norm) && !nameHeads.has(t.norm) && !organizationWords.has(t.norm) && !organizationNouns.has(t.norm) && !placeNouns.has(t.norm) && !thingHeads.has(t.norm);
  const second = tokens[after + 1];
  const third = tokens[after + 2];
  // A third capitalised word makes the second name a thing's ("Karma Innovation and Customization Center").
  if (third !== undefined && /^ $/.test(text.slice(second?.end ?? 0, third.start)) && /^\p{Lu}/u.test(third.text)) return false;
  return tokens[end + 1]?.norm !== '&' && end > i && person(tokens[end - 1]) && person(tokens[end]) && person(tokens[after]) && person(second) && /^ $/.test(text.slice(tokens[after].end, second.start));
}

/** Conjunctions among the connectors of names. */
const conjunctions = new Set(['and', 'et', '&']);

/** Nouns after which a name is a network or a channel, and a person may follow: "sur son compte Twitter André Hatz". */
const accountNouns = new Set(['compte', 'comptes', 'account', 'page', 'chaine', 'channel', 'antenne', 'micro', 'plateau', 'site']);

/** Lower-case particles of surnames: "de Rugy", "de la Fontaine", "von der Leyen", "van Gogh", "du Bellay". */
const particles = new Set(['de', 'du', "d'", 'la', 'von', 'van', 'der', 'den', 'di', 'da', 'dos', 'del']);

/**
 * The index of the last token of a lower-case particle and the surname after it, when `tokens[j]` opens one
 * ("de Rugy", "von der Leyen", "d’Estaing"); 0 when there is none.
 */
function particleAfter(tokens: Token[], j: number, text: string): number {
  let k = j;
  for (let n = 0; n < 2 && k < tokens.length && particles.has(tokens[k].norm) && /^\p{Ll}/u.test(tokens[k].text); n++) k++;
  if (k === j || k >= tokens.length) return 0;
  // "la" only after "de" ("de la Fontaine"): "Carmen la Mexicaine", "Décrire la Pologne" are no names.
  if (tokens[j].norm === 'la') return 0;
  const surname = tokens[k];
  if (!/^\p{Lu}\p{Ll}/u.test(surname.text) || isFunctionWord(surname.norm)) return 0;
  for (let m = j; m <= k; m++) if (!/^\s?$/.test(text.slice(tokens[m - 1].end, tokens[m].start)) && tokens[m - 1].kind !== 'elision') return 0;
  return k;
}

/**
 * Where a person's name starts at the end of a run of name words glued to another name: after a media
 * acronym ("BFMTV Claude Brender"), or after the complement of a role ("le ministre de l’Intérieur Christophe
 * Castaner", "le procureur de la République de Rouen Pascal Prache") when the words before are a name the corpus
 * uses alone. The person is the last two title-case words; 0 when the run is not so.
 */
function personAtEnd(span: Token[], text: string, first: number, tokens: Token[], words: NameUse): number {
  if (span.length < 3) return 0;
  const cut = span.length - 2;
  const [given, surname] = span.slice(cut);
  const titleCase = (t: Token) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text);
  if (!titleCase(given) || !titleCase(surname) || isFunctionWord(given.norm) || isFunctionWord(surname.norm)) return 0;
  if (nameHeads.has(given.norm) || placeHeads.has(given.norm) || organizationWords.has(surname.norm) || organizationWords.has(given.norm)) return 0;
  // "Santé Publique France", "Banque Centrale Européenne": an adjective is no first name.
  if (/(?:ique|iques|ale|ales|aux|aise|oise|ienne|eenne|enne|elle|ive|ives)$/.test(given.norm)) return 0;
  if (!/^\s$/.test(text.slice(span[cut - 1].end, given.start))) return 0;
  // Not a company's or an event's name: "OAO Mobile Telesystems", "Essex County Council", "FA Cup Final".
  if ([given, surname].some((t) => organizationNouns.has(t.norm) || placeNouns.has(t.norm) || productNouns.has(t.norm) || roleNouns.has(t.norm))) return 0;
  const last = span[cut - 1];
  // A source named where a person speaks: "a déclaré sur BFMTV Claude Brender", "told CNN John Smith".
  const mediaBefore = cut === 1 && ['sur', 'on', 'a', 'au', 'to', 'told', 'selon'].includes(tokens[first - 1]?.norm ?? '');
  if (mediaBefore && (/^\p{Lu}{3,}$/u.test(last.text) || /^\p{Lu}{2,}\p{Ll}/u.test(last.text) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(last.text))) return cut;
  // "sur son compte Twitter André Hatz", "on his Facebook page": the account's network, then the person.
  if (cut === 1 && accountNouns.has(tokens[first - 1]?.norm ?? '')) return cut;
  const before = tokens.slice(Math.max(0, first - 4), first).filter((t) => t.kind === 'word' || t.kind === 'elision');
  const afterRole = before.some((t, n) => roleNouns.has(t.norm) && n + 1 < before.length && before.slice(n + 1).every((c) => nameConnectors.has(c.norm) || c.kind === 'elision' || c.norm === 'la'));
  // The complement a name the corpus uses alone, or one that takes an article ("de l’Intérieur", "of the Bank of England").
  const previous = tokens[first - 1];
  const articled = previous !== undefined && (previous.kind === 'elision' || ['la', 'le', 'les', 'the'].includes(previous.norm));
  return afterRole && (words.alone.has(last.norm) || articled) ? cut : 0;
}

/**
 * Whether a capitalised token can start a name. At a sentence start, only when the corpus writes it as a
 * name elsewhere, or it is no function word and another name word follows ("Dou Shen, de Baidu, …").
 */
export function acceptable(token: Token, sentenceStart: boolean, names: Pick<NameStats, 'isName'>, next: Token | undefined): boolean {
  if (isFunctionWord(token.norm) && !isAcronym(token.text)) return false;
  if (!sentenceStart) return true;
  if (names.isName(token.norm) || /.\p{Lu}/u.test(token.text) || /\d/.test(token.text)) return true;
  return next !== undefined && isNameToken(next) && (!isFunctionWord(next.norm) || isAcronym(next.text));
}

/**
 * Two adjacent name words belong to one name, except an acronym the corpus also uses alone beside another
 * name ("puces IA Nvidia" is two names; "SNCF Voyageurs" is one), and a model name after an acronym.
 */
export function joinable(previous: Token, next: Token, alone: ReadonlySet<string>): boolean {
  const separate = (t: Token) => isAcronym(t.text) && !organizationWords.has(t.norm) && alone.has(t.norm);
  // A model name with digits after an acronym is a name of its own ("les futurs LLM R2").
  const model = isAcronym(previous.text) && /\d/.test(next.text);
  return !separate(previous) && !separate(next) && !model;
}

export function isWorthy(surface: string, tokens: Token[]): boolean {
  if (surface.length < 2) return false;
  // A title, a form of address or a weekday alone names no one: "PDG", "Président", "Dr", "Monday".
  if (tokens.length === 1 && (roleNouns.has(tokens[0].norm) || titleWords.has(tokens[0].norm) || honorifics.has(tokens[0].norm) || weekdays.has(tokens[0].norm))) return false;
  // A head noun alone ("Société", "Union") is the start of a name the sentence did not finish.
  if (tokens.length === 1 && (nameHeads.has(tokens[0].norm) || placeHeads.has(tokens[0].norm))) return false;
  if (tokens.length === 1 && /^\p{Lu}$/u.test(surface)) return false;
  return /\p{L}/u.test(surface);
}


/**
 * Whether a name-like token is an amount, a time or an ordinal: a number with lower-case letters ("9.4bn",
 * "110km", "1er", "30-year-old", "4x100m") or an hour ("10h32", "19H00"). "3D", "4G" and "V8" stay names.
 */
export function isNoiseToken(token: Token): boolean {
  const c = token.text.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return !/\p{Lu}/u.test(token.text) || /^\d{1,2}H\d{0,2}$/.test(token.text) || /^\d+(?:ER|RE|E|ÈME|EME|ND|ST|RD|TH)$/.test(token.text);
}

/**
 * The tokens of a sentence for name reading, with the indexes that start a sentence. Scraped text glues
 * sentences ("AFP.Le préfet", "2014.Cette"): such a token is split at the dot, and its second half starts a
 * sentence.
 */
function nameTokens(text: string): { tokens: Token[]; starts: Set<number> } {
  const raw = tokenize(text);
  const starts = new Set<number>();
  if (!raw.some((t) => t.kind === 'word' && (t.text.includes('.') || /^\d{4}\p{Lu}/u.test(t.text)))) return { tokens: raw, starts };
  const tokens: Token[] = [];
  for (const t of raw) {
    // "communiqué.EDF": an acronym glued after a lower-case word ends a sentence too; so does a time or a figure
    // glued after a word ("Guillaume.12h45"; "Qwen2.5" has a digit before its dot).
    const glued = t.kind === 'word' ? (/^([\p{L}\p{N}][\p{L}\p{N}-]+)\.(\p{Lu}(?:\p{Ll}|['’]\p{L})[\p{L}\p{M}'’-]*)$/u.exec(t.text) ?? /^([\p{L}\p{N}][\p{L}\p{N}-]*\p{Ll})\.(\p{Lu}{2,}[\p{L}\p{N}-]*)$/u.exec(t.text) ?? /^(\d{4})\.?(\p{Lu}[\p{L}\p{M}'’-]*)$/u.exec(t.text) ?? /^(\p{L}[\p{L}-]*\p{Ll})\.(\d[\p{L}\p{N}]*)$/u.exec(t.text)) : null;
    if (!glued) {
      tokens.push(t);
      continue;
    }
    const [, first, second] = glued;
    tokens.push(piece(first, t.start, /^\d+$/.test(first) ? 'number' : 'word'));
    // The second half is read again: "L'Europe" is an elision and a word.
    const rest = tokenize(second, t.start + first.length + 1);
    starts.add(tokens.length + (rest[0]?.kind === 'elision' ? 1 : 0));
    tokens.push(...rest);
  }
  return { tokens, starts };
}

function piece(text: string, start: number, kind: Token['kind']): Token {
  // Offsets of the half are in the sentence, as tokenize's are.
  return { text, lower: text.toLowerCase(), norm: fold(text), start, end: start + text.length, kind };
}

/** How the corpus uses capitalised words: `standalone`, not after "de"/"d’"; `alone`, with no name word after. */
export interface NameUse {
  standalone: Set<string>;
  alone: Set<string>;
}

/** Mentions read for an entity's kind and definition: the first ones are enough, and keep big corpora fast. */
export const sampledMentions = 60;

export function sample<T>(candidates: readonly T[]): readonly T[] {
  return candidates.length <= sampledMentions ? candidates : candidates.slice(0, sampledMentions);
}

export function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, n] of counts) {
    // Ties go to the spelling with more capitals inside ("DeepSeek" over "Deepseek"), then the longer one.
    const better = n > bestCount || (n === bestCount && (capitals(surface) > capitals(best) || (capitals(surface) === capitals(best) && surface.length > best.length)));
    if (better) {
      best = surface;
      bestCount = n;
    }
  }
  return best;
}

export function capitals(s: string): number {
  return (s.match(/\p{Lu}/gu) ?? []).length;
}

/** A title joined to its qualifier by a hyphen (« ex-President », "former-President", "Vice-President"): folded. */
function isJoinedTitle(norm: string): boolean {
  const joined = /^(?:ex|former|vice|deputy|co|late|acting)-(.+)$/.exec(norm);
  return joined !== null && titleWords.has(joined[1]);
}
