import * as vscode from 'vscode';

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export type Language = 'auto' | 'fr' | 'en';

const severities: readonly Severity[] = ['error', 'warning', 'information', 'hint', 'off'];
const languages: readonly Language[] = ['auto', 'fr', 'en'];

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isOneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): value is T =>
    options.includes(value as T);

/**
 * Typed view of the `grounded.*` settings. The server reads and validates them itself (server/src/settings.ts);
 * this is for client-side features. A value of the wrong shape falls back to the package.json default.
 */
export class Config {
  static readonly section = 'grounded';

  get corpusPaths(): string[] {
    return this.get('corpus.paths', isStringArray, []);
  }

  get unsupportedSeverity(): Severity {
    return this.get('diagnostics.unsupported', isOneOf(severities), 'information');
  }

  get contradictedSeverity(): Severity {
    return this.get('diagnostics.contradicted', isOneOf(severities), 'warning');
  }

  get language(): Language {
    return this.get('language', isOneOf(languages), 'auto');
  }

  /** True when the event touches any `grounded.*` setting. */
  static affects(event: vscode.ConfigurationChangeEvent): boolean {
    return event.affectsConfiguration(Config.section);
  }

  private get<T>(key: string, isValid: (value: unknown) => value is T, fallback: T): T {
    const value = vscode.workspace.getConfiguration(Config.section).get<unknown>(key);
    return isValid(value) ? value : fallback;
  }
}
