/** Plain data shared across the core. Offsets are UTF-16 code-unit offsets into a file's full text. */

export interface Position {
  /** Zero-based line. */
  line: number;
  /** Zero-based UTF-16 column. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A half-open span of a text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type Lang = 'fr' | 'en';

export type ProblemSeverity = 'error' | 'warning' | 'information';

/** Something wrong with an input file that the user should hear about. The file may still load. */
/**
 * Kinds of corpus problems a front end words itself: front matter it cannot read (`args`: the format, yaml or
 * toml), that is not a mapping of fields, a field whose value is invalid (`args`: the field), a file with no prose.
 */
export type CorpusProblemCode =
  | 'front-matter-syntax'
  | 'front-matter-not-mapping'
  | 'front-matter-field'
  | 'no-prose'
  /** A corpus path (args: as written) does not exist. */
  | 'path-missing'
  /** A corpus path (args: as written, the system's error code) cannot be read. */
  | 'path-unreadable'
  /** A corpus glob (args: as written) matches no file. */
  | 'pattern-no-match'
  /** A corpus folder (args: as written) holds no corpus file. */
  | 'folder-empty';

export interface CorpusProblem {
  /** Absolute path of the file concerned. */
  path: string;
  /** What went wrong, in English, with any detail (a parser's own message): for the log and the CLI. */
  message: string;
  /** What kind of problem it is, when known, for a front end to word it in its user's language (with `args`). */
  code?: CorpusProblemCode;
  args?: string[];
  severity: ProblemSeverity;
  /** Where in the file, when known. */
  range?: Range;
}
