import assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildIndexData } from '../../../server/src/core/index/buildIndex';
import { formatStages, parseStages, stages, type StageTimes } from '../../../server/src/core/index/stages';

describe('build stage times', () => {
  it('reads back what it prints, in the order stages run', () => {
    const times: StageTimes = { merges: 0.5, read: 1.25, definitions: 12 };
    assert.equal(formatStages(times), 'read 1.25, merges 0.50, definitions 12.00');
    assert.deepEqual(parseStages(formatStages(times)), times);
  });

  it('are reported by a build, for every stage it ran', async () => {
    const corpus = path.resolve(__dirname, '../../../corpus');
    let reported: StageTimes | undefined;
    await buildIndexData({ roots: [corpus], baseDir: '/', curated: [] }, { index: () => undefined, entities: (e) => (reported = e.stages) });
    const ran = stages.filter((s) => !s.endsWith('cache'));
    assert.deepEqual(Object.keys(reported!).sort(), [...ran].sort());
    for (const stage of ran) assert.ok(reported![stage]! >= 0, stage);
  });
});
