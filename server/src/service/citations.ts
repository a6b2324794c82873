import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bibliographyEdit } from '../core/citations/bibliography';
import { languageOfDraft } from './language';
import type { ServiceContext } from './context';
import { messages } from './present/messages';

/**
 * The edit that writes (or updates in place) the references section of a draft, listing the corpus sources
 * it cites; or why there is none (`nothing-cited`: it cites no corpus source).
 */
export function getBibliographyEdit(ctx: ServiceContext, document: TextDocument): { edit: WorkspaceEdit } | { reason: 'nothing-cited' } {
  const edit = bibliographyEdit(document.getText(), ctx.parse(document), ctx.corpus.index, messages[languageOfDraft(ctx, document)].references);
  if (!edit) return { reason: 'nothing-cited' };
  const range = { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) };
  return { edit: { changes: { [document.uri]: [{ range, newText: edit.newText }] } } };
}
