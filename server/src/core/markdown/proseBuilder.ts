import { fromMarkdown } from 'mdast-util-from-markdown';

/** Readable text with, for each UTF-16 unit, the source span it came from. */
export interface AlignedText {
  text: string;
  /** starts[i]: source offset of text[i]. */
  starts: number[];
  /** ends[i]: source offset just after the source of text[i] (after a whole entity, a whole CRLF). */
  ends: number[];
}

/** A half-open range [start, end) of an {@link AlignedText}'s text. */
export interface TextRange {
  start: number;
  end: number;
}

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const CLOSING_PUNCTUATION = /^[.,;:!?)\]}»”]$/;
/** Brackets and quotes left empty when all they held is removed ("(@key)", "($x$)"): dropped with it. */
const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '«': '»', '“': '”' };
const entityCache = new Map<string, string | undefined>();

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/**
 * Decodes one character reference the way micromark does.
 * Returns `undefined` when the reference is not a valid one (micromark keeps it literally).
 */
function decodeEntity(entity: string): string | undefined {
  if (entityCache.has(entity)) return entityCache.get(entity);
  let decoded: string | undefined;
  const paragraph = fromMarkdown(entity).children[0];
  if (paragraph?.type === 'paragraph') {
    const first = paragraph.children[0];
    if (paragraph.children.length === 1 && first?.type === 'text' && first.value !== entity) decoded = first.value;
  }
  entityCache.set(entity, decoded);
  return decoded;
}

/**
 * Accumulates the prose of one block, keeping each character's source span.
 * After a {@link gap} (removed markup such as inline code) it does not let spaces pile up,
 * nor leave a space before closing punctuation.
 */
export class ProseBuilder {
  private readonly chars: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private afterGap = false;

  constructor(private readonly source: string) {}

  /** Appends one UTF-16 unit that stands for source[start, end). */
  push(ch: string, start: number, end: number): void {
    if (this.afterGap) {
      if (isSpace(ch) && (this.chars.length === 0 || isSpace(this.chars[this.chars.length - 1]))) return;
      if (CLOSING_PUNCTUATION.test(ch)) this.popTrailingSpace();
      // Brackets that held only what was dropped ("($x$)", "(`code`)") go with it.
      if (this.chars.length > 0 && PAIRS[this.chars[this.chars.length - 1]] === ch) {
        this.pop();
        this.popTrailingSpace();
        return;
      }
      this.afterGap = false;
    }
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(Math.max(start, end));
  }

  /** Marks that some source between the previous and the next character was dropped. */
  gap(): void {
    this.afterGap = true;
  }

  /** Appends a hard or soft line break found in source[start, end) as one space (or `ch`) mapped to the line ending. */
  pushLineBreak(start: number, end: number, ch = ' '): void {
    const s = this.source;
    let at = start;
    while (at < end && s[at] !== '\n' && s[at] !== '\r') at++;
    if (at >= end) {
      this.push(ch, start, Math.max(start, end));
      return;
    }
    const after = s[at] === '\r' && s[at + 1] === '\n' ? at + 2 : at + 1;
    this.push(ch, at, after);
  }

  /**
   * Appends a hard line break (a backslash or two spaces at the end of a line, in source[start, end)): a line feed
   * when the next line starts with a capital letter, as a new sentence does (the sentence splitter ends a sentence
   * at a line feed: « … 170 mètres de long\\ » then « Le pont, construit en 1911, … » are two claims); otherwise the
   * space any line break is. Either is one character mapped to the line ending, so offsets hold.
   */
  pushHardBreak(start: number, end: number): void {
    const s = this.source;
    let next = end;
    while (next < s.length && (s[next] === ' ' || s[next] === '\t' || s[next] === '>' || s[next] === '\r' || s[next] === '\n')) next++;
    this.pushLineBreak(start, end, /^\p{Lu}/u.test(s.slice(next, next + 2)) ? '\n' : ' ');
  }

