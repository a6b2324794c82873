import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { openSettingsNotification, statusNotification, type OpenSettingsParams, type StatusParams } from '../../server/src/protocol';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverPath = path.join(repoRoot, 'dist', 'server.js');
export const fixtures = path.join(repoRoot, 'test', 'fixtures');

export function fileUri(p: string): string {
  return pathToFileURL(p).toString();
}

export interface StartOptions {
  /** The `grounded` settings section answered to `workspace/configuration` (for every scope but those of `folderSettings`). */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Several workspace folders (a multi-root workspace), instead of `workspaceFolder`. */
  workspaceFolders?: string[];
  /** The `grounded` section answered for a folder's `scopeUri`, by folder path. */
  folderSettings?: Record<string, Record<string, unknown>>;
  initializationOptions?: Record<string, unknown>;
  /** Advertise `workspace.configuration` (default true). */
  configuration?: boolean;
  /** Advertise that the client watches the files the server names (default true); no event is sent unless a test does. */
  watchFiles?: boolean;
  /** Advertise versioned workspace edits (`workspace.workspaceEdit.documentChanges`, as VS Code and Neovim do; default false). */
  versionedEdits?: boolean;
  /** Extra arguments for node before the server script (e.g. `--require` a guard). */
  nodeArgs?: string[];
  /** The client's display language (`InitializeParams.locale`), for the server's UI texts. */
  locale?: string;
  /** How long to wait for the corpus index to be ready (default 20 s; large benchmark corpora take longer). */
  readyTimeoutMs?: number;
  /**
   * Environment of the server beyond this process's. By default `XDG_CACHE_HOME` is a fresh folder of this
   * client's (removed at stop) and `GROUNDED_CACHE_DIR` unset, so no test reads or writes the user's cache.
   */
  env?: Record<string, string | undefined>;
}

