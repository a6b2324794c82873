import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { mathFromMarkdown } from 'mdast-util-math';
import { frontmatter, type Options as FrontMatterOptions } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { math } from 'micromark-extension-math';
import { defListFromMarkdown } from 'mdast-util-definition-list';
import { defList } from 'micromark-extension-definition-list';
import type { FrontMatterFormat } from '../corpus/frontMatter';
import type { Span } from '../types';
import { type Citation, findBareUrls, findCitations } from './citations';
import { splitChunks } from './chunks';
import { directivesIn } from './directives';
import { type AlignedText, ProseBuilder, removeRanges, trimAligned } from './proseBuilder';

export type { Citation, CitationKey } from './citations';

/**
 * The innermost prose container a block sits in: 'term' is a definition list's term (Pandoc's
 * `definition_lists`: a line, then `: its definition`), 'footnote' a paragraph of a footnote's definition.
 */
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'tableCell' | 'term' | 'footnote';

/** One run of prose (a paragraph, heading or table cell) as readable text, mapped back to the source. */
export interface ProseBlock {
  /**
   * The innermost container: a paragraph inside a list item (or a definition list's definition) is 'listItem',
   * inside a block quote 'blockquote', inside a footnote's definition 'footnote'.
   */
  kind: BlockKind;
  /** Source span of the block's prose (a heading's without its `#` markers). */
  span: Span;
  /**
   * Readable prose: markup, inline code, TeX math, inline HTML, images, footnote references, autolinks, bare
   * URLs and Pandoc citations removed; escapes and character references resolved; line breaks read as one space.
   */
  text: string;
  /** offsets[i]: source offset of text[i]; offsets[text.length]: source offset just after the last character. */
  offsets: Int32Array;
  /**
   * Silenced as a whole: by a `<!-- grounded: ignore -->` comment in it, right after it or standing alone before it,
   * or inside `<!-- grounded: off -->` … `<!-- grounded: on -->`, or a section Grounded generated (see directives.ts).
   */
  ignored: boolean;
  /**
   * Source offsets of sentence-level ignore comments that belong to this block: each silences the last sentence
   * that starts at or before it (the first sentence when none does). See {@link silencedSentences}.
   */
  sentenceIgnores?: number[];
  /** The parts of the block inside `off` … `on` ranges (source spans), when only part of it is. */
  offRanges?: Span[];
  /**
   * The block names rather than states, so it is never a claim: a heading, a table's header cell, or a
   * fragment (see {@link isFragment}) as a list item, a table cell, or a lead-in ending with `:` right before a
   * list or table (`- 2 régions`, `| 12 |`, `Les trois leviers :`). Absent: false.
   */
  label?: boolean;
  /** Pandoc citations found in this block. */
  citations: Citation[];
  /**
   * For a block of a definition list's definition (Pandoc's `Term` then `: definition`): the term it defines, the
   * subject its definition states something of (« Léa Montval » for « : militante âgée de 80 ans. »). Its text and
   * the source offset of each character (length text.length + 1), as a block's. Absent elsewhere.
   */
  term?: DefinedTerm;
}

