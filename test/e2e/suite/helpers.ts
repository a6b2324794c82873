import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The repository, two folders above the bundled suite (.vscode-test/e2e/suite.js). */
export const repoRoot = path.resolve(__dirname, '..', '..');

/** A file of the workspace folder the editor opened (a copy of test/e2e/workspace). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the editor opened no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Resolves when `condition` returns a value, checked now and at each `event`; rejects after `timeoutMs`. */
export function when<T>(event: vscode.Event<unknown>, condition: () => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      let value: T | undefined | false;
      try {
        value = condition();
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      if (!value) return;
      finish();
      resolve(value);
    };
    const listener = event(check);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const finish = () => {
      listener.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Resolves when `check` returns true, polled every 50 ms; for states that fire no event. */
export async function poll(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Resolves when the server's entity list names `name`. The first `ready` status comes when search is ready;
 * entities are extracted after it, so an entity hover must wait for them.
 */
export async function entityKnown(client: { sendRequest<R>(method: string, params: unknown): Promise<R> }, name: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entities = await client.sendRequest<{ name: string; aliases: string[] }[]>('grounded/entities', null);
    if (entities.some((e) => e.name === name || e.aliases.includes(name))) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for the entity ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** `promise`, or a rejection naming `what` after `timeoutMs`. */
export function within<T>(promise: Promise<T>, what: string, timeoutMs = 30_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Grounded's diagnostics on `uri` (source 'grounded'). */
export function groundedDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'grounded');
}

/** The diagnostic's code as a string, whichever form VS Code gives it. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** Resolves with Grounded's diagnostics on `uri` once `accept` holds for them, re-checked at each diagnostics change. */
export function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return when(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = groundedDiagnostics(uri);
      return accept(diagnostics) && diagnostics;
    },
    what,
  ).catch((error: Error) => {
    const seen = groundedDiagnostics(uri).map((d) => `${codeOf(d)} ${JSON.stringify(d.message)}`);
    throw new Error(`${error.message}; diagnostics now: ${seen.join(' | ') || 'none'}`);
  });
}

/** The position of the first `needle` in `document`, `delta` characters in. */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" is not in ${document.uri.fsPath}`);
  return document.positionAt(offset + delta);
}

/** All hover text the editor shows at `position` (every provider), as one string. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}

/** PIDs and command lines of this extension host's child processes: from /proc on Linux, else from `ps`. */
function children(): { pid: number; command: string }[] {
  if (!existsSync('/proc/self/stat')) {
    return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((match) => match !== null && Number(match[2]) === process.pid)
      .map((match) => ({ pid: Number(match![1]), command: match![3] }));
  }
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return parent === process.pid ? [{ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ') }] : [];
    } catch {
      return [];
    }
  });
}

/** PIDs of this extension host's children running Grounded's `dist/server.js`. */
export function serverPids(): number[] {
  return children()
    .filter(({ command }) => command.includes(path.join('dist', 'server.js')))
    .map(({ pid }) => pid);
}
