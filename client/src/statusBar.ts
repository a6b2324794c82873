import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, type StatusParams } from '../../server/src/protocol';

const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count.toLocaleString()} ${count === 1 ? noun : nouns}`;

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
  item.text = '$(sync~spin) Grounded: starting…';
  item.tooltip = 'Grounded: starting the language server';
  item.backgroundColor = undefined;
}

function showStopped(item: vscode.StatusBarItem): void {
  item.text = '$(error) Grounded';
  item.tooltip = 'Grounded: the language server stopped. Click to see the output.';
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
}

function showStatus(item: vscode.StatusBarItem, status: StatusParams): void {
  item.tooltip = tooltip(status);
  switch (status.state) {
    case 'indexing':
      item.text = '$(sync~spin) Grounded: indexing…';
      item.backgroundColor = undefined;
      break;
    case 'error':
      item.text = '$(error) Grounded';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      break;
    case 'ready': {
      const pending = status.entitiesPending ? ' · $(sync~spin) entities' : '';
      const summary = `$(book) ${plural(status.documents, 'doc')} · ${plural(status.sentences, 'sentence')}${pending}`;
      item.text = status.problems > 0 ? `${summary} $(warning) ${status.problems}` : summary;
      item.backgroundColor = status.problems > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      break;
    }
  }
}

function tooltip(status: StatusParams): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(`**Grounded**: ${status.state}\n\n`);
  markdown.appendMarkdown(`- ${plural(status.documents, 'document')}\n`);
  markdown.appendMarkdown(`- ${plural(status.sentences, 'sentence')}\n`);
  markdown.appendMarkdown(`- ${plural(status.entities, 'entity', 'entities')}\n`);
  markdown.appendMarkdown(`- ${plural(status.problems, 'problem')}\n\n`);
  if (status.roots.length > 0) {
    markdown.appendMarkdown('Corpus roots:\n');
    for (const root of status.roots) markdown.appendMarkdown('- ').appendText(root).appendMarkdown('\n');
    markdown.appendMarkdown('\n');
  }
  if (status.message) markdown.appendText(status.message).appendMarkdown('\n\n');
  markdown.appendMarkdown('Click to show the output.');
  return markdown;
}
