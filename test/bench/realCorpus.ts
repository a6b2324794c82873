/**
 * Real French news corpora for the benchmark, built from the OrangeSum archive in the shared data folder
 * (`shared/data/orangesum/articles.jsonl.xz`, 35,987 articles; see its README for the source and licence,
 * CC BY-SA 4.0). The first `count` articles of the archive, in its order, each written as a Markdown file with
 * front matter (id, title, date, lang, source), under a git-ignored folder. The archive is not in the
 * repository: {@link realArchive} is undefined where it is absent (CI), and the bench says so and skips.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';

/** Every article of the archive. */
export const realArchiveSize = 35_987;

/** The archive: `$GROUNDED_REAL_ARCHIVE`, else `shared/data/orangesum/articles.jsonl.xz` beside the repository (or its worktree folder). */
export function realArchive(repoRoot: string): string | undefined {
  const candidates = [
    process.env.GROUNDED_REAL_ARCHIVE,
    path.resolve(repoRoot, '..', 'shared', 'data', 'orangesum', 'articles.jsonl.xz'),
    path.resolve(repoRoot, '..', '..', 'shared', 'data', 'orangesum', 'articles.jsonl.xz'),
  ];
  return candidates.find((file): file is string => file !== undefined && existsSync(file));
}

interface ArchivedArticle {
  id: number;
  date: string | null;
  title: string;
  article: string;
}

/** One article as a corpus file: front matter, then the body as one paragraph, text unchanged. */
export function articleMarkdown(a: ArchivedArticle): string {
  // JSON strings are YAML double-quoted strings.
  const lines = ['---', `id: os-${a.id}`, `title: ${JSON.stringify(a.title)}`];
  if (a.date) lines.push(`date: ${a.date}`);
  lines.push('lang: fr', `source: Tixierae/OrangeSum data/docs/parsed/${a.id}.json (CC BY-SA 4.0)`, '---', '', a.article, '');
  return lines.join('\n');
}

/**
 * Writes (once) the first `count` articles of the archive under `root`/real-`count`, 1,000 files a folder;
 * returns the folder. Reads the archive with `xz -dc` (Debian's xz-utils), as a stream.
 */
export async function realCorpus(archive: string, root: string, count: number): Promise<string> {
  const dir = path.join(root, `real-${count}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const xz = spawn('xz', ['-dc', archive], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve, reject) => {
    xz.once('error', reject);
    xz.once('close', resolve);
  });
  let written = 0;
  for await (const line of createInterface({ input: xz.stdout!, crlfDelay: Infinity })) {
    if (written === count) break;
    if (!line.trim()) continue;
    const article = JSON.parse(line) as ArchivedArticle;
    const sub = path.join(dir, String(Math.floor(written / 1000)));
    if (written % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `os-${article.id}.md`), articleMarkdown(article));
    written++;
  }
  xz.kill();
  await exited.catch(() => undefined);
  if (written < count) throw new Error(`the archive has ${written} articles, fewer than ${count}`);
  writeFileSync(path.join(dir, '.complete'), '');
  return dir;
}
