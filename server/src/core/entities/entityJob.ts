import type { CorpusDocument, Sentence } from '../corpus/document';
import type { CorpusIndex } from '../index/corpusIndex';
import { NameStats, type NameStatsEntry } from '../index/nameStats';
import { LineMap } from '../position';
import { applyCurated } from './applyCurated';
import { extractEntities } from './extract';
import type { CuratedEntity, Entity } from './types';

/** What entity extraction needs of a corpus, as plain data a worker thread can receive. */
export interface EntityJob {
  docs: Pick<CorpusDocument, 'id' | 'path' | 'title' | 'lang' | 'text' | 'hash' | 'sentences'>[];
  names: NameStatsEntry[];
  curated: readonly CuratedEntity[];
}

/** The extraction input of an index; sentence offsets are copied so that each sends only its own. */
export function entityJobOf(index: CorpusIndex): EntityJob {
  return {
    docs: index.documents().map((doc) => ({
      id: doc.id,
      path: doc.path,
      title: doc.title,
      lang: doc.lang,
      text: doc.text,
      hash: doc.hash,
      sentences: doc.sentences.map((s): Sentence => ({ ...s, offsets: s.offsets.slice() })),
    })),
    names: index.names.entries(),
    curated: index.curated,
  };
}

/** Runs an extraction job: the same result as `CorpusIndex.entities()` on the index it was made from. */
export function runEntityJob(job: EntityJob): Entity[] {
  const docs: CorpusDocument[] = job.docs.map((doc) => ({ ...doc, lines: new LineMap(doc.text), problems: [] }));
  return applyCurated(extractEntities(docs, NameStats.fromEntries(job.names)), job.curated, docs);
}
