import type { CancellationToken } from 'vscode-languageserver/node';
import type { NotificationSpec, RequestSpec } from '../protocol';
import type { ServerContext } from './context';
import { guard } from './errorBoundary';

/**
 * Answers a custom request of protocol.ts, through the error boundary (`fallback` on an exception). The requests
 * take no parameters; a client that sends some anyway (`null`) still gets its answer: the token comes last.
 */
export function handleRequest<R>(ctx: ServerContext, spec: RequestSpec<R>, fallback: R, handler: (token: CancellationToken) => R | Promise<R>): void {
  const answer: (...args: unknown[]) => Promise<unknown> = guard(ctx, spec.method, fallback, (...args: unknown[]) => handler(args[args.length - 1] as CancellationToken));
  ctx.connection.onRequest(spec.method, answer);
}

/** Sends a custom notification of protocol.ts. */
export function sendNotification<P>(ctx: ServerContext, spec: NotificationSpec<P>, params: P): void {
  void ctx.connection.sendNotification(spec.method, params);
}
