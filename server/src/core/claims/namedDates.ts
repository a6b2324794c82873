import { tokenize } from '../text/tokenize';
import type { Quantity } from '../text/quantities';
import type { ClaimWord } from './analyzeClaim';

/** A capitalised name phrase right after a year ("the 1994 Energy Charter Treaty"): up to six words. */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)/u;
/** A determiner right before the year: the year then qualifies the name, as an adjective would. */
const DETERMINER_BEFORE = /(?:^|[\s(])(?:the|its|their|his|her|this|that)\s+$/iu;
/**
 * Folded stems of the predicates that date a thing by its start ("dates from", "was signed in", "founded",
 * « créé en », « fondée en », « signé en », « adopté en »).
 */
const DATING = /^(?:date|dating|sign|found|creat|establish|adopt|launch|enact|introduc|conclud|draft|cree|fond|adopt|lanc|instaur|promulg|vot)/;

/**
 * The folded name words of the thing a year names as its date when written before its name ("the 1994 Energy
 * Charter Treaty", "its 2003 Annual Report"); undefined for a year not so written.
 */
export function thingDatedBy(text: string, year: Quantity): string[] | undefined {
  if (year.kind !== 'year' || !DETERMINER_BEFORE.test(text.slice(Math.max(0, year.start - 8), year.start))) return undefined;
  const name = NAME_AFTER.exec(text.slice(year.end, year.end + 80))?.[1];
  if (!name) return undefined;
  const words = tokenize(name).filter((t) => t.kind === 'word' && t.norm.length >= 2).map((t) => t.norm);
  return words.length > 0 ? words : undefined;
}

/**
 * Whether a claim year and a source year are both the date of one named thing: the source writes its year before
 * the thing's name ("contrary to the 1994 Energy Charter Treaty"), and the claim either does the same or names all
 * of that thing's words before its year with a predicate that dates it ("The Energy Charter Treaty dates from
 * 1998", "was signed in 1998"). The two are then one fact whatever the words around them.
 */
export function sameThingDated(claimText: string, claim: Quantity, claimWords: readonly ClaimWord[], sourceText: string, source: Quantity): boolean {
  if (claim.kind !== 'year' || source.kind !== 'year') return false;
  const thing = thingDatedBy(sourceText, source);
  if (!thing) return false;
  const claimThing = thingDatedBy(claimText, claim);
  if (claimThing) return claimThing.length === thing.length && claimThing.every((w, i) => w === thing[i]);
  const before = claimWords.filter((w) => w.end <= claim.start);
  const names = new Set(before.filter((w) => w.isName).map((w) => w.norm));
  if (!thing.every((w) => names.has(w))) return false;
  return before.some((w) => !w.isName && DATING.test(w.norm));
}