/** A definition list's term, as read text mapped to the source (see {@link ProseBlock.term}). */
export interface DefinedTerm {
  text: string;
  offsets: Int32Array;
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

const BULLET = /^[•◦▪▫‣⁃∙·●○■□►▸–—*+-](?=\s)\s*/;
const blockEnds = new WeakMap<ProseBlock, Int32Array>();

/**
 * Parses a Markdown document (CommonMark, YAML or TOML front matter, GFM tables and footnotes, Pandoc's TeX math)
 * into its prose blocks.
 * Never throws: on a document the parser cannot handle, falls back to {@link parsePlainText}.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  try {
    return new MarkdownReader(source).read();
  } catch {
    return parsePlainText(source);
  }
}

/**
 * Which sentences of a block the writer silenced, given their source start offsets in order: all of an ignored
 * block, those that start inside an `off` … `on` range, and those a sentence-level ignore comment belongs to.
 */
export function silencedSentences(block: ProseBlock, starts: readonly number[]): boolean[] {
  if (block.ignored) return starts.map(() => true);
  const silenced = starts.map((start) => block.offRanges?.some((r) => start >= r.start && start < r.end) ?? false);
  for (const at of block.sentenceIgnores ?? []) {
    let owner = 0;
    while (owner + 1 < starts.length && starts[owner + 1] <= at) owner++;
    if (owner < silenced.length) silenced[owner] = true;
  }
  return silenced;
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
  container?: 'listItem' | 'blockquote' | 'footnote';
  ignored: boolean;
  /** The term whose definition is being read (see {@link ProseBlock.term}). */
  term?: DefinedTerm;
}

const CHUNK_SIZE = 8_000;
const DEFINITION = /^ {0,3}\[(\^?)((?:[^[\]\\\r\n]|\\.){1,999})\]:/gm;

const SENTENCE_END = /[.!?…]["»”’)\]]*$/u;
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
/** Longest fragment, in words, read as a label: "2 régions", "Hors de Chine", "Chiffre d'affaires 2023". */
const LABEL_MAX_WORDS = 3;

/**
 * Whether a block's text is a fragment rather than a sentence: no sentence-ending punctuation, and at most
 * {@link LABEL_MAX_WORDS} words. A list of such items, or a table's cells, label things; they state nothing
 * the checker could hold against the corpus without the words around them.
 */
export function isFragment(text: string): boolean {
  if (SENTENCE_END.test(text)) return false;
  let words = 0;
  for (const _ of text.matchAll(WORD)) if (++words > LABEL_MAX_WORDS) return false;
  return true;
}

/** The number of words in a text (see {@link WORD}). */
function wordCount(text: string): number {
  let words = 0;
  for (const _ of text.matchAll(WORD)) words++;
  return words;
}

/** An ignore comment standing alone, waiting for the block it silences (the next one). */
interface Pending {
  block: boolean;
  sentence: boolean;
}

const BLANK_LINE = /(?:\r\n|\r|\n)[ \t>]*(?:\r\n|\r|\n)/;

class MarkdownReader {
  private readonly blocks: ProseBlock[] = [];
  /** Source spans silenced by `off` … `on` and by generated sections. */
  private readonly offRanges: Span[] = [];
  /** Source offset of the first reference to each footnote (`[^1]`), by the footnote's normalised label. */
  private readonly footnoteReferences = new Map<string, number>();
  /** The footnote each block of a footnote's definition belongs to (its normalised label). */
  private readonly footnoteOf = new Map<ProseBlock, string>();
  /** Where the current chunk's own text ends in the source: definitions after it are stubs (see definitionStubs). */
  private chunkEnd = 0;
  private frontMatter: FrontMatter | undefined;
  private delta = 0;
  private offAt: number | undefined;
  private generatedAt: number | undefined;

  constructor(private readonly source: string) {}

  read(): ParsedMarkdown {
    const bom = this.source.charCodeAt(0) === 0xfeff ? 1 : 0;
    const chunks = splitChunks(this.source, bom, CHUNK_SIZE);
    const definitions = chunks.length > 1 ? findDefinitions(this.source) : [];
    let pending: Pending = { block: false, sentence: false };
    for (const chunk of chunks) {
      const text = this.source.slice(chunk.start, chunk.end);
      this.delta = chunk.start;
      this.chunkEnd = chunk.end;
      const blockCount = this.blocks.length;
      if (!chunk.tooDeep) {
        try {
          const tree = parseTree(text + definitionStubs(text, definitions), chunk.start === bom);
          this.collectOffRanges(tree);
          pending = this.readChildren(tree, { ignored: false }, pending);
          continue;
        } catch {
          this.blocks.length = blockCount;
        }
      }
      for (const block of parsePlainText(text).blocks) this.blocks.push(shiftBlock(block, chunk.start));
      pending = { block: false, sentence: false };
    }
    if (this.offAt !== undefined) this.offRanges.push({ start: this.offAt, end: this.source.length });
    if (this.generatedAt !== undefined) this.offRanges.push({ start: this.generatedAt, end: this.source.length });
    for (const block of this.blocks) this.applyOffRanges(block);
    this.giveNoteCitationsToReferences();
    this.giveCitationsToPreviousBlock();
    const citations = this.blocks.flatMap((block) => block.citations);
    return { ...(this.frontMatter ? { frontMatter: this.frontMatter } : {}), blocks: this.blocks, citations };
  }

  private span(node: Nodes): Span {
    const start = (node.position?.start.offset ?? 0) + this.delta;
    const end = (node.position?.end.offset ?? start - this.delta) + this.delta;
    return { start, end: Math.max(start, end) };
  }

  /** Records the `off` … `on` ranges and generated sections of a chunk (directives in block or inline HTML). */
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
      for (const directive of directivesIn(this.source.slice(start, end))) {
        if (directive === 'off') this.offAt ??= start;
        if (directive === 'bibliography') this.generatedAt ??= start;
        if (directive === 'on' && this.offAt !== undefined) {
          this.offRanges.push({ start: this.offAt, end });
          this.offAt = undefined;
        }
        if (directive === 'end bibliography' && this.generatedAt !== undefined) {
          this.offRanges.push({ start: this.generatedAt, end });
          this.generatedAt = undefined;
        }
      }
    }
  }

