import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bibliographyEdit } from '../core/citations/bibliography';
import { detectLang } from '../core/text/stem';
import type { ServiceContext } from './context';
import { englishOnly } from './present/messages';

/**
 * The edit that writes (or updates in place) the references section of a draft, listing the corpus sources
 * it cites; or why there is none.
 */
export function getBibliographyEdit(ctx: ServiceContext, document: TextDocument): { edit: WorkspaceEdit } | { reason: string } {
  const text = document.getText();
  const settings = ctx.settings();
  const lang = settings.language === 'auto' ? detectLang(text) : settings.language;
  const edit = bibliographyEdit(text, ctx.parse(document), ctx.corpus.index, lang);
  if (!edit) return { reason: englishOnly.nothingCited };
  const range = { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) };
  return { edit: { changes: { [document.uri]: [{ range, newText: edit.newText }] } } };
}
