import type { Quantity } from '../text/quantities';
import type { Lang } from '../types';

/**
 * A value a passage gives as a former expectation, plan or hypothesis, not as the fact: « un procès, dont on pensait
 * dans un premier temps qu'il aurait pu se tenir fin 2020 », « initialement prévu le 5 mars », "the vote, which had
 * been expected in May", "originally due in 2020". The same article usually states the fact's value elsewhere (« en
 * 2021 »): the abandoned value is no value of the fact, so it contradicts no claim (nor is written as its fix).
 */

/**
 * Words that put the rest of their clause in a former expectation or a hypothesis: a past belief or hope (« on
 * pensait », "had hoped"), a first or original plan (« initialement », « dans un premier temps », "originally",
 * "at first"), or the past conditional of a possibility (« aurait pu », "could have").
 */
const MARKERS: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:(?:on|l['’]on)\s+(?:pensait|croyait|espérait|imaginait|envisageait|prévoyait|estimait)|(?:pensait|croyait|espérait)[-‑]on|initialement|dans\s+un\s+premier\s+temps|à\s+l['’]origine|au\s+départ|(?:d['’]abord|primitivement)\s+prévue?s?|auraient?\s+(?:pu|dû)|(?:étaient?|avaient?\s+été)\s+censée?s?)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:originally|initially|at\s+first|first\s+(?:expected|scheduled|planned|due)|had\s+(?:been\s+)?(?:expected|scheduled|planned|hoped|due|thought|supposed)|(?:could|would|might)\s+have|(?:was|were)\s+(?:supposed|once\s+expected))(?![\p{L}])/giu,
};

/** Where a clause of its own starts or ends: punctuation of an aside or a list, a contrast, a bracket, a quote. */
const CLAUSE_BREAK = /[,;:()«»"“”—–]|(?<![\p{L}])(?:mais|but|while|whereas|alors\s+que|tandis\s+que)(?![\p{L}])/giu;

/**
 * Whether `value` (offsets into `text`) is given, in `text`, inside a clause of former expectation or hypothesis:
 * a marker of {@link MARKERS} between the clause's start (the last break of {@link CLAUSE_BREAK} before the value)
 * and the value. Only the words before the value count: « en 2021, comme prévu initialement » states 2021.
 */
export function formerExpectationValue(text: string, lang: Lang, value: Quantity): boolean {
  const before = text.slice(0, value.approxStart ?? value.start);
  let clauseStart = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const clause = before.slice(clauseStart);
  return new RegExp(MARKERS[lang].source, 'iu').test(clause);
}

/** What {@link withoutFormerExpectations} reads and changes of a scored passage. */
export interface ConflictingPassage {
  evidence: { sentence: { text: string }; doc: { lang: Lang } };
  conflicts: readonly { claim: Quantity; source: Quantity }[];
}

/**
 * The passages with their conflicts on a value the passage gives as a former expectation or hypothesis left out
 * (see {@link formerExpectationValue}), unless the claim gives its own value so too (« le procès devait initialement
 * se tenir en 2019 » is compared with the first plan). Passages without such a conflict are returned as they are.
 */
export function withoutFormerExpectations<T extends ConflictingPassage>(scored: readonly T[], claimText: string, claimLang: Lang): T[] {
  return scored.map((s) => {
    const former = s.conflicts.filter((c) => formerExpectationValue(s.evidence.sentence.text, s.evidence.doc.lang, c.source) && !formerExpectationValue(claimText, claimLang, c.claim));
    return former.length === 0 ? s : { ...s, conflicts: s.conflicts.filter((c) => !former.includes(c)) };
  });
}
