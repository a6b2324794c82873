import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

/**
 * True sentences once contradicted with a wrong fix (fresh user 12): a value of the other holder of a comparison, a
 * quotation's first word taken for a name, a title of a list taken for the slot's name, a bound the source's figure
 * meets. No warning, exit 0.
 */
describe('grounded check: values and names of other holders are never a fix', function () {
  this.timeout(60000);
  let dir: string;
  let cache: string;
  let draft: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-holders-'));
    cache = mkdtempSync(path.join(tmpdir(), 'grounded-holders-cache-'));
    writeFileSync(
      path.join(dir, 'scooter.md'),
      "---\nid: scooter\ntitle: The Vantor scooter goes on sale\nlang: en\n---\n\nThe Vantor folding electric scooter goes on sale on Monday.\n\nPriced at £640, the folding scooter is launched in Ireland first. A catalogue of about 30 accessories is being prepared for the scooter including Night Rider and Silver Road.\n\nThe Kessler Glide went on sale in May and priced at £380 costs far less than the Vantor.\n",
    );
    writeFileSync(
      path.join(dir, 'banks.md'),
      '---\nid: banks\ntitle: Rural bank branches keep closing\nlang: en\n---\n\nRural lenders in Norland are shutting branches faster than ever.\n\nMs Varga said: "In the last three years we have probably closed half of the rural branches."\n',
    );
    writeFileSync(
      path.join(dir, 'fete.md'),
      '---\nid: fete\ntitle: La fête des moissons de Valcourt\nlang: fr\n---\n\nLa fête des moissons de Valcourt a réuni samedi quelque 420 bénévoles venus de tout le canton pour préparer le village.\n',
    );
    draft = path.join(mkdtempSync(path.join(tmpdir(), 'grounded-holders-draft-')), 'draft.md');
    writeFileSync(
      draft,
      [
        'The Vantor costs £640.',
        'About 30 accessories are being prepared for the Vantor.',
        'Ms Varga said Norland had probably closed half of the rural branches in the last three years.',
        'Plus de 350 bénévoles venus de tout le canton ont préparé le village.',
      ].join('\n\n') + '\n',
    );
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(path.dirname(draft), { recursive: true, force: true });
  });

  it('exits 0 with no contradicted claim and no fix', () => {
    const result = spawnSync(process.execPath, [cli, 'check', draft, '--corpus', dir, '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache } });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const [file] = JSON.parse(result.stdout) as { verdicts: { verdict: string }[]; findings: { code: string }[] }[];
    assert.equal(file.verdicts.length, 4);
    assert.ok(file.findings.every((f) => f.code !== 'contradicted-claim'), result.stdout);
  });
});
