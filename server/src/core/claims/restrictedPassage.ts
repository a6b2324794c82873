import { fold } from '../text/normalize';
import type { Lang } from '../types';
import { saysNotInOtherWords } from './avoidance';

/**
 * A restriction: "only", "solely", "the sole", « seulement », « uniquement », « le seul », « ne … que » (at most
 * four words between « ne » and « que »). Folded text.
 */
const RESTRICTION = {
  fr: /(?:^|[^\p{L}])(?:seulement|uniquement|exclusivement|seule?s?|(?:ne\s+|n['’]\s*)(?:[\p{L}'’-]+\s+){0,4}?qu(?:e\s|['’]))/u,
  en: /(?:^|[^\p{L}])(?:only|solely|sole|exclusively)(?![\p{L}])/u,
};

/**
 * Whether a passage says a negative or a restriction in other words than a negation: a verb or word of avoidance
 * ("failed to trim", « faute de »: see {@link saysNotInOtherWords}) or a restriction ("nominations only in the minor
 * categories", "the only title to win twice", « n'a obtenu que deux voix »). Such a passage denies or limits
 * something itself: a claim's negation ("received no nominations in the major categories", "did not trim") may
 * agree with it, so the pair is no sure opposite. Whether the restriction bears on the claim's word is not read:
 * the pair is left unsure (unsupported).
 */
export function restrictsInOtherWords(passage: string, lang: Lang): boolean {
  return saysNotInOtherWords(passage, lang) || RESTRICTION[lang].test(fold(passage));
}
