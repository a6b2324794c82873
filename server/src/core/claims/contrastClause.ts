/**
 * A date written in a contrast clause (« tandis que le port a battu un record en février », "while tourism hit a
 * record in February", "whereas …") dates the other fact that clause tells, not the main clause's: it is no value to
 * set against the claim's date. And a passage that dates its fact by a relative date (« le mois dernier », "last
 * month") gives that fact no month of its own in words: another month written alone elsewhere in it is not the
 * fact's (months.ts compares months written alone).
 */

/** Words that open a contrast clause, in French and English. */
const CONTRAST_OPENER = /(?:^|[^\p{L}])(?:(?:while|whilst|whereas)(?![\p{L}])|(?:tandis|alors)\s+qu(?:e(?![\p{L}])|['’]))/giu;

/**
 * Whether offset `at` of `text` lies inside a contrast clause: an opener before it in its sentence with no comma,
 * semicolon or colon between (a clause fronted before the main one ends at its comma: « Tandis que X, Y en
 * février » dates Y).
 */
export function inContrastClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  let last = -1;
  for (const m of before.matchAll(CONTRAST_OPENER)) last = m.index! + m[0].length;
  return last >= 0 && !/[,;:.!?]/.test(before.slice(last));
}

/** A month told relative to the article's date: "last month", "this month", « le mois dernier », « ce mois-ci ». */
const RELATIVE_MONTH = /(?:^|[^\p{L}])(?:(?:last|this|previous|past|next)\s+month|the\s+month\s+before|(?:le|du|au)\s+mois\s+(?:dernier|précédent|precedent|prochain|passé|passe)|ce\s+mois(?:-ci)?)(?![\p{L}])/iu;

/** Whether `text` dates something by a month relative to the article's date (see {@link RELATIVE_MONTH}). */
export function hasRelativeMonth(text: string): boolean {
  return RELATIVE_MONTH.test(text);
}
