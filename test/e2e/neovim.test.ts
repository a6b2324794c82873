import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const script = path.join(repoRoot, 'test', 'e2e', 'neovim', 'check-draft.lua');

interface NeovimResult {
  ready: boolean;
  diagnostics: { code: string; source: string; message: string; line: number; text: string | null }[];
  hover: string | null;
}

describe('Neovim 0.7 as an LSP client (headless)', function () {
  this.timeout(90_000);
  let result: NeovimResult;
  let dir: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-nvim-'));
    const out = path.join(dir, 'result.json');
    // A Lua error must exit instead of leaving Neovim waiting at a prompt, and `timeout` bounds the rest.
    const lua = `lua local ok, e = pcall(dofile, ${JSON.stringify(script)}) if not ok then io.stderr:write(tostring(e)) vim.cmd('cq 3') end`;
    const run = spawnSync('timeout', ['--kill-after=5', '60', 'nvim', '--headless', '--clean', '-c', lua], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        GROUNDED_SERVER: path.join(repoRoot, 'dist', 'server.js'),
        GROUNDED_DRAFT: path.join(repoRoot, 'test', 'fixtures', 'eval', 'draft.dev.md'),
        GROUNDED_HOVER: 'Martin Lau',
        GROUNDED_OUT: out,
        // Neovim gives the server no storage folder: the cache goes to the CLI's folder.
        XDG_CACHE_HOME: dir,
        GROUNDED_CACHE_DIR: '',
      },
    });
    assert.equal(run.status, 0, `nvim exited with ${run.status} (signal ${run.signal}): ${run.stderr}`);
    result = JSON.parse(readFileSync(out, 'utf8')) as NeovimResult;
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('receives the server’s ready status', () => {
    assert.equal(result.ready, true);
  });

  it('keeps an index cache in $XDG_CACHE_HOME/grounded, though Neovim gives no storage folder', () => {
    assert.ok(existsSync(path.join(dir, 'grounded')) && readdirSync(path.join(dir, 'grounded')).some((f) => f.endsWith('.bin')));
  });

  it('shows the contradicted claim on the wrong figure', () => {
    const contradicted = result.diagnostics.filter((d) => d.code === 'contradicted-claim');
    assert.ok(
      contradicted.some((d) => d.text === '1,2 million' && d.source === 'grounded'),
      JSON.stringify(result.diagnostics),
    );
    assert.ok(result.diagnostics.some((d) => d.code === 'unsupported-claim' && d.text?.includes('Berlin')), JSON.stringify(result.diagnostics));
  });

  it('hovers an entity with its definition', () => {
    assert.match(result.hover ?? '', /\*\*Martin Lau\*\*/);
    assert.match(result.hover ?? '', /président de Tencent/);
  });
});

interface SetupResult {
  statuses: { state: string; roots: string[]; documents: number; setting?: string }[];
  messages: { type: number; message: string }[];
  prompts: { message: string }[];
}

describe('Neovim 0.7 with the README’s setup: init_options corpusPaths (headless)', function () {
  this.timeout(90_000);
  let dir: string;
  const setupScript = path.join(repoRoot, 'test', 'e2e', 'neovim', 'corpus-setup.lua');

  /** Runs corpus-setup.lua in a project folder holding `sources/` (a corpus of the tests), with `corpus` as corpusPaths. */
  function run(corpus: string | undefined): SetupResult {
    const out = path.join(dir, `setup-${corpus ?? 'none'}.json`);
    const lua = `lua local ok, e = pcall(dofile, ${JSON.stringify(setupScript)}) if not ok then io.stderr:write(tostring(e)) vim.cmd('cq 3') end`;
    const env: Record<string, string | undefined> = {
      ...process.env,
      GROUNDED_SERVER: path.join(repoRoot, 'dist', 'server.js'),
      GROUNDED_ROOT: path.join(dir, 'project'),
      GROUNDED_OUT: out,
      XDG_CACHE_HOME: dir,
      GROUNDED_CACHE_DIR: '',
      GROUNDED_CORPUS: corpus,
    };
    if (corpus === undefined) delete env.GROUNDED_CORPUS;
    const result = spawnSync('timeout', ['--kill-after=5', '60', 'nvim', '--headless', '--clean', '-c', lua], { cwd: path.join(dir, 'project'), encoding: 'utf8', env });
    assert.equal(result.status, 0, `nvim exited with ${result.status} (signal ${result.signal}): ${result.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8')) as SetupResult;
  }

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-nvim-setup-'));
    cpSync(path.join(repoRoot, 'test', 'fixtures', 'corpora', 'rail'), path.join(dir, 'project', 'sources'), { recursive: true });
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('indexes the writer’s own corpus, relative to the project folder, and says nothing', () => {
    const result = run('sources');
    const last = result.statuses.at(-1)!;
    assert.deepEqual([last.state, last.roots, last.documents], ['ready', [path.join(dir, 'project', 'sources')], 5]);
    assert.deepEqual([result.messages, result.prompts], [[], []]);
  });

  it('says a missing corpus path in a plain message naming corpusPaths, never a prompt without actions', () => {
    const result = run('sourcez');
    assert.equal(result.statuses.at(-1)!.state, 'error');
    assert.deepEqual(result.prompts, []);
    assert.equal(result.messages.length, 1, JSON.stringify(result.messages));
    assert.equal(result.messages[0].type, 1);
    assert.match(result.messages[0].message, /sourcez.*Check initializationOptions\.corpusPaths\.$/);
  });

  it('tells how to name the corpus when none is named', () => {
    const result = run(undefined);
    assert.equal(result.statuses.at(-1)!.state, 'ready');
    assert.deepEqual(result.prompts, []);
    assert.match(result.messages[0]?.message ?? '', /bundled sample corpus: this client does not answer workspace\/configuration/);
  });
});
