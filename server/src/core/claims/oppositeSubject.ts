import { isStopWord, termsOf } from '../text/stem';
import { spelledOutIn } from '../text/acronyms';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { frenchFor } from './lexicon';
import { withClosedAsidesBlanked } from './closedAsides';

/**
 * Where a passage's words start telling of another subject than the sentence's first: a reporting verb or a
 * relative or complement pronoun ("X said the plan was rejected", "the union, which rejected it", « X a indiqué que
 * le projet était rejeté », « qui », « dont »), a semicolon, a colon or a quote mark.
 */
const SUBJECT_BOUNDARY = /(?<![\p{L}])(?:that|said|says|saying|who|which|whose|whom|que|qu['’]|qui|dont|selon)(?![\p{L}])|[;:«»"“”]/giu;

/**
 * « de », « d' », « à » or "to" before a verb: not before an article or a determiner (« absents de la soirée », "absent
 * from the"), the elided « l' » included whatever letter follows it (« approuvé à l'unanimité »).
 */
const GOVERNED_VERB = /^\s+(?:(?:de|à|to)\s+|d['’]\s*)(?!l['’]|(?:la|le|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|the|a|an|his|her|their|its|this|that|these|those)(?![\p{L}]))\p{L}/iu;

/** A word's terms in a passage of `lang`, with the French terms of an English word (as opposite words are looked up, see lexicon.ts). */
function termsWithFrench(text: string, lang: Lang): string[] {
  const terms = termsOf(text, lang);
  return lang === 'en' ? [...terms, ...terms.flatMap((t) => frenchFor(t))] : terms;
}

/**
 * Whether every place where a passage writes an opposite word of the claim (`opposite`: its terms) tells it of
 * another subject than the claim's: the stretch of the passage from the last {@link SUBJECT_BOUNDARY} before the
 * word up to it names content words and none of the claim's words before its own word, which the passage names
 * before that boundary (`subjectTerms`, the claim's
 * subject: "Gareth Price" of "Gareth Price welcomed the decision"). "Gareth Price said the decision was rejected"
 * rejects the decision, not Price's welcome. False (the opposite counts) when the claim writes nothing before its
 * word, when a stretch names no content word of its own (a pronoun, « qui a refusé »: the subject is told before),
 * True also when the opposite word is a refusal that governs a verb (« a refusé de commenter », "declined to
 * comment"), and when the claim's subject is named only after the word and another name before it (« Paul Kerbrat,
 * absent, a été remplacé par Loïc Tanguy »). False also when the passage does not name the claim's subject before the stretch (« ont pu être sauvés, dont la couronne »
 * names it after the word), or when the languages differ.
 *
 * @param subjectTerms the terms of the claim's words before its word of the opposite.
 * @param opposite the terms of the opposite word found in the passage.
 * @param subjectText the claim's text before its word of the opposite: an acronym of the passage that it spells out
 *   (« la CNPA », three capitals or more) names the claim's subject.
 */
export function oppositeOfAnotherSubject(subjectTerms: readonly string[], claimLang: Lang, passage: string, passageLang: Lang, opposite: readonly string[], subjectText = ''): boolean {
  if (claimLang !== passageLang || subjectTerms.length === 0 || opposite.length === 0) return false;
  const subject = new Set(subjectTerms);
  // The claim's subject named by its acronym (« la CNPA » for « la Commission nationale du patrimoine et de l'architecture »: acronyms.ts).
  const isSubjectAcronym = (word: string) => spelledOutIn(word, subjectText);
  const names = (text: string) => tokenize(text).some((t) => t.kind === 'word' && (termsWithFrench(t.text, passageLang).some((x) => subject.has(x)) || isSubjectAcronym(t.text)));
  const places = tokenize(passage).filter((t) => t.kind === 'word' && termsWithFrench(t.text, passageLang).some((x) => opposite.includes(x)));
  if (places.length === 0) return false;
  // A word of refusal that governs a verb (« a refusé de commenter », "declined to comment") refuses that verb, not the claim.
  if (places.every((place) => GOVERNED_VERB.test(passage.slice(place.end, place.end + 30)))) return true;
  return places.every((place) => {
    // The claim's subject named only after the word, another name before it: the word is that name's
    // (« Paul Kerbrat, absent, a été remplacé par Loïc Tanguy » says nothing of Loïc Tanguy's presence).
    if (!names(passage.slice(0, place.start)) && anotherNameBefore(passage, place.start, subject, passageLang)) return true;
    // An aside closed before the word ("The committee - which sets rates - voted", "X, who …, voted") starts no
    // other subject: its boundary and its words are not read (closedAsides.ts).
    const text = withClosedAsidesBlanked(passage, place.start);
    const from = Math.max(0, ...[...text.matchAll(SUBJECT_BOUNDARY)].map((m) => m.index + m[0].length).filter((b) => b <= place.start));
    const stretch = tokenize(text.slice(from, place.start)).filter((t) => t.kind === 'word' && !isStopWord(t.norm, passageLang));
    if (stretch.length === 0) return false;
    // The claim's subject told before the boundary (« Plusieurs trésors ont pu être sauvés, dont la couronne » tells it after: left alone).
    return !names(text.slice(from, place.start)) && names(text.slice(0, from));
  });
}

/**
 * Whether `passage` names, before offset `end`, a name that is none of the claim's subject words: a word written with
 * a capital that is not the sentence's first word, or the first word when the second is written with one too
 * (« Paul Kerbrat, absent … »). The sentence's first word alone is read as a capital of the sentence (« Plusieurs
 * trésors … »).
 */
function anotherNameBefore(passage: string, end: number, subject: ReadonlySet<string>, lang: Lang): boolean {
  const words = tokenize(passage.slice(0, end)).filter((t) => t.kind === 'word');
  return words.some((t, i) => /^\p{Lu}/u.test(t.text) && (i > 0 || /^\p{Lu}/u.test(words[1]?.text ?? '')) && !termsWithFrench(t.text, lang).some((x) => subject.has(x)));
}
