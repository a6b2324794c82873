import type { CorpusProblem } from '../../core/types';
import type { SettingProblem } from '../../settings';

/**
 * Texts about the corpus state and the settings, shown in the editor's UI (notifications, status tooltip) and by
 * the CLI. English, each under a key the client can localise (see the client's `vscode.l10n` bundles); they do
 * not depend on a draft's language.
 */
export const settingsTexts = {
  /** The action of a notification that opens the settings editor on the setting at fault. */
  openSettings: 'Open Settings',
  /**
   * The corpus gave no document: why (the problems of its paths: a missing folder, an empty one, a pattern that
   * matches nothing; else the first problems of its files), and that nothing is checked meanwhile. `setting`
   * names where the corpus is configured.
   */
  corpusUnusable: (pathProblems: readonly CorpusProblem[], fileProblems: readonly CorpusProblem[], setting?: string) => {
    const files = fileProblems.filter((p) => !pathProblems.includes(p));
    const fileReasons = files.slice(0, 3).map((p) => `${p.path}: ${p.message}`).concat(files.length > 3 ? [`${files.length - 3} more files`] : []);
    const why = pathProblems.length > 0 ? pathProblems.map((p) => p.message) : fileReasons;
    const reason = why.length > 0 ? why.join('; ') : 'it holds no .md, .markdown or .txt file';
    const fix = setting ? ` Check ${setting}.` : '';
    return `Grounded has no corpus to check against: ${reason}. Nothing is checked until the corpus can be read.${fix}`;
  },
  /** Some corpus paths cannot be read while others can (`problems`: theirs). */
  corpusPathsMissing: (problems: readonly CorpusProblem[], setting?: string) =>
    `Grounded: ${problems.map((p) => p.message).join('; ')}; the other corpus paths are used.${setting ? ` Check ${setting}.` : ''}`,
  /** Invalid settings, each replaced by its default, said in words. */
  invalidSettings: (problems: readonly SettingProblem[]) => `Grounded: ${problems.map(describeSettingProblem).join(' ')}`,
};

/** One invalid setting in words: what it is, what is wrong, what is used instead. */
export function describeSettingProblem(problem: SettingProblem): string {
  const got = problem.value === undefined ? 'missing' : JSON.stringify(problem.value);
  const instead = problem.fallback === undefined ? 'it is ignored' : `${JSON.stringify(problem.fallback)} is used instead`;
  return `${problem.key} is ${got}, but ${expectation(problem)}; ${instead}.`;
}

function expectation(problem: SettingProblem): string {
  const { expected } = problem;
  switch (expected?.kind) {
    case 'one of':
      return `it must be one of ${expected.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `it must be ${typeNames[expected.type] ?? `a ${expected.type}`}`;
    case 'non-empty':
      return 'a value may not be empty';
    default:
      return 'that value is not valid here';
  }
}

const typeNames: Record<string, string> = {
  array: 'a list of texts, such as ["sources"]',
  boolean: 'true or false',
  string: 'a text',
  object: 'an object',
  number: 'a number',
};
