import { fold } from '../text/normalize';
import type { Lang } from '../types';
import { DATING } from './otherTitle';
import { sameComplement, sameHead, sameName, type RoleMention } from './roles';

/**
 * The claim's title held by another person: a claim that sets a title of one body or portfolio beside a name
 * ("LSE chief executive Ann Lowe", « le ministre de l'Intérieur Paul Roy ») where a sentence of the documents read
 * gives that same title, of the same body or portfolio, to another name ("LSE chief executive Clara Dunn", « le
 * ministre de l'Intérieur Jean Marc ») in a passage that states the rest of the claim at least as fully as the
 * passage naming the claim's person. The name, not the title, is then what the writer may have got wrong: the
 * other title the sources give the claim's name (its own office, or a near title at another body) is no fix for
 * the claim's. A dated holder (« l'ancien ministre », "former chief executive") does not count.
 */

/** A role mention read in a sentence, with the sentence's text and language. */
export interface TitleSightingLike {
  mention: RoleMention;
  text: string;
  lang: Lang;
}

const titleStart = (m: RoleMention) => Math.min(m.head.start, m.complement?.start ?? m.head.start);

/**
 * The sighting that gives the claim's title `c` (its head, with the same body or portfolio: see sameComplement)
 * to a name other than the claim's, in the claim's language; undefined when the claim's title names no body or
 * portfolio (a bare "chairman" is held by one person in each body), or no sentence gives it to another name
 * undated.
 */
export function titleHeldByOther<S extends TitleSightingLike>(c: RoleMention, lang: Lang, sightings: readonly S[]): S | undefined {
  if (!c.complement) return undefined;
  return sightings.find(({ mention: m, text, lang: l }) =>
    l === lang && !sameName(c, m) && sameHead(c, m) && sameComplement(c, m) &&
    !DATING.test(fold(text.slice(Math.max(0, titleStart(m) - 30), titleStart(m)).toLowerCase())));
}

/**
 * Whether two titles of one name each have a body written before them, and the bodies differ ("Kestrel deputy
 * chief executive" and "Norland chief executive"): the source's title is the person's at another body, so it is
 * no fix for the claim's title, whose body the claim gives to someone else.
 */
export function bodiesBeforeDiffer(c: RoleMention, m: RoleMention): boolean {
  const before = (x: RoleMention) => x.complement !== undefined && x.complement.start < x.head.start;
  return before(c) && before(m) && !sameComplement(c, m);
}

/** A scored passage as {@link titleHolderStatingAsFully} reads it: the share of the claim's words besides names it states, its value conflicts, its sentence. */
interface PassageLike<T> {
  coverageBesideNames: number;
  conflicts: readonly unknown[];
  evidence: { sentence: T; doc: { lang: Lang } };
}

/**
 * Whether a passage gives the claim's title `c` (see {@link titleHeldByOther}) to another person while stating the
 * claim's words besides names (its predicate) at least as fully as the passage `at` that names the claim's person
 * with another title: "LSE chief executive Clara Dunn was also present" outweighs "Ryanair deputy chief executive
 * Ann Lowe said …" for the claim "LSE chief executive Ann Lowe was also present". Coverage besides names is the
 * measure because the claim's own name raises the coverage of its person's passage alone. Passages with a value
 * against the claim, or stating less than `minShare` of its words besides names, are not read.
 *
 * @param rolesOf the role mentions of a passage's sentence.
 */
export function titleHolderStatingAsFully<T extends { text: string }, P extends PassageLike<T>>(lang: Lang, passages: readonly P[], minShare: number, rolesOf: (sentence: T, lang: Lang) => RoleMention[]) {
  const rivals = passages
    .filter((p) => p.coverageBesideNames >= minShare && p.conflicts.length === 0)
    .flatMap((p) => rolesOf(p.evidence.sentence, p.evidence.doc.lang).map((mention) => ({ mention, text: p.evidence.sentence.text, lang: p.evidence.doc.lang, share: p.coverageBesideNames })));
  return (c: RoleMention, at: { sentence: P }) => titleHeldByOther(c, lang, rivals.filter((r) => r.share >= at.sentence.coverageBesideNames)) !== undefined;
}
