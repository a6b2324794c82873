import type { CorpusProblem } from '../core/types';
import { corpusProblemDiagnostics } from '../service/diagnostics';
import type { ServerContext } from './context';
import { t } from '../service/present/l10n';
import type { PublishedDiagnostics } from './diagnostics';

/**
 * Publishes one corpus's `corpus-error` diagnostics on its files (see service/diagnostics.ts), as a part of
 * their diagnostics of its own, logs each problem, and clears the files that have none now.
 */
export class CorpusProblemsPublisher {
  private published = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly diagnostics: PublishedDiagnostics,
    /** The part these problems take in each file's diagnostics (one per corpus). */
    private readonly part: string,
  ) {}

  publish(problems: readonly CorpusProblem[]): void {
    for (const problem of problems) {
      const line = `${problem.path}: ${problem.message}`;
      if (problem.severity === 'error') this.ctx.error(line);
      else if (problem.severity === 'warning') this.ctx.warn(line);
      else this.ctx.log(line);
    }
    const next = new Set<string>();
    for (const [uri, diagnostics] of corpusProblemDiagnostics(problems, describeProblem)) {
      next.add(uri);
      this.diagnostics.set(uri, this.part, diagnostics);
    }
    for (const uri of this.published) if (!next.has(uri)) this.diagnostics.set(uri, this.part, []);
    this.published = next;
  }

  /** Clears every problem published (the corpus is no longer used). */
  clear(): void {
    this.publish([]);
  }
}

/**
 * A corpus problem in the display language: the kinds the core names (see CorpusProblemCode) get a sentence of
 * the l10n bundle, without a parser's own English message (which stays in the log); others keep their message.
 */
export function describeProblem(problem: CorpusProblem): string {
  const [arg = ''] = problem.args ?? [];
  switch (problem.code) {
    case 'front-matter-syntax':
      return t('The front matter is not valid {0}: its fields are ignored. Write one field a line (title: …, date: …).', arg);
    case 'front-matter-not-mapping':
      return t('The front matter must list fields (id, title, lang, date, url, author), one a line: it is ignored.');
    case 'front-matter-field':
      return t('The front matter field “{0}” has a value of the wrong kind: it is ignored.', arg);
    case 'no-prose':
      return t('No prose in this file: nothing to index.');
    default:
      return problem.message;
  }
}
