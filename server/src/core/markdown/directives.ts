import type { Span } from '../types';

/**
 * The comments that steer the checker, `<!-- grounded: NAME -->` (case and spaces free):
 * - `ignore`: silences a block, the one it is in or right after (no blank line between), else the next one;
 * - `ignore-sentence`: silences one sentence, the one it follows inside a block (the quick fix "Mark as checked");
 *   right after a block, that block's last sentence; standing alone, the next block's first sentence;
 * - `off` … `on`: silences every sentence that starts between them, inline or across blocks;
 * - `bibliography` … `end bibliography`: a section Grounded wrote (Insert bibliography), never checked.
 * The block semantics are those of markdownlint's and Vale's comments.
 */
export type DirectiveName = 'ignore' | 'ignore-sentence' | 'off' | 'on' | 'bibliography' | 'end bibliography';

const DIRECTIVE = /<!--\s*grounded\s*:\s*(ignore-sentence|ignore|off|on|bibliography|end\s+bibliography)\s*-->/gi;

/** The directives written in a piece of HTML (an HTML block or an inline comment), in order. */
export function directivesIn(html: string): DirectiveName[] {
  if (!html.includes('<!--')) return [];
  return [...html.matchAll(DIRECTIVE)].map((match) => match[1].toLowerCase().replace(/\s+/, ' ') as DirectiveName);
}

/** The comment that writes a directive, as Grounded inserts it. */
export function directiveComment(name: DirectiveName): string {
  return `<!-- grounded: ${name} -->`;
}

/**
 * The edit that silences one sentence and no other (the quick fix "Mark as checked"): a sentence-level ignore
 * comment inserted right after the sentence, at the end of its source span (draft offsets).
 */
export function ignoreSentenceEdit(sentenceSpan: Span): { span: Span; newText: string } {
  return { span: { start: sentenceSpan.end, end: sentenceSpan.end }, newText: ` ${directiveComment('ignore-sentence')}` };
}
