import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What every adapter needs: the connection, the open documents, and the output channel. */
export class ServerContext {
  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {}

  /** A line in the client's log (`window/logMessage`); the client stamps the time (VS Code's log channel does). */
  log(message: string): void {
    this.connection.console.log(message);
  }

  /** A warning line in the client's log (see {@link log}). */
  warn(message: string): void {
    this.connection.console.warn(message);
  }

  /** An error line in the client's log, without a time of our own (see {@link log}). */
  error(message: string): void {
    this.connection.console.error(message);
  }
}