/** A language client talking to a real `dist/server.js --stdio` process. */
export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  settings: Record<string, unknown>;
  readonly statuses: StatusParams[] = [];
  private readonly lastDiagnosticsAt = new Map<string, number>();
  /** When (performance.now()) the first status said the corpus could be searched, entities still pending. */
  searchReadyAt: number | undefined;
  readonly logs: string[] = [];
  readonly messages: string[] = [];
  /** Every `window/showMessage` (a notification without actions), with its type (1 error, 2 warning…), in order. */
  readonly shownMessages: { type: number; message: string }[] = [];
  /** Every `window/showMessageRequest` (notifications with actions), in order. */
  readonly messageRequests: { type: number; message: string; actions?: { title: string }[] }[] = [];
  /** The action the writer picks in a notification with actions (default: none, the notification is closed). */
  chooseAction: ((request: { message: string; actions?: { title: string }[] }) => { title: string } | null) | undefined;
  /** Every `grounded/openSettings` the server sent. */
  readonly openSettings: OpenSettingsParams[] = [];
  /** Every `client/registerCapability` registration, in order (corpus watchers come when a build ends). */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private waiters: (() => void)[] = [];
  stderr = '';

  /** The server's default cache home (`XDG_CACHE_HOME`), made for this client. */
  readonly cacheHome: string;

  /** The settings answered per folder (by path); change them, then send `workspace/didChangeConfiguration`. */
  folderSettings: Record<string, Record<string, unknown>> = {};
  /** The items of each `workspace/configuration` request, in order. */
  readonly configurationRequests: { section?: string; scopeUri?: string }[][] = [];

  private constructor(settings: Record<string, unknown>, nodeArgs: string[] = [], env: Record<string, string | undefined> = {}) {
    this.settings = settings;
    this.cacheHome = mkdtempSync(path.join(tmpdir(), 'grounded-cache-home-'));
    const serverEnv: Record<string, string | undefined> = { ...process.env, GROUNDED_CACHE_DIR: undefined, XDG_CACHE_HOME: this.cacheHome, ...env };
    for (const key of Object.keys(serverEnv)) if (serverEnv[key] === undefined) delete serverEnv[key];
    this.process = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: serverEnv });
    this.process.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) => {
      this.record(() => this.configurationRequests.push(params.items));
      return params.items.map((item) => {
        if (item.section !== 'grounded') return null;
        const folder = item.scopeUri && Object.keys(this.folderSettings).find((f) => fileUri(f) === item.scopeUri);
        return folder ? this.folderSettings[folder] : this.settings;
      });
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) =>
      this.record(() => this.registrations.push(...params.registrations)),
    );
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(statusNotification.method, (params: StatusParams) =>
      this.record(() => {
        this.statuses.push(params);
        if (params.state === 'ready' && params.entitiesPending) this.searchReadyAt ??= performance.now();
      }),
    );
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.record(() => this.logs.push(params.message)));
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) =>
      this.record(() => {
        this.messages.push(params.message);
        this.shownMessages.push(params);
      }),
    );
    this.connection.onRequest('window/showMessageRequest', (params: { type: number; message: string; actions?: { title: string }[] }) => {
      this.record(() => {
        this.messages.push(params.message);
        this.messageRequests.push(params);
      });
      return this.chooseAction?.(params) ?? null;
    });
    this.connection.onNotification(openSettingsNotification.method, (params: OpenSettingsParams) => this.record(() => this.openSettings.push(params)));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) =>
      this.record(() => {
        const list = this.diagnostics.get(params.uri) ?? [];
        list.push(params);
        this.diagnostics.set(params.uri, list);
        this.lastDiagnosticsAt.set(params.uri, performance.now());
      }),
    );
    this.connection.listen();
  }

  /** Spawns the server, initializes it and waits until the corpus index is ready. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    const client = new TestClient(options.settings ?? {}, options.nodeArgs, options.env);
    client.folderSettings = { ...options.folderSettings };
    const folders = options.workspaceFolders ?? [options.workspaceFolder ?? repoRoot];
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(folders[0]),
      workspaceFolders: folders.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) })),
      initializationOptions: options.initializationOptions,
      locale: options.locale,
      capabilities: {
        workspace: {
          configuration: options.configuration !== false,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          ...(options.watchFiles === false ? {} : { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } }),
          ...(options.versionedEdits ? { workspaceEdit: { documentChanges: true } } : {}),
        },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await client.connection.sendNotification('initialized', {});
    await client.waitForSettled(0, options.readyTimeoutMs);
    return client;
  }

  /** Waits for a status newer than `after` notifications that ends a build: ready (entities too), or an error. */
  waitForSettled(after = 0, timeoutMs?: number): Promise<StatusParams> {
    return this.until(() => this.statuses.slice(after).find((s) => s.state === 'error' || (s.state === 'ready' && !s.entitiesPending)), 'the corpus ready or in error', timeoutMs);
  }

  /** Tells the server of workspace folders added and removed (`workspace/didChangeWorkspaceFolders`). */
  changeFolders(added: string[], removed: string[]): Promise<void> {
    const folders = (list: string[]) => list.map((folder) => ({ uri: fileUri(folder), name: path.basename(folder) }));
    return this.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: folders(added), removed: folders(removed) } });
  }

  initializeResult!: InitializeResult;

  private record(action: () => void): void {
    action();
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Resolves when `predicate` holds, re-checked on every message from the server. */
  async until<T>(predicate: () => T | undefined | false, what: string, timeoutMs = 20000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits for a status notification with this state, newer than `after` notifications. */
  waitForStatus(state: StatusParams['state'], after = 0, timeoutMs?: number): Promise<StatusParams> {
    // "ready" is the corpus with its entities; `searchReady` is when searches could start.
    return this.until(() => this.statuses.slice(after).find((s) => s.state === state && !s.entitiesPending), `status ${state}`, timeoutMs);
  }

  /** The latest diagnostics published for a document (undefined when none yet). */
  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    const list = this.diagnostics.get(uri);
    return list?.[list.length - 1]?.diagnostics;
  }

  /**
   * Waits for diagnostics after the `after`-th, then until none has come for `quietMs` (a long draft's
   * findings come in parts); returns the last ones and when (performance.now()) they came.
   */
  async settledDiagnostics(uri: string, after: number, timeoutMs?: number, quietMs = 2000): Promise<{ diagnostics: Diagnostic[]; at: number }> {
    await this.nextDiagnostics(uri, after, timeoutMs);
    const deadline = performance.now() + (timeoutMs ?? 20000);
    while (performance.now() - (this.lastDiagnosticsAt.get(uri) ?? 0) <= quietMs) {
      if (performance.now() > deadline) throw new Error(`timed out waiting for diagnostics for ${uri} to settle`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { diagnostics: this.latestDiagnostics(uri)!, at: this.lastDiagnosticsAt.get(uri)! };
  }

  /** The document version the latest diagnostics were published for. */
  versionOfLatest(uri: string): number | undefined {
    const list = this.diagnostics.get(uri);
    return list?.[list.length - 1]?.version;
  }

  /** Number of diagnostics notifications received for a document so far. */
  diagnosticsCount(uri: string): number {
    return this.diagnostics.get(uri)?.length ?? 0;
  }

  /** Waits for a diagnostics notification for `uri` after the `after`-th one. */
  async nextDiagnostics(uri: string, after: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.until(() => (this.diagnosticsCount(uri) > after ? this.latestDiagnostics(uri) : undefined), `diagnostics for ${uri}`, timeoutMs);
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the process may already be gone
    }
    const exited = new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
    });
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (this.process.exitCode === null) this.process.kill('SIGKILL');
    this.connection.dispose();
    rmSync(this.cacheHome, { recursive: true, force: true });
  }
}

/** The position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, offset + delta);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}
