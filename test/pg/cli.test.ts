import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import pg from 'pg';
import { clientConfig } from '../../server/src/pg/connect';
import { repoRoot } from '../lsp/harness';
import { Cluster } from './cluster';

const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: repoRoot });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI's JSON with the sources' locations as keys (a file here, a grounded-source: URI there). */
function keyed(json: string): string {
  return json.split(`${path.join(repoRoot, 'corpus')}/`).join('source:').replace(/grounded-source:\/\/[0-9a-f]+\//g, 'source:');
}

describe('CLI on a database', function () {
  this.timeout(120_000);
  let cluster: Cluster;
  before(async () => {
    cluster = await Cluster.start();
  });
  after(async () => {
    await cluster?.stop();
  });

  it('refuses a URI with a password, without repeating it, and a replica without a database', () => {
    const withPassword = run(['check', 'examples/draft.md', '--database', 'postgresql://writer:s3cret@127.0.0.1:1/corpus']);
    assert.equal(withPassword.code, 2);
    assert.match(withPassword.stderr, /PGPASSWORD/);
    assert.doesNotMatch(withPassword.stderr + withPassword.stdout, /s3cret/);
    // One line, not the usage text.
    assert.equal(withPassword.stderr.trim().split('\n').length, 1);
    assert.equal(run(['check', 'examples/draft.md', '--replica', cluster.uri()]).code, 2);
  });

  it('says when a database holds no corpus, or cannot be reached', () => {
    const empty = run(['check', 'examples/draft.md', '--database', cluster.uri()]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /holds no Grounded corpus: load one with grounded index/);
    const unreachable = run(['entities', '--database', 'postgresql://nobody@127.0.0.1:1/corpus']);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.stderr, /127\.0\.0\.1:1/);
    assert.match(unreachable.stderr, /Is the PostgreSQL server running/);
  });

  it('loads the corpus (then nothing when unchanged), and checks and lists entities from it as from the folder', () => {
    const first = JSON.parse(run(['index', '--corpus', 'corpus', '--database', cluster.uri(), '--no-cache', '--json']).stdout);
    assert.deepEqual([first.added, first.version, first.entities], [5, 1, true]);
    const second = JSON.parse(run(['index', '--corpus', 'corpus', '--database', cluster.uri(), '--no-cache', '--json']).stdout);
    assert.deepEqual([second.added, second.unchanged, second.version, second.entities], [0, 5, 1, false]);
    const onDisk = run(['check', 'examples/draft.md', '--format', 'json', '--no-cache']);
    const inDatabase = run(['check', 'examples/draft.md', '--format', 'json', '--database', cluster.uri()]);
    assert.equal(inDatabase.code, onDisk.code);
    assert.ok(onDisk.stdout.includes('contradicted-claim'));
    assert.equal(keyed(inDatabase.stdout), keyed(onDisk.stdout));
    assert.equal(run(['entities', '--json', '--database', cluster.uri()]).stdout, run(['entities', '--json', '--no-cache']).stdout);
    // The text names a database's sources by their key (their path under the corpus folder), as the folder's text names them by path.
    const textOnDisk = run(['check', 'examples/draft.md', '--no-cache']).stdout;
    const textInDatabase = run(['check', 'examples/draft.md', '--database', cluster.uri()]).stdout;
    assert.match(textOnDisk, /corpus\/[\w-]+\.md:\d+/);
    assert.equal(textInDatabase, textOnDisk.split('corpus/').join(''));
    const entitiesInDatabase = run(['entities', '--database', cluster.uri()]).stdout;
    assert.doesNotMatch(entitiesInDatabase + textInDatabase, /grounded-source/);
    assert.equal(entitiesInDatabase, run(['entities', '--no-cache']).stdout.split('(corpus/').join('('));
    // Through the Unix socket too, and its folder given as a parameter (libpq's form).
    assert.equal(keyed(run(['check', 'examples/draft.md', '--format', 'json', '--database', `postgresql://postgres@/postgres?host=${cluster.socketDir}&port=${cluster.port}`]).stdout), keyed(onDisk.stdout));
    assert.equal(keyed(run(['check', 'examples/draft.md', '--format', 'json', '--database', cluster.socketUri()]).stdout), keyed(onDisk.stdout));
  });

  describe('a load never removes documents unless told to', () => {
    let dir: string;
    let uri: string;
    before(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'grounded-pg-team-'));
      const files = readdirSync(path.join(repoRoot, 'corpus')).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
      mkdirSync(path.join(dir, 'team', 'x'), { recursive: true });
      mkdirSync(path.join(dir, 'team', 'y'), { recursive: true });
      files.forEach((f, i) => cpSync(path.join(repoRoot, 'corpus', f), path.join(dir, 'team', i < 3 ? 'x' : 'y', f)));
      const admin = new pg.Client(clientConfig(cluster.uri()));
      await admin.connect();
      await admin.query('CREATE DATABASE team');
      await admin.end();
      uri = cluster.uri('team');
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const index = (...args: string[]) => run(['index', '--database', uri, '--no-cache', ...args]);
    const json = (...args: string[]) => {
      const result = index('--json', ...args);
      return { ...result, summary: JSON.parse(result.stdout) };
    };

    it('needs --corpus: without it nothing is loaded (the bundled sample is never loaded by default)', () => {
      const result = index();
      assert.equal(result.code, 2);
      assert.match(result.stderr, /--corpus/);
      assert.equal(result.stderr.trim().split('\n').length, 1);
      assert.equal(index('--corpus', path.join(dir, 'nowhere')).code, 2);
    });

    it('refuses a subfolder, a smaller copy or a missing folder that would remove documents; --dry-run lists, --prune removes', () => {
      const team = path.join(dir, 'team');
      assert.equal(json('--corpus', team).summary.added, 5);
      // A subfolder: its documents' keys are paths under it (a.md, not x/a.md), all the others would go.
      const sub = json('--corpus', path.join(team, 'x'));
      assert.equal(sub.code, 1);
      assert.deepEqual([sub.summary.outcome, sub.summary.added, sub.summary.removed, sub.summary.moved.length], ['refused', 3, 5, 3]);
      assert.match(sub.stderr, /would remove 5 documents[^]*--prune/);
      assert.match(sub.stderr, /already there under another key \(\S+ is x\/\S+\)/);
      // One more folder that does not exist: nothing loaded either.
      const missing = index('--corpus', team, '--corpus', path.join(dir, 'typo'));
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /typo/);
      // Nothing was written: the whole folder is still up to date.
      const after = json('--corpus', team).summary;
      assert.deepEqual([after.unchanged, after.version], [5, 1]);

      const gone = readdirSync(path.join(team, 'y'))[0];
      unlinkSync(path.join(team, 'y', gone));
      const text = index('--corpus', team);
      assert.equal(text.code, 1);
      assert.match(text.stdout, new RegExp(`^  would be removed: y/${gone.replace('.', '\\.')}$`, 'm'));
      const dry = json('--corpus', team, '--dry-run', '--prune');
      assert.deepEqual([dry.code, dry.summary.outcome, dry.summary.keys.removed, dry.summary.version], [0, 'dry-run', [`y/${gone}`], 1]);
      const pruned = index('--corpus', team, '--prune');
      assert.equal(pruned.code, 0);
      assert.match(pruned.stdout, new RegExp(`^  removed: y/${gone.replace('.', '\\.')}$`, 'm'));
      assert.match(pruned.stdout, /corpus version 2/);
      assert.equal(json('--corpus', team).summary.unchanged, 4);
    });
  });
});
