import { DidChangeConfigurationNotification, type ConfigurationItem } from 'vscode-languageserver/node';
import { settingsTexts } from '../service/present/settings';
import type { WorkspaceFolder, WorkspaceSettings } from '../service/workspace';
import { defaultSettings, parseSettings, type SettingProblem } from '../settings';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import type { ClientSetup } from './initialize';
import type { SettingsNotifier } from './notifications';

/**
 * The settings in force, per workspace folder. One reload path for both models: pulled with
 * `workspace/configuration` (one item without a scope, one per folder with its `scopeUri`), or pushed in
 * `workspace/didChangeConfiguration` by clients without it (then the same for every folder);
 * invalid keys said in words in one notification and replaced by their defaults (which corpus the settings
 * name, with `initializationOptions.corpusPaths` or `corpusDatabase` when they name none: see corpusConfigOf).
 */
export class ConfigurationService {
  private current: WorkspaceSettings = { folders: [], outside: defaultSettings() };
  /** The last section a push-model client sent, kept for reloads that are not pushes (folders added). */
  private pushed: unknown;

  constructor(
    private readonly ctx: ServerContext,
    private readonly client: () => ClientSetup,
    private readonly notifier: SettingsNotifier,
  ) {}

  get settings(): WorkspaceSettings {
    return this.current;
  }

  /** Reads the settings of `folders` and of the outside scope: pulled from the client, else `pushed`. */
  async load(folders: readonly WorkspaceFolder[], pushed?: unknown): Promise<WorkspaceSettings> {
    const client = this.client();
    if (pushed !== undefined) this.pushed = pushed;
    let sections: unknown[] = [this.pushed ?? {}, ...folders.map(() => this.pushed ?? {})];
    if (client.supportsPull) {
      const items: ConfigurationItem[] = [{ section: 'grounded' }, ...folders.map((folder) => ({ scopeUri: folder.uri, section: 'grounded' }))];
      try {
        const answered: unknown = await this.ctx.connection.workspace.getConfiguration(items);
        sections = Array.isArray(answered) ? items.map((_, i) => answered[i]) : items.map(() => answered);
      } catch (error) {
        this.ctx.log(`Could not read settings: ${String(error)}`);
        sections = items.map(() => ({}));
      }
    }
    const problems = new Map<string, SettingProblem>();
    const parsed = sections.map((raw) => {
      const result = parseSettings(raw ?? {});
      for (const problem of result.problems) problems.set(problem.message, problem);
      return result.settings;
    });
    this.report([...problems.values()]);
    this.current = { outside: parsed[0], folders: folders.map((folder, i) => ({ folder, settings: parsed[i + 1] })) };
    return this.current;
  }

  /** Calls `onChange` with what a push-model client sent (undefined for pull clients) at each configuration change. */
  register(onChange: (pushed: unknown) => Promise<void>): void {
    this.ctx.connection.onDidChangeConfiguration(
      guard(this.ctx, 'workspace/didChangeConfiguration', undefined, (params) => onChange((params.settings as { grounded?: unknown } | null | undefined)?.grounded)),
    );
  }

  /** Asks the client for configuration change notifications (needed for pull-model clients). */
  async registerForChanges(): Promise<void> {
    try {
      await this.ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'grounded' });
    } catch (error) {
      this.ctx.log(`Could not register for configuration changes: ${String(error)}`);
    }
  }

  /**
   * After the first build: a client that neither answers `workspace/configuration` nor gave
   * `initializationOptions.corpusPaths`, and pushed no corpus, has its drafts checked against the bundled sample
   * while the writer may believe their `settings` are read (Neovim 0.7 with `settings = { grounded = … }`): the
   * log and one warning say how to name the corpus for such a client.
   */
  adviseOnCorpus(): void {
    const client = this.client();
    if (client.supportsPull || client.corpusPaths !== undefined || client.corpusDatabase !== undefined || client.untrusted || namesCorpus(this.pushed)) return;
    this.notifier.advise('client-corpus', settingsTexts.corpusForClientWithoutConfiguration());
  }

  private report(problems: SettingProblem[]): void {
    if (problems.length === 0) return this.notifier.clear('settings');
    this.notifier.show('settings', settingsTexts.invalidSettings(problems), problems[0].key);
  }
}

/** Tells the writer about invalid initialization options: in the output channel and one notification. */
export function reportProblems(notifier: SettingsNotifier, problems: readonly SettingProblem[]): void {
  if (problems.length > 0) notifier.show('initializationOptions', settingsTexts.invalidSettings(problems));
}

/** Whether a pushed `grounded` section names a corpus (paths, an empty list aside, or a database). */
function namesCorpus(pushed: unknown): boolean {
  const corpus = (pushed as { corpus?: { paths?: unknown; database?: unknown } } | null | undefined)?.corpus;
  const paths = corpus?.paths;
  return (Array.isArray(paths) ? paths.length > 0 : typeof paths === 'string' && paths !== '') || (typeof corpus?.database === 'string' && corpus.database !== '');
}
