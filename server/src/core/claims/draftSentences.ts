import { silencedSentences, sourceSpan, type BlockKind, type Citation, type ParsedMarkdown } from '../markdown/parseMarkdown';
import { composeWithOffsets } from '../text/normalize';
import { withDefinedTerm } from './definedTerms';
import { splitSentences } from '../text/sentences';
import type { Span } from '../types';
import type { Antecedent } from './draftAntecedents';

/** A sentence of a draft, with where it is in the source. */
export interface DraftSentence {
  /** The sentence's readable text, in Unicode NFC. */
  text: string;
  /** Source span in the draft. */
  span: Span;
  /** Source offset of each character of `text` (length text.length + 1). */
  offsets: Int32Array;
  block: number;
  blockKind: BlockKind;
  /** Source span of the whole block (for edits that act on the paragraph). */
  blockSpan: Span;
  /** Silenced by the writer with an ignore comment or an off … on range, or in a section Grounded generated. */
  ignored: boolean;
  /** In a heading or a label (a list or table fragment): Markdown structure that names, never a claim. */
  label: boolean;
  /** Citations written in or right after this sentence. */
  citations: Citation[];
  /**
   * The first sentence of a definition list's definition, unless it opens on a subject of its own: `text` starts
   * with its term as subject (`ownStart`: where the definition's own text starts in `text`; 0 when the term has no
   * words to put first). See definedTerms.ts.
   */
  definition?: { ownStart: number };
  /** The names of the sentences before it that its subject pronoun may stand for (set by checkDraft: draftAntecedents.ts). */
  antecedents?: readonly Antecedent[];
}

/** The sentences of a parsed draft, in order, each with the citations that belong to it. */
export function draftSentences(parsed: ParsedMarkdown): DraftSentence[] {
  const sentences: DraftSentence[] = [];
  parsed.blocks.forEach((block, blockIndex) => {
    const local = splitSentences(block.text);
    const spans = local.map((s) => sourceSpan(block, s.start, s.end));
    const silenced = silencedSentences(block, spans.map((span) => span.start));
    const inBlock: DraftSentence[] = local.map((s, i) => ({
      // Read in NFC: a decomposed accent is the same letter to every comparison (offsets still give the source).
      ...composeWithOffsets(block.text.slice(s.start, s.end), block.offsets.subarray(s.start, s.end + 1)),
      span: spans[i],
      block: blockIndex,
      blockKind: block.kind,
      blockSpan: block.span,
      ignored: silenced[i],
      label: block.label === true,
      citations: [],
    }));
    // A citation belongs to the last sentence that starts before it ("claim [@id]." or "claim. [@id]"), or before
    // its anchor (the reference of a footnote that only cites).
    for (const citation of block.citations) {
      const at = citation.anchor ?? citation.span.start;
      let owner: DraftSentence | undefined;
      for (const sentence of inBlock) if (sentence.span.start <= at) owner = sentence;
      (owner ?? inBlock[0])?.citations.push(citation);
    }
    // A definition's first sentence states something of its term: checked with the term as its subject (definedTerms.ts).
    if (block.term && inBlock.length > 0) {
      const first = inBlock[0];
      const joined = withDefinedTerm(block.term, first.text, first.offsets);
      if (joined) Object.assign(first, { text: joined.text, offsets: joined.offsets, definition: { ownStart: joined.ownStart } });
    }
    sentences.push(...inBlock);
  });
  return sentences;
}
