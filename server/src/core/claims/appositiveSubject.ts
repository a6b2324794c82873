import { acronymPair } from '../text/acronyms';
import { isFunctionWord } from '../text/functionWords';
import { termsOfTokens } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { isNationalityNoun } from './nationalityNoun';
import { openingSubject, type OtherSubject } from './subjectHolder';

/**
 * Who did it, when the subject is described between commas: a claim written `NAME, APPOSITION, PREDICATE`
 * ("Tom Hale, who was upset to be left out, hinted at more trouble", « Paul Roy, seul élu à s'y opposer, a
 * dénoncé … ») and a passage's sentence written the same way with another name in the subject's slot ("Sam Ivo,
 * who was upset to be left out, hinted at more trouble"). The subject slot is aligned by the sentence's shape
 * (the name, its apposition, its predicate), not by the words right before the predicate, which the apposition
 * separates from the name (see subjectHolder.ts for the subject written right before its verb).
 */

/** At most this many tokens in an apposition (« qui était contrarié d'être écarté du simple de vendredi »). */
const APPOSITION_TOKENS = 16;
/** The claim's predicate (after its apposition) has at least this many words: a short one ("said so") many people share. */
const PREDICATE_WORDS = 4;
/** The source's predicate opens on the claim's first predicate word within this many tokens ("hinted" / "has hinted"). */
const PREDICATE_OPENING = 3;

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** Lowercase words inside a name between two capitalised words ("Lord Walker of Gestingthorpe", « Jean de La Rochère »). */
const NAME_LINKS = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'da', 'di', 'del', 'della']);
/** Words that open a clause before its subject ("But X, …", « Mais X, … »). */
const CLAUSE_OPENERS = new Set(['but', 'and', 'yet', 'however', 'mais', 'et', 'or', 'pourtant', 'cependant']);

