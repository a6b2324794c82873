import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, fixtures, TestClient, type StartOptions } from './harness';

/**
 * Servers shared by the tests of several files that only read (each opens drafts of its own URIs): one
 * process per corpus for the whole run, stopped after the last test. Tests that change settings or files
 * start their own.
 */
const clients = new Map<string, Promise<TestClient>>();

export const corpora = {
  bundled: {},
  space: { settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'space')] } } },
  bad: { settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'bad')] } } },
  curatedBad: { settings: { corpus: { paths: [path.join(fixtures, 'corpora', 'curated-bad')] } } },
} satisfies Record<string, StartOptions>;

export function sharedClient(corpus: keyof typeof corpora): Promise<TestClient> {
  let client = clients.get(corpus);
  if (!client) clients.set(corpus, (client = TestClient.start(corpora[corpus])));
  return client;
}

after(async () => {
  for (const client of clients.values()) await (await client).stop();
  clients.clear();
});

/** The dev draft (test/fixtures/eval/draft.dev.md): its text and URI. */
export const devDraft = {
  text: readFileSync(path.join(fixtures, 'eval', 'draft.dev.md'), 'utf8'),
  uri: fileUri(path.join(fixtures, 'eval', 'draft.dev.md')),
};

const devDiagnostics = new WeakMap<TestClient, Promise<Diagnostic[]>>();

/** Opens the dev draft on the shared bundled-corpus server (once) and resolves with its first diagnostics. */
export async function openDevDraft(): Promise<{ client: TestClient; diagnostics: Diagnostic[] }> {
  const client = await sharedClient('bundled');
  let diagnostics = devDiagnostics.get(client);
  if (!diagnostics) {
    diagnostics = client.open(devDraft.uri, devDraft.text).then(() => client.nextDiagnostics(devDraft.uri, 0));
    devDiagnostics.set(client, diagnostics);
  }
  return { client, diagnostics: await diagnostics };
}

/** The text a range covers. */
export function textAt(text: string, d: { range: Diagnostic['range'] }): string {
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

/** A text once edits are applied. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 1, text), edits);
}

/** The Markdown of a hover ('' for none). */
export const hoverText = (hover: Hover | null) => (hover ? (hover.contents as { value: string }).value : '');
