import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedSentence } from '../core/claims/checkDraft';
import type { Lang } from '../core/types';
import { findingsOf } from '../core/claims/findings';
import { citationAt } from '../core/citations/lookup';
import type { Cancellation, ServiceContext } from './context';
import { severityOf } from './diagnostics';
import { entityAt } from './entities';
import { languageOfDraft } from './language';
import { definingPassage, describeEntity } from './present/entity';
import { presentFinding } from './present/findings';
import { describeSource, describeUnknownSource } from './present/source';
import { describeVerdict } from './present/verdict';

/**
 * `textDocument/hover`: on a citation, the cited source's title and metadata; on an entity's name (in drafts
 * and corpus files), what the corpus says it is; on a claim, its verdict and evidence. Null elsewhere.
 *
 * One language per hover (the draft's, also for a sentence in another language), and nothing said twice: where a Grounded
 * diagnostic covers the position, the editor shows it (its one line, its evidence and its quick fixes) and the
 * hover leaves the verdict out; an entity's hover quotes its defining passage once, also when the verdict rests
 * on that passage.
 */
export function getHover(ctx: ServiceContext, document: TextDocument, position: Position, token: Cancellation): Hover | null {
  const parsed = ctx.parse(document);
  const offset = document.offsetAt(position);
  const found = citationAt(parsed, offset);
  const lang = languageOfDraft(ctx, document);
  if (found) {
    const source = ctx.corpus.index.documentById(found.key.id);
    const range = { start: document.positionAt(found.key.span.start), end: document.positionAt(found.key.span.end) };
    const value = source ? describeSource(source, lang) : describeUnknownSource(found.key.id, lang);
    return { contents: { kind: MarkupKind.Markdown, value }, range };
  }
  const isCorpus = ctx.drafts.isCorpusFile(document);
  const entity = entityAt(ctx, document, offset, token);
  const checked = isCorpus ? undefined : ctx.drafts.sentenceAt(document, offset);
  if (token.isCancellationRequested) return null;
  const verdict = checked && verdictPart(ctx, document, checked, offset, lang, entity && definingPassage(entity.entity));
  if (entity) {
    const value = [describeEntity(entity.entity, lang), ...(verdict ? ['---', verdict] : [])].join('\n\n');
    return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(entity.span.start), end: document.positionAt(entity.span.end) } };
  }
  if (!checked || !verdict) return null;
  const range = { start: document.positionAt(checked.sentence.span.start), end: document.positionAt(checked.sentence.span.end) };
  return { contents: { kind: MarkupKind.Markdown, value: verdict }, range };
}

/**
 * The verdict part of a hover at `offset`, or undefined when the sentence is no claim or a diagnostic of its
 * shown there says it already. The quick fixes of its findings are named.
 */
function verdictPart(ctx: ServiceContext, document: TextDocument, checked: CheckedSentence, offset: number, lang: Lang, quoted?: { path: string; text: string }): string | undefined {
  const findings = findingsOf([checked], ctx.corpus.index).filter((f) => severityOf(ctx, f) !== 'off');
  if (findings.some((f) => f.span.start <= offset && offset <= f.span.end)) return undefined;
  const text = document.getText();
  const fixes = findings.flatMap((f) => presentFinding(f, text, lang).fixes.map((fix) => fix.title));
  return describeVerdict(checked, lang, { quoted, fixes });
}
