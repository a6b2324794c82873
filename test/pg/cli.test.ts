import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
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
    assert.equal(run(['check', 'examples/draft.md', '--replica', cluster.uri()]).code, 2);
  });

  it('says when a database holds no corpus, or cannot be reached', () => {
    const empty = run(['check', 'examples/draft.md', '--database', cluster.uri()]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /holds no Grounded corpus: load one with grounded index/);
    const unreachable = run(['entities', '--database', 'postgresql://nobody@127.0.0.1:1/corpus']);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.stderr, /127\.0\.0\.1:1/);
  });

  it('loads the corpus (then nothing when unchanged), and checks and lists entities from it as from the folder', () => {
    const first = JSON.parse(run(['index', '--database', cluster.uri(), '--no-cache', '--json']).stdout);
    assert.deepEqual([first.added, first.version, first.entities], [5, 1, true]);
    const second = JSON.parse(run(['index', '--database', cluster.uri(), '--no-cache', '--json']).stdout);
    assert.deepEqual([second.added, second.unchanged, second.version, second.entities], [0, 5, 1, false]);
    const onDisk = run(['check', 'examples/draft.md', '--format', 'json', '--no-cache']);
    const inDatabase = run(['check', 'examples/draft.md', '--format', 'json', '--database', cluster.uri()]);
    assert.equal(inDatabase.code, onDisk.code);
    assert.ok(onDisk.stdout.includes('contradicted-claim'));
    assert.equal(keyed(inDatabase.stdout), keyed(onDisk.stdout));
    assert.equal(run(['entities', '--json', '--database', cluster.uri()]).stdout, run(['entities', '--json', '--no-cache']).stdout);
    // Through the Unix socket too.
    assert.equal(keyed(run(['check', 'examples/draft.md', '--format', 'json', '--database', cluster.socketUri()]).stdout), keyed(onDisk.stdout));
  });
});
