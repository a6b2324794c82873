import type { Sentence } from '../corpus/document';
import { tokenize } from '../text/tokenize';
import type { Verdict } from './checkClaim';
import { openingSubjectName } from './openingSubject';

/**
 * The contradiction a passage joined from two neighbouring sentences (neighbourPassages.ts) may give a claim: its
 * verdict when it is a figure's or a year's conflict (kind `quantity` or `year`) whose source value lies wholly in
 * one of the two sentences, or another name in the claim's slot (kind `attribution`) written in one sentence only;
 * `undefined` otherwise.
 *
 * News tells a fact over two sentences: the holder in one (« Malek Chekatt … a été condamné »), the figure in the
 * next under a pronoun or a role noun (« L'homme de 38 ans … »), or the subject in one and the figure of its
 * predicate in the next (« Relayer des images … est réprimé depuis 2016. La diffusion … est passible de … 60.000
 * euros d'amende »); the fact under a role noun in one, the person's name in the next (« … a annoncé mardi 21 août le
 * préfet. "…", a indiqué le préfet des Pyrénées-Orientales, Philippe Armand »). A single sentence then misses the claim's names or its words and leaves the claim
 * unsupported. The joined passage is judged by every rule a sentence is (the same fact, subject and time of the two
 * values; a value of the claim stated by another passage), together with the single passages, so that a value
 * another passage states still wins (see the caller).
 *
 * A name written in both sentences is the one the second carries on from the first (« … David Heath. Mr Heath said
 * … », « … entre Luc Ferrand, Jean-Paul Morvan … Le député insoumis a accusé Jean-Paul Morvan »): the
 * pair's subject or object, no other name in the claim's slot. Negations are not taken across two sentences: the
 * next sentence's negation is most often another fact's.
 * The sentence that gives the value or the name must carry on the pair's subject: one that opens on another
 * holder, named (« La Tramontane arrive le mois prochain et un pack … devrait coûter 310 euros ») or brought in by
 * an indefinite article ("A signed concert poster managed to fetch $1,450"), tells that holder's fact, as a single
 * passage reads it (openingSubject.ts, subjectNoun.ts).
 * `partsOf` gives the two sentences of a joined passage (see neighbourPassages.ts sentencesJoined); `claimNames`
 * the claim's name words, folded; `isName`, whether the corpus writes a folded word as a name (for a sentence that
 * opens on one word).
 */
export function valueConflictAcrossPair(verdict: Verdict, partsOf: (sentence: Sentence) => readonly [Sentence, Sentence] | undefined, claimNames: ReadonlySet<string>, isName?: (norm: string) => boolean): Verdict | undefined {
  if (verdict.label !== 'contradicted' || !verdict.conflict) return undefined;
  const evidence = verdict.evidence[0];
  const pair = evidence && partsOf(evidence.sentence);
  if (!pair) return undefined;
  // The joined text is the first sentence, a space, then the second (neighbourPassages.ts joinSentences).
  const boundary = pair[0].text.length;
  const { kind, sourceQuantity, sourceText } = verdict.conflict;
  if (kind === 'attribution') {
    const at = evidence.sentence.text.indexOf(sourceText);
    return nameOfOneSentence(sourceText, evidence.sentence.text, boundary, pair) && carriesOn(pair[at > boundary ? 1 : 0].text, claimNames, isName) ? verdict : undefined;
  }
  if ((kind !== 'quantity' && kind !== 'year') || !sourceQuantity) return undefined;
  if (sourceQuantity.start < boundary && sourceQuantity.end > boundary) return undefined;
  return carriesOn(pair[sourceQuantity.start > boundary ? 1 : 0].text, claimNames, isName) ? verdict : undefined;
}

/** An indefinite determiner: what it opens is a thing the text brings in, not one it spoke of (as in subjectNoun.ts). */
const INDEFINITE_OPENING = /^\s*(?:a|an|another|un|une)\s/iu;

/**
 * Whether a sentence may carry on the subject of the sentence next to it: it opens neither on an indefinite article
 * nor on a name (see openingSubjectName; a lone first word is one when `isName` says the corpus writes it as a name:
 * "Rask then left …") none of whose words the claim names.
 */
function carriesOn(sentenceText: string, claimNames: ReadonlySet<string>, isName?: (norm: string) => boolean): boolean {
  if (INDEFINITE_OPENING.test(sentenceText)) return false;
  const opening = openingSubjectName(sentenceText, isName);
  return opening === undefined || opening.split(' ').some((w) => claimNames.has(w));
}

/**
 * Whether the name a slot conflict reads in a joined passage is written in one of its two sentences only: no
 * occurrence of it runs over their boundary (« CNN. Et » read as one name), and none of its name words (capitalised,
 * three letters or more) is written in the other sentence.
 */
function nameOfOneSentence(name: string, joined: string, boundary: number, pair: readonly [Sentence, Sentence]): boolean {
  const at = joined.indexOf(name);
  if (at < 0) return false;
  for (let i = at; i >= 0; i = joined.indexOf(name, i + 1)) if (i < boundary && i + name.length > boundary) return false;
  const words = tokenize(name).filter((t) => t.kind === 'word' && t.norm.length >= 3 && /^\p{Lu}/u.test(t.text)).map((t) => t.norm);
  if (words.length === 0) return false;
  const normsOf = (sentence: Sentence) => new Set(tokenize(sentence.text).map((t) => t.norm));
  const [first, second] = pair.map(normsOf);
  return !words.some((w) => first.has(w) && second.has(w));
}
