import { promises as fs, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { CorpusProblem } from '../types';
import { corpusExtensions, corpusFileGlob } from './patterns';

export { corpusExtensions };

/** Files larger than this are reported and skipped: a corpus article is a few KB. */
export const maxFileBytes = 8 * 1024 * 1024;

const skippedNames = new Set(['readme.md', 'readme.markdown', 'readme.txt']);

/** Whether a path names a file the corpus would read (by extension and name). */
export function isCorpusFileName(filePath: string): boolean {
  const base = path.basename(filePath).toLowerCase();
  return corpusExtensions.includes(path.extname(base)) && !skippedNames.has(base);
}

/**
 * Resolves corpus paths (folders, files or globs; relative ones against `baseDir`) to corpus files, sorted.
 * Missing paths and unreadable folders are reported, not thrown.
 */
export async function listCorpusFiles(paths: string[], baseDir: string): Promise<{ files: string[]; problems: CorpusProblem[] }> {
  const files = new Set<string>();
  const problems: CorpusProblem[] = [];
  for (const entry of paths) {
    const absolute = path.resolve(baseDir, entry);
    if (isDynamicPattern(entry)) {
      const matches = await safeGlob([toPosix(absolute)], problems, absolute);
      matches.filter(isCorpusFileName).forEach((f) => files.add(path.resolve(f)));
      if (matches.length === 0) problems.push({ path: absolute, severity: 'warning', message: `corpus pattern "${entry}" matches no file`, code: 'pattern-no-match', args: [entry] });
      continue;
    }
    const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      const missing = stat.code === 'ENOENT';
      const detail = stat.code ?? stat.message;
      problems.push({
        path: absolute,
        severity: 'error',
        message: `corpus path "${entry}" ${missing ? 'does not exist' : `cannot be read (${detail})`}`,
        code: missing ? 'path-missing' : 'path-unreadable',
        args: missing ? [entry] : [entry, detail],
      });
    } else if (stat.isDirectory()) {
      const pattern = `${toPosix(absolute)}/${corpusFileGlob}`;
      const matches = await safeGlob([pattern], problems, absolute);
      const found = matches.filter(isCorpusFileName);
      found.forEach((f) => files.add(path.resolve(f)));
      if (found.length === 0) problems.push({ path: absolute, severity: 'warning', message: `corpus folder "${entry}" holds no .md, .markdown or .txt file`, code: 'folder-empty', args: [entry] });
    } else {
      files.add(absolute);
    }
  }
  return { files: uniqueRealPaths([...files]), problems };
}

/** Drops paths that reach the same file through symbolic links, keeping the shortest; sorted. */
function uniqueRealPaths(files: string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  const depth = (p: string) => p.split(path.sep).length;
  const realPath = realPathsByFolder();
  for (const file of files.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const real = realPath(file);
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(file);
  }
  return unique.sort();
}

/**
 * The real path of a file (symbolic links resolved; the path itself when it cannot be resolved), its folder resolved
 * once for all its files: a file that is not a link is its real folder's, and one listing of the folder tells which
 * are links. Resolving each file (the C library checks every folder on the way) took 0.4 s of 35,987 articles' start.
 */
function realPathsByFolder(): (file: string) => string {
  const folders = new Map<string, { real: string; links: Set<string> } | undefined>();
  const folderOf = (dir: string) => {
    if (!folders.has(dir)) {
      try {
        const links = new Set(readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isSymbolicLink() ? [entry.name] : [])));
        folders.set(dir, { real: realpathSync.native(dir), links });
      } catch {
        folders.set(dir, undefined);
      }
    }
    return folders.get(dir);
  };
  return (file) => {
    const folder = folderOf(path.dirname(file));
    const name = path.basename(file);
    if (folder && !folder.links.has(name)) return path.join(folder.real, name);
    try {
      return realpathSync.native(file);
    } catch {
      return file;
    }
  };
}

async function safeGlob(patterns: string[], problems: CorpusProblem[], where: string): Promise<string[]> {
  try {
    return await glob(patterns, {
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: true,
      deep: 32,
      ignore: ['**/node_modules/**', '**/.git/**'],
      expandDirectories: false,
    });
  } catch (error) {
    problems.push({ path: where, severity: 'error', message: `corpus folder could not be listed: ${String(error)}` });
    return [];
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The outcome of reading one corpus file: its text (and the file's size and time), or why it is skipped. */
export type ReadResult =
  | { text: string; problems: CorpusProblem[]; size: number; mtimeMs: number }
  | { text?: undefined; problems: CorpusProblem[] };

/**
 * Reads a corpus file as UTF-8. Binary, empty, oversized and unreadable files are reported and yield no text;
 * invalid UTF-8 is decoded with replacement characters and reported.
 */
export async function readCorpusFile(filePath: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(filePath);
    if (stat.size > maxFileBytes) return { problems: [tooLarge(filePath, stat.size)] };
    const decoded = decodeCorpusFile(filePath, await fs.readFile(filePath));
    return decoded.text === undefined ? { problems: decoded.problems } : { text: decoded.text, problems: decoded.problems, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    return { problems: [unreadable(filePath, error)] };
  }
}

/** {@link readCorpusFile}, synchronously: for a document's text read again when a request needs it. */
export function readCorpusFileSync(filePath: string): ReadResult {
  try {
    const stat = statSync(filePath);
    if (stat.size > maxFileBytes) return { problems: [tooLarge(filePath, stat.size)] };
    const decoded = decodeCorpusFile(filePath, readFileSync(filePath));
    return decoded.text === undefined ? { problems: decoded.problems } : { text: decoded.text, problems: decoded.problems, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    return { problems: [unreadable(filePath, error)] };
  }
}

function tooLarge(filePath: string, size: number): CorpusProblem {
  const message = `file is ${(size / 1048576).toFixed(1)} MB, over the ${maxFileBytes / 1048576} MB limit for a corpus document: skipped`;
  return { path: filePath, severity: 'error', message };
}

function unreadable(filePath: string, error: unknown): CorpusProblem {
  const code = (error as NodeJS.ErrnoException).code;
  return { path: filePath, severity: 'error', message: `file cannot be read (${code ?? String(error)}): skipped` };
}

function decodeCorpusFile(filePath: string, bytes: Buffer): { text?: string; problems: CorpusProblem[] } {
  const problem = (severity: CorpusProblem['severity'], message: string): CorpusProblem => ({ path: filePath, severity, message });
  // Decoded once: both decoders replace invalid bytes with U+FFFD, which is no white space, so the text is blank
  // exactly when the bytes are (a leading BOM, which the decoder drops, is white space to trim too).
  let text: string;
  let valid = true;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = lenientUtf8.decode(bytes);
    valid = false;
  }
  if (bytes.length === 0 || text.trim() === '') {
    return { problems: [problem('warning', 'file is empty: skipped')] };
  }
  if (looksBinary(bytes)) {
    return { problems: [problem('error', 'file looks binary, not text: skipped')] };
  }
  const problems: CorpusProblem[] = [];
  if (!valid) problems.push(problem('warning', 'file is not valid UTF-8: invalid bytes were replaced with �'));
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`;
  return { text, problems };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i];
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.1;
}
