const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[’ʼ‘`]/g;
const SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const LIGATURES = /[œæ]/g;
const LIGATURE_FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae' };
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds a string for comparison: lowercase, no diacritics, typographic apostrophes as `'`,
 * ligatures œ/æ spelled out, non-breaking and narrow spaces as plain spaces.
 * The result may be shorter or longer than the input.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (ASCII.test(lower)) return lower.includes('`') ? lower.replace(APOSTROPHES, "'") : lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURES, (c) => LIGATURE_FOLDS[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(SPACES, ' ');
}

const charFolds = new Map<string, string>();

function foldChar(c: string): string {
  let folded = charFolds.get(c);
  if (folded === undefined) {
    const full = fold(c);
    const lower = c.toLowerCase();
    folded = full.length === c.length ? full : lower.length === c.length ? lower : c;
    charFolds.set(c, folded);
  }
  return folded;
}

/**
 * Folds like {@link fold} but keeps the UTF-16 length and every character's offset, so a match
 * found in the result is a match at the same offsets in the input. Characters whose fold would
 * change length (œ, æ, a lone combining mark) are only lowercased, or kept as they are.
 */
export function foldKeepLength(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) out += c.charCodeAt(0) < 0x80 ? c.toLowerCase() : foldChar(c);
  return out;
}

const DECOMPOSED = /\P{M}\p{M}+/gu;

/**
 * Text in Unicode NFC with the source offset of each of its characters: a letter typed as a base letter and a
 * combining accent (« re\u0301gions », as some keyboards and macOS file names write it) is read as the one
 * precomposed letter the rest of the text, the corpus and every word list use. `offsets` gives the source offset
 * of each character of `text` and one past its end (length text.length + 1); the result keeps that shape, a
 * composed character taking the offset of its first source character. Text already in NFC is returned as is.
 */
export function composeWithOffsets(text: string, offsets: Int32Array): { text: string; offsets: Int32Array } {
  if (!/\p{M}/u.test(text) || text.normalize('NFC') === text) return { text, offsets };
  let out = '';
  const mapped: number[] = [];
  let at = 0;
  const copy = (end: number) => {
    for (; at < end; at++) {
      out += text[at];
      mapped.push(offsets[at]);
    }
  };
  for (const m of text.matchAll(DECOMPOSED)) {
    copy(m.index);
    const composed = m[0].normalize('NFC');
    for (let k = 0; k < composed.length; k++) {
      out += composed[k];
      mapped.push(offsets[m.index + Math.min(k, m[0].length - 1)]);
    }
    at = m.index + m[0].length;
  }
  copy(text.length);
  mapped.push(offsets[text.length]);
  return { text: out, offsets: Int32Array.from(mapped) };
}
