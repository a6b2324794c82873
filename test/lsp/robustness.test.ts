import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CodeAction, CompletionList, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { entitiesRequest } from '../../server/src/protocol';
import { fixtures, repoRoot, TestClient } from './harness';

function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(full).update(readFileSync(full));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

function insideDocument(text: string, diagnostics: Diagnostic[]): boolean {
  const doc = TextDocument.create('x', 'markdown', 1, text);
  return diagnostics.every((d) => {
    const start = doc.offsetAt(d.range.start);
    const end = doc.offsetAt(d.range.end);
    return start <= end && end <= text.length && d.range.start.line < doc.lineCount && d.range.end.line < doc.lineCount;
  });
}

describe('robustness and security through the server', function () {
  this.timeout(60000);

  it('never touches the network, and leaves the corpus byte-identical after a full session', async () => {
    const corpora = [path.join(repoRoot, 'corpus'), path.join(fixtures, 'corpora', 'rail')];
    const before = corpora.map(hashTree);
    const client = await TestClient.start({ nodeArgs: ['--require', path.join(__dirname, 'networkGuard.cjs')] });
    try {
      const uri = 'untitled:session.md';
      const text = readFileSync(path.join(fixtures, 'eval', 'draft.dev.md'), 'utf8');
      await client.open(uri, text);
      const diagnostics = await client.nextDiagnostics(uri, 0);
      for (const d of diagnostics) {
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        assert.ok(actions.length > 0);
      }
      await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 14, character: 70 } });
      await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 10, character: 20 }, context: { triggerKind: 1 } });
      await client.request(entitiesRequest.method, null);
      await client.request('workspace/symbol', { query: 'alibaba' });
      client.settings = { corpus: { paths: [corpora[1]] } };
      const seen = client.statuses.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitForStatus('ready', seen);
    } finally {
      await client.stop();
    }
    spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'check', path.join(fixtures, 'eval', 'draft.dev.md')]);
    assert.doesNotMatch(client.stderr, /grounded-network-guard/);
    assert.deepEqual(corpora.map(hashTree), before, 'corpus files unchanged');
  });

  it('survives hostile drafts: huge, pathological Markdown, mixed scripts, CRLF; ranges stay inside', async () => {
    const client = await TestClient.start();
    try {
      const drafts = [
        'Alibaba Cloud exploite des centres de données dans 12 régions hors de Chine. '.repeat(2000),
        `${'> '.repeat(200)}Trump envisage un tarif de 35 % sur les produits chinois.\n${'- '.repeat(300)}x\n`,
        '[@'.repeat(500) + '```'.repeat(100) + '<!--'.repeat(100) + '|'.repeat(1000),
        'Chaque année, la Chine diplôme 1,2 million d’ingénieurs 😀👩🏽‍🔬 مرحبا 漢字 e\u0301\r\nLigne deux 12 %\r\n',
        '\ud800\udc00\ud800 Tencent a ouvert un centre à Berlin en 2022.\u200b',
        '',
      ];
      for (const [i, text] of drafts.entries()) {
        const uri = `untitled:hostile-${i}.md`;
        await client.open(uri, text);
        const diagnostics = await client.nextDiagnostics(uri, 0);
        assert.ok(insideDocument(text, diagnostics), `draft ${i}`);
        const lines = text.split(/\r?\n/);
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: lines.length - 1, character: 3 } });
        await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: Math.min(40, lines[0].length) }, context: { triggerKind: 1 } });
      }
      assert.equal(client.process.exitCode, null, 'still running');
    } finally {
      await client.stop();
    }
  });

  it('loads a corpus with an oversized file, deep folders and very long lines, reporting what it skips', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'grounded-robust-'));
    try {
      writeFileSync(path.join(dir, 'big.md'), Buffer.alloc(9 * 1024 * 1024, 'a'));
      let deep = dir;
      for (let i = 0; i < 20; i++) deep = path.join(deep, `d${i}`);
      mkdirSync(deep, { recursive: true });
      writeFileSync(path.join(deep, 'deep.md'), 'Le dossier profond compte 7 fichiers.\n');
      writeFileSync(path.join(dir, 'long.txt'), `${'Une phrase sans fin et sans point '.repeat(20000)}\n`);
      writeFileSync(path.join(dir, 'dup-a.md'), '---\nid: same\n---\n\nA.\n');
      writeFileSync(path.join(dir, 'dup-b.md'), '---\nid: same\n---\n\nB.\n');
      writeFileSync(path.join(dir, 'bomb.md'), `---\n${'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'}\n---\n\nTexte.\n`);
      const client = await TestClient.start({ settings: { corpus: { paths: [dir] } } });
      try {
        const ready = client.statuses.find((s) => s.state === 'ready')!;
        assert.equal(ready.documents, 5, 'deep, long, both duplicates and the bomb file load; big.md is skipped');
        const logs = client.logs.join('\n');
        assert.match(logs, /big\.md: .*over the 8 MB limit/);
        assert.match(logs, /duplicate id "same"/);
      } finally {
        await client.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
