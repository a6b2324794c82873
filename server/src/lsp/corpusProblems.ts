import type { CorpusProblem } from '../core/types';
import { corpusProblemDiagnostics } from '../service/diagnostics';
import type { ServerContext } from './context';

/**
 * Publishes `corpus-error` diagnostics on corpus files with problems (see service/diagnostics.ts), logs each
 * problem, and clears the files that have none now.
 */
export class CorpusProblemsPublisher {
  private published = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  publish(problems: readonly CorpusProblem[]): void {
    const { ctx } = this;
    for (const problem of problems) ctx.log(`${problem.severity}: ${problem.path}: ${problem.message}`);
    const next = new Set<string>();
    for (const [uri, diagnostics] of corpusProblemDiagnostics(problems)) {
      next.add(uri);
      void ctx.connection.sendDiagnostics({ uri, diagnostics });
    }
    for (const uri of this.published) if (!next.has(uri)) void ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = next;
  }
}
