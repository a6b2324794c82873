import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isCorpusFileName, listCorpusFiles, readCorpusFile, readCorpusFileSync } from '../../../server/src/core/corpus/files';

const bad = path.resolve(__dirname, '../../fixtures/corpora/bad');

describe('corpus files', () => {
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-files-'));
    mkdirSync(path.join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(path.join(dir, 'one.md'), 'Un.');
    writeFileSync(path.join(dir, 'sub', 'two.markdown'), 'Deux.');
    writeFileSync(path.join(dir, 'sub', 'deeper', 'three.txt'), 'Trois.');
    writeFileSync(path.join(dir, 'image.png'), 'x');
    writeFileSync(path.join(dir, 'README.md'), 'not an article');
    symlinkSync(dir, path.join(dir, 'sub', 'loop'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists .md, .markdown and .txt files recursively, sorted, without READMEs', async () => {
    const { files, problems } = await listCorpusFiles([dir], '/');
    const relative = files.map((f) => path.relative(dir, f));
    assert.ok(relative.includes('one.md') && relative.includes(path.join('sub', 'two.markdown')) && relative.includes(path.join('sub', 'deeper', 'three.txt')), relative.join(','));
    assert.ok(!relative.some((f) => f.endsWith('README.md') || f.endsWith('.png')));
    assert.deepEqual(problems, []);
    assert.deepEqual([...files].sort(), files);
  });

  it('survives a symlink loop', async () => {
    const { files } = await listCorpusFiles([dir], '/');
    assert.ok(files.length >= 3 && files.length < 200);
  });

  it('lists a file reached through links once, by its shortest path: a linked file, a linked folder, two corpus paths', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'grounded-links-'));
    try {
      mkdirSync(path.join(root, 'articles', 'deep'), { recursive: true });
      writeFileSync(path.join(root, 'articles', 'a.md'), 'A.');
      writeFileSync(path.join(root, 'articles', 'deep', 'b.md'), 'B.');
      symlinkSync(path.join(root, 'articles', 'a.md'), path.join(root, 'articles', 'deep', 'copy-of-a.md'));
      symlinkSync(path.join(root, 'articles', 'deep'), path.join(root, 'articles', 'shortcut'));
      symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'articles', 'broken.md'));
      const { files } = await listCorpusFiles([path.join(root, 'articles'), path.join(root, 'articles', 'deep')], '/');
      const relative = files.map((f) => path.relative(root, f));
      assert.ok(relative.includes(path.join('articles', 'a.md')), relative.join(','));
      assert.ok(!relative.includes(path.join('articles', 'deep', 'copy-of-a.md')), relative.join(','));
      assert.equal(relative.filter((f) => f.endsWith('b.md')).length, 1, relative.join(','));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('resolves relative paths and globs against the base folder', async () => {
    const { files } = await listCorpusFiles(['sub/**/*.txt'], dir);
    assert.deepEqual(files.map((f) => path.basename(f)), ['three.txt']);
    const single = await listCorpusFiles(['one.md'], dir);
    assert.deepEqual(single.files, [path.join(dir, 'one.md')]);
  });

  it('reports a missing path and a glob that matches nothing', async () => {
    const { files, problems } = await listCorpusFiles(['missing-folder', 'nothing/*.md'], dir);
    assert.deepEqual(files, []);
    assert.match(problems[0].message, /does not exist/);
    assert.match(problems[1].message, /matches no file/);
  });

  it('recognises corpus file names', () => {
    assert.ok(isCorpusFileName('/a/b.MD'));
    assert.ok(isCorpusFileName('x.txt'));
    assert.ok(!isCorpusFileName('/a/readme.md'));
    assert.ok(!isCorpusFileName('/a/b.pdf'));
  });

  it('reads a good file', async () => {
    const result = await readCorpusFile(path.join(bad, 'good.md'));
    assert.match(result.text ?? '', /Rotterdam/);
    assert.deepEqual(result.problems, []);
  });

  it('skips empty and binary files with a reason', async () => {
    const empty = await readCorpusFile(path.join(bad, 'empty.md'));
    assert.equal(empty.text, undefined);
    assert.match(empty.problems[0].message, /empty/);
    const binary = await readCorpusFile(path.join(bad, 'binary.txt'));
    assert.equal(binary.text, undefined);
    assert.match(binary.problems[0].message, /binary/);
  });

  it('reads a file of white space only, or a byte order mark, as empty; invalid bytes are no white space', async () => {
    const write = (name: string, bytes: number[]) => {
      writeFileSync(path.join(dir, name), Buffer.from(bytes));
      return readCorpusFileSync(path.join(dir, name));
    };
    assert.match(write('blank.md', [0x20, 0x0a, 0x09, 0xc2, 0xa0]).problems[0].message, /empty/);
    assert.match(write('bom.md', [0xef, 0xbb, 0xbf, 0x0a]).problems[0].message, /empty/);
    const invalid = write('invalid.md', [0x20, 0xff, 0x0a]);
    assert.equal(invalid.text, ' \uFFFD\n');
    assert.match(invalid.problems[0].message, /UTF-8/);
    // One file's invalid bytes leave the next file's decoding as it would be alone.
    assert.deepEqual(write('after.md', [0xef, 0xbb, 0xbf, 0x61]), { text: 'a', problems: [], size: 4, mtimeMs: statSync(path.join(dir, 'after.md')).mtimeMs });
  });

  it('decodes invalid UTF-8 with replacement characters and says so', async () => {
    const result = await readCorpusFile(path.join(bad, 'latin1.txt'));
    assert.match(result.text ?? '', /\uFFFD/);
    assert.match(result.problems[0].message, /UTF-8/);
  });

  it('reports an unreadable path', async () => {
    const result = await readCorpusFile(path.join(dir, 'no-such-file.md'));
    assert.equal(result.text, undefined);
    assert.match(result.problems[0].message, /cannot be read/);
  });
});

describe('loadCorpus with files changing underneath', () => {
  it('reports a file deleted while the corpus loads and loads the rest', async () => {
    const { loadCorpus } = await import('../../../server/src/core/corpus/loadCorpus');
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-vanish-'));
    try {
      for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(path.join(dir, name), `Le fichier ${name} compte 3 phrases.\n`);
      const result = await loadCorpus([dir], '/', {
        onProgress: (done) => {
          if (done === 1) rmSync(path.join(dir, 'b.md'));
        },
      });
      assert.deepEqual(result.documents.map((d) => path.basename(d.path)), ['a.md', 'c.md']);
      assert.match(result.problems.find((p) => p.path.endsWith('b.md'))?.message ?? '', /cannot be read/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
