import type { Span } from '../types';
import { fold } from './normalize';

export interface SplitOptions {
  /** Where to start in the text; 0 by default. */
  start?: number;
  /** Where to stop in the text; its length by default. */
  end?: number;
  /**
   * Join single line breaks into the sentence, as in a Markdown paragraph; only blank lines
   * separate blocks. When false, every line is its own block.
   */
  softBreaks?: boolean;
}

/** V8 on Node 20 segments in quadratic time: segment pieces below this length. */
const MAX_CHUNK = 8_000;
const MIN_CHUNK = MAX_CHUNK / 2;

/** Abbreviations after which a period never ends the sentence (folded, without the period). */
const ALWAYS_ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'mr', 'mrs',
  'ms', 'prof', 'sr', 'gen', 'col', 'cf', 'vs', 'p', 'pp', 'env', 'vol', 'fig', 'no', 'n', 'art',
  'chap', 'ca', 'approx', 'av', 'apr', 'jan', 'janv', 'feb', 'fev', 'fevr', 'mar', 'avr', 'jun',
  'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'ex', 'cie', 'ed', 'eds',
]);
/** Abbreviations that may end a sentence: joined only when a lowercase word or a digit follows. */
const TRAILING_ABBREVIATIONS = new Set([
  'etc', 'inc', 'ltd', 'corp', 'co', 'jr', 'al', 'min', 'max', 'resp', 'ibid', 'op', 'cit', 'dept',
]);
const LAST_WORD_BEFORE_PERIOD = /(?:^|[^\p{L}\p{N}.&])(\p{L}+(?:[.&]\p{L}+)*)\.[)\]»"”’]*$/u;
/**
 * A sentence end glued to the next sentence, as scraped news writes it (« 4.000 euros.Les émanations »,
 * « Pierre-André Durand.Sur le plan », « a indiqué un responsable à l'AFP.Un mur »): a word of two or more letters
 * ending in a lower-case letter or a digit, or an acronym of two or more capitals (or a closing quote), the end
 * mark, and a capitalised word of lower-case letters. Initials and titles (« M.Dupont »: one capital; « U.S.Army »:
 * one capital after a period), domain names (« Amazon.com »: lower case after) and decimals (« 3.57 ») do not match.
 */
