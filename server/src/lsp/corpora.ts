import { WorkerThreadRunner } from '../service/buildRunner';
import { prepareCompletion } from '../service/completion';
import type { ManagedCorpus } from '../service/context';
import { CorpusSession, type CorpusConfig } from '../service/corpusSession';
import { DatabaseCorpus, type DatabaseConfig } from '../service/databaseCorpus';
import { settingsTexts } from '../service/present/settings';
import type { ServerContext } from './context';
import { CorpusProblemsPublisher } from './corpusProblems';
import type { PublishedDiagnostics } from './diagnostics';
import type { SettingsNotifier } from './notifications';
import { beginBuildProgress, type StatusBoard } from './status';
import { CorpusWatchers } from './watchers';

/** What the server's corpora report to: the diagnostics, the status bar, notifications, the drafts. */
export interface CorpusWiring {
  ctx: ServerContext;
  published: PublishedDiagnostics;
  statuses: StatusBoard;
  notifier: SettingsNotifier;
  /** Whether the client watches the folders the server names. */
  canWatchFiles(): boolean;
  /** The indexing worker thread's script (dist/indexWorker.js). */
  workerFile: string;
  /** The corpus's index changed: the drafts that use it are checked again. */
  changed(corpus: ManagedCorpus): void;
}

/** The setting that configures a corpus, named in notifications about it. */
const corpusSetting = 'grounded.corpus.paths';
const databaseSetting = 'grounded.corpus.database';

let corpora = 0;

/**
 * A corpus of the server (see CorpusSession), built in a worker thread of its own, wired to the front end: its
 * status joins the others' in `grounded/status`, its problems are `corpus-error` diagnostics of its own part,
 * its folders are watched; a corpus that gives no document, or paths that cannot be read, are a notification
 * with "Open Settings". Disposed of, it takes all of that with it.
 */
export function createServerCorpus(config: CorpusConfig, wiring: CorpusWiring): ManagedCorpus {
  if (config.database) return createServerDatabaseCorpus({ database: config.database, replica: config.databaseReplica }, wiring);
  const { ctx, notifier } = wiring;
  const id = ++corpora;
  const problems = new CorpusProblemsPublisher(ctx, wiring.published, `corpus-${id}`);
  const watchers = new CorpusWatchers(ctx, () => wiring.canWatchFiles());
  const unusableTopic = `corpus-${id}-unusable`;
  const missingTopic = `corpus-${id}-missing`;
  const session: CorpusSession = new CorpusSession({
    config: () => config,
    runner: new WorkerThreadRunner(wiring.workerFile, (message) => ctx.log(message)),
    live: true,
    setting: corpusSetting,
    hooks: {
      log: (message) => ctx.log(message),
      error: (message) => ctx.error(message),
      status: (status) => {
        wiring.statuses.set(session, status);
        if (status.state === 'error' && status.setting && status.message) notifier.show(unusableTopic, status.message, status.setting);
        if (status.state === 'ready') notifier.clear(unusableTopic);
        // Once the entities are in, their names are sorted for completion before a writer's first one needs them.
        if (status.state === 'ready' && !status.entitiesPending) setImmediate(() => prepareCompletion(session));
      },
      problems: (list) => {
        problems.publish(list);
        const unreadable = session.pathProblems().filter((p) => p.severity === 'error');
        if (session.index.documentCount === 0) return;
        const setting = config.setting ?? corpusSetting;
        if (unreadable.length > 0) notifier.show(missingTopic, settingsTexts.corpusPathsMissing(unreadable, setting), setting);
        else notifier.clear(missingTopic);
      },
      progress: () => beginBuildProgress(ctx),
      built: (roots) => watchers.watch(roots),
      changed: () => wiring.changed(session),
      disposed: () => {
        problems.clear();
        watchers.dispose();
        wiring.statuses.remove(session);
        notifier.clear(unusableTopic);
        notifier.clear(missingTopic);
      },
    },
  });
  return session;
}

/**
 * A team corpus in PostgreSQL (see DatabaseCorpus), wired as the others: its status joins theirs, a database
 * that holds no corpus is a notification with "Open Settings" on grounded.corpus.database, its other loads are
 * followed (the drafts that use it checked again). No file is watched and no problem is published: its
 * documents are no files of this machine.
 */
function createServerDatabaseCorpus(config: DatabaseConfig, wiring: CorpusWiring): DatabaseCorpus {
  const { ctx, notifier } = wiring;
  const id = ++corpora;
  const unusableTopic = `corpus-${id}-unusable`;
  const corpus: DatabaseCorpus = new DatabaseCorpus({
    config,
    setting: databaseSetting,
    notify: (message, setting) => (message ? notifier.show(unusableTopic, message, setting) : notifier.clear(unusableTopic)),
    hooks: {
      log: (message) => ctx.log(message),
      error: (message) => ctx.error(message),
      status: (status) => wiring.statuses.set(corpus, status),
      changed: () => wiring.changed(corpus),
      disposed: () => {
        wiring.statuses.remove(corpus);
        notifier.clear(unusableTopic);
      },
    },
  });
  return corpus;
}
