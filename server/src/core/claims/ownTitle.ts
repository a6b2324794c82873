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
 * title written is the claim's own. `end`: the offset in that text where the title as matched ends.
 *
 * @param name the claim's name as written.
 * @param title the claim's title noun as written ("director").
 * @param texts the sentences to read.
 */
export function nearTitleOfName(name: string, title: string, texts: readonly string[]): { text: string; index: number; end: number } | undefined {
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
    return { text: m[1].trim(), index: i, end: m.index + m[0].length };
  }
  return undefined;
}

/** A title's body right after it: « du Syndicat … », « de la Fédération … », "of the Norland Bank" (its first word). */
const BODY_AFTER = /^\s*(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of(?:\s+the)?)\s*(\p{Lu}[\p{L}\p{N}'’-]*)/u;

/**
 * Whether the title a claim writes and the near title a passage writes beside the same name name two different
 * bodies (« Hugo Vasseur, président du Syndicat des meuniers » where the source says « Hugo Vasseur, président
 * adjoint de la Chambre des métiers »): the person holds the source's title at another body, so fixing the claim's
 * title noun alone would write a title the person does not hold (« président adjoint du Syndicat des meuniers »).
 * False when either names no body right after its
 * title, or both name the same (the first capitalised word after « du », « de la », "of", compared without case).
 *
 * @param claimAfter the claim's text right after its title noun.
 * @param sourceAfter the passage's text right after its near title.
 */
export function titlesOfOtherBodies(claimAfter: string, sourceAfter: string): boolean {
  const claim = BODY_AFTER.exec(claimAfter)?.[1];
  const source = BODY_AFTER.exec(sourceAfter)?.[1];
  return claim !== undefined && source !== undefined && claim.toLowerCase() !== source.toLowerCase();
}
