import assert from 'node:assert/strict';
import { databaseUriFault, databaseUriProblem, displayUri } from '../../../server/src/core/backend/databaseUri';

describe('database connection URIs', () => {
  it('accepts what libpq accepts: a socket folder as host, in the query or percent-encoded, no host at all, every sslmode', () => {
    for (const uri of [
      'postgresql://writer@/corpus?host=/tmp/sock&port=55433',
      'postgresql://writer@%2Ftmp%2Fsock:55433/corpus',
      'postgresql:///corpus',
      'postgres://writer@db.example:5432/newsroom?sslmode=verify-full&sslrootcert=/etc/ca.pem',
      'postgresql://writer@db.example/newsroom?sslmode=disable',
      'postgresql://writer@db.example/newsroom?service=newsroom',
    ]) {
      assert.equal(databaseUriFault(uri), undefined, uri);
      assert.equal(displayUri(uri), uri);
    }
  });

  it('refuses a password (in the user part or as a parameter), another scheme, no URI, an unknown sslmode', () => {
    assert.equal(databaseUriFault('postgresql://writer:s3cret@db.example/newsroom'), 'password');
    assert.equal(databaseUriFault('postgresql://writer@db.example/newsroom?password=s3cret'), 'password');
    assert.equal(databaseUriFault('postgresql://writer:s3cret@/corpus?host=/tmp/sock'), 'password');
    assert.equal(databaseUriFault('mysql://writer@db.example/newsroom'), 'scheme');
    assert.equal(databaseUriFault('db.example:5432'), 'not-uri');
    assert.equal(databaseUriFault(''), 'not-uri');
    assert.equal(databaseUriFault('postgresql://writer@db.example/newsroom?sslmode=bogus'), 'sslmode');
    assert.match(databaseUriProblem('postgresql://writer@db.example/newsroom?sslmode=bogus')!, /verify-full/);
    assert.match(databaseUriProblem('mysql://x')!, /only postgresql:\/\//);
    assert.match(databaseUriProblem('postgresql://w:p@h/d')!, /~\/\.pgpass/);
  });

  it('never shows a password', () => {
    assert.equal(displayUri('postgresql://writer:s3cret@db.example:5432/newsroom?sslmode=require'), 'postgresql://writer@db.example:5432/newsroom?sslmode=require');
    assert.equal(displayUri('postgresql://writer@db.example/newsroom?password=s3cret&sslmode=require'), 'postgresql://writer@db.example/newsroom?sslmode=require');
    assert.equal(displayUri('postgresql://writer:s3cret@/corpus?host=/tmp/sock'), 'postgresql://writer@/corpus?host=/tmp/sock');
    assert.equal(displayUri('not a uri s3cret'), '(an invalid URI)');
  });
});
