import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { clientCommands, entitiesRequest, type EntitySummary, type StatusParams } from '../../server/src/protocol';
import { sendRequest } from './languageClient';

type Kind = EntitySummary['kind'];

const viewId = 'grounded.entities';
const filteredContext = 'grounded.entities.filtered';

/** The top-level groups, in display order, labelled in the display language. */
const kinds = (): readonly { kind: Kind; label: string; icon: string }[] => [
  { kind: 'person', label: vscode.l10n.t('People'), icon: 'person' },
  { kind: 'organization', label: vscode.l10n.t('Organisations'), icon: 'organization' },
  { kind: 'product', label: vscode.l10n.t('Products & models'), icon: 'package' },
  { kind: 'place', label: vscode.l10n.t('Places'), icon: 'location' },
  { kind: 'acronym', label: vscode.l10n.t('Acronyms'), icon: 'symbol-constant' },
  { kind: 'other', label: vscode.l10n.t('Other'), icon: 'symbol-misc' },
];
const iconOf = new Map(kinds().map(({ kind, icon }) => [kind, icon]));

type Node = { type: 'kind'; kind: Kind; label: string; entities: EntitySummary[] } | { type: 'entity'; entity: EntitySummary };

/** A count with its noun, singular or plural, in the display language (`one` and `many` are l10n keys with `{0}`). */
const count = (n: number, one: string, many: string) => (n === 1 ? vscode.l10n.t(one, n.toLocaleString()) : vscode.l10n.t(many, n.toLocaleString()));

/** Lower case, accents removed: "Élysée" and "elysee" compare equal. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const byMentionsThenName = (a: EntitySummary, b: EntitySummary) => b.mentions - a.mentions || a.name.localeCompare(b.name);

/**
 * The corpus entities from `grounded/entities`, grouped by kind. Fetched when the view asks for its roots,
 * then cached until `refresh`.
 */
class EntitiesProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  private entities: Promise<EntitySummary[]> | undefined;
  private filter = '';

  constructor(
    private readonly client: LanguageClient,
    private readonly outputChannel: vscode.LogOutputChannel,
    private readonly onEmptyFilterResult: (message: string | undefined) => void,
  ) {}

  get filterText(): string {
    return this.filter;
  }

  refresh(): void {
    this.entities = undefined;
    this.changed.fire();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.type === 'kind' ? node.entities.map((entity) => ({ type: 'entity', entity })) : [];
    this.entities ??= this.fetch();
    const entities = (await this.entities).filter(this.matches(this.filter));
    const groups = kinds().flatMap(({ kind, label }): Node[] => {
      const members = entities.filter((entity) => entity.kind === kind).sort(byMentionsThenName);
      return members.length > 0 ? [{ type: 'kind', kind, label, entities: members }] : [];
    });
    this.onEmptyFilterResult(this.filter && groups.length === 0 ? vscode.l10n.t('No entity matches “{0}”.', this.filter) : undefined);
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.type === 'kind' ? this.kindItem(node) : this.entityItem(node.entity);
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async fetch(): Promise<EntitySummary[]> {
    try {
      const result = await sendRequest(this.client, entitiesRequest);
      return Array.isArray(result) ? result : [];
    } catch (error) {
      this.outputChannel.error(vscode.l10n.t('{0} failed; the Entities view stays empty until the next refresh', entitiesRequest.method), error);
      return [];
    }
  }

  private matches(filter: string): (entity: EntitySummary) => boolean {
    if (!filter) return () => true;
    const needle = fold(filter);
    return (entity) => [entity.name, ...entity.aliases].some((name) => fold(name).includes(needle));
  }

  private kindItem(node: Extract<Node, { type: 'kind' }>): vscode.TreeItem {
    // Filtering expands the groups; the filter is part of the id so VS Code does not reapply the remembered state.
    const state = this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, state);
    item.id = `kind:${node.kind}:${this.filter}`;
    item.description = node.entities.length.toLocaleString();
    return item;
  }

  private entityItem(entity: EntitySummary): vscode.TreeItem {
    const item = new vscode.TreeItem(entity.name, vscode.TreeItemCollapsibleState.None);
    item.description = `${count(entity.mentions, '{0} mention', '{0} mentions')} · ${count(entity.documents, '{0} doc', '{0} docs')}`;
    item.tooltip = tooltip(entity);
    item.iconPath = new vscode.ThemeIcon(iconOf.get(entity.kind) ?? 'symbol-misc');
    item.contextValue = 'groundedEntity';
    if (entity.location) {
      const uri = this.client.protocol2CodeConverter.asUri(entity.location.uri);
      const selection = this.client.protocol2CodeConverter.asRange(entity.location.range);
      const options: vscode.TextDocumentShowOptions = { selection };
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open definition'), arguments: [uri, options] };
    }
    return item;
  }
}

function tooltip(entity: EntitySummary): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString().appendMarkdown('**').appendText(entity.name).appendMarkdown('**\n\n');
  if (entity.definition) markdown.appendText(entity.definition).appendMarkdown('\n\n');
  if (entity.aliases.length > 0) markdown.appendMarkdown(`*${vscode.l10n.t('Also written')}* · `).appendText(entity.aliases.join(', ')).appendMarkdown('\n\n');
  markdown.appendText(`${count(entity.mentions, '{0} mention', '{0} mentions')} · ${count(entity.documents, '{0} document', '{0} documents')}`);
  return markdown;
}

/**
 * The "Entities" tree view and its title-bar commands (`grounded.entities.refresh`, `.filter`, `.clearFilter`).
 * It refreshes whenever the server reports the corpus `ready`.
 */
export function registerEntitiesView(
  client: LanguageClient,
  onStatus: vscode.Event<StatusParams>,
  outputChannel: vscode.LogOutputChannel,
): vscode.Disposable {
  // The provider sets the message only from `getChildren`, which runs after `createTreeView` returns.
  const provider = new EntitiesProvider(client, outputChannel, (message) => {
    view.message = message;
  });
  const view = vscode.window.createTreeView(viewId, { treeDataProvider: provider, showCollapseAll: true });

  const setFilter = (filter: string) => {
    provider.setFilter(filter);
    view.description = provider.filterText ? vscode.l10n.t('filter: {0}', provider.filterText) : undefined;
    void vscode.commands.executeCommand('setContext', filteredContext, provider.filterText !== '');
  };

  return vscode.Disposable.from(
    view,
    provider,
    onStatus((status) => {
      if (status.state === 'ready') provider.refresh();
    }),
    vscode.commands.registerCommand(clientCommands.refreshEntities, () => provider.refresh()),
    vscode.commands.registerCommand(clientCommands.filterEntities, async () => {
      const filter = await vscode.window.showInputBox({
        title: vscode.l10n.t('Grounded: filter entities'),
        prompt: vscode.l10n.t('Show entities whose name or alias contains this text (case and accents ignored). Empty clears the filter.'),
        value: provider.filterText,
      });
      if (filter !== undefined) setFilter(filter);
    }),
    vscode.commands.registerCommand(clientCommands.clearEntitiesFilter, () => setFilter('')),
  );
}
