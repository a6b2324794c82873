import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { defaultCacheDir } from '../../../server/src/core/index/indexCache';

describe('index cache: the default folder', () => {
  it('is $GROUNDED_CACHE_DIR when set', () => {
    assert.equal(defaultCacheDir({ GROUNDED_CACHE_DIR: '/tmp/g', XDG_CACHE_HOME: '/tmp/x' }), '/tmp/g');
  });

  it('is $XDG_CACHE_HOME/grounded, else ~/.cache/grounded', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '/tmp/x' }), path.join('/tmp/x', 'grounded'));
    assert.equal(defaultCacheDir({}), path.join(homedir(), '.cache', 'grounded'));
  });

  it('ignores an empty or relative XDG_CACHE_HOME, as the XDG specification says', () => {
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: '' }), path.join(homedir(), '.cache', 'grounded'));
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative/cache' }), path.join(homedir(), '.cache', 'grounded'));
  });
});
