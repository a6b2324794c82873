import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { continuationsOf, entitiesNamed, prefixStatement, statedBy } from '../core/completion/continuations';
import { factsAbout } from '../core/completion/entityFacts';
import { nameCompletions, prepareNameCompletion } from '../core/completion/names';
import type { CorpusDocument, Sentence } from '../core/corpus/document';
import type { EntityKind } from '../core/entities/types';
import type { ProseBlock } from '../core/markdown/parseMarkdown';
import { splitSentences } from '../core/text/sentences';
import { termsOf } from '../core/text/stem';
import { termsForStem } from '../core/claims/lexicon';
import type { Cancellation, CorpusView, ServiceContext } from './context';
import { languageOfSentence } from './language';
import { describeEntity } from './present/entity';
import { messages } from './present/messages';
import { quotePassage } from './present/source';

const itemKinds: Record<EntityKind, CompletionItemKind> = {
  person: CompletionItemKind.Variable,
  organization: CompletionItemKind.Class,
  product: CompletionItemKind.Module,
  place: CompletionItemKind.Folder,
  acronym: CompletionItemKind.Constant,
  other: CompletionItemKind.Field,
};

/**
 * How completion was asked for: LSP's `CompletionContext` (in vscode-languageserver-protocol, not in the
 * types package), where `triggerKind` 1 is on demand, 2 a trigger character typed, 3 an incomplete list again.
 */
export interface CompletionTrigger {
  triggerKind: 1 | 2 | 3;
  triggerCharacter?: string;
}

const triggerCharacter = 2;

/** What `completionItem/resolve` needs to fill in the source passage. */
interface ItemData {
  path: string;
  sentence: number;
}

const maxEntities = 8;
const maxFacts = 4;

/**
 * `textDocument/completion` in the prose of Markdown drafts: entity names (fuzzy: case, accents, typos), how
 * the sentence typed so far continues in the sources, and the key facts of the entity just named, each
 * inserted with its citation `[@id]`. Never in code, front matter or HTML. While typing (after a space) only
 * when `grounded.completion.suggestWhileTyping` is on; always on demand (Ctrl+Space).
 */
