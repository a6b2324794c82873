import { termsOf } from '../text/stem';
import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';

/** A value's target: « contre X », « à l'encontre de X », "against X", up to the clause's end. */
const TARGET = /(?:^|[\s,])(?:contre|à\s+l['’]encontre\s+(?:des|du|de\s+la|de\s+l['’]|de|d['’])|against)\s+([^,;:.()«»"“”]{2,80})/iu;

/**
 * The terms of the target a value's clause gives right after it (« 4,5 millions d'euros contre quatre autres
 * sociétés du groupe » → quatre, autre, societ, groupe), within 80 characters; undefined when none is written.
 */
function targetTerms(text: string, value: Quantity, lang: Lang): Set<string> | undefined {
  const after = text.slice(value.end, value.end + 120);
  const clauseEnd = /[;.]|\s(?:et|and|mais|but)\s/u.exec(after);
  const match = TARGET.exec(clauseEnd ? after.slice(0, clauseEnd.index) : after);
  if (!match) return undefined;
  const terms = new Set(termsOf(match[1], lang));
  return terms.size > 0 ? terms : undefined;
}

/**
 * Whether a claim value and a source value are given against two targets that share no word: « 2,85 M€ d'amende
 * contre la maison-mère » and « 4,5 millions d'euros contre quatre autres sociétés du groupe » are two fines, of two
 * parties; the source value is neither the claim's to contradict nor its fix. False when either names no target,
 * except for a claim that states a total (see {@link partOfTotal}).
 */
export function otherTarget(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  const claimTarget = targetTerms(claimText, claim, claimLang);
  if (!claimTarget && TOTAL.test(claimText)) return partOfTotal(claimText, claimLang, sourceText, source, sourceLang);
  const sourceTarget = claimTarget && targetTerms(sourceText, source, sourceLang);
  return claimTarget !== undefined && sourceTarget !== undefined && ![...claimTarget].some((t) => sourceTarget.has(t));
}

/** A claim that gives a total: « au total », « en tout », « in total », "altogether". */
const TOTAL = /(?:^|[\s,])(?:au\s+total|en\s+tout|in\s+total|altogether|in\s+all)(?=[\s,.;]|$)/iu;

/**
 * Whether a source value is given against a target the claim, which states a total with no target (« Au total, le
 * parquet a requis 8,2 millions d'euros d'amendes »), does not name: « 4,5 millions d'euros contre quatre autres
 * sociétés du groupe » is the part of some parties, not the total, and no value to write in its place.
 */
function partOfTotal(claimText: string, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  const sourceTarget = targetTerms(sourceText, source, sourceLang);
  if (!sourceTarget) return false;
  const claimTerms = new Set(termsOf(claimText, claimLang));
  return ![...sourceTarget].some((t) => claimTerms.has(t));
}