/** A name's tokens before a comma at token `end` (inclusive), back to its first capitalised word; undefined when `end` is not in a name. */
function nameBefore(tokens: Token[], text: string, end: number): [number, number] | undefined {
  if (!isCapitalised(tokens[end])) return undefined;
  let first = end;
  for (let k = end - 1; k >= 0; k--) {
    if (!/^[\s'’-]*$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    if (isCapitalised(tokens[k])) first = k;
    else if (!(NAME_LINKS.has(tokens[k].norm) && k > 0 && isCapitalised(tokens[k - 1]))) break;
  }
  // A capitalised function word opens the sentence (« Mais », "But", "The"): no part of the name.
  while (first < end && isFunctionWord(tokens[first].norm)) first++;
  if (isFunctionWord(tokens[first].norm)) return undefined;
  return [first, end];
}

/** Whether the name starting at token `first` opens its clause: the sentence's start, or a conjunction or a clause mark before it. */
function opensClause(tokens: Token[], text: string, first: number): boolean {
  const startsAt = (k: number) => (k < 0 ? /^[\s"“«]*$/.test(text.slice(0, tokens[k + 1].start)) : /[.;:]\s*$/.test(text.slice(tokens[k].end, tokens[k + 1].start)));
  const k = first - 1;
  if (startsAt(k)) return true;
  // A conjunction that opens the clause (« Mais », "But") at the sentence's start or after a comma.
  return CLAUSE_OPENERS.has(tokens[k].norm) && (startsAt(k - 1) || /[,;]\s*$/.test(text.slice(k > 0 ? tokens[k - 1].end : 0, tokens[k].start)));
}

/**
 * The other holder a passage's sentence (`sourceText`) gives the fact of a claim written `NAME, APPOSITION,
 * PREDICATE` (see the module comment). `words`: the claim's words; `inSentence`: whether the passage's sentence
 * states a claim word. Undefined unless the sentence states none of the claim name's last word (its surname or
 * body), opens a clause on another name followed by an apposition between commas that states a claim word of the
 * claim's apposition (half of them, at least one), then a predicate that opens on the claim's first predicate word
 * and states every claim word of the claim's predicate ({@link PREDICATE_WORDS} or more; one aside in a longer one).
 */
export function otherSubjectBeforeApposition(claimText: string, claimLang: Lang, words: readonly ClaimWord[], sourceText: string, sourceLang: Lang, inSentence: (w: ClaimWord) => boolean): OtherSubject | undefined {
  if (claimLang !== sourceLang) return undefined;
  const opening = openingSubject(claimText, words);
  if (!opening) return undefined;
  const { tokens: claimTokens, start, end } = opening;
  const comma = /^\s*,/.exec(claimText.slice(end));
  if (!comma) return undefined;
  const appositionEnd = claimText.indexOf(',', end + comma[0].length);
  if (appositionEnd < 0 || claimTokens.filter((t) => t.start > end && t.end <= appositionEnd).length > APPOSITION_TOKENS) return undefined;
  const subject = words.filter((w) => w.start >= start && w.end <= end);
  const apposition = words.filter((w) => w.start > end && w.end <= appositionEnd);
  const predicate = words.filter((w) => w.start > appositionEnd);
  if (subject.length === 0 || predicate.length < PREDICATE_WORDS || inSentence(subject[subject.length - 1])) return undefined;
  const sourceTokens = tokenize(sourceText).filter((t) => t.kind !== 'symbol');
  const statedIn = (from: number, to: number) => {
    const terms = new Set(termsOfTokens(sourceTokens.filter((t) => t.start >= from && t.end <= to), sourceLang));
    return (w: ClaimWord) => w.terms.some((t) => terms.has(t)) || (w.parts.length > 0 && w.parts.every((t) => terms.has(t)));
  };
  for (let p = sourceText.indexOf(','); p >= 0; p = sourceText.indexOf(',', p + 1)) {
    const last = sourceTokens.findLastIndex((t) => t.end <= p);
    if (last < 0 || !/^\s*$/.test(sourceText.slice(sourceTokens[last].end, p))) continue;
    const name = nameBefore(sourceTokens, sourceText, last);
    if (!name || !opensClause(sourceTokens, sourceText, name[0])) continue;
    const next = sourceText.indexOf(',', p + 1);
    if (next < 0 || sourceTokens.filter((t) => t.start > p && t.end <= next).length > APPOSITION_TOKENS) continue;
    const inApposition = statedIn(p, next);
    if (apposition.filter(inApposition).length < Math.max(1, Math.floor(apposition.length / 2))) continue;
    const clauseEnd = /[.;!?]/.exec(sourceText.slice(next))?.index;
    const predicateEnd = clauseEnd === undefined ? sourceText.length : next + clauseEnd;
    const inPredicate = statedIn(next, predicateEnd);
    if (predicate.filter((w) => !inPredicate(w)).length > (predicate.length >= 6 ? 1 : 0)) continue;
    // The predicates aligned: the source's opens on the claim's first predicate word.
    const opening = sourceTokens.filter((t) => t.start > next).slice(0, PREDICATE_OPENING);
    const firstTerms = new Set(termsOfTokens(opening, sourceLang));
    if (!predicate[0].terms.some((t) => firstTerms.has(t))) continue;
    const sourceName = sourceText.slice(sourceTokens[name[0]].start, sourceTokens[name[1]].end);
    // The source's name is one of the claim's other names (its object); a word it shares with the claim's subject
    // is a title or a first name (« Lord », « Jean »), the subject's last word being written nowhere in the sentence.
    if (words.some((w) => w.isName && (w.start < start || w.end > end) && sourceName.toLowerCase().includes(w.text.toLowerCase()))) continue;
    if (acronymPair(claimText.slice(start, end), sourceName)) continue;
    if (isNationalityNoun(sourceName, sourceTokens[name[0] - 1]?.norm)) continue;
    return { claimStart: start, claimEnd: end, sourceText: sourceName, fixable: true };
  }
  return undefined;
}