  /**
   * Appends the value of a text node whose source is source[start, end), aligning every character
   * of the value to the source despite escapes, character references, line prefixes and CRLF.
   */
  pushText(value: string, start: number, end: number): void {
    const s = this.source;
    const limit = Math.min(end, s.length);
    let i = 0;
    let j = Math.min(start, limit);
    while (i < value.length) {
      const ch = value[i];
      if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && value[i + 1] === '\n' ? 2 : 1;
        j = this.pushSourceLineEnding(j, limit);
        continue;
      }
      if (j < limit) {
        if (s[j] === '\\' && s[j + 1] === ch && ASCII_PUNCTUATION.test(ch)) {
          this.push(ch, j + 1, j + 2);
          i++;
          j += 2;
          continue;
        }
        if (s[j] === '&') {
          ENTITY.lastIndex = j;
          const match = ENTITY.exec(s);
          if (match && j + match[0].length <= limit) {
            const decoded = decodeEntity(match[0]);
            if (decoded !== undefined && decoded.length > 0 && value.startsWith(decoded, i)) {
              const after = j + match[0].length;
              for (const unit of decoded) {
                for (let k = 0; k < unit.length; k++) this.push(unit[k], j, after);
              }
              i += decoded.length;
              j = after;
              continue;
            }
          }
        }
        if (s[j] === ch) {
          this.push(ch, j, j + 1);
          i++;
          j++;
          continue;
        }
        const found = s.indexOf(ch, j);
        if (found !== -1 && found < limit) {
          j = found;
          continue;
        }
      }
      this.push(ch, j, j);
      i++;
    }
  }

  private pushSourceLineEnding(from: number, limit: number): number {
    const s = this.source;
    let at = from;
    while (at < limit && s[at] !== '\n' && s[at] !== '\r') at++;
    if (at >= limit) {
      this.push(' ', Math.min(from, limit), Math.min(from, limit));
      return limit;
    }
    let after = s[at] === '\r' && s[at + 1] === '\n' ? at + 2 : at + 1;
    this.push(' ', at, after);
    while (after < limit && (s[after] === ' ' || s[after] === '\t' || s[after] === '>')) after++;
    return after;
  }

  private popTrailingSpace(): void {
    while (this.chars.length > 0 && isSpace(this.chars[this.chars.length - 1])) this.pop();
  }

  private pop(): void {
    this.chars.pop();
    this.starts.pop();
    this.ends.pop();
  }

  /** The text so far. */
  build(): AlignedText {
    return { text: this.chars.join(''), starts: this.starts.slice(), ends: this.ends.slice() };
  }
}

/**
 * Removes ranges (sorted, non-overlapping) from an aligned text. A space left before a removed range is
 * dropped when what follows is a space, closing punctuation or the end; at the start, the space after is dropped.
 * Brackets or quotes that held nothing but a removed range ("(@key)") are removed with it.
 */
export function removeRanges(aligned: AlignedText, ranges: readonly TextRange[]): AlignedText {
  if (ranges.length === 0) return aligned;
  const { text, starts, ends } = aligned;
  const chars: string[] = [];
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  const pop = () => {
    chars.pop();
    outStarts.pop();
    outEnds.pop();
  };
  const popSpaces = () => {
    while (chars.length > 0 && isSpace(chars[chars.length - 1])) pop();
  };
  let next = 0;
  let at = 0;
  while (at < text.length) {
    while (next < ranges.length && ranges[next].start < at) next++;
    const range = ranges[next];
    if (range && at === range.start) {
      next++;
      at = Math.max(range.end, at);
      at = closeEmptyPair(text, at, chars, pop);
      const following = text[at];
      if (following === undefined || isSpace(following) || CLOSING_PUNCTUATION.test(following)) popSpaces();
      if (chars.length === 0) while (at < text.length && isSpace(text[at])) at++;
      continue;
    }
    chars.push(text[at]);
    outStarts.push(starts[at]);
    outEnds.push(ends[at]);
    at++;
  }
  return { text: chars.join(''), starts: outStarts, ends: outEnds };
}

/**
 * After a removal at `text[at]`: when the characters kept so far end with an opening bracket or quote (spaces
 * aside) and the text goes on with its closing one (spaces aside), both are dropped. Returns where to go on.
 */
function closeEmptyPair(text: string, at: number, chars: string[], pop: () => void): number {
  let last = chars.length - 1;
  while (last >= 0 && isSpace(chars[last])) last--;
  const close = last >= 0 ? PAIRS[chars[last]] : undefined;
  if (!close) return at;
  let after = at;
  while (after < text.length && isSpace(text[after])) after++;
  if (text[after] !== close) return at;
  while (chars.length > last) pop();
  return after + 1;
}

/** Removes leading and trailing whitespace. */
export function trimAligned(aligned: AlignedText): AlignedText {
  const { text, starts, ends } = aligned;
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text[from])) from++;
  while (to > from && isSpace(text[to - 1])) to--;
  if (from === 0 && to === text.length) return aligned;
  return { text: text.slice(from, to), starts: starts.slice(from, to), ends: ends.slice(from, to) };
}
