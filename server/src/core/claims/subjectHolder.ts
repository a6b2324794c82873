import { acronymPair } from '../text/acronyms';
import { isFunctionWord } from '../text/functionWords';
import { termsOfTokens } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { isNationalityNoun } from './nationalityNoun';
import { reportsClause } from './reportedClause';
import { nameInsideDescription } from './descriptorName';

/**
 * Who did it: a claim that opens on a name, its subject (« Santé publique France comptait 200 enfants … », "Rab
 * Douglas was Rangers' hero, saving …"), where a passage writes the rest of the claim in its own sentence with
 * another name right before the claim's predicate ("Opposite number Ronald Waterreus had been Rangers' hero,
 * saving …"): the source gives the fact to another holder.
 */

/** At most this many words between the source's name and the claim's predicate ("had been", « recense pour sa part »). */
const GAP_WORDS = 6;

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** Prepositions before a name that make it a complement (a place, a recipient), not a subject. */
const PREPOSITIONS = new Set("of in at to from into by with for on near de du des à au aux en dans pour par vers sur chez avec contre selon après d' d’".split(' '));

/**
 * The name a claim opens on, as the other-holder rules read it: the claim's tokens (symbols left out), the name's
 * [start, end) in the claim's text ({@link openingName}) and the claim words inside it. Undefined when the claim
 * does not open on a name, or opens on a noun of nationality or origin after an article (« Le Nantais »).
 */
export function openingSubject(claimText: string, words: readonly ClaimWord[]): { tokens: Token[]; start: number; end: number; subject: ClaimWord[] } | undefined {
  const tokens = tokenize(claimText).filter((t) => t.kind !== 'symbol');
  const opening = openingName(tokens);
  if (!opening) return undefined;
  const start = tokens[opening[0]].start;
  const end = tokens[opening[1]].end;
  // « Le Nantais a été condamné », "The Texan won": a noun of origin after an article names a person the source
  // may name in full; it is no name of its own that another holder would contradict (nationalityNoun.ts).
  if (isNationalityNoun(claimText.slice(start, end), tokens[opening[0] - 1]?.norm)) return undefined;
  return { tokens, start, end, subject: words.filter((w) => w.start >= start && w.end <= end) };
}

