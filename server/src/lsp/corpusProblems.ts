import type { CorpusProblem } from '../core/types';
import { corpusProblemDiagnostics } from '../service/diagnostics';
import type { ServerContext } from './context';
import { describeProblem } from '../service/present/corpusProblems';
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
