import * as path from 'node:path';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Where the in-editor suite is bundled. It stays inside the repository so that `mocha` (left external)
 * resolves from the repository's node_modules, and the suite finds the fixtures two folders up.
 */
export const suiteBundle = path.join(repoRoot, '.vscode-test', 'e2e', 'suite.js');

/** Bundles test/e2e/suite into one CommonJS module exporting `run()`, for `extensionTestsPath`; returns its path. */
export async function bundleSuite(): Promise<string> {
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'e2e', 'suite', 'index.ts')],
    outfile: suiteBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return suiteBundle;
}
