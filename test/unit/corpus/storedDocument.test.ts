import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildDocument } from '../../../server/src/core/corpus/document';
import { StoredDocument } from '../../../server/src/core/corpus/storedDocument';

describe('StoredDocument: a corpus file checked against its file', () => {
  let dir: string;
  let file: string;
  const text = '---\nid: port\n---\n\nLe port de Brest a traité 42 000 conteneurs en 2021.\n';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-stored-'));
    file = path.join(dir, 'port.md');
    writeFileSync(file, text);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** The document as indexed now, its text in memory, telling `stale` when found changed. */
  function stored(stale: string[] = []): StoredDocument {
    return StoredDocument.of(buildDocument(file, text), statSync(file), (doc) => stale.push(doc.path));
  }

  it('is unchanged while the size and time of its file are', () => {
    const doc = stored();
    assert.equal(doc.changedOnDisk(), false);
    assert.equal(doc.stale, false);
    assert.match(doc.sentences[0].text, /42 000/);
  });

  it('is changed when the file is (text kept in memory or not), once reported, and then stale', () => {
    const heard: string[] = [];
    const doc = stored(heard);
    writeFileSync(file, text.replace('42 000', '57 000'));
    assert.equal(doc.changedOnDisk(), true);
    assert.equal(doc.changedOnDisk(), true);
    assert.equal(doc.stale, true);
    assert.deepEqual(heard, [file], 'reported once');
  });

  it('is not changed when the file was only touched (same content, new time), and takes the new time', () => {
    const doc = stored();
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    assert.equal(doc.changedOnDisk(), false);
    assert.equal(doc.meta.mtimeMs, statSync(file).mtimeMs);
  });

  it('is changed when the file is gone', () => {
    const doc = stored();
    rmSync(file);
    assert.equal(doc.changedOnDisk(), true);
  });
});
