import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildDocument } from '../../server/src/core/corpus/document';
import type { EntityIndex } from '../../server/src/core/entities/entityIndex';
import { CorpusIndex } from '../../server/src/core/index/corpusIndex';
import type { Cancellation, CorpusView, DocumentStore } from '../../server/src/service/context';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { parseSettings, type Settings } from '../../server/src/settings';
import { orchardCorpus } from '../unit/claims/helpers';

export { orchardCorpus };

/** The folder the in-memory corpus files claim to live in. */
export const corpusRoot = path.resolve('/corpus');

/** A corpus held in memory: documents built from texts keyed by file name, under {@link corpusRoot}. */
export class MemoryCorpus implements CorpusView {
  readonly index = new CorpusIndex();
  searchable = true;

  constructor(files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) this.index.setDocument(buildDocument(this.pathOf(name), text));
  }

  pathOf(name: string): string {
    return path.join(corpusRoot, name);
  }

  entities(): EntityIndex {
    return this.index.entities();
  }

  isInCorpus(filePath: string): boolean {
    return filePath.startsWith(corpusRoot + path.sep);
  }

  /** Held in memory: never changed on disk. */
  refreshFiles(): boolean {
    return false;
  }
}

/** Open documents held in memory. */
export class MemoryDocuments implements DocumentStore {
  private readonly open = new Map<string, TextDocument>();

  set(uri: string, text: string, languageId = 'markdown'): TextDocument {
    const version = (this.open.get(uri)?.version ?? 0) + 1;
    const document = TextDocument.create(uri, languageId, version, text);
    this.open.set(uri, document);
    return document;
  }

  get(uri: string): TextDocument | undefined {
    return this.open.get(uri);
  }

  all(): TextDocument[] {
    return [...this.open.values()];
  }
}

/** A language service over an in-memory corpus and documents: no files, no process, no connection. */
export interface TestService {
  service: LanguageService;
  corpus: MemoryCorpus;
  documents: MemoryDocuments;
  /** Replaces the settings in force (the `grounded` section, as a client sends it). */
  configure(raw: unknown): void;
  /** Opens (or changes) a draft. */
  open(text: string, uri?: string): TextDocument;
}

export function serviceOn(files: Record<string, string> = orchardCorpus, raw: unknown = {}): TestService {
  const corpus = new MemoryCorpus(files);
  const documents = new MemoryDocuments();
  let settings: Settings = parseSettings(raw).settings;
  const service = createLanguageService({ corpus, documents, settings: () => settings });
  return {
    service,
    corpus,
    documents,
    configure: (next) => {
      settings = parseSettings(next).settings;
      service.invalidate();
    },
    open: (text, uri = 'untitled:draft.md') => documents.set(uri, text),
  };
}

/** The position of the first occurrence of `needle` (plus `delta` characters) in a document. */
export function at(document: TextDocument, needle: string, delta = 0): { line: number; character: number } {
  const offset = document.getText().indexOf(needle);
  if (offset < 0) throw new Error(`"${needle}" not in the document`);
  return document.positionAt(offset + delta);
}

/** The text a range covers in a document. */
export function textAt(document: TextDocument, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return document.getText().slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

/** A token already cancelled. */
export const cancelled: Cancellation = { isCancellationRequested: true };

/** A token cancelled once it has been asked `after` times (to cancel in the middle of a loop). */
export function cancelledAfter(after: number): Cancellation & { asked: number } {
  return {
    asked: 0,
    get isCancellationRequested() {
      return ++this.asked > after;
    },
  };
}

/** The Markdown value of a hover (or '' for none). */
export function hoverText(hover: { contents: unknown } | null): string {
  return hover ? (hover.contents as { value: string }).value : '';
}