export function getCompletions(
  ctx: ServiceContext,
  document: TextDocument,
  position: Position,
  trigger: CompletionTrigger | undefined,
  token: Cancellation,
): CompletionList | null {
  const settings = ctx.settings();
  if (!ctx.corpus.searchable) return null;
  const offset = document.offsetAt(position);
  const block = ctx.parse(document).blocks.find((b) => b.span.start <= offset && offset <= b.span.end + 1);
  if (!block || insideInlineCode(document, block, offset)) return null;
  const keys = citationKeyCompletions(ctx, document, position);
  if (keys) return keys;
  if (trigger?.triggerKind === triggerCharacter && !settings.completion.suggestWhileTyping) return null;
  const textIndex = indexInBlock(block, offset);
  const before = block.text.slice(0, textIndex);
  const sentences = splitSentences(before);
  const lastSentence = sentences[sentences.length - 1];
  const endsSentence = /[.!?…]\s*$/.test(before);
  // Block text is trimmed: spaces typed after the last word are read from the source.
  const typedAfter = textIndex > 0 ? document.getText().slice(block.offsets[textIndex - 1] + 1, offset) : '';
  const trailingSpace = /^\s+$/.test(typedAfter) ? ' ' : '';
  const prefix = lastSentence && !endsSentence ? before.slice(lastSentence.start) + trailingSpace : '';
  const lang = languageOfSentence(ctx, document, prefix);
  const items: CompletionItem[] = [];
  const partial = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u.exec(prefix)?.[0] ?? '';
  const range = (fromText: number) => ({ start: document.positionAt(block.offsets[Math.min(fromText, block.text.length)]), end: position });
  const entities = ctx.corpus.entities();
  const index = ctx.corpus.index;
  const atCursor = { start: position, end: position };

  // A name replaces every typed word it continues (« Martin L » → « Martin Lau »), so it ranks first while a
  // word is being typed; VS Code filters it on what is typed, the name itself (a typo's on the typed word).
  const names = nameCompletions(prefix, entities, lang, maxEntities, index.names);
  names.forEach(({ entity, name, from, typo }, rank) => {
    const start = textIndex - (prefix.length - trailingSpace.length - from);
    const typed = prefix.slice(from);
    items.push({
      label: name,
      kind: itemKinds[entity.kind],
      detail: entity.definition && entity.definition.source !== 'sentence' ? entity.definition.text : messages[lang].kinds[entity.kind],
      documentation: { kind: MarkupKind.Markdown, value: describeEntity(entity, lang) },
      textEdit: { range: range(start), newText: name },
      filterText: typo ? typed : typed + name.slice(typed.length),
      sortText: `${partial ? 0 : 1}${String(rank).padStart(2, '0')}`,
    });
  });
  if (token.isCancellationRequested) return null;
  if (prefix.trim() !== '') {
    const context = entitiesNamed(block.text.slice(0, textIndex), entities);
    const named = entitiesNamed(prefix, entities);
    continuationsOf(prefix, index, { lang, context: named.concat(context), named, entities, limit: 5 }).forEach((c, rank) => {
      const replacing = c.replaceFrom < prefix.length;
      const needsSpace = !replacing && !/\s$/.test(prefix);
      const newText = `${needsSpace ? ' ' : ''}${c.text} [@${c.doc.id}]`;
      const itemRange = replacing ? range(textIndex - (prefix.length - c.replaceFrom)) : atCursor;
      items.push(sourcedItem(c.text, newText, itemRange, c.doc, c.sentence, `${partial ? 1 : 0}${String(rank).padStart(2, '0')}`));
    });
    if (token.isCancellationRequested) return null;
    const last = named.length > 0 ? entities.findIn(prefix).at(-1) : undefined;
    // Facts of the entity the sentence is about, when it was just named ("ChatGPT totalise "): its role, and the
    // figures and dates of passages that state what the sentence says (its entities, its predicate).
    if (last && /\s$/.test(prefix) && prefix.length - last.end <= 25) {
      const statement = prefixStatement(prefix, named, lang);
      // What the sentence says of the entity, after its name first: the facts of passages that say it rank first.
      const said = [...new Set([...termsOf(prefix.slice(last.end), lang).flatMap((t) => termsForStem(t, lang)), ...statement.predicate.flatMap((w) => w.terms)])];
      // A role continues the name itself (« Martin Lau, » → « président de Tencent »), not what follows it.
      const rightAfterName = /^[\s,]*$/.test(prefix.slice(last.end));
      // A figure continues what the sentence says of the entity: only from a passage that states the sentence (its
      // entities and its predicate, see statedBy), never after a name with nothing written after it (« La ministre
      // de la Santé »). Measured with the completion eval (figure claims cut before the figure, 308 prefixes of
      // 10 sets, 2026-11-30): first proposal another figure 62 → 54, first proposal right 171 → 163, right in the
      // first three 202 → 189 (sources that paraphrase the predicate, « holds » for « owns », are no longer used).
      const after = prefix.slice(last.end);
      const all = factsAbout(last.entity, index, maxFacts * 4, said);
      const roles = rightAfterName ? all.filter((f) => f.kind === 'role') : [];
      const figures = /[\p{L}\p{N}]/u.test(after) ? all.filter((f) => f.kind !== 'role' && statedBy(statement, f.doc, f.sentence).valueAllowed) : [];
      const facts = [...roles, ...figures];
      facts.slice(0, maxFacts).forEach((fact, rank) => {
        const needsSpace = !/\s$/.test(prefix);
        const newText = `${needsSpace ? ' ' : ''}${fact.text} [@${fact.doc.id}]`;
        items.push(sourcedItem(fact.text, newText, atCursor, fact.doc, fact.sentence, `0${String(5 + rank).padStart(2, '0')}`, fact.kind));
      });
    }
  }
  if (token.isCancellationRequested) return null;
  // The same words from two routes (a continuation and a fact) are offered once.
  const seen = new Set<string>();
  const unique = items.filter((item) => {
    const key = (item.textEdit?.newText ?? item.label).trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { isIncomplete: true, items: unique };
}

/**
 * Readies completion on a corpus whose entities are ready: their names sorted for completion by prefix (see
 * prepareNameCompletion), so the writer's first completion does not wait for it.
 */
export function prepareCompletion(corpus: CorpusView): void {
  prepareNameCompletion(corpus.entities());
}

/** A citation key being typed: `@` after a bracket, parenthesis, space or `;` (not in an e-mail), the key so far. */
const KEY_TYPED = /(?:^|[\s[(;,-])@\{?([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)?$/u;
const maxKeys = 50;

/**
 * Corpus citation keys where one is being typed (`[@ve`, `(@`, `; @`), in prose, lists and table cells alike:
 * each source's key, its title as detail, replacing the key typed so far; the sources that best match it first
 * (key and title, fuzzy), else the first sources. Undefined where no key is being typed.
 */
function citationKeyCompletions(ctx: ServiceContext, document: TextDocument, position: Position): CompletionList | undefined {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const typed = KEY_TYPED.exec(line);
  if (!typed) return undefined;
  const key = typed[1] ?? '';
  const index = ctx.corpus.index;
  const docs = key ? index.sources().search(key, maxKeys).map((hit) => hit.item) : index.documents().slice(0, maxKeys);
  const range = { start: { line: position.line, character: position.character - key.length }, end: position };
  const items = docs.map((doc, rank): CompletionItem => ({
    label: doc.id,
    kind: CompletionItemKind.Reference,
    detail: doc.title,
    textEdit: { range, newText: doc.id },
    filterText: doc.id,
    sortText: String(rank).padStart(3, '0'),
  }));
  return { isIncomplete: true, items };
}

/** `completionItem/resolve`: a sourced item gets its whole source passage, quoted with its link and citation key. */
export function resolveCompletion(ctx: ServiceContext, item: CompletionItem, _token: Cancellation): CompletionItem {
  const data = item.data as ItemData | undefined;
  if (!data) return item;
  const doc = ctx.corpus.index.documentByPath(data.path);
  const sentence = doc?.sentences[data.sentence];
  if (!doc || !sentence) return item;
  item.documentation = {
    kind: MarkupKind.Markdown,
    value: quotePassage(doc, sentence),
  };
  return item;
}

function sourcedItem(
  label: string,
  newText: string,
  range: { start: { line: number; character: number }; end: { line: number; character: number } },
  doc: CorpusDocument,
  sentence: Sentence,
  sortText: string,
  factKind?: string,
): CompletionItem {
  const data: ItemData = { path: doc.path, sentence: sentence.index };
  return {
    label: label.length > 70 ? `${label.slice(0, 67)}…` : label,
    labelDetails: { description: `@${doc.id}` },
    kind: factKind ? CompletionItemKind.Value : CompletionItemKind.Text,
    detail: `${factKind ? `${factKind} · ` : ''}${doc.title}`,
    textEdit: { range, newText },
    filterText: newText.trimStart(),
    sortText,
    data,
  };
}

/** The index in a block's text of the character at (or just before) a source offset. */
function indexInBlock(block: ProseBlock, offset: number): number {
  let lo = 0;
  let hi = block.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (block.offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an offset sits inside an inline code span of its line (an odd number of backticks before it). */
function insideInlineCode(document: TextDocument, block: ProseBlock, offset: number): boolean {
  const text = document.getText();
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const from = Math.max(lineStart, block.span.start);
  return ((text.slice(from, offset).match(/`/g) ?? []).length) % 2 === 1;
}