/** The name phrase a claim opens with (after an article): capitalised words, a lowercase word between two of them (« Santé publique France »). */
export function openingName(tokens: Token[]): [number, number] | undefined {
  let i = 0;
  while (i < tokens.length && /^(?:le|la|les|l'|l’|the)$/.test(tokens[i].norm)) i++;
  if (!tokens[i] || !isCapitalised(tokens[i]) || isFunctionWord(tokens[i].norm)) return undefined;
  let last = i;
  for (let k = i + 1; k < tokens.length; k++) {
    if (isCapitalised(tokens[k])) last = k;
    else if (!(tokens[k].kind === 'word' && tokens[k + 1] && isCapitalised(tokens[k + 1]) && k === last + 1 && !isFunctionWord(tokens[k].norm))) break;
  }
  return [i, last];
}

/** Another holder of the claim's fact in a passage's sentence: the claim's subject to mark, and the source's name. */
export interface OtherSubject {
  claimStart: number;
  claimEnd: number;
  /** The source's name before the claim's predicate. */
  sourceText: string;
  /** The source's name ends cleanly before its verb (no « des familles … » after it): it may replace the claim's. */
  fixable: boolean;
}

/**
 * The other holder a passage's sentence (`sourceText`) gives the fact of a claim that opens on a name (see the
 * module comment). `words`: the claim's words; `inSentence`: whether the passage's sentence states a claim word.
 * Undefined unless the sentence states every claim word besides the opening name (names included), none of the
 * opening name's, and writes a capitalised name, no complement of a preposition, at most {@link GAP_WORDS} words
 * before the first claim word after the opening name, the words between being function words, figures or claim
 * words but one (another verb: « recense » for « comptait »), in one clause.
 */
export function otherSubjectIn(claimText: string, claimLang: Lang, words: readonly ClaimWord[], sourceText: string, sourceLang: Lang, inSentence: (w: ClaimWord) => boolean): OtherSubject | undefined {
  if (claimLang !== sourceLang) return undefined;
  const opening = openingSubject(claimText, words);
  if (!opening) return undefined;
  const { start, end, subject } = opening;
  const rest = words.filter((w) => w.start >= end);
  // Every word of the rest stated, one aside in a longer claim (another verb: « recense » for « comptait »).
  const missing = rest.filter((w) => !inSentence(w)).length;
  if (subject.length === 0 || rest.length < 3 || subject.some(inSentence) || missing > (rest.length >= 5 ? 1 : 0)) return undefined;
  // The predicate's anchor: the first claim word after the subject that the sentence states, found by its terms.
  const anchorWord = rest.find(inSentence)!;
  const sourceTokens = tokenize(sourceText).filter((t) => t.kind !== 'symbol');
  const termsOfToken = (t: Token) => termsOfTokens([t], sourceLang);
  const restTerms = new Set(rest.flatMap((w) => w.terms));
  for (let a = 0; a < sourceTokens.length; a++) {
    if (!termsOfToken(sourceTokens[a]).some((t) => anchorWord.terms.includes(t))) continue;
    // Back over the gap to the name: function words, figures and claim words, one other word at most, no punctuation.
    let q = a - 1;
    let others = 0;
    // A body's name may end in lowercase words after a linking word (« L'Association des familles victimes recense »).
    let tail = false;
    let tailEnd = -1;
    while (q >= 0 && a - q <= GAP_WORDS && !isCapitalised(sourceTokens[q])) {
      const t = sourceTokens[q];
      if (/[,;:.()«»"“”!?]/.test(sourceText.slice(t.end, sourceTokens[q + 1].start))) return undefined;
      if (!(isFunctionWord(t.norm) || t.kind === 'number' || termsOfToken(t).some((x) => restTerms.has(x)))) others++;
      if (others > 1) {
        const capital = nameWithTail(sourceTokens, sourceText, q);
        if (capital !== undefined) {
          tailEnd = q;
          q = capital;
          tail = true;
        }
        break;
      }
      q--;
    }
    if (q < 0 || (others > 1 && !tail) || !isCapitalised(sourceTokens[q]) || isFunctionWord(sourceTokens[q].norm)) continue;
    if (/[,;:.()«»"“”!?]/.test(sourceText.slice(sourceTokens[q].end, sourceTokens[q + 1].start))) continue;
    // The name's run back to its first capitalised word.
    let first = q;
    while (first > 0 && isCapitalised(sourceTokens[first - 1]) && /^[\s-]*$/.test(sourceText.slice(sourceTokens[first - 1].end, sourceTokens[first].start))) first--;
    // An article with the sentence's capital is no part of the name (« La Fédération … »).
    while (first < q && isFunctionWord(sourceTokens[first].norm)) first++;
    const before = sourceTokens[first - 1];
    let p = first - 1;
    while (p >= 0 && /^(?:le|la|les|l'|l’|the|a|an|un|une)$/.test(sourceTokens[p].norm)) p--;
    if (p >= 0 && PREPOSITIONS.has(sourceTokens[p].norm)) continue;
    // A capital that opens the sentence marks its start, not a name (« Disposant de 50 salariés … »), unless two words or more carry one.
    if (first === 0 && q === 0 && !/^\p{Lu}{2,}$/u.test(sourceTokens[0].text)) continue;
    const nameEnd = tail ? tailEnd : q;
    // "The Baftas organisers have chosen": the name modifies the noun that heads the holder, it is no holder itself.
    if (sourceLang === 'en' && !tail && modifiesNoun(sourceTokens, first, q, a)) continue;
    // "The 29-year-old former Cork postman moved": a name inside a described noun phrase qualifies its head noun;
    // the holder is the person described, whom the sentence does not name (descriptorName.ts).
    if (sourceLang === 'en' && !tail && nameInsideDescription(sourceTokens, sourceText, first, q, a)) continue;
    // « Le Courrier révèle que la sexagénaire a porté plainte », "the Herald reported that …": the name reports the
    // fact, the reported clause holds it (reportedClause.ts). Not where the claim reports it too: there the
    // reporter is the claim's holder.
    if (reportsClause(sourceText.slice(sourceTokens[nameEnd].end, sourceTokens[a].start)) && !reportsClause(claimText.slice(end, anchorWord.start))) continue;
    const name = sourceText.slice(sourceTokens[first].start, sourceTokens[nameEnd].end);
    // The source's name is the claim's, or one of the claim's other names (the object, not the subject).
    if (words.some((w) => w.isName && name.toLowerCase().includes(w.text.toLowerCase()))) continue;
    // The claim's name is the source's acronym, or spelled out where the source writes the acronym ("IMF", "International Monetary Fund"): the same body.
    if (acronymPair(claimText.slice(start, end), name)) continue;
    // « Le Franco-libanais de 65 ans », "the Brazilian": a noun of nationality refers back to a person, it is no other holder (nationalityNoun.ts).
    if (isNationalityNoun(name, before?.norm)) continue;
    const next = sourceTokens[q + 1];
    const fixable = !tail && next !== undefined && !/^(?:de|du|des|d'|d’|of|for|and|et)$/.test(next.norm) && !(before && isCapitalised(before));
    return { claimStart: start, claimEnd: end, sourceText: name, fixable };
  }
  return undefined;
}

/** English auxiliaries and modals: a word right before one of them is the end of a subject, not a verb. */
const AUXILIARY_EN = /^(?:have|has|had|is|are|was|were|will|would|could|can|may|might|must|should|shall|did|does|do|also)$/;
/** English nouns of who acts for a body or an event, by their shape: "organisers", "spokesman", "officials", "chief". */
const AGENT_NOUN_EN = /^\p{Ll}[\p{Ll}-]*(?:ers|ors|ists|ians|ants|ents|man|men|woman|women|person|people|officials?|chiefs?|bosses|boss|heads?|staff|members?|panel|jury|team|committee|board)$/u;

/**
 * Whether the capitalised name at `name` (an English sentence's tokens) modifies the lowercase noun right after it,
 * which heads the phrase before the claim's predicate at `anchor`: "the Baftas organisers have chosen", "a Microsoft
 * spokesman said". That noun is followed by an auxiliary (a verb is not), or is a noun of agents by its shape
 * ({@link AGENT_NOUN_EN}) after a name that an article opens (a verb in "-ers" follows a name without one: "Tesco
 * offers"). The holder is then a common noun phrase, not the name: it names no rival of the claim's. `first` is
 * the name's first token, `name` its last.
 */
function modifiesNoun(tokens: Token[], first: number, name: number, anchor: number): boolean {
  const head = tokens[name + 1];
  if (!head || name + 1 >= anchor || head.kind !== 'word' || isCapitalised(head) || isFunctionWord(head.norm) || /(?:ed|ing)$/.test(head.norm)) return false;
  const after = tokens[name + 2];
  if (after !== undefined && name + 2 < anchor && AUXILIARY_EN.test(after.norm)) return true;
  const article = tokens[first - 1];
  return article !== undefined && /^(?:the|a|an)$/.test(article.norm) && AGENT_NOUN_EN.test(head.norm);
}

const LINK = /^(?:de|du|des|d'|d’|of)$/;

/**
 * The capitalised word that starts a body's name ending in lowercase words after a linking word (« Association »
 * of « Association des familles victimes »), where `at` is one of those lowercase words: at most three of them,
 * back to a linking word right after a capitalised word, in one run of words. Undefined when none.
 */
function nameWithTail(tokens: Token[], text: string, at: number): number | undefined {
  for (let k = at; k >= 0 && at - k <= 3; k--) {
    if (k < at && /[^\s'’-]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return undefined;
    if (LINK.test(tokens[k].norm) && k > 0 && isCapitalised(tokens[k - 1])) return k - 1;
    if (tokens[k].kind !== 'word' || isCapitalised(tokens[k])) return undefined;
  }
  return undefined;
}

