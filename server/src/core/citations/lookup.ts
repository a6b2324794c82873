import type { Citation, CitationKey, ParsedMarkdown } from '../markdown/parseMarkdown';

/** The citation key under an offset of a draft, with its citation; undefined when the offset is on none. */
export function citationAt(parsed: ParsedMarkdown, offset: number): { citation: Citation; key: CitationKey } | undefined {
  for (const citation of parsed.citations) {
    if (offset < citation.span.start || offset > citation.span.end) continue;
    const key = citation.keys.find((k) => offset >= k.span.start && offset <= k.span.end) ?? citation.keys[0];
    if (key) return { citation, key };
  }
  return undefined;
}
