import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

/**
 * Runs `grounded check --format json` on a draft against a corpus written for the test (file name → text), and asserts
 * that it exits 0 with `claims` claims and no contradicted claim (hence no fix).
 */
function assertNoContradiction(corpus: Record<string, string>, draft: string, claims: number): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'grounded-true-'));
  try {
    mkdirSync(path.join(dir, 'corpus'));
    for (const [name, text] of Object.entries(corpus)) writeFileSync(path.join(dir, 'corpus', name), text);
    writeFileSync(path.join(dir, 'draft.md'), draft);
    const result = spawnSync(process.execPath, [cli, 'check', path.join(dir, 'draft.md'), '--corpus', path.join(dir, 'corpus'), '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GROUNDED_CACHE_DIR: path.join(dir, 'cache') },
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const [file] = JSON.parse(result.stdout) as { verdicts: { verdict: string }[]; findings: { code: string }[] }[];
    assert.equal(file.verdicts.length, claims);
    assert.ok(file.findings.every((f) => f.code !== 'contradicted-claim'), result.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True sentences a writer makes of a source, each once read as a contradiction by a fresh user: no warning, exit 0. */
describe('grounded check: true sentences are never contradicted', function () {
  this.timeout(60000);

  it('an acronym, a quoted negation and a role whose body refers back (fresh user 11)', () => {
    assertNoContradiction(
      {
        'ruches.md': '---\nid: ruches\ntitle: Des ruches pour le clocher\nlang: fr\n---\n\nL\'association Abeilles du Morvan mobilise ses adhérents pour repeupler les ruches du village.\n\n"Nous offrirons trente essaims pour la restauration du clocher", a indiqué Marc Aubry, président de cette association soutenue par la Fondation Lumière.\n',
        'rowing.md': '---\nid: rowing\ntitle: Rowing body trims junior grants\nlang: en\n---\n\nThe European Rowing Federation is to cut its grant for junior crews from 12% to 7% of its budget, a Lisbon newspaper reported.\n\nThe ERF will also review its coaching scheme next year.\n',
        'harbour.md': '---\nid: harbour\ntitle: Harbour traffic slows\nlang: en\n---\n\n"I don\'t expect a strong and lasting recovery in container traffic until 2023," port director Ellen Marsh said.\n\nContainer traffic fell for a third month in April.\n',
      },
      'The ERF is to cut its grant for junior crews from 12% to 7% of its budget.\n\nEllen Marsh did not expect a strong and lasting recovery in container traffic until 2023.\n\nMarc Aubry préside Abeilles du Morvan.\n',
      3,
    );
  });

  it('a value of the other holder of a comparison, a quotation’s first word, a title of a list, a bound the source meets (fresh user 12)', () => {
    assertNoContradiction(
      {
        'scooter.md': "---\nid: scooter\ntitle: The Vantor scooter goes on sale\nlang: en\n---\n\nThe Vantor folding electric scooter goes on sale on Monday.\n\nPriced at £640, the folding scooter is launched in Ireland first. A catalogue of about 30 accessories is being prepared for the scooter including Night Rider and Silver Road.\n\nThe Kessler Glide went on sale in May and priced at £380 costs far less than the Vantor.\n",
        'banks.md': '---\nid: banks\ntitle: Rural bank branches keep closing\nlang: en\n---\n\nRural lenders in Norland are shutting branches faster than ever.\n\nMs Varga said: "In the last three years we have probably closed half of the rural branches."\n',
        'fete.md': '---\nid: fete\ntitle: La fête des moissons de Valcourt\nlang: fr\n---\n\nLa fête des moissons de Valcourt a réuni samedi quelque 420 bénévoles venus de tout le canton pour préparer le village.\n',
      },
      [
        'The Vantor costs £640.',
        'About 30 accessories are being prepared for the Vantor.',
        'Ms Varga said Norland had probably closed half of the rural branches in the last three years.',
        'Plus de 350 bénévoles venus de tout le canton ont préparé le village.',
      ].join('\n\n') + '\n',
      4,
    );
  });
});
