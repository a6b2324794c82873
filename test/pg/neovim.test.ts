/**
 * Neovim 0.7 (no workspace/configuration) on a team corpus, with the README's recipe
 * (examples/neovim/grounded-database.lua): the database through initializationOptions.corpusDatabase, a
 * contradicted claim found, and go to source opening the passage in a read-only grounded-source:// buffer.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../lsp/harness';
import { Cluster } from './cluster';

describe('Neovim 0.7 on a team corpus (the README recipe)', function () {
  this.timeout(180_000);
  let cluster: Cluster;
  let dir: string;
  before(async () => {
    cluster = await Cluster.start();
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-nvim-db-'));
  });
  after(async () => {
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks a draft against the database and goes to the source passage', () => {
    const uri = cluster.uri();
    execFileSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'index', '--corpus', path.join(repoRoot, 'corpus'), '--database', uri, '--no-cache', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = path.join(dir, 'result.json');
    const script = path.join(repoRoot, 'test', 'pg', 'neovim', 'database.lua');
    const lua = `lua local ok, e = pcall(dofile, ${JSON.stringify(script)}) if not ok then io.stderr:write(tostring(e)) vim.cmd('cq 3') end`;
    const run = spawnSync('timeout', ['--kill-after=5', '120', 'nvim', '--headless', '--clean', '-c', lua], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        GROUNDED_RECIPE: path.join(repoRoot, 'examples', 'neovim', 'grounded-database.lua'),
        GROUNDED_SERVER: path.join(repoRoot, 'dist', 'server.js'),
        GROUNDED_DATABASE: uri,
        GROUNDED_DRAFT: path.join(repoRoot, 'examples', 'draft.md'),
        GROUNDED_OUT: out,
        XDG_CACHE_HOME: dir,
      },
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status} (signal ${run.signal}): ${run.stderr}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { contradicted: string | null; source: string | null; line: string | null; column: number; modifiable: boolean };
    assert.ok(result.contradicted, JSON.stringify(result));
    assert.match(result.source ?? '', /^grounded-source:\/\/[0-9a-f]+\/[\w-]+\.md$/);
    // The cursor is on the passage's line, inside the source's text (not an empty buffer).
    assert.ok(result.line && result.line.trim().length > 20, JSON.stringify(result));
    assert.ok(result.column <= result.line!.length);
    assert.equal(result.modifiable, false);
  });
});
