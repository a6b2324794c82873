import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter, type Options as FrontMatterOptions } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { FrontMatterFormat } from '../corpus/frontMatter';
import type { Span } from '../types';
import { type Citation, findBareUrls, findCitations } from './citations';
import { splitChunks } from './chunks';
import { type AlignedText, ProseBuilder, removeRanges, trimAligned } from './proseBuilder';

export type { Citation, CitationKey } from './citations';

/** The innermost prose container a block sits in. */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'tableCell';

/** One run of prose (a paragraph, heading or table cell) as readable text, mapped back to the source. */
export interface ProseBlock {
  /** The innermost container: a paragraph inside a list item is 'listItem', inside a block quote 'blockquote'. */
  kind: BlockKind;
  /** Source span of the block's prose (a heading's without its `#` markers). */
  span: Span;
  /**
   * Readable prose: markup, inline code, inline HTML, images, footnote references, autolinks, bare URLs
   * and Pandoc citations removed; escapes and character references resolved; line breaks read as one space.
   */
  text: string;
  /** offsets[i]: source offset of text[i]; offsets[text.length]: source offset just after the last character. */
  offsets: Int32Array;
  /** Excluded by a `<!-- grounded: ignore -->` comment or inside `<!-- grounded: off -->` … `<!-- grounded: on -->`. */
  ignored: boolean;
  /** Pandoc citations found in this block. */
  citations: Citation[];
}

/**
 * Front matter at the very start of a document: YAML between `---` fences (closed by `---` or, as Pandoc allows,
 * `...`) or TOML between `+++` fences (Hugo, Zola). `raw` is the text between the fences, at `valueSpan` in the source.
 */
export interface FrontMatter {
  format: FrontMatterFormat;
  raw: string;
  span: Span;
  valueSpan: Span;
}

/** What {@link parseMarkdown} and {@link parsePlainText} return. */
export interface ParsedMarkdown {
  frontMatter?: FrontMatter;
  blocks: ProseBlock[];
  /** All citations, in document order, including those of ignored blocks. */
  citations: Citation[];
}

const DIRECTIVE = /<!--\s*grounded\s*:\s*(ignore|off|on)\s*-->/gi;
const IGNORE = /<!--\s*grounded\s*:\s*ignore\s*-->/i;
const BULLET = /^[•◦▪▫‣⁃∙·●○■□►▸–—*+-](?=\s)\s*/;
const blockEnds = new WeakMap<ProseBlock, Int32Array>();

/**
 * Parses a Markdown document (CommonMark + YAML front matter + GFM tables and footnotes) into its prose blocks.
 * Never throws: on a document the parser cannot handle, falls back to {@link parsePlainText}.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  try {
    return new MarkdownReader(source).read();
  } catch {
    return parsePlainText(source);
  }
}

/** Maps the range [start, end) of `block.text` back to a source span. */
export function sourceSpan(block: ProseBlock, start: number, end: number): Span {
  const length = block.text.length;
  const from = Math.max(0, Math.min(start, length));
  const to = Math.max(from, Math.min(end, length));
  if (to === from) return { start: block.offsets[from], end: block.offsets[from] };
  const ends = blockEnds.get(block);
  const last = ends ? ends[to - 1] : to === length ? block.offsets[length] : Math.min(block.offsets[to - 1] + 1, block.offsets[to]);
  return { start: block.offsets[from], end: Math.max(last, block.offsets[from]) };
}

/**
 * Reads a plain-text document: each non-empty line is one 'paragraph' block, trimmed,
 * with a leading bullet ("•", "-", "*", "–", …) left out of the text.
 */
