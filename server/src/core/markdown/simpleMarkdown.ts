import type { FrontMatterFormat } from '../corpus/frontMatter';
import { parseMarkdown, type ParsedMarkdown, type ProseBlock } from './parseMarkdown';

/**
 * Characters and line starts that need the full CommonMark parser: inline markup, HTML, entities, escapes,
 * links and citations, tables, lists, quotes, code, setext headings and thematic breaks (and math: mayBeMath).
 */
const needsParser = /[`*_[\]<>&\\|~@\t]| {2,}\r?\n|^ {4}|^\s*(?:[-+=:]|\d+[.)])|^#{1,6}[^\S\n]*(?:\n|$)|#\s*$|:\/\//m;
/**
 * Dollars that could be TeX math for the full parser (`$$`, or a `$` with a non-space after it, then a `$` with a
 * non-space before it and no digit after it): prices such as "20 $" or "$5-$10" stay on the fast path.
 */
const mayBeMath = /\$\$|\$(?![\s$])[^$]*(?<!\s)\$(?!\d)/;
const frontMatterOpen = /^(---|\+\+\+)[^\S\r\n]*\r?\n/;
/** Closing fence of YAML front matter (`---`, or `...` as Pandoc allows: the first of the two) and of TOML. */
const frontMatterClose = {
  '---': /\r?\n(?:---|\.\.\.)[^\S\r\n]*(?:\r?\n|$)/,
  '+++': /\r?\n\+\+\+[^\S\r\n]*(?:\r?\n|$)/,
} as const;

/**
 * A fast reader for the Markdown most corpus articles are: front matter (YAML or TOML), then paragraphs and ATX headings
 * of plain prose. Gives the same blocks as {@link parseMarkdown} on such text — kinds, text and the offset
 * of every character (a property test holds them equal; a block's span may end before trailing spaces the
 * full parser includes) — many times faster; any other Markdown goes to the full parser.
 */
export function parseCorpusMarkdown(source: string): ParsedMarkdown {
  let bodyStart = 0;
  let frontMatter: ParsedMarkdown['frontMatter'];
  const open = frontMatterOpen.exec(source);
  if (open) {
    const fence = open[1] as keyof typeof frontMatterClose;
    const close = frontMatterClose[fence].exec(source.slice(3));
    if (!close) return parseMarkdown(source);
    bodyStart = 3 + close.index + close[0].length;
    frontMatter = readFrontMatter(source, fence === '+++' ? 'toml' : 'yaml', 3 + close.index, bodyStart);
    if (!frontMatter) return parseMarkdown(source);
  }
  const body = source.slice(bodyStart);
  if (needsParser.test(body) || /\r(?!\n)/.test(body) || (body.includes('$') && mayBeMath.test(body))) return parseMarkdown(source);
  const blocks: ProseBlock[] = [];
  const lines = body.split(/(?<=\n)/);
  let offset = bodyStart;
  let paragraph: { start: number; lines: { start: number; text: string }[] } | undefined;
  const flush = () => {
    if (paragraph) blocks.push(paragraphBlock(paragraph.lines));
    paragraph = undefined;
  };
  for (const raw of lines) {
    const line = raw.replace(/\r?\n$/, '');
    const lineStart = offset;
    offset += raw.length;
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^( {0,3})(#{1,6})[^\S\n]+/.exec(line);
    if (heading) {
      flush();
      const start = heading[0].length;
      const end = line.replace(/\s+$/, '').length;
      blocks.push(plainBlock('heading', lineStart + start, line.slice(start, end)));
      continue;
    }
    paragraph ??= { start: lineStart, lines: [] };
    paragraph.lines.push({ start: lineStart, text: line });
  }
  flush();
  return { ...(frontMatter ? { frontMatter } : {}), blocks, citations: [] };
}

function plainBlock(kind: ProseBlock['kind'], start: number, text: string): ProseBlock {
  const offsets = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) offsets[i] = start + i;
  return { kind, span: { start, end: start + text.length }, text, offsets, ignored: false, citations: [] };
}

/** A paragraph's lines joined by single spaces that stand for the line breaks, leading and trailing spaces cut. */
function paragraphBlock(lines: { start: number; text: string }[]): ProseBlock {
  let text = '';
  const parts = lines.map((line) => {
    const lead = /^\s*/.exec(line.text)![0].length;
    return { lead, content: line.text.slice(lead).replace(/\s+$/, '') };
  });
  // The offsets in an array of their final size: one per character of each line, one per line break, one for the end.
  const offsets = new Int32Array(parts.reduce((n, part) => n + part.content.length + 1, 0));
  let at = 0;
  parts.forEach(({ lead, content }, i) => {
    const line = lines[i];
    if (i > 0) {
      const previous = lines[i - 1];
      // The space stands for the line break (as the full parser maps a soft break).
      offsets[at++] = previous.start + previous.text.length;
      text += ' ';
    }
    for (let k = 0, from = line.start + lead; k < content.length; k++) offsets[at++] = from + k;
    text += content;
  });
  const last = lines[lines.length - 1];
  const end = last.start + last.text.replace(/\s+$/, '').length;
  offsets[at] = end;
  const first = lines[0];
  const start = first.start + parts[0].lead;
  return { kind: 'paragraph', span: { start, end }, text, offsets, ignored: false, citations: [] };
}

/**
 * The front matter between the opening fence and the line break before the closing fence (at `closeBreak`;
 * the closing fence line ends at `bodyStart`), as the full parser gives it; undefined when it is empty.
 */
function readFrontMatter(source: string, format: FrontMatterFormat, closeBreak: number, bodyStart: number): ParsedMarkdown['frontMatter'] {
  const valueStart = source.indexOf('\n') + 1;
  const valueEnd = closeBreak;
  if (valueEnd <= valueStart) return undefined;
  const fenceEnd = source.slice(0, bodyStart).replace(/\r?\n$/, '').length;
  const raw = source.slice(valueStart, valueEnd);
  return { format, raw, span: { start: 0, end: fenceEnd }, valueSpan: { start: valueStart, end: valueEnd } };
}
