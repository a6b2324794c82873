import { MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import { openSettingsNotification } from '../protocol';
import { settingsTexts } from '../service/present/settings';
import type { ServerContext } from './context';
import { sendNotification } from './custom';

/**
 * Notifications about what the writer set wrong (invalid settings, a corpus that cannot be read): each shown
 * once per topic until its text changes or the problem is gone, with an "Open Settings" action on the setting
 * at fault for clients that open it (`initializationOptions.openSettings`), a plain message for the others:
 * `window/showMessage`, never a `window/showMessageRequest` without actions (Neovim blocks on one, a prompt with
 * nothing to choose).
 */
export class SettingsNotifier {
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly opensSettings: () => boolean,
  ) {}

  /** Shows `message` about `topic` unless it is what was last shown about it; `setting` is the key to open. */
  show(topic: string, message: string, setting?: string): void {
    if (this.shown.get(topic) !== message) this.notify(topic, message, setting);
    // Logged after: once the line is in the log, the notification (if any) was sent before it.
    this.ctx.error(message);
  }

  /** Advice rather than an error (a plain warning, no action), shown and logged as {@link show} does. */
  advise(topic: string, message: string): void {
    if (this.shown.get(topic) !== message) {
      this.shown.set(topic, message);
      void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
    this.ctx.log(message);
  }

  private notify(topic: string, message: string, setting: string | undefined): void {
    this.shown.set(topic, message);
    const { window } = this.ctx.connection;
    if (!setting || !this.opensSettings()) {
      void this.ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
      return;
    }
    void window.showErrorMessage(message, { title: settingsTexts.openSettings }).then(
      (chosen) => {
        if (chosen?.title === settingsTexts.openSettings) sendNotification(this.ctx, openSettingsNotification, { query: setting });
      },
      () => undefined,
    );
  }

  /** The problem about `topic` is gone: shown again should it come back. */
  clear(topic: string): void {
    this.shown.delete(topic);
  }
}
