declare module 'damerau-levenshtein' {
  /** Optimal-string-alignment (Damerau) distance between two strings. */
  export default function damerauLevenshtein(a: string, b: string): { steps: number; relative: number; similarity: number };
}
