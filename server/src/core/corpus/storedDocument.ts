import { statSync } from 'node:fs';
import type { LineMap } from '../position';
import type { CorpusProblem, Lang, Span } from '../types';
import { buildDocument, hashText, rereadDocument, sentenceLayout, type CorpusDocument, type Sentence } from './document';
import { readCorpusFileSync } from './files';

/** A document without its text: what the index and its cache keep of it, with the file's size and time. */
export type DocumentMeta = Omit<CorpusDocument, 'text' | 'lines' | 'sentences'> & {
  sentenceCount: number;
  size?: number;
  mtimeMs?: number;
};

/** The metadata of a built document. */
export function metaOf(doc: CorpusDocument, file?: { size: number; mtimeMs: number }): DocumentMeta {
  const meta: DocumentMeta = { id: doc.id, path: doc.path, title: doc.title, lang: doc.lang, hash: doc.hash, problems: doc.problems, sentenceCount: doc.sentences.length };
  if (doc.date !== undefined) meta.date = doc.date;
  if (doc.url !== undefined) meta.url = doc.url;
  if (doc.author !== undefined) meta.author = doc.author;
  if (doc.frontMatterSpan) meta.frontMatterSpan = doc.frontMatterSpan;
  if (file) {
    meta.size = file.size;
    meta.mtimeMs = file.mtimeMs;
  }
  return meta;
}

/** How many documents read back from their files keep their text and sentences in memory. */
export const residentDocuments = 2000;
const resident = new Set<StoredDocument>();

/**
 * A corpus document the index holds without its text: the text and sentences are read again from the file
 * when a request needs them, and dropped once {@link residentDocuments} others have been read since. A file
 * found changed (another hash) is read as it now is, marked {@link stale} (its sentences no longer match the
 * index's passages) and reported through `onStale` to be indexed again. {@link changedOnDisk} looks at the
 * file's size and time, for text kept in memory.
 */
export class StoredDocument implements CorpusDocument {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly lang: Lang;
  readonly date?: string;
  readonly url?: string;
  readonly author?: string;
  readonly hash: string;
  readonly problems: CorpusProblem[];
  readonly frontMatterSpan?: Span;
  readonly sentenceCount: number;
  private content: Pick<CorpusDocument, 'text' | 'lines' | 'sentences'> | undefined;
  private changed = false;

  constructor(
    readonly meta: DocumentMeta,
    private readonly onStale?: (doc: StoredDocument) => void,
    /** Where its sentences lie (see sentenceLayout), to cut them again without splitting. */
    private readonly layout?: Int32Array,
  ) {
    this.id = meta.id;
    this.path = meta.path;
    this.title = meta.title;
    this.lang = meta.lang;
    this.date = meta.date;
    this.url = meta.url;
    this.author = meta.author;
    this.hash = meta.hash;
    this.problems = meta.problems;
    this.frontMatterSpan = meta.frontMatterSpan;
    this.sentenceCount = meta.sentenceCount;
  }

  /**
   * A built document (its text in memory) as a stored one, with the size and time of the file it was read from,
   * so that it is checked against its file like the others.
   */
  static of(doc: CorpusDocument, file: { size: number; mtimeMs: number }, onStale?: (doc: StoredDocument) => void): StoredDocument {
    const stored = new StoredDocument(metaOf(doc, file), onStale, sentenceLayout(doc));
    stored.keep({ text: doc.text, lines: doc.lines, sentences: doc.sentences });
    return stored;
  }

  /** The file differs from what was indexed: the sentences read now are not the index's passages. */
  get stale(): boolean {
    return this.changed;
  }

  /**
   * Whether the file changed since it was indexed: another size or time, and another content (a file touched
   * but not changed takes its new time and is not). Cheap when unchanged: one `stat`. A file gone is changed.
   */
  changedOnDisk(): boolean {
    if (this.changed) return true;
    let stat: { size: number; mtimeMs: number };
    try {
      stat = statSync(this.path);
    } catch {
      return this.markChanged();
    }
    if (this.meta.size === stat.size && this.meta.mtimeMs === stat.mtimeMs) return false;
    const file = readCorpusFileSync(this.path);
    if (file.text === undefined || hashText(file.text) !== this.hash) return this.markChanged();
    this.meta.size = file.size;
    this.meta.mtimeMs = file.mtimeMs;
    return false;
  }

  get text(): string {
    return this.read().text;
  }

  get lines(): LineMap {
    return this.read().lines;
  }

  get sentences(): Sentence[] {
    return this.read().sentences;
  }

  private read(): Pick<CorpusDocument, 'text' | 'lines' | 'sentences'> {
    if (this.content) {
      resident.delete(this);
      resident.add(this);
      return this.content;
    }
    const file = readCorpusFileSync(this.path);
    const text = file.text ?? '';
    const hash = file.text === undefined ? '' : hashText(text);
    // As indexed: cut at the known layout. Changed: read anew, and reported to be indexed again.
    const again = hash === this.hash && this.layout ? rereadDocument(this.path, text, this.layout) : undefined;
    const content = again && again.sentences.length === this.sentenceCount ? again : buildDocument(this.path, text, hash);
    if (hash !== this.hash) this.markChanged();
    this.keep(content);
    return content;
  }

  private keep(content: Pick<CorpusDocument, 'text' | 'lines' | 'sentences'>): void {
    this.content = content;
    resident.add(this);
    for (const old of resident) {
      if (resident.size <= residentDocuments) break;
      old.content = undefined;
      resident.delete(old);
    }
  }

  private markChanged(): true {
    if (!this.changed) {
      this.changed = true;
      this.onStale?.(this);
    }
    return true;
  }
}
