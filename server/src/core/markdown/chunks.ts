/** A slice [start, end) of a document that parses the same alone as within the whole document. */
export interface Chunk {
  start: number;
  end: number;
  /** A line nests containers so deeply that micromark would take seconds: read this chunk as plain text. */
  tooDeep: boolean;
}

/** Leading container markup of a line: indentation, `>` and list markers. */
const CONTAINER_PREFIX = /^(?:[ \t]|>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*/;
const MAX_CONTAINER_PREFIX = 200;
/** Fenced code, and display math between `$$` lines (micromark-extension-math), which may hold blank lines too. */
const FENCE_OPEN = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,}|\${2,}(?=[^$]*$))/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,}|\${2,})[ \t]*$/;
const HTML_BLOCKS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FRONT_MATTER_OPEN = /^(---|\+\+\+)[ \t]*(?:\r?\n|\r)/;
const FRONT_MATTER_CLOSE = { '---': /^(?:---|\.\.\.)[ \t]*$/, '+++': /^\+\+\+[ \t]*$/ } as const;

/**
 * Splits `source[from…]` into chunks of about `target` characters, only before a line that starts at column 0
 * after a blank line, outside fenced code, display math, multi-line HTML blocks and front matter. Such a line closes every open
 * container, so micromark (whose time grows with the square of the number of block quotes or list items in one
 * parse) can parse each chunk alone. Link and footnote definitions may still be in another chunk.
 */
export function splitChunks(source: string, from: number, target: number): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = from;
  let tooDeep = false;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  const frontMatterFence = FRONT_MATTER_OPEN.exec(source.slice(from, from + 8))?.[1] as keyof typeof FRONT_MATTER_CLOSE | undefined;
  let inFrontMatter = frontMatterFence !== undefined;
  let previousBlank = false;
  let lineStart = from;
  let first = true;
  while (lineStart < source.length || (first && lineStart === source.length)) {
    let lineEnd = lineStart;
    while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    const next = source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? lineEnd + 2 : lineEnd + 1;
    const line = source.slice(lineStart, lineEnd);
    const blank = line.trim().length === 0;

    if (inFrontMatter) {
      if (!first && FRONT_MATTER_CLOSE[frontMatterFence!].test(line)) inFrontMatter = false;
    } else if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      if (previousBlank && !blank && !/^\s/.test(line) && lineStart - chunkStart >= target) {
        chunks.push({ start: chunkStart, end: lineStart, tooDeep });
        chunkStart = lineStart;
        tooDeep = false;
      }
      const open = FENCE_OPEN.exec(line);
      if (open) {
        fence = { char: open[1][0], length: open[1].length };
      } else {
        for (const [start, end] of HTML_BLOCKS) {
          const match = start.exec(line);
          if (match) {
            if (!end.test(line.slice(match[0].length))) htmlEnd = end;
            break;
          }
        }
      }
    }
    if (CONTAINER_PREFIX.exec(line)![0].length > MAX_CONTAINER_PREFIX) tooDeep = true;
    previousBlank = blank;
    first = false;
    if (lineEnd >= source.length) break;
    lineStart = next;
  }
  chunks.push({ start: chunkStart, end: source.length, tooDeep });
  return chunks;
}
