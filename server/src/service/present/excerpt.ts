import type { Span } from '../../core/types';
import { tokenize, type Token } from '../../core/text/tokenize';

/** How long an excerpt of a source passage may be, in characters (about two lines of a hover or a Problems row). */
export const excerptLength = 160;
/** How long a source title is shown before it is cut. */
const titleLength = 60;
/** How long a claim is quoted in a one-line message. */
const claimLength = 70;

/** A part of an excerpt: text as is, or the focus (the value a message names), to show marked. */
export interface ExcerptPart {
  text: string;
  focus?: boolean;
}

/**
 * Where a passage states what a claim says: the run of its words that stand for the claim's words (`isEvidence`
 * on each word's token) holding the most of them within `max` characters, as offsets into the passage with its
 * white space collapsed (as {@link excerptAround} shows it). Undefined when no word matches.
 */
export function evidenceSpan(passage: string, isEvidence: (token: Token) => boolean, max = excerptLength): Span | undefined {
  const text = passage.replace(/\s+/g, ' ').trim();
  const hits = tokenize(text).filter((t) => (t.kind === 'word' || t.kind === 'number') && isEvidence(t));
  let best: Span | undefined;
  let bestCount = 0;
  for (let i = 0, j = 0; i < hits.length; i++) {
    while (hits[i].end - hits[j].start > max) j++;
    if (i - j + 1 > bestCount) {
      bestCount = i - j + 1;
      best = { start: hits[j].start, end: hits[i].end };
    }
  }
  return best;
}

/**
 * A short excerpt of a passage around `focus` (the source's value a message names), cut at word boundaries,
 * never inside the focus, with « … » where it is cut: at most about `max` characters. Without a focus, or when it
 * is not in the passage, around `centre` (offsets into the passage with its white space collapsed, see
 * {@link evidenceSpan}: the words that state the claim), else the passage's start. Parts in order, the focus marked.
 */
export function excerptAround(passage: string, focus: string | undefined, max = excerptLength, centre?: Span): ExcerptPart[] {
  const text = passage.replace(/\s+/g, ' ').trim();
  const at = focus ? text.indexOf(focus) : -1;
  if (text.length <= max) return at < 0 || !focus ? [{ text }] : split(text, at, focus.length);
  let start = 0;
  let end = max;
  const window = at >= 0 && focus ? { start: at, end: at + focus.length } : centre && centre.end <= text.length ? centre : undefined;
  if (window) {
    const room = Math.max(0, max - (window.end - window.start));
    start = Math.max(0, window.start - Math.floor(room / 2));
    end = Math.min(text.length, start + max);
    start = Math.max(0, end - max);
  }
  // Cut at word boundaries, outside the focus (or the words centred on).
  const keepFrom = window ? window.start : -1;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && (keepFrom < 0 || space < keepFrom) ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    const keepTo = window ? window.end : 0;
    end = space > start && space >= keepTo ? space : Math.max(end, keepTo);
  }
  const body = text.slice(start, end).replace(/[\s,;:]+$/, '');
  const parts = at >= 0 && focus && at >= start && at + focus.length <= start + body.length ? split(body, at - start, focus.length) : [{ text: body }];
  if (start > 0) parts.unshift({ text: '…' });
  if (start + body.length < text.length) parts.push({ text: '…' });
  return merge(parts);
}

/** An excerpt as plain text (no marking); `centre` as for {@link excerptAround}. */
export function excerptText(passage: string, focus?: string, max = excerptLength, centre?: Span): string {
  return excerptAround(passage, focus, max, centre)
    .map((p) => p.text)
    .join('');
}

/** A source title short enough for one line: cut at a word boundary with « … ». */
export function shortTitle(title: string): string {
  return cut(title.replace(/\s+/g, ' ').trim(), titleLength);
}

/** A claim short enough to quote in a one-line message, its final punctuation left out. */
export function shortClaim(claim: string): string {
  return cut(claim.replace(/\s+/g, ' ').trim().replace(/[\s.!…]+$/, ''), claimLength);
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, space > max / 2 ? space : max - 1).replace(/[\s,;:—–-]+$/, '')}…`;
}

function split(text: string, at: number, length: number): ExcerptPart[] {
  return [{ text: text.slice(0, at) }, { text: text.slice(at, at + length), focus: true }, { text: text.slice(at + length) }].filter((p) => p.text !== '');
}

function merge(parts: ExcerptPart[]): ExcerptPart[] {
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last && !last.focus && !part.focus) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}
