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
