import { termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * A fact a passage gives as an expectation, a plan or an intent, not as done: "Lind is expected to announce details
 * of the new console", "the minister is to unveil", « le groupe devrait annoncer », « le maire compte présenter ».
 * Against a claim that says the fact was not done ("made no announcement", « n'a rien annoncé »), such a passage is
 * no denial — what was expected may not have happened — and no statement of the claim either.
 */

/**
 * Words right before a verb or a noun that make it expected or planned, not done: "expected to", "is to", "will",
 * "plans to", "set to"; « devrait », « doit », « va », « prévoit de », « compte », « s'apprête à », « est attendu ».
 * Matched against the few words before the word in question (see {@link onlyExpected}).
 */
const MARKERS: Record<Lang, RegExp> = {
  en: /(?<![\p{L}'’])(?:expected|(?:is|are|was|were)\s+(?:due|set|likely|poised|tipped|scheduled|slated)|(?:is|are|am)\s+to|will|['’]ll|shall|going\s+to|plans?|planning|planned|hopes?|hoping|intends?|intending|would|should|could|may|might|aims?|wants?|promised|predicted|set\s+to|due\s+to)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:devr(?:ait|aient|a|ont)|doi(?:t|vent)|d[uû]t|va|vont|allait|allaient|s['’]appr[eê]t\w*|pr[ée]voi(?:t|ent)|pr[ée]voyait|compt(?:e|ent|ait)|entend(?:ent)?|esp[eè]r\w*|pourr(?:ait|aient|a|ont)|attendu\w*|cens[ée]e?s?|promet\w*|envisag\w*)(?![\p{L}])/iu,
};

/** How many words before the word in question an expectation's marker may stand ("is expected to make a pre-show speech and announce"). */
const WINDOW = 6;

/** A break of clause between a marker and the word: punctuation, or a conjunction that opens another clause. */
const BREAK = /[.;:!?()«»"“”]|(?<![\p{L}])(?:but|mais|and\s+then|puis)(?![\p{L}])/iu;

/**
 * Whether every word of `passage` whose terms are among `terms` (the word a claim denies, in the passage's language)
 * is governed by an expectation's marker ({@link MARKERS}, or `markers`) within {@link WINDOW} words (or `window`)
 * before it in the same clause. False when the passage writes none of them.
 */
export function onlyExpected(passage: string, lang: Lang, terms: ReadonlySet<string>, markers: RegExp = MARKERS[lang], window: number = WINDOW): boolean {
  const tokens = tokenize(passage).filter((t) => t.kind === 'word' || t.kind === 'elision');
  const found = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.kind === 'word' && termsOf(t.text, lang).some((x) => terms.has(x)));
  if (found.length === 0) return false;
  return found.every(([t, i]) => {
    const from = tokens[Math.max(0, i - window)].start;
    const before = passage.slice(from, t.start);
    const breaks = [...before.matchAll(new RegExp(BREAK.source, 'giu'))];
    const clause = breaks.length ? before.slice(breaks[breaks.length - 1].index! + breaks[breaks.length - 1][0].length) : before;
    return markers.test(clause);
  });
}

/**
 * Words right before a verb that leave it undone: expected ("is expected to", « devrait ») or tried and failed ("failed
 * to", "failing to", "unable to", « n'a pas réussi à », « faute de »). Narrower than {@link MARKERS}: modal verbs,
 * plans and schedules ("Fiat is to get 1bn euros", "will", "may", "plans to"), which news often writes of facts
 * agreed or done, are left out (measured on the labelled sets: with {@link MARKERS}, 1 false contradiction and 40
 * true claims no longer supported; with "is to" and "is set/due to", 1 true claim no longer supported).
 */
const UNDONE: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])(?:(?:is|are|was|were)\s+expected\s+to|fail(?:s|ed|ing)?\s+to|unable\s+to)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:devr(?:ait|aient)|(?:n['’]a|n['’]ont)\s+pas\s+(?:réussi|pu)|échou\w*\s+à|faute\s+d['’e])(?![\p{L}])/iu,
};

/**
 * The words an undone marker governs: the verb right after it ("is expected to announce", "failing to announce"), not
 * the rest of its clause ("are expected to attend the trade show" leaves "show" as stated as any other word).
 */
const UNDONE_WINDOW = 3;

/**
 * Whether a passage states as undone a word the claim states as done: a claim word besides names (`words`) that the
 * claim writes with no marker of {@link UNDONE} before it, and that the passage (in the claim's language) writes only
 * after one ("The Acme boss announced the tablet" against "the Acme boss is expected to announce the tablet" or "by
 * failing to announce the tablet"). Such a passage is no statement of the claim's fact.
 */
export function doneOnlyExpected(claim: string, words: readonly { text: string; isName: boolean }[], passage: string, lang: Lang): boolean {
  return words.some((w) => {
    if (w.isName) return false;
    const terms = new Set(termsOf(w.text, lang));
    return terms.size > 0 && !onlyExpected(claim, lang, terms, UNDONE[lang], UNDONE_WINDOW) && onlyExpected(passage, lang, terms, UNDONE[lang], UNDONE_WINDOW);
  });
}
