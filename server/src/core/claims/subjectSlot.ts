import { acronymPair } from '../text/acronyms';
import { isFunctionWord } from '../text/functionWords';
import { termsOfTokens } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { isNationalityNoun } from './nationalityNoun';
import { isRoleNoun } from './roles';

/**
 * Whose predicate a support states. A claim that opens on a name, its subject ("Jane Roe, who was upset to be left
 * out, hinted at more", "Jane Roe wrote in a newspaper that …"), is not stated by a sentence that writes none of that
 * name's own words and puts another name in the subject's slot, right before the claim's first word it states, with
 * the claim's gap between them ("John Doe, who was upset to be left out, hinted at more", "Mr Doe said in a newspaper
 * that …"): the sentence tells another holder's fact, however much of the rest of the claim it writes. The claim's
 * name found around the sentence (the article names both) does not make it the subject. Such a sentence is no
 * support; whether it contradicts is decided elsewhere (subjectHolder.ts, under stricter conditions).
 */

/** At most this many words between the source's name and the claim's anchor word. */
const GAP_WORDS = 6;

/** Forms of address before a name: not the name's own words (as in roles.ts and alignment.ts). */
const HONORIFICS = new Set(['m', 'mr', 'mrs', 'ms', 'miss', 'dr', 'me', 'mme', 'mlle', 'sir', 'lord', 'lady', 'pr']);

/** Prepositions before a name that make it a complement (a place, a recipient), not a subject. */
const PREPOSITIONS = new Set("of in at to from into by with for on near de du des à au aux en dans pour par vers sur chez avec contre selon après d' d’".split(' '));

const ARTICLE = /^(?:le|la|les|l'|l’|the)$/;
const LINK = /^(?:of|de|du|des|d'|d’)$/;
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'on', 'he', 'she', 'they', 'it', 'we', 'nous', 'je', 'i']);
const PUNCTUATION = /[,;:.()«»"“”!?–—]/gu;

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);

/** The token span of the name a claim opens with (after an article): capitalised words in a run. */
function openingName(text: string, tokens: readonly Token[]): [number, number] | undefined {
  let i = 0;
  while (i < tokens.length && ARTICLE.test(tokens[i].norm)) i++;
  if (!tokens[i] || !isCapitalised(tokens[i]) || isFunctionWord(tokens[i].norm)) return undefined;
  let last = i;
  while (tokens[last + 1] && isCapitalised(tokens[last + 1]) && /^[\s-]*$/.test(text.slice(tokens[last].end, tokens[last + 1].start))) last++;
  return [i, last];
}

/** The punctuation marks written in a stretch of text, as a set of characters. */
function punctuationIn(text: string): Set<string> {
  return new Set(text.match(PUNCTUATION) ?? []);
}

/** At most this many words in a name's apposition between commas. */
const APPOSITION_WORDS = 12;

/**
 * The index of the capitalised token right before a comma that opens an apposition ending after token `end` (its
 * closing comma there), at most {@link APPOSITION_WORDS} words back with no other punctuation; -1 when none.
 */
