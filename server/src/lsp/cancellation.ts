import { LSPErrorCodes, Message, type ConnectionStrategy, type ResponseMessage } from 'vscode-languageserver/node';

/**
 * The answer to a request the client cancelled (`$/cancelRequest`) while it still waited in the connection's
 * queue: LSP's `RequestCancelled` error (-32800), sent at once, the request never run. vscode-jsonrpc's default
 * keeps such a request and runs it later with a token that was never cancelled (the cancellation comes before
 * the token is made), so every completion request superseded by a keystroke while the server was busy with an
 * earlier one was computed in full; now only the last one is. Undefined for a message that is no request.
 */
export function cancelledBeforeDispatch(message: Message): ResponseMessage | undefined {
  if (!Message.isRequest(message)) return undefined;
  return { jsonrpc: '2.0', id: message.id, error: { code: LSPErrorCodes.RequestCancelled, message: `${message.method} cancelled before it ran` } };
}

/** The connection's strategy: requests cancelled before they run are answered at once (see {@link cancelledBeforeDispatch}). */
export const connectionStrategy: ConnectionStrategy = { cancelUndispatched: (message) => cancelledBeforeDispatch(message) };
