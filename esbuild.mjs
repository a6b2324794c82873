// Bundles what ships: dist/extension.js (client), dist/server.js (language server), dist/cli.js.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // ESM-only dependencies (mdast, micromark) are bundled into CommonJS.
  mainFields: ['module', 'main'],
  // Some of them read import.meta.url, which CommonJS lacks: give them this file's URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // Node 20 reads \p{…} in regex literals. Unless told so, esbuild rewrites each such literal as `new RegExp(…)`,
  // which makes a regex where it is written, so at every call of a function that tests one (isNameToken's, for
  // every word of every sentence indexed).
  supported: { 'regexp-unicode-property-escapes': true },
};

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // node-postgres loads its optional native binding (pg-native) only when asked for it: Grounded never does.
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts', indexWorker: 'server/src/indexWorker.ts' }, outdir: 'dist', external: ['pg-native'] },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
