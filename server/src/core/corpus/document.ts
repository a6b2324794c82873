import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { parsePlainText, sourceSpan, type ProseBlock } from '../markdown/parseMarkdown';
import { parseCorpusMarkdown } from '../markdown/simpleMarkdown';
import { LineMap } from '../position';
import { splitSentences } from '../text/sentences';
import { detectLang } from '../text/stem';
import type { CorpusProblem, Lang, Range, Span } from '../types';
import { parseFrontMatter } from './frontMatter';

/** One sentence of a corpus document: the unit of retrieval and evidence. */
export interface Sentence {
  /** Index of the sentence within its document. */
  index: number;
  /** Readable text (Markdown markup removed). */
  text: string;
  /** Source span in the document's file. */
  span: Span;
  range: Range;
  /** Index of the prose block (paragraph, heading…) the sentence belongs to. */
  block: number;
  /** The sentence is (in) a heading. */
  heading: boolean;
  /** Source offset of each character of `text` (length text.length + 1). */
  offsets: Int32Array;
}

/** A loaded corpus file. */
export interface CorpusDocument {
  /** Citation key: front matter `id`, else the file name without extension. */
  id: string;
  /** Absolute path. */
  path: string;
  title: string;
  lang: Lang;
  date?: string;
  url?: string;
  author?: string;
  /** Full file text, front matter included, as read. */
  text: string;
  lines: LineMap;
  sentences: Sentence[];
  /** Source span of the front matter (fences included), when present. */
  frontMatterSpan?: Span;
  /** Hash of the file bytes: the key of any cached work on it. */
  hash: string;
  problems: CorpusProblem[];
}

const markdownExtensions = new Set(['.md', '.markdown']);

/** Builds a document from a file's text: front matter, prose blocks, sentences with exact positions. Never throws. */
export function buildDocument(filePath: string, text: string, hash = hashText(text)): CorpusDocument {
  const lines = new LineMap(text);
  const problems: CorpusProblem[] = [];
  const isMarkdown = markdownExtensions.has(path.extname(filePath).toLowerCase());
  const parsed = isMarkdown ? parseCorpusMarkdown(text) : parsePlainText(text);

  let meta = {} as ReturnType<typeof parseFrontMatter>['meta'];
  let frontMatterSpan: Span | undefined;
  if (parsed.frontMatter) {
    frontMatterSpan = parsed.frontMatter.span;
    const result = parseFrontMatter(parsed.frontMatter.raw, parsed.frontMatter.format);
    meta = result.meta;
    const base = parsed.frontMatter.valueSpan.start;
    for (const problem of result.problems) {
      const span = problem.span ?? { start: parsed.frontMatter.span.start, end: parsed.frontMatter.span.end };
      const start = problem.span ? base + span.start : span.start;
      const end = problem.span ? base + span.end : span.end;
      problems.push({ path: filePath, severity: 'warning', message: problem.message, code: problem.code, args: problem.args, range: lines.rangeOf(start, Math.max(start, end)) });
    }
  }

  const sentences = sentencesOf(parsed.blocks, lines);
  if (sentences.length === 0) {
    problems.push({ path: filePath, severity: 'warning', message: 'no prose found in this file: nothing to index', code: 'no-prose' });
  }
  const sample = sentences.slice(0, 40).map((s) => s.text).join(' ');
  return {
    id: meta.id ?? path.basename(filePath, path.extname(filePath)),
    path: filePath,
    title: meta.title ?? titleFromContent(parsed.blocks) ?? path.basename(filePath),
    lang: meta.lang ?? detectLang(sample),
    date: meta.date,
    url: meta.url,
    author: meta.author,
    text,
    lines,
    sentences,
    frontMatterSpan,
    hash,
    problems,
  };
}

function sentencesOf(blocks: ProseBlock[], lines: LineMap): Sentence[] {
  const layout: number[] = [];
  blocks.forEach((block, blockIndex) => {
    for (const local of splitSentences(block.text)) layout.push(blockIndex, local.start, local.end);
  });
  return sentencesAt(blocks, lines, layout)!;
}

/** Sentences cut at a known layout (block, start and end in the block's text, per sentence); undefined if it does not fit. */
function sentencesAt(blocks: ProseBlock[], lines: LineMap, layout: ArrayLike<number>): Sentence[] | undefined {
  const sentences: Sentence[] = [];
  for (let i = 0; i + 2 < layout.length; i += 3) {
    const block = blocks[layout[i]];
    const start = layout[i + 1];
    const end = layout[i + 2];
    if (!block || start < 0 || end > block.text.length || start > end) return undefined;
    const span = sourceSpan(block, start, end);
    sentences.push({
      index: sentences.length,
      text: block.text.slice(start, end),
      span,
      range: lines.rangeOf(span.start, span.end),
      block: layout[i],
      heading: block.kind === 'heading',
      offsets: block.offsets.subarray(start, end + 1),
    });
  }
  return sentences;
}

/** Where each sentence of a document lies: its block, and its start and end in the block's text. */
export function sentenceLayout(doc: Pick<CorpusDocument, 'sentences'>): Int32Array {
  const layout = new Int32Array(doc.sentences.length * 3);
  doc.sentences.forEach((s, i) => {
    const start = s.offsets.byteOffset / Int32Array.BYTES_PER_ELEMENT;
    layout.set([s.block, start, start + s.text.length], i * 3);
  });
  return layout;
}

/**
 * The text, lines and sentences of a file read again, its sentences cut where the layout says (as
 * {@link sentenceLayout} gave when it was indexed): no front matter or sentence splitting to redo.
 * Undefined when the layout does not fit the text (the file changed).
 */
export function rereadDocument(filePath: string, text: string, layout: Int32Array): Pick<CorpusDocument, 'text' | 'lines' | 'sentences'> | undefined {
  const lines = new LineMap(text);
  const parsed = markdownExtensions.has(path.extname(filePath).toLowerCase()) ? parseCorpusMarkdown(text) : parsePlainText(text);
  const sentences = sentencesAt(parsed.blocks, lines, layout);
  return sentences && { text, lines, sentences };
}

/** The source span of `text[start, end)` of a corpus sentence. */
export function sentenceSpan(sentence: Sentence, start: number, end: number): Span {
  const s = sentence.offsets[start];
  const e = sentence.offsets[Math.max(start, end - 1)] + 1;
  return { start: s, end: Math.max(s, e) };
}

function titleFromContent(blocks: ProseBlock[]): string | undefined {
  const heading = blocks.find((b) => b.kind === 'heading');
  const first = heading ?? blocks[0];
  if (!first) return undefined;
  const text = first.text.trim();
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** A stable hash of a text, for cache keys and change detection. */
export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
