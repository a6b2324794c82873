/**
 * The server on a team corpus, one cluster for all. A corpus that cannot be used: a setting that is no usable URI
 * checks nothing (never the bundled corpus) and says why; a database that stops while the editor runs clears the
 * findings, says so once (one notification, one log line, a status), and the server checks again when it is back,
 * no restart. Neovim 0.7 (no workspace/configuration) with the README's recipe
 * (examples/neovim/grounded-database.lua): the database through initializationOptions.corpusDatabase, a
 * contradicted claim found, and go to source opening the passage in a read-only grounded-source:// buffer.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { repoRoot, serverPath, TestClient } from '../lsp/harness';
import { Cluster } from './cluster';

const cli = path.join(path.dirname(serverPath), 'cli.js');
const draftText = readFileSync(path.join(repoRoot, 'examples', 'draft.md'), 'utf8');
const claimCodes = new Set(['contradicted-claim', 'unsupported-claim', 'miscited-claim']);
const claims = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).filter((d) => claimCodes.has(String(d.code)));

describe('the server on a team corpus', function () {
  this.timeout(180_000);
  let cluster: Cluster;
  let uri: string;
  before(async () => {
    cluster = await Cluster.start();
    execFileSync('psql', [cluster.uri(), '-qc', 'CREATE DATABASE unavailable']);
    uri = cluster.uri('unavailable');
    execFileSync(process.execPath, [cli, 'index', '--corpus', path.join(repoRoot, 'corpus'), '--database', uri, '--no-cache', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  });
  after(async () => {
    await cluster?.stop();
  });

  it('a setting that is no usable URI checks nothing, never the bundled corpus, and says why; fixed, the corpus opens', async () => {
    const client = await TestClient.start({ settings: { corpus: { database: 'postgresql://writer:s3cret@127.0.0.1:1/corpus' } }, locale: 'fr' });
    try {
      const draft = 'untitled:invalid-uri.md';
      await client.open(draft, draftText);
      assert.deepEqual(claims(await client.nextDiagnostics(draft, 0)), []);
      assert.equal(client.statuses.at(-1)?.state, 'error');
      assert.equal(client.statuses.at(-1)?.setting, 'grounded.corpus.database');
      const notice = await client.until(() => client.messages.find((m) => m.includes('grounded.corpus.database')), 'the notification');
      assert.match(notice, /mot de passe[^]*~\/\.pgpass ou PGPASSWORD, pas dans les paramètres/);
      assert.doesNotMatch(notice, /is used instead|est utilisé/);
      assert.doesNotMatch(JSON.stringify([client.logs, client.messages, client.statuses]) + client.stderr, /s3cret/);

      const seen = client.messages.length;
      const statuses = client.statuses.length;
      client.settings = { corpus: { database: 'mysql://writer@db.example/corpus' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.match(await client.until(() => client.messages.slice(seen).find((m) => m.includes('postgresql://')), 'the scheme notification'), /seules les URI postgresql:\/\//);
      await client.waitForSettled(statuses);

      const count = client.diagnosticsCount(draft);
      client.settings = { corpus: { database: uri } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const checked = await client.until(() => {
        const latest = client.diagnosticsCount(draft) > count ? client.latestDiagnostics(draft) : undefined;
        return latest && claims(latest).length > 0 ? latest : undefined;
      }, 'the draft checked against the database');
      assert.ok(checked.some((d) => d.code === 'contradicted-claim'));
      assert.equal(client.statuses.at(-1)?.state, 'ready');
    } finally {
      await client.stop();
    }
  });

  it('initializationOptions.corpusDatabase for clients without workspace/configuration (Neovim 0.7), refused as the setting is', async () => {
    const client = await TestClient.start({ configuration: false, initializationOptions: { corpusDatabase: uri } });
    try {
      const draft = 'untitled:init-options.md';
      await client.open(draft, draftText);
      const checked = await client.until(() => {
        const latest = claims(client.latestDiagnostics(draft));
        return latest.some((d) => d.code === 'contradicted-claim') ? latest : undefined;
      }, 'the draft checked against the database');
      assert.match(JSON.stringify(checked), /grounded-source:\/\/[0-9a-f]+\//);
    } finally {
      await client.stop();
    }
    const refused = await TestClient.start({ configuration: false, initializationOptions: { corpusDatabase: 'postgresql://writer:s3cret@127.0.0.1:1/corpus' } });
    try {
      assert.match(await refused.until(() => refused.messages.find((m) => m.includes('~/.pgpass')), 'the notification'), /not in settings/);
      const draft = 'untitled:init-refused.md';
      await refused.open(draft, draftText);
      assert.deepEqual(claims(await refused.nextDiagnostics(draft, 0)), []);
    } finally {
      await refused.stop();
    }
  });

  it('a password the server asks for: none usable says where to put it, a password file others may read is ignored with a warning; made private, the corpus opens without restart', async () => {
    const hba = path.join(cluster.dir, 'data', 'pg_hba.conf');
    writeFileSync(hba, `host all secret_writer 127.0.0.1/32 scram-sha-256\n${readFileSync(hba, 'utf8')}`);
    execFileSync('psql', [uri, '-qc', "CREATE ROLE secret_writer LOGIN PASSWORD 'pw-1234'", '-c', 'GRANT USAGE ON SCHEMA grounded TO secret_writer', '-c', 'GRANT SELECT ON ALL TABLES IN SCHEMA grounded TO secret_writer', '-c', 'SELECT pg_reload_conf()']);
    const home = mkdtempSync(path.join(tmpdir(), 'grounded-pg-home-'));
    const passfile = path.join(home, 'pgpass');
    writeFileSync(passfile, `127.0.0.1:${cluster.port}:unavailable:secret_writer:pw-1234\n`);
    chmodSync(passfile, 0o644);
    const client = await TestClient.start({
      settings: { corpus: { database: `postgresql://secret_writer@127.0.0.1:${cluster.port}/unavailable` } },
      env: { HOME: home, PGPASSFILE: passfile, PGPASSWORD: undefined, PGSERVICE: undefined, GROUNDED_DATABASE_POLL_MS: '200' },
    });
    try {
      const notice = await client.until(() => client.messages.find((m) => m.includes('no password was found')), 'the password notification');
      assert.match(notice, /~\/\.pgpass \(mode 0600\)[^]*PGPASSWORD[^]*The password file \S+ was ignored because others may read it: make it private \(chmod 600/);
      assert.match(client.statuses.at(-1)?.message ?? '', /^database unreachable: /);
      assert.equal(client.logs.filter((l) => l.includes('is ignored: others may read it (mode 644); make it private with chmod 600')).length, 1);
      const draft = 'untitled:password.md';
      await client.open(draft, draftText);
      assert.deepEqual(claims(await client.nextDiagnostics(draft, 0)), []);

      chmodSync(passfile, 0o600);
      await client.until(() => claims(client.latestDiagnostics(draft)).some((d) => d.code === 'contradicted-claim'), 'the draft checked once the password file is private', 60_000);
      assert.equal(client.statuses.at(-1)?.state, 'ready');
      assert.doesNotMatch(client.stderr + client.logs.join('\n'), /DeprecationWarning|pgpass support is deprecated|pw-1234/);
    } finally {
      await client.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('a database with no corpus yet: said once, in the UI language, and the first load is seen without restart', async () => {
    execFileSync('psql', [cluster.uri(), '-qc', 'CREATE DATABASE not_loaded']);
    const empty = cluster.uri('not_loaded');
    const client = await TestClient.start({ settings: { corpus: { database: empty } }, locale: 'fr', env: { GROUNDED_DATABASE_POLL_MS: '200' } });
    try {
      assert.match(await client.until(() => client.messages.find((m) => m.includes('grounded index')), 'the notification'), /n’en contient pas/);
      const draft = 'untitled:not-loaded.md';
      await client.open(draft, draftText);
      assert.deepEqual(claims(await client.nextDiagnostics(draft, 0)), []);
      execFileSync(process.execPath, [cli, 'index', '--corpus', path.join(repoRoot, 'corpus'), '--database', empty, '--no-cache', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      await client.until(() => claims(client.latestDiagnostics(draft)).some((d) => d.code === 'contradicted-claim'), 'the draft checked after the load', 60_000);
      assert.equal(client.messages.filter((m) => m.includes('grounded index')).length, 1);
    } finally {
      await client.stop();
    }
  });

  it('a database that stops: findings cleared, one notification and one log line per outage, checked again when it is back', async () => {
    const client = await TestClient.start({ settings: { corpus: { database: uri } }, env: { GROUNDED_DATABASE_POLL_MS: '200' } });
    try {
      const draft = 'untitled:outage.md';
      await client.open(draft, draftText);
      const latestClaims = () => claims(client.latestDiagnostics(draft));
      await client.until(() => latestClaims().some((d) => d.code === 'contradicted-claim'), 'the draft checked');
      const messages = client.messages.length;
      const logs = client.logs.length;

      await cluster.halt();
      const notice = await client.until(() => client.messages.slice(messages).find((m) => m.includes('refused')), 'the outage notification');
      assert.match(notice, /Is the PostgreSQL server running, and are the host and port in the URI right\?/);
      await client.until(() => latestClaims().length === 0 && client.diagnosticsCount(draft) > 0, 'the findings cleared');
      const status = client.statuses.at(-1)!;
      assert.equal(status.state, 'error');
      assert.match(status.message ?? '', /^database unreachable: /);
      // A new sentence while the database is down: answered (nothing), not an error.
      const count = client.diagnosticsCount(draft);
      await client.change(draft, `${draftText}\nHuawei a vendu 12 millions de puces Ascend en 2031.\n`, 2);
      assert.deepEqual(claims(await client.nextDiagnostics(draft, count)), []);
      // The outage lasts several polls (every 200 ms), which must say nothing more.
      await new Promise((resolve) => setTimeout(resolve, 1500));

      await cluster.resume();
      await client.until(() => latestClaims().some((d) => d.code === 'contradicted-claim'), 'the draft checked again', 60_000);
      assert.equal(client.statuses.at(-1)?.state, 'ready');
      const outageLogs = client.logs.slice(logs);
      assert.equal(outageLogs.filter((l) => l.includes('cannot be reached')).length, 1, outageLogs.join('\n'));
      assert.equal(outageLogs.filter((l) => l.includes('answers again')).length, 1, outageLogs.join('\n'));
      assert.equal(client.messages.slice(messages).length, 1, client.messages.slice(messages).join('\n'));
      assert.doesNotMatch(outageLogs.join('\n') + client.stderr, /\n\s+at |DeprecationWarning/);
    } finally {
      await client.stop();
    }
  });

  it('Neovim 0.7 with the README recipe: checks a draft against the database and goes to the source passage', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-nvim-db-'));
    try {
      const out = path.join(dir, 'result.json');
      const script = path.join(repoRoot, 'test', 'pg', 'neovim', 'database.lua');
      const lua = `lua local ok, e = pcall(dofile, ${JSON.stringify(script)}) if not ok then io.stderr:write(tostring(e)) vim.cmd('cq 3') end`;
      const run = spawnSync('timeout', ['--kill-after=5', '120', 'nvim', '--headless', '--clean', '-c', lua], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: {
          ...process.env,
          GROUNDED_RECIPE: path.join(repoRoot, 'examples', 'neovim', 'grounded-database.lua'),
          GROUNDED_SERVER: serverPath,
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
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
