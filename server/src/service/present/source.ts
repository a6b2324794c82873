import { sourceUri } from '../sourceUri';
import type { CorpusDocument, Sentence } from '../../core/corpus/document';
import { escapeMarkdown, fileLink } from './markdown';
import type { Lang } from '../../core/types';
import { messages } from './messages';

/** Markdown describing a corpus document: title, id, metadata, and a link that opens it, in the draft's language. */
export function describeSource(doc: CorpusDocument, lang: Lang): string {
  const lines = [`**${escapeMarkdown(doc.title)}**`, ''];
  const facts: string[] = [citationKey(doc)];
  if (doc.author) facts.push(escapeMarkdown(doc.author));
  if (doc.date) facts.push(escapeMarkdown(doc.date));
  facts.push(doc.lang);
  facts.push(messages[lang].sentences(doc.sentences.length));
  lines.push(facts.join(' · '));
  if (doc.url) lines.push('', escapeMarkdown(doc.url));
  lines.push('', fileLink(pathLabel(doc.path), sourceUri(doc.path), 0));
  return lines.join('\n');
}

/** Markdown for a cited id that no corpus document has, in the draft's language. */
export function describeUnknownSource(id: string, lang: Lang): string {
  return messages[lang].unknownSourceHover(id.replace(/`/g, ''));
}

/** A corpus sentence as a Markdown quote, escaped, with a link to it and its citation key. */
export function quotePassage(doc: CorpusDocument, sentence: Sentence): string {
  const link = fileLink(doc.title, sourceUri(doc.path), sentence.range.start.line);
  return `> ${escapeMarkdown(sentence.text)}\n>\n> — ${link} ${citationKey(doc)}`;
}

/** A document's citation key as inline code (`@id`); backticks in the id are dropped. */
function citationKey(doc: CorpusDocument): string {
  return `\`@${doc.id.replace(/`/g, '')}\``;
}

function pathLabel(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  return parts.slice(-2).join('/');
}