export function parsePlainText(source: string): ParsedMarkdown {
  const blocks: ProseBlock[] = [];
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(source);
    const lineEnd = match ? match.index : source.length;
    const line = source.slice(lineStart, lineEnd);
    let from = 0;
    let to = line.length;
    while (from < to && /\s/.test(line[from])) from++;
    while (to > from && /\s/.test(line[to - 1])) to--;
    const bullet = BULLET.exec(line.slice(from, to));
    if (bullet && bullet[0].length < to - from) from += bullet[0].length;
    if (to > from) {
      const text = line.slice(from, to);
      const offsets = new Int32Array(text.length + 1);
      for (let i = 0; i <= text.length; i++) offsets[i] = lineStart + from + i;
      blocks.push({ kind: 'paragraph', span: { start: lineStart + from, end: lineStart + to }, text, offsets, ignored: false, citations: [] });
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return { blocks, citations: [] };
}

interface Context {
  container?: 'listItem' | 'blockquote';
  ignored: boolean;
}

const CHUNK_SIZE = 8_000;
const DEFINITION = /^ {0,3}\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm;

class MarkdownReader {
  private readonly blocks: ProseBlock[] = [];
  private readonly offRanges: Span[] = [];
  private frontMatter: FrontMatter | undefined;
  private delta = 0;
  private offAt: number | undefined;

  constructor(private readonly source: string) {}

  read(): ParsedMarkdown {
    const bom = this.source.charCodeAt(0) === 0xfeff ? 1 : 0;
    const chunks = splitChunks(this.source, bom, CHUNK_SIZE);
    const definitions = chunks.length > 1 ? findDefinitions(this.source) : [];
    let ignoreNext = false;
    for (const chunk of chunks) {
      const text = this.source.slice(chunk.start, chunk.end);
      this.delta = chunk.start;
      const blockCount = this.blocks.length;
      if (!chunk.tooDeep) {
        try {
          const tree = parseTree(text + definitionStubs(text, definitions), chunk.start === bom);
          this.collectOffRanges(tree);
          ignoreNext = this.readChildren(tree, { ignored: false }, ignoreNext);
          continue;
        } catch {
          this.blocks.length = blockCount;
        }
      }
      for (const block of parsePlainText(text).blocks) this.blocks.push(shiftBlock(block, chunk.start));
      ignoreNext = false;
    }
    if (this.offAt !== undefined) this.offRanges.push({ start: this.offAt, end: this.source.length });
    for (const block of this.blocks) if (!block.ignored && this.inOffRange(block.span.start)) block.ignored = true;
    const citations = this.blocks.flatMap((block) => block.citations);
    return { ...(this.frontMatter ? { frontMatter: this.frontMatter } : {}), blocks: this.blocks, citations };
  }

  private span(node: Nodes): Span {
    const start = (node.position?.start.offset ?? 0) + this.delta;
    const end = (node.position?.end.offset ?? start - this.delta) + this.delta;
    return { start, end: Math.max(start, end) };
  }

  private collectOffRanges(tree: Root): void {
    const stack: Nodes[] = [tree];
    const htmlNodes: Nodes[] = [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'html') htmlNodes.push(node);
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
    for (const node of htmlNodes) {
      const { start, end } = this.span(node);
      for (const match of this.source.slice(start, end).matchAll(DIRECTIVE)) {
        const directive = match[1].toLowerCase();
        if (directive === 'off' && this.offAt === undefined) this.offAt = start;
        if (directive === 'on' && this.offAt !== undefined) {
          this.offRanges.push({ start: this.offAt, end });
          this.offAt = undefined;
        }
      }
    }
  }

  private inOffRange(offset: number): boolean {
    return this.offRanges.some((r) => offset >= r.start && offset < r.end);
  }

  private readChildren(parent: Parent, context: Context, ignoreFirst = false): boolean {
    let ignoreNext = ignoreFirst;
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html') {
        if (IGNORE.test(child.value)) ignoreNext = true;
        continue;
      }
      const ignored = context.ignored || ignoreNext;
      ignoreNext = false;
      this.readBlock(child, { ...context, ignored });
    }
    return ignoreNext;
  }

  private readBlock(node: RootContent, context: Context): void {
    switch (node.type) {
      case 'yaml':
      case 'toml':
        this.readFrontMatter(node.type, node.value, this.span(node));
        return;
      case 'paragraph':
        this.addBlock(context.container ?? 'paragraph', node.children, this.span(node), context.ignored);
        return;
      case 'heading':
        this.addBlock('heading', node.children, this.childrenSpan(node), context.ignored);
        return;
      case 'blockquote':
        this.readChildren(node, { container: 'blockquote', ignored: context.ignored });
        return;
      case 'list':
        this.readChildren(node, context);
        return;
      case 'listItem': {
        const containsIgnore = node.children.some(
          (child) => (child.type === 'html' && IGNORE.test(child.value)) || (child.type === 'paragraph' && hasIgnoreComment(child.children)),
        );
        this.readChildren(node, { container: 'listItem', ignored: context.ignored || containsIgnore });
        return;
      }
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) this.addBlock('tableCell', cell.children, this.childrenSpan(cell), context.ignored);
        }
        return;
      case 'code':
      case 'definition':
      case 'footnoteDefinition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node && Array.isArray(node.children)) this.readChildren(node as Parent, context);
    }
  }

  private readFrontMatter(format: FrontMatterFormat, raw: string, span: Span): void {
    if (this.frontMatter) return;
    const s = this.source;
    const firstBreak = s.indexOf('\n', span.start);
    const valueStart = firstBreak === -1 || firstBreak >= span.end ? span.end : firstBreak + 1;
    const lastBreak = s.lastIndexOf('\n', span.end - 1);
    let valueEnd = lastBreak >= valueStart ? lastBreak : valueStart;
    if (valueEnd > valueStart && s[valueEnd - 1] === '\r') valueEnd--;
    this.frontMatter = { format, raw, span, valueSpan: { start: valueStart, end: Math.max(valueStart, valueEnd) } };
  }

  private childrenSpan(node: Parent): Span {
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (!first || !last) {
      const { start } = this.span(node as Nodes);
      return { start, end: start };
    }
    return { start: this.span(first as Nodes).start, end: this.span(last as Nodes).end };
  }

  private addBlock(kind: BlockKind, children: PhrasingContent[], span: Span, ignored: boolean): void {
    const builder = new ProseBuilder(this.source);
    this.readPhrasing(children, builder);
    let aligned: AlignedText = trimAligned(builder.build());
    const found = findCitations(aligned, this.source);
    const urls = findBareUrls(aligned.text, found.ranges);
    const ranges = [...found.ranges, ...urls].sort((a, b) => a.start - b.start);
    aligned = trimAligned(removeRanges(aligned, ranges));
    if (aligned.text.length === 0 && found.citations.length === 0) return;

    const length = aligned.text.length;
    const offsets = new Int32Array(length + 1);
    const ends = new Int32Array(length);
    for (let i = 0; i < length; i++) {
      offsets[i] = aligned.starts[i];
      ends[i] = aligned.ends[i];
    }
    offsets[length] = length > 0 ? aligned.ends[length - 1] : span.start;
    const block: ProseBlock = {
      kind,
      span,
      text: aligned.text,
      offsets,
      ignored: ignored || hasIgnoreComment(children),
      citations: found.citations,
    };
    blockEnds.set(block, ends);
    this.blocks.push(block);
  }

  private readPhrasing(nodes: readonly PhrasingContent[], builder: ProseBuilder): void {
    for (const node of nodes) {
      const { start, end } = this.span(node);
      switch (node.type) {
        case 'text':
          builder.pushText(node.value, start, end);
          break;
        case 'break':
          builder.pushLineBreak(start, end);
          break;
        case 'link':
          if (this.source[start] === '<') builder.gap();
          else this.readPhrasing(node.children, builder);
          break;
        case 'linkReference':
          if (node.referenceType !== 'full' && this.source[start] === '[' && node.children.some((c) => c.type === 'text' && c.value.includes('@'))) {
            builder.push('[', start, start + 1);
            this.readPhrasing(node.children, builder);
            const close = this.source.indexOf(']', this.span(node.children[node.children.length - 1]).end);
            if (close !== -1 && close < end) builder.push(']', close, close + 1);
          } else {
            this.readPhrasing(node.children, builder);
          }
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
          this.readPhrasing(node.children, builder);
          break;
        default:
          if ('children' in node && Array.isArray(node.children) && node.type !== 'footnoteReference') {
            this.readPhrasing(node.children as PhrasingContent[], builder);
          } else {
            builder.gap();
          }
      }
    }
  }
}

