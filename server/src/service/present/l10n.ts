import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';

/**
 * Loads the extension's l10n bundle for the client's display language (`InitializeParams.locale`, which VS Code
 * sets from its display language): `l10n/bundle.l10n.<locale>.json`, else the bundle of its language part
 * (`fr` for `fr-ca`). The server's UI texts (notifications, command answers) then go through `l10n.t`, as the
 * client's do through `vscode.l10n.t`; without a bundle (English, or a client that names no locale) they stay
 * as written. Returns the bundle file used, if any. Call before the first `t`.
 */
export function useLocale(locale: string | undefined, bundleDir: string): string | undefined {
  const tag = locale?.toLowerCase();
  if (!tag) return undefined;
  for (const candidate of [tag, tag.split('-')[0]]) {
    const file = path.join(bundleDir, `bundle.l10n.${candidate}.json`);
    if (existsSync(file)) {
      l10n.config({ fsPath: file });
      return file;
    }
  }
  return undefined;
}

/** A UI text in the client's display language (see {@link useLocale}); `{0}`… are replaced by `args`. */
export function t(message: string, ...args: (string | number)[]): string {
  return l10n.t(message, ...args);
}
