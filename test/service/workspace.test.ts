import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import type { StatusParams } from '../../server/src/protocol';
import { CorpusSession, type CorpusConfig } from '../../server/src/service/corpusSession';
import { combineStatuses, corpusConfigOf, corpusKey, Workspace, type WorkspaceFolder } from '../../server/src/service/workspace';
import { parseSettings } from '../../server/src/settings';
import { MemoryDocuments } from './helpers';

const article = (staff: number) => `---\ntitle: Volta\n---\n\nLa coopérative Volta emploie ${staff} personnes à Brest.\n`;

describe('service: Workspace (folders, their settings, one corpus per configuration)', () => {
  let root: string;
  let bundled: string;
  let folders: Record<'alpha' | 'beta', WorkspaceFolder>;
  let made: { config: CorpusConfig; corpus: CorpusSession; disposed: boolean }[];
  let documents: MemoryDocuments;
  let workspace: Workspace;

  const settings = (raw: unknown = {}) => parseSettings(raw).settings;
  const sources = settings({ corpus: { paths: ['sources'] } });

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'grounded-workspace-'));
    bundled = path.join(root, 'bundled');
    mkdirSync(bundled);
    writeFileSync(path.join(bundled, 'sample.md'), article(999));
    folders = { alpha: folderOf(path.join(root, 'alpha')), beta: folderOf(path.join(root, 'beta')) };
    writeFileSync(path.join(folders.alpha.path, 'sources', 'volta.md'), article(310));
    writeFileSync(path.join(folders.beta.path, 'sources', 'volta.md'), article(420));
    made = [];
    documents = new MemoryDocuments();
    workspace = new Workspace({
      documents,
      corpusConfig: (s, folder) => ({ paths: s.corpus.paths ?? [], baseDir: folder?.path ?? root, bundledCorpus: bundled }),
      createCorpus: (config) => {
        const entry = { config, corpus: new CorpusSession({ config: () => config, hooks: { log: () => undefined, error: () => undefined } }), disposed: false };
        const dispose = entry.corpus.dispose.bind(entry.corpus);
        entry.corpus.dispose = () => {
          entry.disposed = true;
          dispose();
        };
        made.push(entry);
        return entry.corpus;
      },
    });
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function folderOf(folder: string): WorkspaceFolder {
    mkdirSync(path.join(folder, 'sources'), { recursive: true });
    return { uri: URI.file(folder).toString(), path: folder };
  }

  /** The findings of a draft written in a folder (or untitled), as "code: message". */
  async function findings(uri: string, text = 'La coopérative Volta emploie 310 personnes à Brest.\n'): Promise<string[]> {
    const document = documents.set(uri, text);
    return ((await workspace.service.getDiagnostics(document)) ?? []).map((d) => `${d.code}: ${d.message}`);
  }

  it('gives each folder the corpus its settings name, and each draft its folder’s', async () => {
    const change = workspace.configure({ folders: [{ folder: folders.alpha, settings: sources }, { folder: folders.beta, settings: sources }], outside: settings() }, 'test');
    await change.built;
    assert.equal(made.length, 2, 'alpha’s and beta’s; the bundled corpus waits for a draft outside the folders');
    assert.deepEqual(made.map((m) => CorpusSession.rootsOf(m.config)), [[path.join(folders.alpha.path, 'sources')], [path.join(folders.beta.path, 'sources')]]);
    assert.deepEqual(await findings(URI.file(path.join(folders.alpha.path, 'draft.md')).toString()), []);
    assert.match((await findings(URI.file(path.join(folders.beta.path, 'notes', 'draft.md')).toString())).join(), /contradicted-claim: .*420/);
  });

  it('shares one corpus between scopes that name the same, and lets go of a corpus no scope uses', async () => {
    const shared = settings({ corpus: { paths: [path.join(folders.alpha.path, 'sources')] } });
    await workspace.configure({ folders: [{ folder: folders.alpha, settings: sources }, { folder: folders.beta, settings: shared }], outside: shared }, 'test').built;
    assert.equal(made.length, 1, 'one corpus for the three scopes');
    assert.equal(new Set(workspace.scopes().map((s) => s.corpus)).size, 1);

    const change = workspace.configure({ folders: [{ folder: folders.alpha, settings: sources }, { folder: folders.beta, settings: sources }], outside: shared }, 'test');
    assert.deepEqual(change.created.length, 1, 'beta’s own corpus');
    assert.deepEqual(change.changed.map((s) => s.folder?.uri), [folders.beta.uri], 'only beta’s drafts are checked again');
    await change.built;
    assert.equal(made[0].disposed, false, 'alpha’s is still in use');

    workspace.configure({ folders: [{ folder: folders.beta, settings: sources }], outside: settings() }, 'test');
    assert.equal(made[0].disposed, true, 'alpha’s corpus, used by no scope now, is let go');
    assert.deepEqual(workspace.corporaInUse(), [made[1].corpus]);
  });

  it('makes the corpus of drafts outside every folder when one needs it', async () => {
    await workspace.configure({ folders: [{ folder: folders.alpha, settings: sources }], outside: settings() }, 'test').built;
    assert.equal(made.length, 1);
    const untitled = 'untitled:draft.md';
    assert.deepEqual(await findings(untitled), [], 'nothing while its corpus is built');
    assert.equal(made.length, 2);
    await made[1].corpus.whenReady();
    assert.match((await findings(untitled)).join(), /contradicted-claim: .*999/, 'the bundled corpus, from the settings without a folder');
  });

  it('takes a file of any corpus in use as a source, whatever folder holds it', async () => {
    const other = settings({ corpus: { paths: [path.join(folders.beta.path, 'sources')] } });
    await workspace.configure({ folders: [{ folder: folders.alpha, settings: other }, { folder: folders.beta, settings: settings({ corpus: { paths: ['elsewhere'] } }) }], outside: other }, 'test').built;
    const inBeta = URI.file(path.join(folders.beta.path, 'sources', 'volta.md')).toString();
    assert.equal(workspace.isCorpusFile(inBeta), true, 'in alpha’s corpus, though beta holds it');
    assert.equal(workspace.isCorpusFile(URI.file(path.join(folders.beta.path, 'draft.md')).toString()), false);
    assert.equal(workspace.isCorpusFile('untitled:x.md'), false);
  });

  it('keys a corpus by its resolved roots and cache folder', () => {
    const base = { bundledCorpus: bundled, baseDir: folders.alpha.path };
    assert.equal(corpusKey({ ...base, paths: ['sources', '/x'] }), corpusKey({ ...base, paths: ['/x', path.join(folders.alpha.path, 'sources')] }));
    assert.notEqual(corpusKey({ ...base, paths: ['sources'] }), corpusKey({ ...base, paths: ['sources'], baseDir: folders.beta.path }));
    assert.notEqual(corpusKey({ ...base, paths: ['sources'] }), corpusKey({ ...base, paths: ['sources'], cacheDir: '/cache' }));
    assert.equal(corpusKey({ ...base, paths: [] }), corpusKey({ ...base, paths: [bundled] }), 'no path: the bundled corpus');
  });
});

