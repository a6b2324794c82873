import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import { defaultSettings, parseSettings, type Settings, type SettingProblem } from '../settings';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';
import { t } from './l10n';
import type { ClientSetup } from './initialize';

/**
 * The settings in force. One reload path for both models: pulled with `workspace/configuration`, or pushed
 * in `workspace/didChangeConfiguration` by clients without it; `initializationOptions.corpusPaths` when the
 * settings give no corpus; invalid keys reported and replaced by defaults. `onChange` gets the previous
 * settings after each change.
 */
export class ConfigurationService {
  private current: Settings = defaultSettings();

  constructor(
    private readonly ctx: ServerContext,
    private readonly client: () => ClientSetup,
    private readonly onChange: (previous: Settings) => void,
  ) {}

  get settings(): Settings {
    return this.current;
  }

  /** Reads the settings: pulled from the client, else `pushed` (the section a push-model client sent). */
  async load(pushed?: unknown): Promise<void> {
    const client = this.client();
    let raw: unknown = pushed ?? {};
    if (client.supportsPull) {
      try {
        raw = await this.ctx.connection.workspace.getConfiguration({ section: 'grounded' });
      } catch (error) {
        this.ctx.log(`Could not read settings: ${String(error)}`);
        raw = {};
      }
    }
    if ((raw === null || raw === undefined || isEmptyPaths(raw)) && client.corpusPaths !== undefined) {
      raw = { ...(typeof raw === 'object' && raw ? raw : {}), corpus: { paths: client.corpusPaths } };
    }
    const { settings, problems } = parseSettings(raw ?? {});
    reportProblems(this.ctx, problems);
    this.current = settings;
  }

  register(): void {
    this.ctx.connection.onDidChangeConfiguration(guard(this.ctx, 'workspace/didChangeConfiguration', undefined, async (params) => {
      const previous = this.current;
      await this.load((params.settings as { grounded?: unknown } | null | undefined)?.grounded);
      this.onChange(previous);
    }));
  }

  /** Asks the client for configuration change notifications (needed for pull-model clients). */
  async registerForChanges(): Promise<void> {
    try {
      await this.ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'grounded' });
    } catch (error) {
      this.ctx.log(`Could not register for configuration changes: ${String(error)}`);
    }
  }
}

/** Tells the writer about invalid settings or initialization options: in the output channel and a warning. */
export function reportProblems(ctx: ServerContext, problems: readonly SettingProblem[]): void {
  for (const problem of problems) {
    ctx.error(`Invalid setting ${problem.message}`);
    void ctx.connection.window.showWarningMessage(t('Grounded: invalid setting {0}', problem.message));
  }
}

function isEmptyPaths(raw: unknown): boolean {
  const paths = (raw as { corpus?: { paths?: unknown } } | undefined)?.corpus?.paths;
  return paths === undefined || (Array.isArray(paths) && paths.length === 0);
}
