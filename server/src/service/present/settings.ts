import type { CorpusProblem } from '../../core/types';
import type { SettingProblem } from '../../settings';
import { describeProblem } from './corpusProblems';
import { t } from './l10n';

/**
 * Texts about the corpus state and the settings, shown in the editor's UI (notifications, status tooltip) and by
 * the CLI. They follow the UI's display language through the l10n bundle ({@link t}; English without one), not a
 * draft's language.
 */
export const settingsTexts = {
  /** The action of a notification that opens the settings editor on the setting at fault. */
  get openSettings(): string {
    return t('Open Settings');
  },
  /**
   * The corpus gave no document: why (the problems of its paths: a missing folder, an empty one, a pattern that
   * matches nothing; else the first problems of its files), and that nothing is checked meanwhile. `setting`
   * names where the corpus is configured.
   */
  corpusUnusable: (pathProblems: readonly CorpusProblem[], fileProblems: readonly CorpusProblem[], setting?: string) => {
    const files = fileProblems.filter((p) => !pathProblems.includes(p));
    const fileReasons = files.slice(0, 3).map((p) => `${p.path}: ${describeProblem(p)}`).concat(files.length > 3 ? [t('{0} more files', files.length - 3)] : []);
    const why = pathProblems.length > 0 ? pathProblems.map(describeProblem) : fileReasons;
    const reason = why.length > 0 ? why.join('; ') : t('it holds no .md, .markdown or .txt file');
    const text = t('Grounded has no corpus to check against: {0}. Nothing is checked until the corpus can be read.', reason);
    return setting ? `${text} ${t('Check {0}.', setting)}` : text;
  },
  /**
   * The writer set an empty list of corpus paths (in `setting`): no corpus, so nothing is checked; how to name
   * one, or get the sample back.
   */
  noCorpusChosen: (setting = 'grounded.corpus.paths') =>
    t('Grounded has no corpus: {0} is an empty list, so nothing is checked. Name your corpus folders there, or remove the setting to use the bundled sample corpus.', setting),
  /**
   * The client reads no settings (no `workspace/configuration`) and named no corpus: what is used, and how to
   * name the corpus for such a client.
   */
  corpusForClientWithoutConfiguration: () =>
    // prettier-ignore
    t('Grounded checks drafts against its bundled sample corpus: this client does not answer workspace/configuration, so the grounded settings it holds are not read. Name your corpus in the initialization options, {0}, or send the settings with workspace/didChangeConfiguration.', 'initializationOptions: { "corpusPaths": ["sources"] }'),
  /** Some corpus paths cannot be read while others can (`problems`: theirs). */
  corpusPathsMissing: (problems: readonly CorpusProblem[], setting?: string) => {
    const text = t('Grounded: {0}; the other corpus paths are used.', problems.map(describeProblem).join('; '));
    return setting ? `${text} ${t('Check {0}.', setting)}` : text;
  },
  /** Invalid settings, each replaced by its default, said in words. */
  invalidSettings: (problems: readonly SettingProblem[]) => t('Grounded: {0}', problems.map(describeSettingProblem).join(' ')),
};

/** One invalid setting in words: what it is, what is wrong, what is used instead. */
export function describeSettingProblem(problem: SettingProblem): string {
  const got = problem.value === undefined ? t('missing') : JSON.stringify(problem.value);
  const instead = problem.fallback === undefined ? t('it is ignored') : t('{0} is used instead', JSON.stringify(problem.fallback));
  return t('{0} is {1}, but {2}; {3}.', problem.key, got, expectation(problem), instead);
}

function expectation(problem: SettingProblem): string {
  const { expected } = problem;
  switch (expected?.kind) {
    case 'one of':
      return t('it must be one of {0}', expected.values.map((v) => JSON.stringify(v)).join(', '));
    case 'type':
      return typeExpectation(expected.type, problem.key);
    case 'non-empty':
      return t('a value may not be empty');
    default:
      return t('that value is not valid here');
  }
}

function typeExpectation(type: string, key: string): string {
  switch (type) {
    case 'array':
      return key === 'grounded.corpus.paths' || key === 'initializationOptions.corpusPaths' ? t('it must be a list of texts, such as ["sources"]') : t('it must be a list of texts');
    case 'boolean':
      return t('it must be true or false');
    case 'string':
      return t('it must be a text');
    case 'object':
      return t('it must be an object');
    case 'number':
      return t('it must be a number');
    default:
      return t('it must be a {0}', type);
  }
}
