import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The layers of docs/ARCHITECTURE.md, held by their imports: core/ is pure logic (no LSP runtime, nothing
 * above it), service/ returns LSP types as data (no connection, no adapters), the client shares only
 * protocol.ts (and types) with the server.
 */
const repo = path.resolve(__dirname, '..', '..');
const src = path.join(repo, 'server', 'src');

/** Packages that speak LSP over a connection (or are the editor): the runtime the core and the service stay out of. */
const lspRuntime = ['vscode', 'vscode-languageserver', 'vscode-languageserver-protocol', 'vscode-jsonrpc', 'vscode-languageclient'];

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** The modules a TypeScript source imports or re-exports (static, dynamic and require). */
function importsOf(source: string): Import[] {
  const found: Import[] = [];
  const statement = /\b(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) found.push({ specifier: m[2], typeOnly: m[1] !== undefined });
  for (const m of source.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1], typeOnly: false });
  return found;
}

type Layer = 'core' | 'backend' | 'service' | 'lsp' | 'client' | 'front' | 'shared';

/** The layer of a file of the repository. */
function layerOf(file: string): Layer {
  const rel = path.relative(repo, file).split(path.sep).join('/').replace(/\.ts$/, '');
  if (rel.startsWith('server/src/core/')) return 'core';
  if (rel.startsWith('server/src/pg/')) return 'backend';
  if (rel.startsWith('server/src/service/')) return 'service';
  if (rel.startsWith('server/src/lsp/')) return 'lsp';
  if (rel.startsWith('client/')) return 'client';
  if (rel === 'server/src/protocol' || rel === 'server/src/settings') return 'shared';
  return 'front';
}

/** Why an import breaks the layering, or undefined when it is allowed. */
function violation(file: string, imported: Import): string | undefined {
  const from = layerOf(file);
  const packageName = imported.specifier.startsWith('@') ? imported.specifier.split('/').slice(0, 2).join('/') : imported.specifier.split('/')[0];
  const relative = imported.specifier.startsWith('.');
  const target = relative ? layerOf(path.resolve(path.dirname(file), imported.specifier)) : undefined;
  const targetName = relative ? path.relative(repo, path.resolve(path.dirname(file), imported.specifier)) : imported.specifier;
  switch (from) {
    case 'core':
      if (!relative && lspRuntime.includes(packageName)) return 'core/ imports the LSP runtime';
      if (target && target !== 'core') return `core/ imports ${targetName}, above it`;
      return undefined;
    case 'backend':
      if (!relative && lspRuntime.includes(packageName)) return 'pg/ imports the LSP runtime';
      if (target && target !== 'core' && target !== 'backend' && target !== 'shared') return `pg/ imports ${targetName}, above it`;
      return undefined;
    case 'service':
      if (!relative && lspRuntime.includes(packageName)) return 'service/ imports the LSP runtime';
      if (target === 'lsp' || target === 'front' || target === 'client') return `service/ imports ${targetName}`;
      return undefined;
    case 'shared':
      if (target && target !== 'core' && target !== 'shared') return `${path.basename(file)} imports ${targetName}`;
      if (!relative && lspRuntime.includes(packageName)) return `${path.basename(file)} imports the LSP runtime`;
      return undefined;
    case 'client':
      if (target && target !== 'client' && !(target === 'shared' && (imported.typeOnly || targetName.endsWith('protocol')))) return `the client imports ${targetName}`;
      return undefined;
    default:
      if (target === 'client') return `the server imports ${targetName}`;
      return undefined;
  }
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('layers', () => {
  const files = [...sources(src), ...sources(path.join(repo, 'client', 'src'))];

  it('finds the sources of every layer', () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of ['core', 'service', 'lsp', 'client', 'shared', 'front'] as const) assert.ok(layers.has(layer), layer);
  });

  it('keeps each layer to what it may import', () => {
    const broken = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((imported) => {
        const why = violation(file, imported);
        return why ? [`${path.relative(repo, file)}: ${imported.specifier}: ${why}`] : [];
      }),
    );
    assert.deepEqual(broken, []);
  });

  it('would catch core importing the LSP runtime, the service or an adapter', () => {
    const coreFile = path.join(src, 'core', 'claims', 'example.ts');
    const imports = importsOf(
      [
        "import { createConnection } from 'vscode-languageserver/node';",
        "import type { Hover } from 'vscode-languageserver-protocol';",
        "import { getHover } from '../../service/hover';",
        "export { registerHover } from '../../lsp/hover';",
        "const late = require('vscode-jsonrpc');",
        "import { fold } from '../text/normalize';",
      ].join('\n'),
    );
    assert.deepEqual(
      imports.map((i) => violation(coreFile, i) !== undefined),
      // Statements first, then require() calls.
      [true, true, true, true, false, true],
    );
  });

  it('would catch the service importing the connection or an adapter', () => {
    const serviceFile = path.join(src, 'service', 'example.ts');
    const imports = importsOf(["import { TextDocuments } from 'vscode-languageserver';", "import { guard } from '../lsp/errorBoundary';", "import { MarkupKind } from 'vscode-languageserver-types';"].join('\n'));
    assert.deepEqual(
      imports.map((i) => violation(serviceFile, i) !== undefined),
      [true, true, false],
    );
  });
});
