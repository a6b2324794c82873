import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** What every adapter needs: the connection, the open documents, and the output channel. */
export class ServerContext {
  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {}

  log(message: string): void {
    this.connection.console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }

  error(message: string): void {
    this.connection.console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
  }
}
