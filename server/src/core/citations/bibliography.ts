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
 * The edit that writes (or rewrites) the draft's references section: the span to replace and its new text.
 * The section sits between marker comments, so running it again updates it in place; the first time it
 * goes at the end of the draft, under `heading` (« Références », in the draft's language). Undefined when the draft
 * cites no known source.
 */
export function bibliographyEdit(text: string, parsed: ParsedMarkdown, index: CorpusReader, heading: string): { span: Span; newText: string } | undefined {
  const sources = citedSources(parsed, index);
  if (sources.length === 0) return undefined;
  const section = [begin, `## ${heading}`, '', ...sources.map(referenceLine), end].join('\n');
  const from = text.indexOf(begin);
  const to = from >= 0 ? text.indexOf(end, from) : -1;
  if (from >= 0 && to >= 0) return { span: { start: from, end: to + end.length }, newText: section };
  const separator = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { span: { start: text.length, end: text.length }, newText: `${separator}${section}\n` };
}
