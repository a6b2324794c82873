import { fold } from '../text/normalize';
import type { Lang } from '../types';
import { sameComplement, type RoleMention } from './roles';

/** English titles of a government department's head: the press writes either ("transport secretary", "transport minister"). */
const DEPARTMENT_HEADS = new Set(['minister', 'secretary']);

/**
 * Whether two English titles name one office as "minister" and "secretary" of the same portfolio written before
 * them ("transport minister Tom Vale", "transport secretary Tom Vale"; "Home Secretary", "home minister"): in UK
 * usage the secretary of state heads the ministry the press also calls its minister's, so neither title
 * contradicts the other. English only: a French « secrétaire d'État » is another office than the « ministre ».
 * False for the same head, for other heads, or without a portfolio before each title.
 */
export function ministerAndSecretaryOfOnePortfolio(a: RoleMention, aLang: Lang, b: RoleMention, bLang: Lang): boolean {
  if (aLang !== 'en' || bLang !== 'en' || !a.complement || !b.complement) return false;
  if (a.complement.start > a.head.start || b.complement.start > b.head.start) return false;
  const [x, y] = [fold(a.head.text.toLowerCase()), fold(b.head.text.toLowerCase())];
  return x !== y && DEPARTMENT_HEADS.has(x) && DEPARTMENT_HEADS.has(y) && sameComplement(a, b);
}
