import type { CorpusProblem } from '../../core/types';
import { t } from './l10n';

/**
 * A corpus problem in the display language: the kinds the core names (see CorpusProblemCode) get a sentence of
 * the l10n bundle, without a parser's own English message (which stays in the log); others keep their message.
 */
export function describeProblem(problem: CorpusProblem): string {
  const [arg = ''] = problem.args ?? [];
  switch (problem.code) {
    case 'front-matter-syntax':
      return t('The front matter is not valid {0}: its fields are ignored. Write one field a line (title: …, date: …).', arg);
    case 'front-matter-not-mapping':
      return t('The front matter must list fields (id, title, lang, date, url, author), one a line: it is ignored.');
    case 'front-matter-field':
      return t('The front matter field “{0}” has a value of the wrong kind: it is ignored.', arg);
    case 'no-prose':
      return t('No prose in this file: nothing to index.');
    case 'path-missing':
      return t('corpus path "{0}" does not exist', arg);
    case 'path-unreadable':
      return t('corpus path "{0}" cannot be read ({1})', arg, problem.args?.[1] ?? '');
    case 'pattern-no-match':
      return t('corpus pattern "{0}" matches no file', arg);
    case 'folder-empty':
      return t('corpus folder "{0}" holds no .md, .markdown or .txt file', arg);
    default:
      return problem.message;
  }
}
