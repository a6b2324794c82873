import { LineMap } from '../position';
import type { CorpusProblem } from '../types';
import { buildDocument, hashText, type CorpusDocument } from './document';
import { listCorpusFiles, readCorpusFile } from './files';

export interface LoadOptions {
  /** Called after each file with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between files; loading stops early when it returns true. */
  isCancelled?: () => boolean;
  /** Called with each document as soon as it is built (e.g. to index it while the rest loads). */
  onDocument?: (doc: CorpusDocument) => void;
  /** Documents already built (or cached without their text), by path, reused when the file's hash is unchanged. */
  previous?: ReadonlyMap<string, CorpusDocument | Omit<CorpusDocument, 'text' | 'lines'>>;
}

export interface LoadResult {
  documents: CorpusDocument[];
  /** Listing problems and files that could not be loaded at all. */
  problems: CorpusProblem[];
  files: number;
  cancelled: boolean;
}

/**
 * Loads every corpus file under `paths`, yielding to the event loop between files so that a server
 * stays responsive while a large corpus loads. Bad files are reported and skipped; never throws.
 */
export async function loadCorpus(paths: string[], baseDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { files, problems } = await listCorpusFiles(paths, baseDir);
  const documents: CorpusDocument[] = [];
  let lastYield = Date.now();
  for (let i = 0; i < files.length; i++) {
    if (options.isCancelled?.()) return { documents, problems, files: files.length, cancelled: true };
    const loaded = await loadDocument(files[i], options.previous);
    if (loaded.doc) {
      documents.push(loaded.doc);
      options.onDocument?.(loaded.doc);
    }
    problems.push(...loaded.problems);
    options.onProgress?.(i + 1, files.length);
    if (Date.now() - lastYield > 20) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = Date.now();
    }
  }
  return { documents, problems, files: files.length, cancelled: false };
}

/** Reads and builds one corpus file; `doc` is undefined when the file cannot be used (the problems say why). */
export async function loadDocument(
  filePath: string,
  previous?: ReadonlyMap<string, CorpusDocument | Omit<CorpusDocument, 'text' | 'lines'>>,
): Promise<{ doc?: CorpusDocument; problems: CorpusProblem[] }> {
  const read = await readCorpusFile(filePath);
  if (read.text === undefined) return { problems: read.problems };
  const hash = hashText(read.text);
  const cached = previous?.get(filePath);
  if (cached && cached.hash === hash) {
    // A cached document comes without its text: the text just read is the same, by its hash.
    const doc = 'text' in cached ? cached : { ...cached, text: read.text, lines: new LineMap(read.text) };
    return { doc, problems: [] };
  }
  try {
    const doc = buildDocument(filePath, read.text, hash);
    doc.problems.unshift(...read.problems);
    return { doc, problems: [] };
  } catch (error) {
    return { problems: [...read.problems, { path: filePath, severity: 'error', message: `file could not be indexed: ${String(error)}` }] };
  }
}
