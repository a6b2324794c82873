import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import { PORTFOLIOS, sameHead, type RoleMention } from './roles';

/**
 * Another portfolio written before the same title of the same person: the claim's "Economy Minister Ana Ruiz"
 * where the passage that states the rest of the claim writes "Planning Minister Ana Ruiz" (or "health secretary"
 * for "home secretary"). The role reader (roles.ts) keeps a word before the title as its complement; a body
 * conflict is sought only after the title (« ministre de l'Économie »), and this is the English order of the same.
 */

/** The words (folded, lowercase) of a complement that stands before its title, in order; undefined when it stands after. */
function wordsBefore(m: RoleMention, text: string): string[] | undefined {
  if (!m.complement || m.complement.end > m.head.start) return undefined;
  return tokenize(text.slice(m.complement.start, m.complement.end))
    .filter((t) => t.kind === 'word')
    .map((t) => fold(t.text.toLowerCase()));
}

/**
 * Whether the claim's role mention `c` and a source's `m` (the same name, checked by the caller) give the same
 * title with another portfolio before it: both complements stand before the title, each has words the other lacks,
 * and those are portfolios (`PORTFOLIOS`) or common words (`isName` false on each folded word), one or two words
 * a side. `text.claim`, `text.source`: the texts the mentions' offsets refer to.
 */
export function otherPortfolio(c: RoleMention, m: RoleMention, text: { claim: string; source: string }, isName: (norm: string) => boolean): boolean {
  if (!sameHead(c, m)) return false;
  const x = wordsBefore(c, text.claim);
  const y = wordsBefore(m, text.source);
  if (!x || !y) return false;
  const onlyX = x.filter((w) => !y.includes(w));
  const onlyY = y.filter((w) => !x.includes(w));
  const portfolio = (w: string) => PORTFOLIOS.has(w) || !isName(w);
  return onlyX.length > 0 && onlyY.length > 0 && onlyX.length <= 2 && onlyY.length <= 2 && [...onlyX, ...onlyY].every(portfolio);
}
