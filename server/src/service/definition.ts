import { sourceUri } from './sourceUri';
import type { Location, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citationAt } from '../core/citations/lookup';
import type { CorpusDocument } from '../core/corpus/document';
import type { Citation } from '../core/markdown/parseMarkdown';
import type { Cancellation, ServiceContext } from './context';
import { entityAt, entityLocation } from './entities';
import { sentencesOf } from './language';

/**
 * `textDocument/definition`: on a citation `[@id]`, the passage of the cited source behind the claim it cites
 * for, else the start of that source's body (never its front matter); on an entity's name, the passage that
 * defines it; on a claim, the passages that support or contradict it. Null elsewhere.
 */
export function getDefinition(ctx: ServiceContext, document: TextDocument, position: Position, token: Cancellation): Location[] | null {
  const offset = document.offsetAt(position);
  const found = citationAt(ctx.parse(document), offset);
  if (!found) {
    const entity = entityAt(ctx, document, offset, token)?.entity;
    if (token.isCancellationRequested) return null;
    if (entity) {
      const at = entityLocation(entity);
      return at ? [{ uri: sourceUri(at.path), range: at.range }] : null;
    }
    if (ctx.drafts.isCorpusFile(document)) return null;
    const checked = ctx.drafts.sentenceAt(document, offset);
    if (!checked || (checked.verdict.label !== 'supported' && checked.verdict.label !== 'contradicted')) return null;
    // The best passage alone (and the one that disagrees with it): VS Code sorts several results by file and
    // line, which would open the weaker ones first.
    const evidence = [checked.verdict.evidence[0], ...(checked.verdict.disagreement ? [checked.verdict.disagreement.evidence] : [])];
    return evidence.map((e) => ({ uri: sourceUri(e.doc.path), range: e.sentence.range }));
  }
  const cited = ctx.corpus.index.documentById(found.key.id);
  // The file may have changed unseen: indexed again first, so that the lines are today's.
  if (cited) ctx.corpus.refreshFiles([cited.path]);
  const source = ctx.corpus.index.documentById(found.key.id);
  if (!source) return null;
  const range = passageBehind(ctx, document, found.citation, source) ?? bodyStart(source);
  return [{ uri: sourceUri(source.path), range }];
}

/**
 * The passage of `source` that the claim citing it rests on: the sentence the citation belongs to, checked,
 * supported or contradicted with evidence from that very source (the best such passage). Undefined when the
 * citation stands in no claim, or the source says nothing the checker tied to it.
 */
function passageBehind(ctx: ServiceContext, document: TextDocument, citation: Citation, source: CorpusDocument): Location['range'] | undefined {
  const sentence = sentencesOf(ctx.parse(document)).find((s) => s.citations.includes(citation));
  if (!sentence || ctx.drafts.isCorpusFile(document)) return undefined;
  const checked = ctx.drafts.sentenceAt(document, sentence.span.start);
  if (!checked || (checked.verdict.label !== 'supported' && checked.verdict.label !== 'contradicted')) return undefined;
  return checked.verdict.evidence.find((e) => e.doc.path === source.path)?.sentence.range;
}

/** An empty range where a source's body starts: its first sentence, else the line after its front matter. */
function bodyStart(source: CorpusDocument): Location['range'] {
  const first = source.sentences[0]?.range.start;
  const afterFrontMatter = source.frontMatterSpan ? { line: source.lines.positionAt(source.frontMatterSpan.end).line + 1, character: 0 } : { line: 0, character: 0 };
  const start = first ?? afterFrontMatter;
  return { start, end: start };
}