describe('service: combineStatuses (one status bar for several corpora)', () => {
  const status = (state: StatusParams['state'], documents: number, root: string, extra: Partial<StatusParams> = {}): StatusParams => ({ state, documents, sentences: documents * 10, entities: documents, problems: 0, roots: [root], ...extra });

  it('is indexing while any corpus is, else in error if any is, else ready; counts summed', () => {
    assert.equal(combineStatuses([status('ready', 1, '/a'), status('indexing', 0, '/b')])!.state, 'indexing');
    const error = combineStatuses([status('ready', 1, '/a'), status('error', 0, '/b', { message: 'no corpus', setting: 'grounded.corpus.paths' })])!;
    assert.deepEqual([error.state, error.message, error.setting], ['error', 'no corpus', 'grounded.corpus.paths']);
    const ready = combineStatuses([status('ready', 1, '/a'), status('ready', 2, '/b', { entitiesPending: true })])!;
    assert.deepEqual(ready, { state: 'ready', entitiesPending: true, documents: 3, sentences: 30, entities: 3, problems: 0, roots: ['/a', '/b'] });
  });

  it('is the one status as it is, and none for no corpus', () => {
    const one = status('ready', 1, '/a');
    assert.equal(combineStatuses([one]), one);
    assert.equal(combineStatuses([]), undefined);
  });
});

describe('service: corpusConfigOf (which corpus a scope uses)', () => {
  const folder = { uri: 'file:///w/alpha', path: '/w/alpha' };
  const defaults = { bundledCorpus: '/ext/corpus', cacheDir: '/cache', untrusted: false };
  const of = (raw: unknown, more: Partial<typeof defaults & { corpusPaths: string[] }> = {}) => corpusConfigOf(parseSettings(raw).settings, folder, { ...defaults, ...more });

  it('uses the bundled sample when no corpus is set anywhere', () => {
    assert.deepEqual(CorpusSession.rootsOf(of({})), ['/ext/corpus']);
  });

  it('takes an empty list of paths as none: the bundled sample, or the client’s initialization options (the protocol’s contract)', () => {
    assert.deepEqual(CorpusSession.rootsOf(of({ corpus: { paths: [] } })), ['/ext/corpus']);
    assert.deepEqual(CorpusSession.rootsOf(of({ corpus: { paths: [] } }, { corpusPaths: ['sources'] })), ['/w/alpha/sources']);
  });

  it('takes initializationOptions.corpusPaths when the settings name no corpus, and names it', () => {
    const config = of({}, { corpusPaths: ['sources'] });
    assert.deepEqual([CorpusSession.rootsOf(config), config.setting], [['/w/alpha/sources'], 'initializationOptions.corpusPaths']);
    assert.deepEqual(CorpusSession.rootsOf(of({ corpus: { paths: ['mine'] } }, { corpusPaths: ['sources'] })), ['/w/alpha/mine'], 'the settings first');
  });

  it('reads only the bundled corpus in an untrusted workspace', () => {
    const config = of({ corpus: { paths: [], database: 'postgresql://writer@db/corpus' } }, { untrusted: true });
    assert.deepEqual([CorpusSession.rootsOf(config), config.database], [['/ext/corpus'], undefined]);
  });
});
