import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { t, useLocale } from '../../../server/src/service/present/l10n';
import { describeSettingProblem } from '../../../server/src/service/present/settings';

const root = path.resolve(__dirname, '..', '..', '..');
const json = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [readFileSync(file, 'utf8')] : [];
  });
}

const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
/** The l10n keys the UI code uses: `vscode.l10n.t('…')` and `count(n, '…', '…')` in the client, `t('…')` in the server's adapters and presentation. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  const add = (re: RegExp, text: string) => {
    for (const m of text.matchAll(re)) for (const k of m.slice(1)) if (k !== undefined) keys.add(k.replace(/\\'/g, "'"));
  };
  for (const text of sources(path.join(root, 'client', 'src'))) {
    add(new RegExp(String.raw`vscode\.l10n\.t\(${literal}`, 'g'), text);
    add(new RegExp(String.raw`count\([^,]+, ${literal}, ${literal}\)`, 'g'), text);
  }
  for (const text of [...sources(path.join(root, 'server', 'src', 'lsp')), ...sources(path.join(root, 'server', 'src', 'service', 'present')), readFileSync(path.join(root, 'server', 'src', 'server.ts'), 'utf8')]) {
    add(new RegExp(String.raw`\bt\(${literal}`, 'g'), text);
  }
  return keys;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('l10n: the UI in VS Code’s display language', () => {
  it('package.json’s %keys% are in package.nls.json and package.nls.fr.json, and the two have the same keys', () => {
    const manifest = readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 15, String(keys.length));
    const en = json('package.nls.json');
    const fr = json('package.nls.fr.json');
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(fr[key], `package.nls.fr.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    assert.equal(JSON.parse(manifest).l10n, './l10n');
  });

  it('every UI text of the client and the server has its French in l10n/bundle.l10n.fr.json, placeholders kept, none stale', () => {
    const bundle = json('l10n/bundle.l10n.fr.json');
    const used = usedKeys();
    assert.ok(used.size >= 40, `only ${used.size} keys found: the extraction is broken`);
    for (const key of used) {
      assert.ok(key in bundle, `no French for « ${key} »`);
      assert.deepEqual(placeholders(bundle[key]), placeholders(key), key);
    }
    for (const key of Object.keys(bundle)) assert.ok(used.has(key), `stale key « ${key} »`);
  });

  it('the server resolves the bundle of the client’s locale, or of its language, and says so in French', () => {
    const dir = path.join(root, 'l10n');
    try {
      assert.equal(useLocale('fr', dir), path.join(dir, 'bundle.l10n.fr.json'));
      assert.equal(t('Check {0}.', 'grounded.corpus.paths'), 'Vérifiez grounded.corpus.paths.');
      assert.equal(
        describeSettingProblem({ key: 'grounded.language', message: '', value: 'de', fallback: 'auto', expected: { kind: 'one of', values: ['auto', 'fr', 'en'] } }),
        'grounded.language vaut "de", mais il doit valoir l’une des valeurs "auto", "fr", "en" ; "auto" est utilisé à la place.',
      );
      assert.equal(useLocale('fr-CA', dir), path.join(dir, 'bundle.l10n.fr.json'));
      assert.equal(useLocale('en', dir), undefined);
      assert.equal(useLocale(undefined, dir), undefined);
    } finally {
      l10n.config({ contents: {} });
    }
    assert.equal(t('Insert bibliography'), 'Insert bibliography', 'English without a bundle');
  });

  it('French texts put a space before a colon, « Grounded : », and carry no English corpus-path words', () => {
    const bundle = json('l10n/bundle.l10n.fr.json');
    for (const [key, french] of Object.entries(bundle)) {
      // Front matter fields (« title: … ») are YAML, written as the writer types them.
      assert.doesNotMatch(french.replace(/\b(?:title|date|id|lang|url|author):/g, ''), /\S:(?:\s|$)/u, `« ${french} » (for « ${key} »)`);
      assert.doesNotMatch(french, /corpus path|does not exist|matches no file/, french);
    }
  });
});
