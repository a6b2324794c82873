import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { clientConfig, connectionFault } from '../../server/src/pg/connect';

describe('connections: libpq meanings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-pgpass-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a socket folder given as a query parameter', () => {
    const config = clientConfig('postgresql://writer@/corpus?host=/tmp/sock&port=55433', {});
    assert.deepEqual([config.host, config.port, config.user, config.database], ['/tmp/sock', 55433, 'writer', 'corpus']);
  });

  it('reads the password file when asked for a password (no deprecated reading by node-postgres), and ignores one that others may read, saying so', async () => {
    const file = path.join(dir, 'pgpass');
    writeFileSync(file, 'db.example:5432:corpus:writer:from-file\n');
    chmodSync(file, 0o600);
    const warnings: string[] = [];
    const config = clientConfig('postgresql://writer@db.example:5432/corpus', { PGPASSFILE: file }, (m) => warnings.push(m));
    assert.equal(typeof config.password, 'function');
    assert.equal(await (config.password as () => Promise<string | undefined>)(), 'from-file');
    assert.deepEqual(warnings, []);
    chmodSync(file, 0o644);
    assert.equal(await (config.password as () => Promise<string | undefined>)(), undefined);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /others may read it[^]*chmod 600/);
    // PGPASSWORD wins, as in libpq.
    assert.equal(clientConfig('postgresql://writer@db.example/corpus', { PGPASSWORD: 'from-env', PGPASSFILE: file }).password, 'from-env');
  });

  it('tells connection faults apart (SQLSTATE and Node error codes, node-postgres messages)', () => {
    const error = (message: string, code?: string) => Object.assign(new Error(message), { code });
    assert.equal(connectionFault(error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string')), 'password');
    assert.equal(connectionFault(error('password authentication failed for user "writer"', '28P01')), 'password');
    assert.equal(connectionFault(error('no pg_hba.conf entry for host "10.0.0.2", user "writer"', '28000')), 'login');
    assert.equal(connectionFault(error('connect ECONNREFUSED 127.0.0.1:55999', 'ECONNREFUSED')), 'refused');
    assert.equal(connectionFault(error('connect ENOENT /tmp/sock/.s.PGSQL.5432', 'ENOENT')), 'refused');
    assert.equal(connectionFault(error('terminating connection due to administrator command', '57P01')), 'refused');
    assert.equal(connectionFault(error('Connection terminated unexpectedly')), 'refused');
    assert.equal(connectionFault(error('getaddrinfo ENOTFOUND db.nowhere', 'ENOTFOUND')), 'host');
    assert.equal(connectionFault(error('timeout expired')), 'timeout');
    assert.equal(connectionFault(error('database "corpuz" does not exist', '3D000')), 'database');
    assert.equal(connectionFault(error('The server does not support SSL connections')), 'tls');
    assert.equal(connectionFault(error('something else')), 'other');
  });
});
