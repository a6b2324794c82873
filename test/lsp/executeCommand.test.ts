import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { serverCommands, type InsertBibliographyResult } from '../../server/src/protocol';
import { TestClient } from './harness';
import { applyEdits } from './shared';

describe('workspace/executeCommand', function () {
  it('answers in the client’s display language (InitializeParams.locale), through the l10n bundle', async () => {
    for (const [locale, reason, label] of [
      ['fr', 'aucun brouillon Markdown ouvert', 'Insérer la bibliographie'],
      ['fr-CA', 'aucun brouillon Markdown ouvert', 'Insérer la bibliographie'],
      ['en', 'no open Markdown draft', 'Insert bibliography'],
    ] as const) {
      const client = await TestClient.start({ locale });
      try {
        const labels: (string | undefined)[] = [];
        client.connection.onRequest('workspace/applyEdit', (params: { label?: string }) => {
          labels.push(params.label);
          return { applied: true };
        });
        const none = await client.request<InsertBibliographyResult>('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: ['untitled:not-open.md'] });
        assert.deepEqual(none, { applied: false, reason }, locale);
        await client.open('untitled:cites.md', 'Un fait [@pekin-puces-nvidia].\n');
        await client.request('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: ['untitled:cites.md'] });
        assert.deepEqual(labels, [label], locale);
      } finally {
        await client.stop();
      }
    }
  });

  it('insertBibliography asks the client to apply an edit listing the cited sources, and updates it in place', async () => {
    const client = await TestClient.start();
    try {
      const edits: { label?: string; edit: { changes: Record<string, TextEdit[]> } }[] = [];
      client.connection.onRequest('workspace/applyEdit', (params: { label?: string; edit: { changes: Record<string, TextEdit[]> } }) => {
        edits.push(params);
        return { applied: true };
      });
      const uri = 'untitled:biblio.md';
      const text = 'Un fait [@pekin-puces-nvidia]. Un autre [@cloud-ia-international; @pekin-puces-nvidia]. Inconnu [@zzz].\n';
      await client.open(uri, text);
      const result = await client.request<InsertBibliographyResult>('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: [uri] });
      assert.equal(result.applied, true);
      const once = applyEdits(text, edits[0].edit.changes[uri]);
      assert.match(once, /## Références\n\n- \*Pékin demande[^\n]*`@pekin-puces-nvidia`\n- \*Les entreprises chinoises[^\n]*`@cloud-ia-international`\n<!-- grounded: end bibliography -->/);
      assert.doesNotMatch(once, /zzz`/);
      await client.change(uri, once, 2);
      await client.request('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: [uri] });
      const twice = applyEdits(once, edits[1].edit.changes[uri]);
      assert.equal(twice, once, 'a second run rewrites the section in place');
      const none = await client.request<InsertBibliographyResult>('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: ['untitled:not-open.md'] });
      assert.deepEqual(none, { applied: false, reason: 'no open Markdown draft' });
    } finally {
      await client.stop();
    }
  });

  it('insertBibliography writes under the draft’s own references heading, never a second one', async () => {
    const client = await TestClient.start();
    try {
      const edits: { edit: { changes: Record<string, TextEdit[]> } }[] = [];
      client.connection.onRequest('workspace/applyEdit', (params: { edit: { changes: Record<string, TextEdit[]> } }) => {
        edits.push(params);
        return { applied: true };
      });
      const uri = 'untitled:biblio-heading.md';
      const text = 'A fact [@pekin-puces-nvidia].\n\n## References\n';
      await client.open(uri, text);
      await client.request('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: [uri] });
      const once = applyEdits(text, edits[0].edit.changes[uri]);
      assert.match(once, /^A fact \[@pekin-puces-nvidia\]\.\n\n## References\n\n<!-- grounded: bibliography -->\n- \*Pékin demande[^\n]*`@pekin-puces-nvidia`\n<!-- grounded: end bibliography -->\n$/);
      await client.change(uri, once, 2);
      await client.request('workspace/executeCommand', { command: serverCommands.insertBibliography, arguments: [uri] });
      assert.equal(applyEdits(once, edits[1].edit.changes[uri]), once);
    } finally {
      await client.stop();
    }
  });
});
