import type { Lang } from '../types';

/**
 * "The first time … since X", « pour la première fois depuis X », "its first fall since X": the passage says the
 * state it tells did not hold before, since X. Within one clause (no . ; : ! ? between), "first" at most 120
 * characters before "since"; not when a negation stands right before "first" ("not the first time since", « n'est pas
 * la première fois depuis »: that says the state held before).
 */
const FIRST_SINCE: Record<Lang, RegExp> = {
  en: /(?<!(?:not|n't|never)\s+(?:the\s+|for\s+the\s+)?)(?<![\p{L}])first(?![\p{L}])[^.;:!?]{0,120}?(?<![\p{L}])since(?![\p{L}])/iu,
  fr: /(?<!(?:pas|jamais|plus)\s+(?:la\s+|le\s+|pour\s+la\s+)?)(?<![\p{L}])premi(?:er|ère|ers|ères)(?![\p{L}])[^.;:!?]{0,120}?(?<![\p{L}])depuis(?![\p{L}])/iu,
};

/** "since X", « depuis X » in the claim. */
const SINCE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])since(?![\p{L}])/iu,
  fr: /(?<![\p{L}])depuis(?![\p{L}])/iu,
};

/**
 * Whether a passage that tells a state "for the first time since X" says a negated claim's no: a claim that denies
 * the state since X ("had not been in single digits since 2001", « n'avait jamais été aussi bas depuis 2001 ») is
 * what "the first time since 2001" implies (not before, since X). The passage is then negated as the claim is, and
 * the two agree; never the opposite. Same language only; the claim must be negated (`claimNegated`) and write
 * "since" / « depuis » itself, so that its denial is of the same stretch of time.
 */
export function saysNoSinceByFirstTime(claim: string, claimNegated: boolean, passage: string, lang: Lang, passageLang: Lang): boolean {
  if (!claimNegated || lang !== passageLang) return false;
  return SINCE[lang].test(claim) && FIRST_SINCE[lang].test(passage);
}
