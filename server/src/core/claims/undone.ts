import type { Sentence } from '../corpus/document';
import { stem } from '../text/stem';
import type { Lang } from '../types';

/**
 * An action agreed or promised and then not done: « Il avait accepté de s'excuser. Il ne l'a pas fait. », "He also
 * agreed to apologise to his team-mates. He didn't do this". The passage that tells the promise writes the claim's
 * verb ("apologise"), the sentence after it (or the rest of its own) denies it with a pro-verb ("did not do this",
 * « ne l'a pas fait », « ce qu'il n'a jamais fait »). A claim that the action was done says the opposite.
 */

/** A verb of promise or plan; the action it governs follows within a few words, after « de », « à » or "to" ("agreed at that meeting to apologise", « a accepté lors de cette réunion de rembourser »). */
const INTENT: Record<Lang, RegExp> = {
  en: /\b(?:agreed|promised|pledged|vowed|undertook|offered|(?:was|were)\s+(?:due|supposed|expected|asked|told|ordered))(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:accepté|promis|juré|proposé|engagée?s?|censée?s?)(?![\p{L}])/giu,
};

/** A word of the action after the verb of promise: group 1, after its « de », « à », "to" (a reflexive or an article skipped). */
const ACTION_AFTER: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])to\s+(\p{L}+)/giu,
  fr: /(?<![\p{L}])(?:de|d['’]|à)\s*(?:s['’]\s*|se\s+|l['’]\s*|les\s+|le\s+|la\s+)?(\p{L}+)/giu,
};

/** The stems of the actions a text says were promised, with where each promise's words end. */
function promisedActions(text: string, lang: Lang): { action: string; end: number }[] {
  const found: { action: string; end: number }[] = [];
  for (const intent of text.matchAll(INTENT[lang])) {
    const from = intent.index + intent[0].length;
    // Up to about five words on, within the clause.
    const window = text.slice(from, from + 60).split(/[.;:!?]/u)[0];
    for (const action of window.matchAll(ACTION_AFTER[lang])) found.push({ action: stem(action[1].toLowerCase(), lang), end: from + action.index + action[0].length });
  }
  return found;
}

/** A pro-verb denial at the start of a sentence: "He didn't do this", "They never did so", « Il ne l'a pas fait », « Elle n'en a rien fait ». */
const DENIED_NEXT: Record<Lang, RegExp> = {
  en: /^\W*(?:but\s+)?(?:he|she|they|it|we|i)\s+(?:(?:did\s+not|didn['’]t|never|failed\s+to)\s+do\s+(?:this|so|that|it)|never\s+did(?:\s+(?:so|this|that|it))?)(?![\p{L}])/iu,
  fr: /^\W*(?:mais\s+)?(?:il|elle|ils|elles)\s+(?:ne\s+l['’]a|ne\s+l['’]ont|n['’]en\s+a|n['’]en\s+ont)\s+(?:pas|jamais|rien)\s+fait/iu,
};

/** The same denial right after the promise in its own sentence: ", which he did not do", « , ce qu'il n'a jamais fait ». */
const DENIED_SAME: Record<Lang, RegExp> = {
  en: /[,;]\s*(?:which|but)\s+(?:he|she|they|it)\s+(?:never\s+did|did\s+not(?:\s+do)?|didn['’]t(?:\s+do)?)\b/iu,
  fr: /[,;]\s*(?:ce\s+qu['’](?:il|elle|ils|elles)\s+n['’]ont?|mais\s+(?:il|elle|ils|elles)\s+ne\s+l['’]ont?)\s+(?:pas|jamais)\s+fait/iu,
};

/**
 * The sentence that denies the action a passage says was promised (the passage itself when it denies it in its own
 * sentence, else `next`), when that action's verb is a word of the claim (`claimTerms`: stems in `lang`) that the
 * claim does not itself govern by a verb of promise. Undefined otherwise.
 *
 * @param passage the sentence that tells the promise; `next` the sentence after it in its document.
 */
export function undoneAction(claimText: string, claimTerms: ReadonlySet<string>, lang: Lang, passage: Sentence, next: Sentence | undefined): Sentence | undefined {
  // The claim that tells the promise itself ("agreed to apologise") says what the passage says.
  const claimPromised = new Set(promisedActions(claimText, lang).map((p) => p.action));
  const promise = promisedActions(passage.text, lang).find((p) => claimTerms.has(p.action) && !claimPromised.has(p.action));
  if (!promise) return undefined;
  if (DENIED_SAME[lang].test(passage.text.slice(promise.end))) return passage;
  return next && DENIED_NEXT[lang].test(next.text) ? next : undefined;
}