/**
 * Trees of recently parsed chunks, by text: an edit changes one chunk of a long draft, and the others are
 * not parsed again (micromark is most of the time of a re-check). Trees are only read, never changed.
 */
const recentTrees = new Map<string, Root>();
const recentTreeCount = 256;

function parseTree(text: string, withFrontMatter: boolean): Root {
  const matters = withFrontMatter ? frontMatterMatters(text) : undefined;
  const key = `${matters === undefined ? 0 : matters === yamlClosedByDots ? 2 : 1}${text}`;
  const known = recentTrees.get(key);
  if (known) {
    recentTrees.delete(key);
    recentTrees.set(key, known);
    return known;
  }
  const tree = parseTreeNow(text, matters);
  recentTrees.set(key, tree);
  if (recentTrees.size > recentTreeCount) recentTrees.delete(recentTrees.keys().next().value!);
  return tree;
}

const yamlAndToml: FrontMatterOptions = ['yaml', 'toml'];
const yamlClosedByDots: FrontMatterOptions = [{ type: 'yaml', fence: { open: '---', close: '...' } }, 'toml'];
const FIRST_YAML_CLOSE = /^---[ \t]*(?:\r\n|\n|\r)(?:.*(?:\r\n|\n|\r))*?(---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/y;

/**
 * The front matter kinds micromark should read at the start of `text`. Pandoc closes a YAML block at the first
 * `---` or `...` line, and micromark-extension-frontmatter takes one closing fence per kind: the first closing
 * line decides which of the two YAML kinds to give it.
 */
function frontMatterMatters(text: string): FrontMatterOptions {
  FIRST_YAML_CLOSE.lastIndex = 0;
  return FIRST_YAML_CLOSE.exec(text)?.[1] === '...' ? yamlClosedByDots : yamlAndToml;
}

function parseTreeNow(text: string, matters: FrontMatterOptions | undefined): Root {
  return fromMarkdown(text, {
    extensions: matters ? [frontmatter(matters), gfmTable(), gfmFootnote()] : [gfmTable(), gfmFootnote()],
    mdastExtensions: matters
      ? [frontmatterFromMarkdown(matters), gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()]
      : [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown()],
  });
}

interface Definition {
  footnote: boolean;
  label: string;
}

function findDefinitions(source: string): Definition[] {
  const seen = new Set<string>();
  const definitions: Definition[] = [];
  for (const match of source.matchAll(DEFINITION)) {
    const key = match[1] + match[2];
    if (seen.has(key)) continue;
    seen.add(key);
    definitions.push({ footnote: match[1] === '^', label: match[2] });
  }
  return definitions;
}

/**
 * Stub definitions, appended after a chunk, for the labels it references but another chunk defines,
 * so that references parse as they would in the whole document. They parse as definitions, which are skipped.
 */
function definitionStubs(text: string, definitions: readonly Definition[]): string {
  if (definitions.length === 0) return '';
  const lower = text.toLowerCase();
  let stubs = '';
  for (const { footnote, label } of definitions) {
    if (footnote ? text.includes(`[^${label}]`) : lower.includes(`[${label.toLowerCase()}]`)) {
      stubs += footnote ? `\n\n[^${label}]: x` : `\n\n[${label}]: #`;
    }
  }
  return stubs;
}

function shiftBlock(block: ProseBlock, by: number): ProseBlock {
  return {
    ...block,
    span: { start: block.span.start + by, end: block.span.end + by },
    offsets: block.offsets.map((offset) => offset + by),
  };
}

function hasIgnoreComment(nodes: readonly PhrasingContent[]): boolean {
  return nodes.some((node) => (node.type === 'html' && IGNORE.test(node.value)) || ('children' in node && hasIgnoreComment(node.children as PhrasingContent[])));
}
