import * as path from 'node:path';
import { displayPath, shownPath } from './check';
import { curatedFileNames } from '../core/entities/curated';
import type { CorpusReader } from '../core/backend/corpusReader';
import { mentionCount } from '../core/entities/compactEntities';

/** `grounded entities`: every entity of the corpus with kind, counts, aliases and definition (text or JSON). */
export function entitiesCommand(index: CorpusReader, json: boolean): number {
  const entities = index.entities().entities;
  // Mistakes in a grounded.entities file change this list: say them, as `index` does (on stderr, JSON stays clean).
  for (const p of index.problems().filter((p) => curatedFileNames.includes(path.basename(p.path)))) {
    process.stderr.write(`${p.severity}: ${shownPath(p.path)}${p.range ? `:${p.range.start.line + 1}` : ''}: ${p.message}\n`);
  }
  if (json) {
    process.stdout.write(
      `${JSON.stringify(
        entities.map((e) => ({
          name: e.name,
          kind: e.kind,
          aliases: e.aliases,
          mentions: mentionCount(e),
          documents: e.documents,
          definition: e.definition && {
            text: e.definition.text,
            source: e.definition.source,
            doc: e.definition.docId,
            line: e.definition.range ? e.definition.range.start.line + 1 : undefined,
          },
          related: e.related.map((r) => r.name),
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const out: string[] = [];
  for (const e of entities) {
    const where = e.definition?.path ? ` (${displayPath(e.definition.path)}:${(e.definition.range?.start.line ?? 0) + 1})` : '';
    const definition = e.definition ? (e.definition.source === 'sentence' ? `« ${e.definition.sentence} »` : e.definition.text) : '—';
    out.push(`${e.name} [${e.kind}] ${mentionCount(e)} mentions, ${e.documents} docs${e.aliases.length ? `; also ${e.aliases.join(', ')}` : ''}`);
    out.push(`    ${definition}${where}`);
  }
  out.push(`${entities.length} entities`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
