import * as path from 'node:path';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Where the in-editor suite is bundled. It stays inside the repository so that `mocha` (left external)
 * resolves from the repository's node_modules, and the suite finds the fixtures two folders up.
 */
export const suiteBundle = path.join(repoRoot, '.vscode-test', 'e2e', 'suite.js');

/**
 * Bundles test/e2e/suite into one CommonJS module exporting `run()`, for `extensionTestsPath`; returns its path.
 * `entry` is the suite's entry file in test/e2e/suite (index.ts: the main suite); another entry is bundled beside
 * the main one under its own name.
 */
export async function bundleSuite(entry = 'index.ts'): Promise<string> {
  const outfile = entry === 'index.ts' ? suiteBundle : path.join(path.dirname(suiteBundle), entry.replace(/\.ts$/, '.js'));
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'e2e', 'suite', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return outfile;
}