function appositionStart(tokens: readonly Token[], text: string, end: number): number {
  for (let j = end; j > 0 && end - j < APPOSITION_WORDS; j--) {
    const between = text.slice(tokens[j - 1].end, tokens[j].start);
    if (/^\s*,\s*$/.test(between)) return isCapitalised(tokens[j - 1]) ? j - 1 : -1;
    if (/[^\s'’-]/.test(between)) return -1;
  }
  return -1;
}

/**
 * Whether a passage's sentence (`sourceText`) puts another name than the claim's opening name in the subject's slot
 * of the claim's predicate (see the module comment). `words`: the claim's words; `inSentence`: whether the passage's
 * sentence states a claim word.
 *
 * True only when: both texts are of one language; the claim opens on a name with at least one word of its own
 * (honorifics and titles aside), none of which the sentence states; and the sentence writes, at most
 * {@link GAP_WORDS} words before a word that states the claim's first stated word after the name, a capitalised
 * name that is none of the claim's names (nor its acronym, a noun of nationality, a title or a function word), not
 * after a preposition, the words between being function words, figures, claim words and at most one other word, and
 * any punctuation between being punctuation the claim writes between its name and that word ("X, who was upset").
 */
export function anotherSubjectInSlot(claimText: string, claimLang: Lang, words: readonly ClaimWord[], sourceText: string, sourceLang: Lang, inSentence: (w: ClaimWord) => boolean): boolean {
  if (claimLang !== sourceLang) return false;
  const claimTokens = tokenize(claimText).filter((t) => t.kind !== 'symbol');
  const opening = openingName(claimText, claimTokens);
  if (!opening) return false;
  const start = claimTokens[opening[0]].start;
  const end = claimTokens[opening[1]].end;
  const subject = words.filter((w) => w.start >= start && w.end <= end);
  // A capitalised opening word that is no name ("Disappointing figures from …") makes no subject name.
  if (subject.length === 0 || !subject.every((w) => w.isName)) return false;
  const own = subject.filter((w) => !HONORIFICS.has(w.norm) && !isRoleNoun(w.norm));
  if (own.length === 0 || own.some(inSentence)) return false;
  const anchor = words.find((w) => w.start >= end && !w.isName && inSentence(w));
  // Another name of the claim before the anchor is nearer to it: the anchor may be that name's ("X said Y was joining").
  if (!anchor || words.some((w) => w.isName && w.start >= end && w.end <= anchor.start)) return false;
  const allowed = punctuationIn(claimText.slice(end, anchor.start));
  const claimTerms = new Set(words.filter((w) => w.start >= end).flatMap((w) => w.terms));
  const sourceTokens = tokenize(sourceText).filter((t) => t.kind !== 'symbol');
  const termsOfToken = (t: Token) => termsOfTokens([t], sourceLang);
  const cleanGap = (from: Token, to: Token) => [...punctuationIn(sourceText.slice(from.end, to.start))].every((c) => allowed.has(c));
  for (let a = 1; a < sourceTokens.length; a++) {
    if (!termsOfToken(sourceTokens[a]).some((t) => anchor.terms.includes(t))) continue;
    let q = a - 1;
    let others = 0;
    let clean = true;
    let apposition = false;
    while (q >= 0 && a - q <= GAP_WORDS && !isCapitalised(sourceTokens[q])) {
      const t = sourceTokens[q];
      // A name's apposition between commas the claim does not write ("Doe, the one lawyer to object, said"): back to the name.
      const opening = apposition || allowed.has(',') || !/^\s*,\s*$/.test(sourceText.slice(t.end, sourceTokens[q + 1].start)) ? -1 : appositionStart(sourceTokens, sourceText, q);
      if (opening >= 0) {
        apposition = true;
        q = opening;
        break;
      }
      if (!cleanGap(t, sourceTokens[q + 1])) clean = false;
      // A subject pronoun in the gap is the subject, and may stand for the claim's name (« Mardi, il était … circulant »).
      if (SUBJECT_PRONOUNS.has(t.norm)) clean = false;
      if (!(isFunctionWord(t.norm) || t.kind === 'number' || termsOfToken(t).some((x) => claimTerms.has(x)))) others++;
      if (!clean || others > 1) break;
      q--;
    }
    if (!clean || others > 1 || q < 0 || !isCapitalised(sourceTokens[q])) continue;
    const name = sourceTokens[q];
    if (!apposition && !cleanGap(name, sourceTokens[q + 1])) continue;
    if (isFunctionWord(name.norm) || HONORIFICS.has(name.norm) || isRoleNoun(name.norm)) continue;
    let first = q;
    while (first > 0 && isCapitalised(sourceTokens[first - 1]) && /^[\s-]*$/.test(sourceText.slice(sourceTokens[first - 1].end, sourceTokens[first].start))) first--;
    // A linking word between capitalised words belongs to the name ("Lord Walker of Gestingthorpe", "Bank of England").
    while (first > 1 && LINK.test(sourceTokens[first - 1].norm) && isCapitalised(sourceTokens[first - 2])) {
      first -= 2;
      while (first > 0 && isCapitalised(sourceTokens[first - 1]) && /^[\s-]*$/.test(sourceText.slice(sourceTokens[first - 1].end, sourceTokens[first].start))) first--;
    }
    const runStart = first;
    while (first < q && (isFunctionWord(sourceTokens[first].norm) || HONORIFICS.has(sourceTokens[first].norm))) first++;
    // The sentence's first word is capitalised by its place: a name there only before the claim's own punctuation ("Doe, who …").
    if (first === 0 && q === 0 && allowed.size === 0) continue;
    // After an indefinite article the name is a description ("A UK Independence Party MEP"), which may be the claim's person.
    if (sourceTokens.slice(Math.max(0, runStart - 1), first).some((t) => /^(?:a|an|un|une)$/.test(t.norm))) continue;
    let p = first - 1;
    while (p >= 0 && /^(?:le|la|les|l'|l’|the)$/.test(sourceTokens[p].norm)) p--;
    if (p >= 0 && PREPOSITIONS.has(sourceTokens[p].norm)) continue;
    const text = sourceText.slice(sourceTokens[first].start, name.end);
    const lower = text.toLowerCase();
    if (words.some((w) => w.isName && (lower.includes(w.text.toLowerCase()) || w.text.toLowerCase().includes(name.norm)))) continue;
    if (acronymPair(claimText.slice(start, end), text) || words.some((w) => w.isName && acronymPair(w.text, text))) continue;
    if (isNationalityNoun(text, sourceTokens[first - 1]?.norm)) continue;
    return true;
  }
  return false;
}