const GLUED_END = /(\p{L}*[\p{Ll}\p{N}]|\p{N}+|\p{Lu}{2,})((?:[\s\u00a0\u202f]?[)\]»"”’])?[.!?][)\]»"”’]*)(?=\p{Lu}\p{Ll})/gu;
const INITIAL = /^\p{Lu}$/u;
const STARTS_LOWER_OR_DIGIT = /^[("«“‘\s]*[\p{Ll}\p{N}]/u;
const SENTENCE_END = /[.!?…]["»”’)\]]*$/u;

let segmenter: Intl.Segmenter | undefined;

function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('fr', { granularity: 'sentence' });
  return segmenter;
}

/**
 * Splits `text[start, end)` into sentences. Each span is an offset range into `text`, trimmed
 * of surrounding whitespace and never empty. Headings, list items and lines without final
 * punctuation are sentences of their own unless `softBreaks` joins single line breaks.
 * Splits after common abbreviations ("M.", "p.", "env.", "Dr.") and initials ("J. Smith")
 * are undone.
 */
export function splitSentences(text: string, options: SplitOptions = {}): Span[] {
  const start = Math.max(0, options.start ?? 0);
  const end = Math.min(text.length, options.end ?? text.length);
  const spans: Span[] = [];
  for (const block of blocks(text, start, end, options.softBreaks ?? false)) {
    spans.push(...splitBlock(text, block));
  }
  return spans;
}

interface Block extends Span {
  /** The block's text, with soft line breaks replaced by spaces (same length). */
  content: string;
}

function blocks(text: string, start: number, end: number, softBreaks: boolean): Block[] {
  const region = text.slice(start, end);
  const separator = softBreaks ? /\n[ \t\r]*\n[\s]*/g : /\r?\n|\r/g;
  const result: Block[] = [];
  let from = 0;
  const push = (to: number) => {
    if (to <= from) return;
    let content = region.slice(from, to);
    if (softBreaks) content = content.replace(/[\r\n]/g, ' ');
    if (content.trim() !== '') result.push({ start: start + from, end: start + to, content });
  };
  for (const match of region.matchAll(separator)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(region.length);
  return result;
}

function splitBlock(text: string, block: Block): Span[] {
  const spans: Span[] = [];
  const continuations = new Set<Span>();
  for (const chunk of chunks(block.content)) {
    const piece = block.content.slice(chunk.start, chunk.end);
    let first = true;
    for (const segment of sentenceSegmenter().segment(piece)) {
      const from = chunk.start + segment.index;
      const span = trim(block.content, block.start, from, from + segment.segment.length);
      if (!span) continue;
      if (first && chunk.forced) continuations.add(span);
      first = false;
      spans.push(span);
    }
  }
  return mergeWrongSplits(text, spans, continuations).flatMap((span) => splitGlued(text, span)).flatMap((span) => splitBullets(text, span)).flatMap((span) => splitBeforeFigure(text, span));
}

/**
 * A sentence end followed by a sentence that opens on a figure (« … selon les pompiers. 54 blessés ont été
 * transportés », « … en 2003. 2004 a été … », « … 12 mai 2001 : … »): the word before the end mark (group 1), the
 * end mark and its closing marks (group 2), then white space before a digit. Intl.Segmenter does not break there
 * when the first letter after the figure is lower case (UAX #29 SB8), so two facts were one passage and one's
 * year or figure was read as the other's.
 */
const END_BEFORE_FIGURE = /([\p{L}\p{N}%)\]»"”’]+)([.!?][)\]»"”’]*)[\s\u00a0\u202f]+(?=\p{N})/gu;

/**
 * Splits a span before a figure that opens a sentence after an end mark ({@link END_BEFORE_FIGURE}), unless the
 * period is no sentence end: an ellipsis (« pèse ainsi... 652 kg »), an abbreviation or an initial before it (« p.
 * 12 », « art. 3 », « J. 5 »), or a number before it that the figure continues (« 1. 2. 3. »: a numbered list).
 */
function splitBeforeFigure(text: string, span: Span): Span[] {
  const content = text.slice(span.start, span.end);
  if (!/[.!?][)\]»"”’]*\s+\p{N}/u.test(content)) return [span];
  const result: Span[] = [];
  let from = 0;
  for (const match of content.matchAll(END_BEFORE_FIGURE)) {
    const word = match[1];
    const mark = match[2];
    const markAt = match.index + word.length;
    if (mark.startsWith('.') && (content[markAt - 1] === '.' || content[markAt + 1] === '.')) continue;
    if (/^\p{L}+$/u.test(word) && (ALWAYS_ABBREVIATIONS.has(fold(word)) || INITIAL.test(word))) continue;
    if (/^\p{N}{1,2}$/u.test(word)) continue;
    const end = markAt + mark.length;
    const next = match.index + match[0].length;
    if (end - from < 2) continue;
    result.push({ start: span.start + from, end: span.start + end });
    from = next;
  }
  if (from === 0) return [span];
  result.push({ start: span.start + from, end: span.end });
  return result;
}

/**
 * A list's bullet after a sentence end, as scraped chronologies write their items in one paragraph (« … à décembre
 * 1987.• 28 juin 2004 : L'État est condamné … », "… in 1987. • 28 June 2004: …"): the end mark (closing marks and
 * white space may follow it), then the bullet. Intl.Segmenter does not break there when the item's first letter is
 * lower case (« • 28 juin »: UAX #29 rule SB8 reads a lower-case word after a period as the sentence going on).
 */
const BULLET_AFTER_END = /[.!?…][)\]»"”’]*[\s\u00a0\u202f]*(?=[•‣◦▪●■►])/gu;
const BULLET = /[•‣◦▪●■►]/u;

