import type { CorpusProblem } from '../types';
import { buildDocument, hashText, type CorpusDocument } from './document';
import { listCorpusFiles, readCorpusFile } from './files';

export interface LoadOptions {
  /** Called after each file with the count done so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  documents: CorpusDocument[];
  /** Listing problems and files that could not be loaded at all. */
  problems: CorpusProblem[];
  files: number;
}

/**
 * Loads every corpus file under `paths` into built documents, in memory (the CLI and the server index a
 * corpus with buildIndexData instead; this is the plain way, for one file or a small corpus). Bad files are
 * reported and skipped; never throws.
 */
export async function loadCorpus(paths: string[], baseDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { files, problems } = await listCorpusFiles(paths, baseDir);
  const documents: CorpusDocument[] = [];
  for (let i = 0; i < files.length; i++) {
    const loaded = await loadDocument(files[i]);
    if (loaded.doc) documents.push(loaded.doc);
    problems.push(...loaded.problems);
    options.onProgress?.(i + 1, files.length);
  }
  return { documents, problems, files: files.length };
}

/** Reads and builds one corpus file; `doc` is undefined when the file cannot be used (the problems say why). */
export async function loadDocument(filePath: string): Promise<{ doc?: CorpusDocument; problems: CorpusProblem[] }> {
  const read = await readCorpusFile(filePath);
  if (read.text === undefined) return { problems: read.problems };
  return buildReadDocument(filePath, read.text, hashText(read.text), read.problems);
}

/**
 * Builds a document from a file's text as read, with the problems reading it found (they come first among
 * the document's); a document that cannot be built is reported instead.
 */
export function buildReadDocument(filePath: string, text: string, hash: string, readProblems: CorpusProblem[]): { doc?: CorpusDocument; problems: CorpusProblem[] } {
  try {
    const doc = buildDocument(filePath, text, hash);
    doc.problems.unshift(...readProblems);
    return { doc, problems: [] };
  } catch (error) {
    return { problems: [...readProblems, { path: filePath, severity: 'error', message: `file could not be indexed: ${String(error)}` }] };
  }
}
