import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const draft = path.join(root, 'test', 'fixtures', 'eval', 'draft.dev.md');
const cache = mkdtempSync(path.join(tmpdir(), 'grounded-cli-cache-'));
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache } });

describe('grounded CLI', function () {
  this.timeout(30000);

  after(() => rmSync(cache, { recursive: true, force: true }));

  it('caches the index, and a cached run gives the same entities as a fresh one', () => {
    const fresh = run('entities', '--json', '--no-cache').stdout;
    run('index');
    assert.ok(readdirSync(cache).some((f) => f.endsWith('.bin')), 'a cache file');
    const cached = run('entities', '--json').stdout;
    assert.equal(cached, fresh);
  });

  it('check quotes a sentence broken by a hard line break with a space, no backslash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-break-'));
    const file = path.join(dir, 'break.md');
    writeFileSync(file, 'Le port de Varenne a accueilli quarante\\\nnavires en 1987.\n');
    const result = run('check', file);
    rmSync(dir, { recursive: true, force: true });
    assert.match(result.stdout, /« Le port de Varenne a accueilli quarante navires en 1987\. »/, result.stdout);
  });

  it('index prints the corpus summary', () => {
    const result = run('index');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /documents\s+5/);
    assert.match(result.stdout, /sentences\s+\d{3}/);
    assert.match(result.stdout, /\[@chine-ia-strategie\]/);
  });

  it('index --json reports problems of a bad corpus', () => {
    const result = run('index', '--corpus', 'test/fixtures/corpora/bad', '--json');
    const summary = JSON.parse(result.stdout);
    assert.equal(summary.documents, 4);
    assert.ok(summary.problems.some((p: { message: string }) => /binary/.test(p.message)));
  });

  it('check says the corpus’s problems on stderr, whatever the output format, and keeps stdout for the findings', () => {
    const result = run('check', draft, '--corpus', 'test/fixtures/corpora/bad', '--format', 'json');
    assert.match(result.stderr, /^grounded: (error|warning): test\/fixtures\/corpora\/bad\/binary\.\w+(:\d+)?: .*binary/m);
    JSON.parse(result.stdout);
  });

  it('check prints findings as text in the draft’s language, at the editor’s severities, and exits 1 on a contradiction', () => {
    const result = run('check', draft);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /draft\.dev\.md:11:52: avertissement \[contradicted-claim\] « 12 régions » → la source dit « plus de 29 régions » \(@cloud-ia-international\)\n/);
    assert.match(result.stdout, /\n    correctif : Remplacer « 1,2 million » par « 3,57 millions » \(valeur de la source\)\n/);
    assert.match(result.stdout, /\n    source : corpus\/cloud-ia-international\.md:14 « …/);
    assert.match(result.stdout, /: information \[unsupported-claim\] Aucune source n’étaye « Tencent a ouvert/);
    assert.doesNotMatch(result.stdout, /\b(error|note|fix|claims checked)\b/, 'no English label around French messages');
  });

  it('check says which sources disagree, each with its date and value, and shows both passages', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-disagree-'));
    const note = path.join(dir, 'note.md');
    writeFileSync(note, 'Paul Rivet a subi pendant 30 ans les brimades de son contremaître à la fonderie de Vauclair [@rivet].\n\nAu total, plus de 300 personnes sont mobilisées contre les flammes à Valbrune, dont plus de 80 pompiers.\n');
    try {
      const result = run('check', note, '--corpus', 'test/fixtures/corpora/press-sources');
      assert.match(result.stdout, /\[contradicted-claim\] « 30 ans » → la source dit « 36 ans » \(@rivet, 2 juin 2020\) ; « plus de 30 ans » selon @syndicat \(5 juin 2020\) : les sources divergent\n/);
      assert.match(result.stdout, /\[unsupported-claim\] Les sources divergent : « plus de 300 personnes » selon @feu-2 \(2 mars 2021\), comme la phrase ; « plus de 200 personnes » selon @feu-1 \(1er mars 2021\)\n/);
      assert.match(result.stdout, /\n    source : test\/fixtures\/corpora\/press-sources\/feu-2\.md:8 « Plus de 300 personnes[^\n]*\n    source : test\/fixtures\/corpora\/press-sources\/feu-1\.md:8 « Au total/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check speaks English of an English draft', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-en-'));
    const english = path.join(dir, 'note.md');
    writeFileSync(english, 'Alibaba Cloud runs data centres in 12 regions outside China.\n');
    try {
      const result = run('check', english);
      assert.match(result.stdout, /: warning \[contradicted-claim\] “12 regions” → the source says “(more than |plus de )?29 (regions|régions)”/);
      assert.match(result.stdout, /\n    fix: Replace “12” with “more than 29” \(the source’s value\)\n/);
      assert.match(result.stdout, /1 claim checked: 0 supported, 1 contradicted/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check --format json gives ranges, evidence and fixes', () => {
    const [report] = JSON.parse(run('check', draft, '--format', 'json').stdout);
    const contradicted = report.findings.filter((f: { code: string }) => f.code === 'contradicted-claim');
    assert.equal(contradicted.length, 3);
    assert.deepEqual(contradicted[0].range.start, { line: 10, character: 51 });
    assert.equal(contradicted[0].fixes[0].newText, 'plus de 29', 'the source bounds the figure: its bound is written with it');
    assert.match(contradicted[0].evidence[0].path, /cloud-ia-international\.md$/);
  });

  it('check --format json lists every claim with its verdict, whether a finding reports it, and its source', () => {
    const [report] = JSON.parse(run('check', draft, '--format', 'json').stdout);
    const verdicts = report.verdicts as { text: string; verdict: string; reported: boolean; source?: string }[];
    assert.equal(verdicts.length, report.claims);
    assert.equal(verdicts.filter((v) => v.verdict === 'supported').length, report.supported);
    assert.ok(verdicts.filter((v) => v.verdict === 'supported').every((v) => v.reported && v.source), JSON.stringify(verdicts));
    const contradicted = verdicts.filter((v) => v.verdict === 'contradicted');
    assert.equal(contradicted.length, report.findings.filter((f: { code: string }) => f.code === 'contradicted-claim').length);
    assert.ok(contradicted.every((v) => v.reported));
    assert.ok(verdicts.some((v) => /12 régions/.test(v.text) && v.verdict === 'contradicted' && v.source === 'cloud-ia-international'));
  });

  it('check --format sarif is SARIF 2.1.0', () => {
    const sarif = JSON.parse(run('check', draft, '--format', 'sarif').stdout);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.ok(results.some((r: { ruleId: string; level: string }) => r.ruleId === 'contradicted-claim' && r.level === 'warning'));
    assert.ok(results.some((r: { ruleId: string; level: string }) => r.ruleId === 'unsupported-claim' && r.level === 'note'));
    assert.equal(results[0].locations[0].physicalLocation.region.startLine, 11);
  });

  it('check names a draft outside the current folder by its absolute path, one under it by its relative path', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-path-'));
    const english = path.join(dir, 'note.md');
    writeFileSync(english, 'Alibaba Cloud runs data centres in 12 regions outside China.\n');
    try {
      const outside = run('check', english);
      assert.ok(outside.stdout.startsWith(`${english}:1:`), outside.stdout);
      const inside = run('check', draft);
      assert.ok(inside.stdout.startsWith('test/fixtures/eval/draft.dev.md:'), inside.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check speaks English of a short English draft whose stop words tie (a French name’s « de »), in a French terminal', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-en-tie-'));
    const english = path.join(dir, 'note.md');
    writeFileSync(english, 'Banque de France forecasts 1.2% growth in 2025.\n');
    try {
      const result = spawnSync(process.execPath, [cli, 'check', english], { cwd: root, encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache, LC_ALL: '', LC_MESSAGES: '', LANG: 'fr_FR.UTF-8' } });
      assert.match(result.stdout, /: information \[unsupported-claim\] No source supports “Banque de France forecasts 1\.2% growth in 2025”/);
      assert.match(result.stdout, /1 claim checked: 0 supported, 0 contradicted, 1 unsupported/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check speaks the terminal’s language of a draft with no words to tell its own', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-empty-'));
    const empty = path.join(dir, 'empty.md');
    writeFileSync(empty, '');
    const inLocale = (lang: string) =>
      spawnSync(process.execPath, [cli, 'check', empty], { cwd: root, encoding: 'utf8', env: { ...process.env, GROUNDED_CACHE_DIR: cache, LC_ALL: '', LC_MESSAGES: '', LANG: lang } }).stdout;
    try {
      assert.match(inLocale('en_US.UTF-8'), /0 claims checked/);
      assert.match(inLocale('fr_FR.UTF-8'), /0 affirmation/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check takes a draft kept in the corpus folder out of the corpus: it supports neither itself nor another draft', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-cli-in-corpus-'));
    for (const file of readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.md'))) writeFileSync(path.join(dir, file), readFileSync(path.join(root, 'corpus', file)));
    const note = path.join(dir, 'note.md');
    writeFileSync(note, 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine.\n');
    const other = path.join(dir, '..', `${path.basename(dir)}-other.md`);
    writeFileSync(other, 'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine.\n');
    try {
      const result = run('check', note, other, '--corpus', dir, '--no-cache');
      assert.equal(result.status, 1, result.stdout);
      assert.equal(result.stdout.match(/\[contradicted-claim\]/g)?.length, 2, result.stdout);
      assert.match(result.stderr, /note\.md is in the corpus; it is checked as a draft/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(other, { force: true });
    }
  });

  it('check exits 0 on a draft with nothing contradicted, and never writes to it', () => {
    const clean = path.join(root, 'test', 'fixtures', 'drafts', 'clean.md');
    const before = readFileSync(clean);
    const result = run('check', clean);
    assert.equal(result.status, 0, result.stdout);
    assert.deepEqual(readFileSync(clean), before);
  });

  it('check against a corpus that gives no document checks nothing and says why, with exit code 2', () => {
    const result = run('check', draft, '--corpus', 'no-such-folder');
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '', 'no finding');
    assert.match(result.stderr, /no corpus to check against: corpus path "no-such-folder" does not exist\. Nothing is checked until the corpus can be read\. Check --corpus\./);
    const index = run('index', '--corpus', 'no-such-folder');
    assert.equal(index.status, 1, 'index still summarises an empty corpus, with its problems');
    assert.match(index.stdout, /documents\s+0/);
  });

  it('check reports a missing draft and bad options with exit code 2', () => {
    assert.equal(run('check', 'no-such-draft.md').status, 2);
    assert.equal(run('check', draft, '--format', 'xml').status, 2);
    assert.equal(run('frobnicate').status, 2);
  });
});
