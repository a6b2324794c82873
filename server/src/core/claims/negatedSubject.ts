import { fold } from '../text/normalize';
import type { Lang } from '../types';

/** A negative determiner or pronoun opening a claim: "No other title …", "None of …", « Aucun club … », « Personne n'a … ». Folded. */
const NEGATIVE_OPENING = {
  en: /^\s*(?:no|none|nobody|nothing|neither|nor)(?![\p{L}])/u,
  fr: /^\s*(?:aucun|aucune|nul|nulle|personne|rien|ni)(?![\p{L}])/u,
};

/**
 * Whether a claim denies that any of its subject did it ("No other title won twice at the awards", « Aucun club n'a
 * gagné deux fois »): a passage that says one did, in other words, is no sure opposite of it (the claim may mean
 * any other one), so a negated claim that opens so is not contradicted by a positive passage.
 */
export function deniesAnySubject(claimText: string, lang: Lang): boolean {
  return NEGATIVE_OPENING[lang].test(fold(claimText));
}

/**
 * Whether the passage that would say the opposite of a negated claim leaves the claim's subject to its context:
 * none of the words of the claim's opening name (`subject`, the claim's words) is in the passage's own sentence
 * (`inSentence`). That sentence may tell the verb of another subject (« première attaque visant des Occidentaux »
 * for « Acted n'était pas visée », "picked two of the producers to be nominated" for "Evans did not get a
 * nomination"): no sure opposite. False for a claim that opens with no name.
 */
export function subjectOnlyAround<W>(subject: readonly W[], inSentence: (w: W) => boolean): boolean {
  return subject.length > 0 && subject.every((w) => !inSentence(w));
}
