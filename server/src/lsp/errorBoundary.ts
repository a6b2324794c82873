import type { ServerContext } from './context';

/**
 * Wraps an LSP handler: any exception is logged (method, document, stack) to the output channel and the
 * handler answers `fallback` instead, so one bad request never takes the server down.
 */
export function guard<P, R>(
  ctx: ServerContext,
  method: string,
  fallback: R,
  handler: (params: P, ...rest: any[]) => R | Promise<R>,
): (params: P, ...rest: any[]) => Promise<R> {
  return async (params: P, ...rest: any[]) => {
    try {
      return await handler(params, ...rest);
    } catch (error) {
      const uri = (params as { textDocument?: { uri?: string } } | undefined)?.textDocument?.uri;
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
      ctx.error(`${method} failed${uri ? ` on ${uri}` : ''}: ${stack}`);
      return fallback;
    }
  };
}