/** Splits a span before each list bullet that follows a sentence end ({@link BULLET_AFTER_END}): the item is a sentence of its own. */
function splitBullets(text: string, span: Span): Span[] {
  const content = text.slice(span.start, span.end);
  if (!BULLET.test(content)) return [span];
  const result: Span[] = [];
  let from = 0;
  for (const match of content.matchAll(BULLET_AFTER_END)) {
    const end = match.index + match[0].replace(/[\s\u00a0\u202f]+$/u, '').length;
    const next = match.index + match[0].length;
    if (next >= content.length) continue;
    result.push({ start: span.start + from, end: span.start + end });
    from = next;
  }
  if (from === 0) return [span];
  result.push({ start: span.start + from, end: span.end });
  return result;
}

/** Splits a span where a sentence end is glued to the next sentence (GLUED_END), unless the word before is an abbreviation. */
function splitGlued(text: string, span: Span): Span[] {
  if (nextGluedEnd(text, span.start, span.end) < 0) return [span];
  const content = text.slice(span.start, span.end);
  const result: Span[] = [];
  let from = 0;
  for (const match of gluedEnds(content)) {
    const word = match[1];
    if (/^\p{L}/u.test(word) && word.length < 2) continue;
    if (/^\p{L}+$/u.test(word) && (ALWAYS_ABBREVIATIONS.has(fold(word)) || INITIAL.test(word))) continue;
    const cut = match.index + match[0].length;
    if (cut - from < 2) continue;
    result.push({ start: span.start + from, end: span.start + cut });
    from = cut;
  }
  if (from === 0) return [span];
  result.push({ start: span.start + from, end: span.end });
  return result;
}

/** What follows a glued end ({@link GLUED_END}'s lookahead), read at one place (sticky). */
const UPPER_THEN_LOWER = /\p{Lu}\p{Ll}/uy;

/** White space, and white space or an end mark (what no word before a glued end holds), read at one place (sticky). */
const SPACE = /\s/y;
const SPACE_OR_END_MARK = /[\s.!?]/y;

/**
 * The first end mark of `text[start, end)` after which a {@link GLUED_END} may match: closing marks, then an upper-case
 * letter and a lower-case one; -1 if none. A necessary condition, read at the end marks only: most sentences have one,
 * at their end, and the regex, which starts at every letter, was a fifth of the time spent splitting 10,000 real
 * articles into sentences (CPU profile).
 */
function nextGluedEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue;
    let j = i + 1;
    while (j < end && isClosingMark(text.charCodeAt(j))) j++;
    if (j + 1 >= end) continue;
    UPPER_THEN_LOWER.lastIndex = j;
    if (UPPER_THEN_LOWER.test(text)) return i;
  }
  return -1;
}

/**
 * The matches of {@link GLUED_END} in `content`, those of `content.matchAll(GLUED_END)`, the regex run only from the
 * word before each end mark that {@link nextGluedEnd} finds (a glued paragraph of scraped news is long, and the regex
 * starts at every letter). No match starts earlier: a match is a word of letters and digits, maybe a closing mark
 * (after a space, maybe), and the end mark; the scan back passes those, then stops only at a space, an end mark or
 * where the last match ended.
 */
export function* gluedEnds(content: string): Generator<RegExpExecArray> {
  for (let from = 0; ; ) {
    const mark = nextGluedEnd(content, from, content.length);
    if (mark < 0) return;
    let start = mark;
    if (start > from && isClosingMark(content.charCodeAt(start - 1))) {
      start--;
      if (start > from && isAt(SPACE, content, start - 1)) start--;
    }
    while (start > from && !isAt(SPACE_OR_END_MARK, content, start - 1)) start--;
    GLUED_END.lastIndex = start;
    const match = GLUED_END.exec(content);
    if (!match) return;
    from = match.index + match[0].length;
    yield match;
  }
}

