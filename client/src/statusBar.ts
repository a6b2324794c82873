import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, type CorpusState, type StatusParams } from '../../server/src/protocol';

/** A count with its noun, singular or plural, in the display language (`one` and `many` are l10n keys with `{0}`). */
const count = (n: number, one: string, many: string) => (n === 1 ? vscode.l10n.t(one, n.toLocaleString()) : vscode.l10n.t(many, n.toLocaleString()));

/** The corpus states as the tooltip names them. */
const stateNames = (): Record<CorpusState, string> => ({
  indexing: vscode.l10n.t('indexing'),
  ready: vscode.l10n.t('ready'),
  error: vscode.l10n.t('error'),
});

/** Shows the corpus state from `grounded/status`, and an error when the client stops. Clicking shows the output. */
export function registerStatusBar(client: LanguageClient, onStatus: vscode.Event<StatusParams>): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('grounded.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Grounded';
  item.command = clientCommands.showOutput;
  showStarting(item);
  item.show();

  return vscode.Disposable.from(
    item,
    onStatus((status) => showStatus(item, status)),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Starting) showStarting(item);
      if (newState === State.Stopped) showStopped(item);
    }),
  );
}

function showStarting(item: vscode.StatusBarItem): void {
  item.text = `$(sync~spin) ${vscode.l10n.t('Grounded: starting…')}`;
  item.tooltip = vscode.l10n.t('Grounded: starting the language server');
  item.backgroundColor = undefined;
}

function showStopped(item: vscode.StatusBarItem): void {
  item.text = '$(error) Grounded';
  item.tooltip = vscode.l10n.t('Grounded: the language server stopped. Click to see the output.');
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
}

function showStatus(item: vscode.StatusBarItem, status: StatusParams): void {
  item.tooltip = tooltip(status);
  switch (status.state) {
    case 'indexing':
      item.text = `$(sync~spin) ${vscode.l10n.t('Grounded: indexing…')}`;
      item.backgroundColor = undefined;
      break;
    case 'error':
      item.text = '$(error) Grounded';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      break;
    case 'ready': {
      const pending = status.entitiesPending ? ` · $(sync~spin) ${vscode.l10n.t('entities')}` : '';
      const summary = `$(book) ${count(status.documents, '{0} doc', '{0} docs')} · ${count(status.sentences, '{0} sentence', '{0} sentences')}${pending}`;
      item.text = status.problems > 0 ? `${summary} $(warning) ${status.problems}` : summary;
      item.backgroundColor = status.problems > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      break;
    }
  }
}

function tooltip(status: StatusParams): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(`**Grounded** · ${stateNames()[status.state]}\n\n`);
  markdown.appendMarkdown(`- ${count(status.documents, '{0} document', '{0} documents')}\n`);
  markdown.appendMarkdown(`- ${count(status.sentences, '{0} sentence', '{0} sentences')}\n`);
  markdown.appendMarkdown(`- ${count(status.entities, '{0} entity', '{0} entities')}\n`);
  markdown.appendMarkdown(`- ${count(status.problems, '{0} problem', '{0} problems')}\n\n`);
  // A database corpus's root is its connection URI (shown without password), a folder's a path.
  const databases = status.roots.filter((root) => /^[a-z][a-z0-9+.-]*:\/\//i.test(root));
  const folders = status.roots.filter((root) => !databases.includes(root));
  for (const [label, roots] of [
    [vscode.l10n.t('Corpus folders:'), folders],
    [databases.length > 1 ? vscode.l10n.t('Corpus databases:') : vscode.l10n.t('Corpus database:'), databases],
  ] as const) {
    if (roots.length === 0) continue;
    markdown.appendMarkdown(`${label}\n`);
    for (const root of roots) markdown.appendMarkdown('- ').appendText(root).appendMarkdown('\n');
    markdown.appendMarkdown('\n');
  }
  if (status.message) markdown.appendText(status.message).appendMarkdown('\n\n');
  markdown.appendMarkdown(vscode.l10n.t('Click to show the output.'));
  return markdown;
}
