import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { defaultSettings, parseInitializationOptions, parseSettings, settingSchemas } from '../../../server/src/settings';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const contributed: Record<string, { default: unknown; enum?: string[] }> = manifest.contributes.configuration.properties;

describe('settings', () => {
  it('package.json contributes exactly the keys of the schema', () => {
    assert.deepEqual(Object.keys(contributed).sort(), Object.keys(settingSchemas).map((k) => `grounded.${k}`).sort());
  });

  it('package.json defaults equal the schema defaults', () => {
    for (const [key, schema] of Object.entries(settingSchemas)) {
      assert.deepEqual(contributed[`grounded.${key}`].default, schema.parse(undefined), key);
    }
  });

  it('every setting may differ per workspace folder (resource scope: VS Code drops window-scoped settings from folder settings in a multi-root workspace)', () => {
    for (const [key, property] of Object.entries(contributed)) assert.equal((property as { scope?: string }).scope, 'resource', key);
  });

  it('package.json enums equal the schema enums', () => {
    for (const [key, schema] of Object.entries(settingSchemas)) {
      const values = contributed[`grounded.${key}`].enum;
      if (!values) continue;
      for (const value of values) assert.ok(schema.safeParse(value).success, `${key}: ${value}`);
      assert.ok(!schema.safeParse('surely-not-valid').success);
    }
  });

  it('keeps a database URI as given, even an unusable one: it is refused where it is opened, never replaced by the bundled corpus', () => {
    const ok = parseSettings({ corpus: { database: 'postgresql://writer@db.example:5432/newsroom?sslmode=verify-full' } });
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.settings.corpus.database, 'postgresql://writer@db.example:5432/newsroom?sslmode=verify-full');
    for (const uri of ['postgresql://writer:secret@db.example/newsroom', 'mysql://writer@db.example/newsroom', 'not a uri']) {
      const { settings, problems } = parseSettings({ corpus: { database: uri } });
      assert.equal(settings.corpus.database, uri);
      assert.deepEqual(problems, []);
    }
    const wrongType = parseSettings({ corpus: { database: 42 } });
    assert.equal(wrongType.problems[0]?.key, 'grounded.corpus.database');
  });

  it('reads nested sections as VS Code sends them', () => {
    const { settings, problems } = parseSettings({ corpus: { paths: ['a', 'b'] }, diagnostics: { unsupported: 'off', contradicted: 'error' }, language: 'en' });
    assert.deepEqual(problems, []);
    assert.deepEqual(settings, {
      corpus: { paths: ['a', 'b'], database: '', databaseReplica: '' },
      diagnostics: { unsupported: 'off', contradicted: 'error' },
      language: 'en',
      inlayHints: { sources: true },
      claims: { checked: [] },
      completion: { suggestWhileTyping: false },
    });
  });

  it('reads choices case-insensitively and without surrounding spaces', () => {
    const { settings, problems } = parseSettings({ diagnostics: { contradicted: 'Warning', unsupported: ' Hint ' }, language: 'EN' });
    assert.deepEqual(problems, []);
    assert.deepEqual([settings.diagnostics.contradicted, settings.diagnostics.unsupported, settings.language], ['warning', 'hint', 'en']);
    assert.equal(parseSettings({ diagnostics: { contradicted: 'Loud' } }).problems[0]?.key, 'grounded.diagnostics.contradicted');
  });

  it('tells corpus paths not set (the bundled sample) from an empty list (no corpus)', () => {
    assert.equal(parseSettings({}).settings.corpus.paths, undefined);
    assert.deepEqual(parseSettings({ corpus: { paths: [] } }).settings.corpus.paths, []);
    assert.deepEqual(parseSettings({ corpus: { paths: 'sources' } }).settings.corpus.paths, ['sources']);
  });

  it('reports checked claims of the wrong type', () => {
    const { settings, problems } = parseSettings({ claims: { checked: 'one' } });
    assert.deepEqual(settings.claims.checked, []);
    assert.deepEqual(problems.map((p) => [p.key, p.expected]), [['grounded.claims.checked', { kind: 'type', type: 'array' }]]);
  });

  it('reads dotted keys too', () => {
    assert.deepEqual(parseSettings({ 'corpus.paths': ['x'] }).settings.corpus.paths, ['x']);
  });

  it('falls back per key and names the offending key', () => {
    const { settings, problems } = parseSettings({ corpus: { paths: 3 }, diagnostics: { contradicted: 'loud' } });
    assert.deepEqual(settings, defaultSettings());
    assert.deepEqual(problems.map((p) => p.key), ['grounded.corpus.paths', 'grounded.diagnostics.contradicted']);
    assert.match(problems[1].message, /loud/);
  });

  it('survives a section that is not an object', () => {
    const { settings, problems } = parseSettings('nonsense');
    assert.deepEqual(settings, defaultSettings());
    assert.equal(problems.length, 1);
  });

  it('keeps the valid initialization options and reports the others', () => {
    const { options, problems } = parseInitializationOptions({ bundledCorpus: '/b', storagePath: 7, untrusted: 'yes', corpusPaths: ['x'] });
    assert.deepEqual(options, { bundledCorpus: '/b', corpusPaths: ['x'] });
    assert.deepEqual(problems.map((p) => p.key), ['initializationOptions.storagePath', 'initializationOptions.untrusted']);
  });

  it('takes missing initialization options as none', () => {
    assert.deepEqual(parseInitializationOptions(undefined), { options: {}, problems: [] });
  });
});
