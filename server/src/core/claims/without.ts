import { termsOf } from '../text/stem';
import type { Lang } from '../types';

/**
 * « sans » + infinitive, "without" + -ing: the passage says its subject did not do what the verb after them says
 * (« est reparti sans payer », "left without paying"). When that verb is the claim's own (« a payé », "paid"), the
 * passage says the claim the other way with the claim's verb in another form.
 */
const WITHOUT: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])sans\s+(?:l['’]\s*|les\s+|le\s+|la\s+|lui\s+|leur\s+|se\s+|s['’]\s*|en\s+|y\s+)?(\p{L}+(?:er|ir|re))(?![\p{L}])/giu,
  en: /(?<![\p{L}])without\s+(?:even\s+|ever\s+)?(\p{L}+ing)(?![\p{L}])/giu,
};

/** The stems of the verbs a text says were not done (« sans payer » → "pai"), in `lang`, with where each verb starts. */
function verbsWithout(text: string, lang: Lang): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const match of text.matchAll(WITHOUT[lang])) {
    const at = match.index + match[0].length - match[1].length;
    for (const term of termsOf(match[1], lang)) found.set(term, [...(found.get(term) ?? []), at]);
  }
  return found;
}

/** Whether `text` writes a word of `term` elsewhere than at the positions given (a positive use of the verb). */
function writtenElsewhere(text: string, term: string, lang: Lang, denied: readonly number[]): boolean {
  for (const word of text.matchAll(/\p{L}+/gu)) {
    if (denied.includes(word.index)) continue;
    if (termsOf(word[0], lang).includes(term)) return true;
  }
  return false;
}

/**
 * Whether `passage` (in `lang`, the claim's language) writes « sans », "without" before a verb that is one of the
 * claim's words (`claimTerms`, stems in `lang`), writes that verb nowhere else, and the claim does not write it after
 * « sans » itself: "He left the restaurant without paying" against "He paid for the meal".
 */
export function doneWithout(claimText: string, claimTerms: ReadonlySet<string>, passage: string, lang: Lang): boolean {
  const denied = verbsWithout(passage, lang);
  if (denied.size === 0) return false;
  const own = verbsWithout(claimText, lang);
  // A verb the passage also writes without « sans » (« X a payé, Y est parti sans payer ») may be the claim's: no denial.
  return [...denied].some(([term, at]) => claimTerms.has(term) && !own.has(term) && !writtenElsewhere(passage, term, lang, at));
}
