import { fold } from '../text/normalize';

/** The parts of a French compound title, folded: « PDG » is « président-directeur général », both « président » and « directeur général ». */
const PDG_PARTS = ['president', 'presidente', 'directeur general', 'directrice generale', 'directeur', 'directrice', 'dg', 'president-directeur general', 'presidente-directrice generale', 'pdg'];

/** Compound titles (folded) and the titles each one holds. */
const COMPOUND_TITLES = new Map<string, readonly string[]>([
  ['pdg', PDG_PARTS],
  ['president-directeur general', PDG_PARTS],
  ['presidente-directrice generale', PDG_PARTS],
]);

const key = (title: string) => fold(title.toLowerCase()).replace(/\s+/g, ' ').trim();

/**
 * Whether one title is a compound that holds the other (« PDG de X » and « président de X » or « directeur général de
 * X »: the PDG is both): the two may name one person's one office, so neither contradicts the other. `a` and `b`
 * are role heads as written (any case, accents).
 */
export function partOfCompoundTitle(a: string, b: string): boolean {
  const [x, y] = [key(a), key(b)];
  return (COMPOUND_TITLES.get(x)?.includes(y) ?? false) || (COMPOUND_TITLES.get(y)?.includes(x) ?? false);
}
