import type { Span } from '../types';
import type { AlignedText, TextRange } from './proseBuilder';

/** One cited key: `span` covers "@id" (or "@{id}", a braced key) in the source. */
export interface CitationKey {
  id: string;
  span: Span;
  /** Page or section after the key ("p. 3"), when given. */
  locator?: string;
}

/** A Pandoc citation: `span` covers "[@a; @b, p. 3]" (or "@a" for an in-text one) in the source. */
export interface Citation {
  span: Span;
  keys: CitationKey[];
  /**
   * Source offset the citation belongs at when it is written elsewhere: a footnote that only cites is anchored at
   * its reference (`claim[^1]` … `[^1]: [@key]`). Absent: it belongs where it is written.
   */
  anchor?: number;
}

/** Where citations were found in a block's text, with the text ranges they occupy. */
export interface FoundCitations {
  citations: Citation[];
  ranges: TextRange[];
}

/** A citation key as Pandoc reads it: a plain key, or any key between braces (`@{https://doi.org/…}`). */
const KEY = String.raw`(?:\{([^{}\s]+)\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_:.#$%&\-+?<>~/]*[\p{L}\p{N}_])?))`;
const BRACKETED = /\[([^[\]]*)\]/g;
const KEY_IN_PART = new RegExp(String.raw`(?<!\S)-?@${KEY}`, 'u');
/**
 * What may stand right before an in-text `@key`: Pandoc takes any `@` not glued to a word (`(@key)`, `«@key»`,
 * `—@key`); this keeps the start, whitespace, opening brackets and quotes, and dashes, and leaves out `/`, `:` and
 * `.`, which put an `@` inside a URL or an address (`twitter.com/@name`).
 */
const IN_TEXT = new RegExp(String.raw`(?<![^\s(«“‘‹"'—–])@${KEY}`, 'gu');
const IN_TEXT_LOCATOR = /^ ?\[([^[\]@]*)\]/;
const URL = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>]*[^\s<>.,;:!?'")\]}]/gi;

function overlaps(ranges: readonly TextRange[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && r.start < end);
}

function locatorOf(rest: string): string | undefined {
  const locator = rest.replace(/^\s*,?\s*/, '').trim();
  return locator.length > 0 ? locator : undefined;
}

/**
 * Finds Pandoc citations in a block's readable text: bracketed (`[@a]`, `[see @a, p. 3; @b]`, `[-@a]`, `[@{a}]`)
 * and in-text (`@a`, `@a [p. 3]`, `(@a)`, `@{a}`) ones; in a bracketed citation the `@` follows whitespace or the
 * bracket, an in-text one is not glued to a word (see IN_TEXT).
 * Brackets and `@` must be literal in the source (not escaped).
 */
export function findCitations(aligned: AlignedText, source: string): FoundCitations {
  const { text, starts, ends } = aligned;
  const citations: Citation[] = [];
  const ranges: TextRange[] = [];
  if (!text.includes('@')) return { citations, ranges };
  const literal = (at: number, ch: string): boolean => source[starts[at]] === ch && source[starts[at] - 1] !== '\\';
  const keySpan = (at: number, written: number): Span => ({ start: starts[at], end: ends[at + written - 1] });

  for (const match of text.matchAll(BRACKETED)) {
    const open = match.index;
    const close = open + match[0].length - 1;
    if (!match[1].includes('@') || !literal(open, '[') || !literal(close, ']')) continue;
    const keys: CitationKey[] = [];
    let partStart = open + 1;
    let valid = true;
    for (const part of match[1].split(';')) {
      const found = KEY_IN_PART.exec(part);
      if (!found) {
        valid = false;
        break;
      }
      const keyStart = found[0].indexOf('@');
      const at = partStart + found.index + keyStart;
      const id = found[1] ?? found[2];
      if (!literal(at, '@')) {
        valid = false;
        break;
      }
      const locator = locatorOf(part.slice(found.index + found[0].length));
      keys.push({ id, span: keySpan(at, found[0].length - keyStart), ...(locator ? { locator } : {}) });
      partStart += part.length + 1;
    }
    if (!valid) continue;
    citations.push({ span: { start: starts[open], end: ends[close] }, keys });
    ranges.push({ start: open, end: close + 1 });
  }

  const bracketed = ranges.slice();
  for (const match of text.matchAll(IN_TEXT)) {
    const at = match.index;
    const id = match[1] ?? match[2];
    const written = match[0].length;
    let end = at + written;
    if (overlaps(bracketed, at, end) || !literal(at, '@')) continue;
    const suffix = IN_TEXT_LOCATOR.exec(text.slice(end, end + 200));
    let locator: string | undefined;
    if (suffix && literal(end + suffix[0].indexOf('['), '[')) {
      locator = suffix[1].trim() || undefined;
      end += suffix[0].length;
    }
    citations.push({ span: { start: starts[at], end: ends[end - 1] }, keys: [{ id, span: keySpan(at, written), ...(locator ? { locator } : {}) }] });
    ranges.push({ start: at, end });
  }

  citations.sort((a, b) => a.span.start - b.span.start);
  ranges.sort((a, b) => a.start - b.start);
  return { citations, ranges };
}

/** Text ranges of bare URLs (`https://…`, `www.…`) that do not overlap `taken`. */
export function findBareUrls(text: string, taken: readonly TextRange[]): TextRange[] {
  const ranges: TextRange[] = [];
  if (!text.includes('http') && !text.includes('www.') && !text.includes('WWW.')) return ranges;
  for (const match of text.matchAll(URL)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!overlaps(taken, start, end)) ranges.push({ start, end });
  }
  return ranges;
}
