/**
 * A role's body written as an anaphor: a demonstrative or a pronoun (« président de cette fondation », « à la
 * tête de celle-ci », "chairman of this group", "head of it"), or an article with a generic noun of a body that
 * no name follows (« directeur de la société », "chief of the company"; not « de la police nationale », a body
 * told in common words). Such a body refers back to a
 * body named earlier, which may well be the claim's: it names no other body, so a claim's role at a named body
 * is never contradicted by it (unsupported at most).
 */

/** Demonstratives and pronouns that open an anaphoric body (lowercase). */
const ANAPHORS = /^(?:cette|cet|ce|ces|celle-ci|celui-ci|celle-là|celui-là|celles-ci|ceux-ci|elle|lui|eux|this|that|these|those|it|them)$/u;

/** Generic nouns of a body (lowercase): with an article and no name after them they refer back (« la société », "the company"). */
const GENERIC_BODIES = new Set(
  'société entreprise groupe fondation association organisation firme structure company group firm foundation association organisation organization business'.split(' '),
);

/** Linking words and articles a complement may open with (« de la », "of the"). */
const LEADING = /^(?:(?:de|du|des|d['’]|à|au|aux|of|for|at|the|la|le|les|l['’])(?:\s+|(?<=['’])))*/iu;

/**
 * Whether a role's body (its complement as written, linking words included: « de cette fondation abritée par la
 * Fondation du patrimoine », "of the company") is an anaphor rather than a name: it opens with a demonstrative or
 * a pronoun, or with an article and a generic noun of a body ({@link GENERIC_BODIES}) that no capitalised word follows.
 */
export function isAnaphoricBody(complement: string): boolean {
  const lead = LEADING.exec(complement)?.[0] ?? '';
  const rest = complement.slice(lead.length);
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (ANAPHORS.test(words[0].toLowerCase())) return true;
  // « de la société abritée par … », "of the company": an article, then a generic noun with no name right after it.
  const article = /(?:^|\s|['’])(?:la|le|les|l['’]|the|du|des|au|aux)\s*$/iu.test(lead);
  return article && GENERIC_BODIES.has(words[0].replace(/[,.;:]+$/, '')) && !/^\p{Lu}/u.test(words[1] ?? '');
}
