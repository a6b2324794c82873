import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

describe('grounded check: a draft inside the corpus folder', function () {
  this.timeout(30000);
  let dir: string;
  let cache: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-self-'));
    cache = mkdtempSync(path.join(tmpdir(), 'grounded-self-cache-'));
    writeFileSync(path.join(dir, 'corvol.md'), '---\nid: corvol\ntitle: Eau à Corvol\nlang: fr\n---\n\nLa commune de Corvol compte 700 habitants et deux écoles.\n');
    writeFileSync(path.join(dir, 'note.md'), 'La commune de Corvol compte 900 habitants et deux écoles.\n');
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  it('is never its own evidence: its wrong figure is contradicted by the other source', () => {
    const result = spawnSync(process.execPath, [cli, 'check', path.join(dir, 'note.md'), '--corpus', dir, '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache } });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /contradicted-claim/);
    assert.doesNotMatch(result.stdout, /"supported":\s*1/);
  });
});
