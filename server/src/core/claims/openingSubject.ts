import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { isCalendarName } from './monthNames';

/**
 * A value of a sentence about another named holder: a claim whose names the passage's sentence never writes (they
 * are told only by the sentences around it) and a sentence that opens on another name, its subject ("The PSP is due
 * to go on sale … and a bundle … is expected to cost about $250 (£129)" for "The Gizmondo costs £229", the
 * Gizmondo named two sentences before). The sentence tells that other holder's fact; its value is no value of the
 * claim's holder, neither a contradiction nor a fix. A sentence that opens on a descriptive noun phrase ("Priced at
 * £229, the handheld device …") or a function word ("In the first two days …") may still refer back to the claim's
 * holder.
 */

/** An optional article, then a run of capitalised words (with a possessive: "Sony's PSP"). */
const OPENING_NAME = /^\s*(?:(?:[Tt]he|[Aa]n?|[Ll][ae]s?|[Uu]ne?)\s+|[Ll]['’])?(\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.-]*)*)/u;

/** A reporting verb after the opening name: the name is the speaker, not the fact's holder ("Reuters said the firm …"). */
const REPORTING = /^\s*(?:said|says|told|reported|reports|added|noted|claimed|estimated|a\s+(?:dit|déclaré|indiqué|affirmé|précisé|annoncé|estimé)|indique|affirme|précise|estime|annonce|selon)\b/iu;

/**
 * The name a sentence opens on as its subject, folded (its words joined by a space), or undefined when the
 * sentence opens on a function word, a lowercase word, a name followed by a reporting verb, or a name followed by
 * a comma (a fronted complement or a vocative, no subject). `isName` (on folded words: the corpus's name
 * statistics) lets a lone first word be a name.
 */
export function openingSubjectName(sentenceText: string, isName?: (norm: string) => boolean): string | undefined {
  const match = OPENING_NAME.exec(sentenceText);
  if (!match) return undefined;
  const words = match[1].split(/\s+/u);
  // A capitalised function word is no name ("In the first two days", « Selon »).
  if (words.some((w) => isFunctionWord(fold(w.replace(/['’]s$/u, ''))))) return undefined;
  // The sentence's first word is capitalised by its place: alone and without an article, it is a name only when written
  // in capitals ("PSP") or with a possessive ("Sony's"), or, given `isName`, when the corpus writes it as a name
  // ("Rask then left", no weekday or month). A hyphenated lowercase part makes an adjective ("British-backed").
  const article = match[0].trimStart().length > match[1].length;
  const lone = fold(words[0]);
  if (!article && words.length === 1 && !/^\p{Lu}{2,}$|['’]s$/u.test(words[0]) && !(isName?.(lone) && !isCalendarName(lone))) return undefined;
  if (words.some((w) => /-\p{Ll}/u.test(w))) return undefined;
  const after = sentenceText.slice((match.index ?? 0) + match[0].length);
  if (/^\s*[,;:]/u.test(after) || REPORTING.test(after)) return undefined;
  return fold(match[1]);
}

/**
 * Whether a passage's sentence that writes none of the claim's names opens on another name (see the module
 * comment): its values are that holder's.
 *
 * @param claimNamesAllOutside every name of the claim is found only outside the passage's sentence (and the claim names someone or something).
 * @param sentenceText the passage's sentence.
 */
export function sentenceOfAnotherNamedSubject(claimNamesAllOutside: boolean, sentenceText: string): boolean {
  return claimNamesAllOutside && openingSubjectName(sentenceText) !== undefined;
}