/** Whether a sticky regex matches `text` at `at`. */
function isAt(regex: RegExp, text: string, at: number): boolean {
  regex.lastIndex = at;
  return regex.test(text);
}

/** The closing marks GLUED_END allows after an end mark: `)`, `]`, `»`, `"`, `”`, `’`. */
function isClosingMark(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019;
}

interface Chunk extends Span {
  /** Starts at a whitespace cut inside a sentence, because no sentence end was near. */
  forced: boolean;
}

function chunks(content: string): Chunk[] {
  const result: Chunk[] = [];
  let from = 0;
  let forced = false;
  while (content.length - from > MAX_CHUNK) {
    const cut = findCut(content, from);
    result.push({ start: from, end: cut.at, forced });
    from = cut.at;
    forced = cut.forced;
  }
  result.push({ start: from, end: content.length, forced });
  return result;
}

function findCut(content: string, from: number): { at: number; forced: boolean } {
  let whitespace = -1;
  for (let i = from + MAX_CHUNK; i > from + MIN_CHUNK; i--) {
    if (!/\s/.test(content[i])) continue;
    if (SENTENCE_END.test(content.slice(Math.max(from, i - 4), i))) return { at: i, forced: false };
    if (whitespace < 0) whitespace = i;
  }
  if (whitespace >= 0) return { at: whitespace, forced: true };
  let at = from + MAX_CHUNK;
  if (/[\udc00-\udfff]/.test(content[at])) at--;
  return { at, forced: true };
}

function trim(content: string, base: number, from: number, to: number): Span | undefined {
  while (from < to && /\s/.test(content[from])) from++;
  while (to > from && /\s/.test(content[to - 1])) to--;
  return from < to ? { start: base + from, end: base + to } : undefined;
}

function mergeWrongSplits(text: string, spans: Span[], continuations: Set<Span>): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && (continuations.has(span) || shouldJoin(text, previous, span))) previous.end = span.end;
    else merged.push({ ...span });
  }
  return merged;
}

function shouldJoin(text: string, previous: Span, next: Span): boolean {
  const before = text.slice(Math.max(previous.start, previous.end - 40), previous.end);
  const after = text.slice(next.start, Math.min(next.end, next.start + 8));
  if (previous.end === next.start && /[.,]$/.test(before) && /^[\p{L}\p{N}]/u.test(after)) return true;
  if (questionInsideSentence(before, after)) return true;
  const abbreviation = LAST_WORD_BEFORE_PERIOD.exec(before)?.[1];
  if (abbreviation === undefined) return false;
  if (INITIAL.test(abbreviation)) return true;
  const folded = fold(abbreviation);
  if (ALWAYS_ABBREVIATIONS.has(folded)) return true;
  return TRAILING_ABBREVIATIONS.has(folded) && STARTS_LOWER_OR_DIGIT.test(after);
}

/** A question or exclamation mark (and its closing marks) at the end of the text before a cut. */
const QUESTION_OR_EXCLAMATION_END = /[?!][)\]»"”’]*$/u;
/** A word in lower case opening the text after a cut (after quote marks or a parenthesis, if any: « Qui ? » a-t-il dit). */
const STARTS_LOWER_WORD = /^[()"«»“”‘’\s]*\p{Ll}/u;

/**
 * Whether a "?" or "!" before a cut ends no sentence because a lower-case word follows it: a title ending in one
 * (« Are We There Yet? slipped to second place »), a quoted question the sentence goes on from (« "Qui est là ?"
 * a-t-il demandé »). Intl.Segmenter breaks after "?" and "!" whatever follows (UAX #29 SB11); a new sentence opens
 * on a capital or a figure.
 */
function questionInsideSentence(before: string, after: string): boolean {
  return QUESTION_OR_EXCLAMATION_END.test(before) && STARTS_LOWER_WORD.test(after);
}