  /** A block wholly inside a silenced range is ignored; one partly inside keeps the parts, for its sentences. */
  private applyOffRanges(block: ProseBlock): void {
    if (block.ignored || this.offRanges.length === 0) return;
    const first = block.offsets[0];
    const last = block.offsets[block.text.length];
    for (const range of this.offRanges) {
      if (range.end <= first || range.start > last) continue;
      if (range.start <= first && range.end >= last) {
        block.ignored = true;
        delete block.offRanges;
        return;
      }
      (block.offRanges ??= []).push(range);
    }
  }

  /**
   * Reads the children of a container. An ignore comment right after a block (no blank line between) silences
   * that block; one standing alone silences the next block, here or, at the end, as the returned pending state.
   */
  private readChildren(parent: Parent, context: Context, pending: Pending = { block: false, sentence: false }): Pending {
    let previous: { type: RootContent['type']; end: number; from: number } | undefined;
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'html') {
        const directives = directivesIn(child.value);
        const block = directives.includes('ignore');
        const sentence = directives.includes('ignore-sentence');
        if (!block && !sentence) continue;
        const { start } = this.span(child);
        if (previous && previous.from < this.blocks.length && !BLANK_LINE.test(this.source.slice(previous.end, start))) {
          const produced = this.blocks.slice(previous.from);
          if (block) for (const b of produced) b.ignored = true;
          if (sentence) {
            const last = produced[produced.length - 1];
            (last.sentenceIgnores ??= []).push(last.offsets[last.text.length]);
          }
        } else {
          pending = { block: pending.block || block, sentence: pending.sentence || sentence };
        }
        continue;
      }
      const from = this.blocks.length;
      if ((child.type === 'list' || child.type === 'table') && previous?.type === 'paragraph' && previous.from === from - 1) {
        const leadIn = this.blocks[from - 1];
        if (leadIn.text.endsWith(':') && isFragment(leadIn.text)) leadIn.label = true;
      }
      this.readBlock(child, { ...context, ignored: context.ignored || pending.block });
      if (pending.sentence && this.blocks.length > from) {
        const first = this.blocks[from];
        (first.sentenceIgnores ??= []).push(first.offsets[0]);
      }
      pending = { block: false, sentence: false };
      previous = { type: child.type, end: this.span(child).end, from };
    }
    return pending;
  }

  private readBlock(node: RootContent, context: Context): void {
    switch (node.type) {
      case 'yaml':
      case 'toml':
        this.readFrontMatter(node.type, node.value, this.span(node));
        return;
      case 'paragraph':
        this.addBlock(context.container ?? 'paragraph', node.children, this.span(node), context.ignored, false, context.term);
        return;
      case 'heading':
        this.addBlock('heading', node.children, this.childrenSpan(node), context.ignored);
        return;
      case 'blockquote':
        this.readChildren(node, { container: 'blockquote', ignored: context.ignored });
        return;
      case 'defList': {
        // Each definition states something of the term right before it (of the last, when several terms share it).
        let term: DefinedTerm | undefined;
        for (const child of node.children) {
          if (child.type === 'defListTerm') {
            const from = this.blocks.length;
            this.addBlock('term', child.children, this.span(child), context.ignored, true);
            const block = this.blocks.length > from ? this.blocks[this.blocks.length - 1] : undefined;
            // A term with no prose (an image, a citation alone) still heads its definitions: a term of no words.
            term = block ? { text: block.text, offsets: block.offsets } : { text: '', offsets: Int32Array.of(this.span(child).start) };
          } else this.readChildren(child, { container: 'listItem', ignored: context.ignored, ...(term ? { term } : {}) });
        }
        return;
      }
      case 'footnoteDefinition': {
        if (this.span(node).start >= this.chunkEnd) return; // a stub for a definition in another chunk
        const from = this.blocks.length;
        this.readChildren(node, { container: 'footnote', ignored: context.ignored });
        for (const block of this.blocks.slice(from)) this.footnoteOf.set(block, node.identifier);
        return;
      }
      case 'list':
        this.readChildren(node, context);
        return;
      case 'listItem': {
        const containsIgnore = node.children.some(
          (child) => (child.type === 'html' && directivesIn(child.value).includes('ignore')) || (child.type === 'paragraph' && hasIgnoreComment(child.children)),
        );
        this.readChildren(node, { container: 'listItem', ignored: context.ignored || containsIgnore });
        return;
      }
      case 'table':
        node.children.forEach((row, rowIndex) => {
          const from = this.blocks.length;
          for (const cell of row.children) this.addBlock('tableCell', cell.children, this.childrenSpan(cell), context.ignored, rowIndex === 0);
          this.giveCitationsToRow(from);
        });
        return;
      case 'code':
      case 'math':
      case 'definition':
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

  /**
   * A footnote that only cites (`[^1]: [@key, p. 3].`, `[^2]: See @key.`: at most {@link LABEL_MAX_WORDS} words
   * besides its citations) cites the sentence its reference `[^1]` is in, as Pandoc's note styles print it: its
   * citations go to the block of the first reference, anchored at the reference, and the note is no block of its
   * own. A note with more to say stays a block (its sentences are checked), as does a note nothing refers to.
   */
  private giveNoteCitationsToReferences(): void {
    const notes = new Set<ProseBlock>();
    for (const [note, label] of this.footnoteOf) {
      const at = this.footnoteReferences.get(label);
      if (at === undefined || note.citations.length === 0 || wordCount(note.text) > LABEL_MAX_WORDS) continue;
      const owner = this.blocks.findLast((b) => !notes.has(b) && b !== note && b.span.start <= at && at <= b.span.end);
      if (!owner) continue;
      owner.citations = [...owner.citations, ...note.citations.map((c) => ({ ...c, anchor: at }))].sort(
        (a, b) => (a.anchor ?? a.span.start) - (b.anchor ?? b.span.start),
      );
      notes.add(note);
    }
    if (notes.size > 0) this.blocks.splice(0, this.blocks.length, ...this.blocks.filter((b) => !notes.has(b)));
  }

  /**
   * A block holding only citations (a paragraph `[@key]` or a list item `- [@key]` under a paragraph) cites the
   * text before it: its citations go to the nearest block with text before it, so they are resolved and checked
   * with that block's last sentence, as if written at its end. The first blocks of a document keep theirs.
   */
  private giveCitationsToPreviousBlock(): void {
    let owner: ProseBlock | undefined;
    const kept = this.blocks.filter((block) => {
      if (block.text.length > 0 || !owner) {
        if (block.text.length > 0) owner = block;
        return true;
      }
      owner.citations = [...owner.citations, ...block.citations];
      return false;
    });
    this.blocks.splice(0, this.blocks.length, ...kept);
  }

  /**
   * A row's cells from `from` on: a cell holding only citations (`| 224 | [@key] |`) cites the row, so its
   * citations go to the nearest cell with text before it (after it, when none is before). A row with no text
   * keeps them, for the rule of citation-only blocks (see giveCitationsToPreviousBlock).
   */
  private giveCitationsToRow(from: number): void {
    const cells = this.blocks.slice(from);
    const kept = cells.filter((cell, i) => {
      if (cell.text.length > 0) return true;
      const owner = cells.slice(0, i).reverse().find((c) => c.text.length > 0) ?? cells.slice(i + 1).find((c) => c.text.length > 0);
      if (!owner) return true;
      owner.citations = [...owner.citations, ...cell.citations].sort((a, b) => a.span.start - b.span.start);
      return false;
    });
    this.blocks.splice(from, cells.length, ...kept);
  }

  private addBlock(kind: BlockKind, children: PhrasingContent[], span: Span, ignored: boolean, header = false, term?: DefinedTerm): void {
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
    const sentenceIgnores = this.sentenceIgnoresIn(children);
    if (sentenceIgnores.length > 0) block.sentenceIgnores = sentenceIgnores;
    if (term) block.term = term;
    if (kind === 'heading' || header || ((kind === 'listItem' || kind === 'tableCell') && isFragment(block.text))) block.label = true;
    blockEnds.set(block, ends);
    this.blocks.push(block);
  }

  /** Source offsets of the sentence-level ignore comments written inside a block's text. */
  private sentenceIgnoresIn(nodes: readonly PhrasingContent[], found: number[] = []): number[] {
    for (const node of nodes) {
      if (node.type === 'html' && directivesIn(node.value).includes('ignore-sentence')) found.push(this.span(node).start);
      else if ('children' in node) this.sentenceIgnoresIn(node.children as PhrasingContent[], found);
    }
    return found;
  }

  private readPhrasing(nodes: readonly PhrasingContent[], builder: ProseBuilder): void {
    for (const node of nodes) {
      const { start, end } = this.span(node);
      switch (node.type) {
        case 'text':
          builder.pushText(node.value, start, end);
          break;
        case 'break':
          builder.pushHardBreak(start, end);
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
        case 'inlineMath':
          if (isPandocMath(this.source, start, end)) builder.gap();
          else builder.pushText(sourceText(this.source, start, end), start, end);
          break;
        case 'footnoteReference':
          if (!this.footnoteReferences.has(node.identifier)) this.footnoteReferences.set(node.identifier, start);
          builder.gap();
          break;
        default:
          if ('children' in node && Array.isArray(node.children)) {
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
const YAML_OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * The front matter kinds micromark should read at the start of `text`. Pandoc closes a YAML block at the first
 * `---` or `...` line, and micromark-extension-frontmatter takes one closing fence per kind: the first closing
 * line decides which of the two YAML kinds to give it.
 */
function frontMatterMatters(text: string): FrontMatterOptions {
  const open = YAML_OPEN.exec(text);
  if (!open) return yamlAndToml;
  for (let at = open[0].length; at < text.length; ) {
    const lineEnd = text.slice(at).search(/\r|\n/);
    const line = lineEnd === -1 ? text.slice(at) : text.slice(at, at + lineEnd);
    if (YAML_CLOSE.test(line)) return line.startsWith('.') ? yamlClosedByDots : yamlAndToml;
    if (lineEnd === -1) break;
    at += lineEnd + (text.startsWith('\r\n', at + lineEnd) ? 2 : 1);
  }
  return yamlAndToml;
}

function parseTreeNow(text: string, matters: FrontMatterOptions | undefined): Root {
  const extensions = [gfmTable(), gfmFootnote(), math(), defList];
  const mdastExtensions = [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), mathFromMarkdown(), defListFromMarkdown];
  return fromMarkdown(text, {
    extensions: matters ? [frontmatter(matters), ...extensions] : extensions,
    mdastExtensions: matters ? [frontmatterFromMarkdown(matters), ...mdastExtensions] : mdastExtensions,
  });
}

/**
 * Whether the inline math micromark found at source[start, end) is math for Pandoc (extension tex_math_dollars):
 * `$$…$$` always; `$…$` only when the opening `$` has a non-space right after it, the closing one a non-space
 * right before it and no digit right after it. So prices stay prose: "20 $ et 30 $", "$5-$10", "US$5 … $20".
 * micromark pairs dollars like code spans, so a pair it found that Pandoc refuses is read as text; a valid pair
 * it paired wrongly after that ("$5 and $x$") is then prose too, never the other way round.
 */
function isPandocMath(source: string, start: number, end: number): boolean {
  if (source.startsWith('$$', start) && source.startsWith('$$', end - 2) && end - start >= 4) return true;
  return end - start >= 3 && !/\s/.test(source[start + 1]) && !/\s/.test(source[end - 2]) && !/\d/.test(source[end] ?? '');
}

/**
 * The source of an inline node as plain text, as micromark gives text: spaces at the end of a line, and container
 * prefixes (`> `, indentation) at the start of the next, left out.
 */
function sourceText(source: string, start: number, end: number): string {
  return source.slice(start, end).replace(/[ \t]*(\r\n|\n|\r)[ \t>]*/g, '$1');
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
  return nodes.some((node) => (node.type === 'html' && directivesIn(node.value).includes('ignore')) || ('children' in node && hasIgnoreComment(node.children as PhrasingContent[])));
}
