import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isCorpusFileName } from '../../../server/src/core/corpus/files';
import { curatedFileNames } from '../../../server/src/core/entities/curated';
import { clientCommands, corpusFileGlob, curatedFileGlob } from '../../../server/src/protocol';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));

describe('protocol', () => {
  it('names exactly the commands package.json contributes', () => {
    const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual([...contributed].sort(), Object.values(clientCommands).sort());
  });

  it('watches the files the corpus reads: every extension in the glob is a corpus file name', () => {
    const extensions = /\{(.*)\}$/.exec(corpusFileGlob)![1].split(',');
    assert.ok(extensions.length > 0);
    for (const extension of extensions) assert.ok(isCorpusFileName(`/corpus/article.${extension}`), extension);
    assert.ok(!isCorpusFileName('/corpus/article.json'));
  });

  it('watches every curated entity file name', () => {
    assert.deepEqual(/^\{(.*)\}$/.exec(curatedFileGlob)![1].split(','), curatedFileNames);
  });
});
