/** Words of rank that make a title another one ("assistant director", « directeur adjoint »). */
const RANK = /assistant|deputy|vice|associate|acting|interim|adjoint|adjointe|délégué|déléguée|sous/;
/** Escapes a string for a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The title a passage writes beside a name when it ends on the claim's title noun with other words before it
 * ("Reza Moghadam, assistant director of the IMF's European Department" for a claim's "Reza Moghadam, director of
 * …"; « le directeur adjoint Paul Roy », « Paul Roy, directeur adjoint »): the person is the source's, with a near
 * title, so what the claim got wrong is the title, not the person. The source's title as written (lowercase words
 * and the noun: "assistant director", « directeur adjoint »), or undefined when no text writes the name so, or the
 * title written is the claim's own.
 *
 * @param name the claim's name as written.
 * @param title the claim's title noun as written ("director").
 * @param texts the sentences to read.
 */
export function nearTitleOfName(name: string, title: string, texts: readonly string[]): { text: string; index: number } | undefined {
  const n = escape(name);
  const t = escape(title);
  const r = RANK.source;
  // The modifiers of rank before the noun ("assistant director", « vice-président ») or after it (« directeur adjoint »).
  const written = `((?:(?:${r})[\\s-]+){1,2}${t}|${t}(?:\\s+(?:${r})){1,2})`;
  const after = new RegExp(`${n}\\s*,\\s*(?:the\\s+|an?\\s+|le\\s+|la\\s+|l['’]\\s*)?${written}(?![\\p{L}-])`, 'iu');
  const before = new RegExp(`(?:^|[\\s,(])${written}\\s*,?\\s+${n}(?![\\p{L}-])`, 'iu');
  for (let i = 0; i < texts.length; i++) {
    const m = after.exec(texts[i]) ?? before.exec(texts[i]);
    if (!m) continue;
    return { text: m[1].trim(), index: i };
  }
  return undefined;
}
