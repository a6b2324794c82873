import type { CorpusDocument } from '../corpus/document';
import type { CorpusReader } from '../backend/corpusReader';
import { directiveComment } from '../markdown/directives';
import type { ParsedMarkdown } from '../markdown/parseMarkdown';
import type { Span } from '../types';

// The markers make the section a generated one: parseMarkdown never checks what lies between them.
const begin = directiveComment('bibliography');
const end = directiveComment('end bibliography');

/** The cited corpus documents of a draft, in order of first citation, each once; unknown ids are left out. */
export function citedSources(parsed: ParsedMarkdown, index: CorpusReader): CorpusDocument[] {
  const seen = new Set<CorpusDocument>();
  for (const citation of parsed.citations) {
    for (const key of citation.keys) {
      const doc = index.documentById(key.id);
      if (doc) seen.add(doc);
    }
  }
  return [...seen];
}

/** One Markdown reference line: title, author, date, address and citation key. */
function referenceLine(doc: CorpusDocument): string {
  const parts = [`*${doc.title.replace(/[*_]/g, '\\$&')}*`];
  if (doc.author) parts.push(doc.author);
  if (doc.date) parts.push(doc.date);
  if (doc.url) parts.push(`<${doc.url}>`);
  return `- ${parts.join(', ')} — \`@${doc.id}\``;
}

/**
 * Headings that name a references section, in English and French, compared without case, accents, a leading
 * number (« 5. », « V - ») or a final colon.
 */
const REFERENCES_HEADING =
  /^(?:references?|reference list|list of references|bibliography|works cited|literature cited|sources|sources cited|references and notes|notes and references|bibliographie|references bibliographiques|liste des references|ouvrages cites|sources citees|notes et references)$/;

/** Whether a heading's text names a references section (see {@link REFERENCES_HEADING}). */
export function isReferencesHeading(heading: string): boolean {
  const plain = heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^\s*(?:\d+|[ivxlc]+)(?:\.\d+)*\s*[.):–—-]?\s+/, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return REFERENCES_HEADING.test(plain);
}

/**
 * The edit that writes (or rewrites) the draft's references section: the span to replace and its new text.
 * The list sits between marker comments, so running it again updates it in place. The first time it goes under
 * the draft's own references heading when it has one (« ## References », « ### Bibliographie », any level: see
 * {@link isReferencesHeading}), at the end of that heading's section; else at the end of the draft under a heading of
 * its own, `heading` (« Références », in the draft's language). A references heading is never written twice.
 * Undefined when the draft cites no known source.
 */
export function bibliographyEdit(text: string, parsed: ParsedMarkdown, index: CorpusReader, heading: string): { span: Span; newText: string } | undefined {
  const sources = citedSources(parsed, index);
  if (sources.length === 0) return undefined;
  const from = text.indexOf(begin);
  const to = from >= 0 ? text.indexOf(end, from) : -1;
  const marked = from >= 0 && to >= 0 ? { start: from, end: to + end.length } : undefined;
  const own = ownReferencesHeading(text, parsed, marked);
  const section = [begin, ...(own ? [] : [`## ${heading}`, '']), ...sources.map(referenceLine), end].join('\n');
  if (marked) return { span: marked, newText: section };
  const at = own ? own.sectionEnd : text.length;
  const before = text.slice(0, at);
  const separator = before.length === 0 || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const after = at < text.length ? '\n\n' : '\n';
  return { span: { start: at, end: at }, newText: `${separator}${section}${after}` };
}

/**
 * The draft's own references heading, outside the generated section: for a draft with the section, the one
 * whose section holds it; for one without, the last such heading, with the end of its section (the next
 * heading of its level or above, else the end of the draft).
 */
function ownReferencesHeading(text: string, parsed: ParsedMarkdown, marked: Span | undefined): { sectionEnd: number } | undefined {
  const headings = parsed.blocks
    .filter((b) => b.kind === 'heading' && !(marked && b.span.start >= marked.start && b.span.start < marked.end))
    .map((b) => ({ start: lineStart(text, b.span.start), text: b.text, level: headingLevel(text, b.span.start) }));
  if (marked) {
    const before = headings.filter((h) => h.start < marked.start);
    const inSection = before.some((h, i) => isReferencesHeading(h.text) && before.slice(i + 1).every((later) => later.level > h.level));
    return inSection ? { sectionEnd: marked.start } : undefined;
  }
  const i = headings.findLastIndex((h) => isReferencesHeading(h.text));
  if (i < 0) return undefined;
  const next = headings.slice(i + 1).find((h) => h.level <= headings[i].level);
  return { sectionEnd: next ? next.start : text.length };
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
}

/** The level of the heading whose text starts at `offset`: its `#` count, or 1 / 2 for a setext `=` / `-` underline. */
function headingLevel(text: string, offset: number): number {
  const start = lineStart(text, offset);
  const atx = /^ {0,3}(#{1,6})/.exec(text.slice(start, offset));
  if (atx) return atx[1].length;
  const nextLine = text.indexOf('\n', offset);
  const lineAfter = nextLine >= 0 ? text.slice(nextLine + 1).split('\n', 1)[0] : '';
  const underline = /^ {0,3}(=+|-+)[ \t]*\r?$/.exec(lineAfter);
  return underline?.[1].startsWith('=') ? 1 : 2;
}
