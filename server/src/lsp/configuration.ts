import { DidChangeConfigurationNotification } from 'vscode-languageserver/node';
import { parseSettings, type Settings } from '../settings';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/**
 * Pulls `grounded.*` with `workspace/configuration` (or takes `initializationOptions` from clients without it),
 * validates it, reports invalid keys, and calls `onChange` with the previous settings when they change.
 */
export class ConfigurationService {
  supportsPull = false;
  private initializationOptions: { corpusPaths?: unknown } = {};

  constructor(
    private readonly ctx: ServerContext,
    private readonly onChange: (previous: Settings) => void,
  ) {}

  setInitializationOptions(options: unknown): void {
    if (typeof options === 'object' && options !== null) this.initializationOptions = options as { corpusPaths?: unknown };
  }

  /** Reads settings into the context. Invalid values are reported to the user and replaced by defaults. */
  async load(): Promise<void> {
    let raw: unknown = {};
    if (this.supportsPull) {
      try {
        raw = await this.ctx.connection.workspace.getConfiguration({ section: 'grounded' });
      } catch (error) {
        this.ctx.log(`Could not read settings: ${String(error)}`);
      }
    }
    if ((raw === null || raw === undefined || isEmptyPaths(raw)) && this.initializationOptions.corpusPaths !== undefined) {
      raw = { ...(typeof raw === 'object' && raw ? raw : {}), corpus: { paths: this.initializationOptions.corpusPaths } };
    }
    const { settings, problems } = parseSettings(raw ?? {});
    for (const problem of problems) {
      this.ctx.error(`Invalid setting ${problem.message}`);
      void this.ctx.connection.window.showWarningMessage(`Grounded: invalid setting ${problem.message}`);
    }
    this.ctx.settings = settings;
  }

  register(): void {
    this.ctx.connection.onDidChangeConfiguration(guard(this.ctx, 'workspace/didChangeConfiguration', undefined, async (params) => {
      const previous = this.ctx.settings;
      if (this.supportsPull) await this.load();
      else this.ctx.settings = parseSettings((params.settings as { grounded?: unknown } | undefined)?.grounded ?? {}).settings;
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

function isEmptyPaths(raw: unknown): boolean {
  const paths = (raw as { corpus?: { paths?: unknown } } | undefined)?.corpus?.paths;
  return paths === undefined || (Array.isArray(paths) && paths.length === 0);
}
