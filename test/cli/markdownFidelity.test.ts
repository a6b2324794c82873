import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });

interface Finding {
  code: string;
  range: { start: { line: number; character: number } };
}

describe('grounded CLI on the Markdown writers really have', function () {
  this.timeout(30_000);
  let dir: string;
  let corpus: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-md-'));
    corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'turbines.md'), '+++\nid = "zx-2020"\ntitle = "Zorblax livre ses turbines"\ndate = 2021-03-04\nlang = "fr"\n+++\n\nZorblax Industries a livré 45 turbines en 2020 à la ville de Quimperlé.\n');
    writeFileSync(path.join(corpus, 'ponts.md'), '---\nid: pontex-2019\ntitle: Pontex et ses ponts\nlang: fr\n...\n\nPontex a construit 12 ponts en Bretagne en 2019.\n');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('index reads the id and title of TOML front matter and of YAML closed by ...', () => {
    const result = run('index', '--corpus', corpus, '--no-cache', '--json');
    assert.equal(result.status, 0, result.stderr);
    const summary = JSON.parse(result.stdout);
    assert.deepEqual(summary.problems, []);
    assert.deepEqual(
      summary.sources.map((s: { id: string; title: string; sentences: number }) => [s.id, s.title, s.sentences]).sort(),
      [
        ['pontex-2019', 'Pontex et ses ponts', 1],
        ['zx-2020', 'Zorblax livre ses turbines', 1],
      ],
    );
  });

  it('check reports only the claims of the body: front matter, math, headings, labels and the generated section are not checked', () => {
    const draft = path.join(dir, 'draft.md');
    const text = [
      '+++',
      'title = "Note"',
      'resume = "Zorblax Industries aurait livré 90 turbines en 2020"',
      '+++',
      '',
      '## Résultats 2020',
      '',
      'Les chiffres clés :',
      '',
      '- 90 turbines',
      '- 30 ponts',
      '',
      'Le rapport vaut $r = 90/12$ et $$ t = 90 \\, p $$ selon le modèle.',
      '',
      'Zorblax Industries a livré 90 turbines en 2020 (@zx-2020). Pontex a construit 12 ponts en Bretagne en 2019 [@{pontex-2019}].',
      '',
      '<!-- grounded: bibliography -->',
      '## Références',
      '',
      '- *Zorblax livre ses turbines*, 2021-03-04 — `@zx-2020`',
      '- *Pontex et ses ponts*, 2020, 90 ponts — `@pontex-2019`',
      '<!-- grounded: end bibliography -->',
      '',
    ].join('\n');
    writeFileSync(draft, text);
    const result = run('check', draft, '--corpus', corpus, '--no-cache', '--format', 'json');
    assert.equal(result.status, 1, result.stderr);
    const [report] = JSON.parse(result.stdout);
    const lines = text.split('\n');
    const found = report.findings.map((f: Finding) => `${f.code}:${lines[f.range.start.line].slice(f.range.start.character, f.range.start.character + 2)}@${f.range.start.line}`);
    assert.deepEqual(found, ['contradicted-claim:90@14']);
  });
});
