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
export interface CorpusProblem {
  /** Absolute path of the file concerned. */
  path: string;
  message: string;
  severity: ProblemSeverity;
  /** Where in the file, when known. */
  range?: Range;
}
