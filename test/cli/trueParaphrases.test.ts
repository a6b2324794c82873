import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

/** True paraphrases a writer makes of a source, each once read as a contradiction (fresh user 11): no warning, exit 0. */
describe('grounded check: true paraphrases are never contradicted', function () {
  this.timeout(60000);
  let dir: string;
  let cache: string;
  let draft: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-para-'));
    cache = mkdtempSync(path.join(tmpdir(), 'grounded-para-cache-'));
    writeFileSync(
      path.join(dir, 'ruches.md'),
      '---\nid: ruches\ntitle: Des ruches pour le clocher\nlang: fr\n---\n\nL\'association Abeilles du Morvan mobilise ses adhérents pour repeupler les ruches du village.\n\n"Nous offrirons trente essaims pour la restauration du clocher", a indiqué Marc Aubry, président de cette association soutenue par la Fondation Lumière.\n',
    );
    writeFileSync(
      path.join(dir, 'rowing.md'),
      '---\nid: rowing\ntitle: Rowing body trims junior grants\nlang: en\n---\n\nThe European Rowing Federation is to cut its grant for junior crews from 12% to 7% of its budget, a Lisbon newspaper reported.\n\nThe ERF will also review its coaching scheme next year.\n',
    );
    writeFileSync(
      path.join(dir, 'harbour.md'),
      '---\nid: harbour\ntitle: Harbour traffic slows\nlang: en\n---\n\n"I don\'t expect a strong and lasting recovery in container traffic until 2023," port director Ellen Marsh said.\n\nContainer traffic fell for a third month in April.\n',
    );
    draft = path.join(mkdtempSync(path.join(tmpdir(), 'grounded-para-draft-')), 'draft.md');
    writeFileSync(
      draft,
      'The ERF is to cut its grant for junior crews from 12% to 7% of its budget.\n\nEllen Marsh did not expect a strong and lasting recovery in container traffic until 2023.\n\nMarc Aubry préside Abeilles du Morvan.\n',
    );
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(path.dirname(draft), { recursive: true, force: true });
  });

  it('exits 0 with no contradicted claim and no fix for an acronym, a quoted negation and a role whose body refers back', () => {
    const result = spawnSync(process.execPath, [cli, 'check', draft, '--corpus', dir, '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache } });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const [file] = JSON.parse(result.stdout) as { verdicts: { verdict: string }[]; findings: { code: string }[] }[];
    assert.equal(file.verdicts.length, 3);
    assert.ok(file.findings.every((f) => f.code !== 'contradicted-claim'), result.stdout);
  });
});
