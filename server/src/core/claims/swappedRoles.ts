import { isFunctionWord } from '../text/functionWords';
import { termsOfTokens } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { isRoleNoun } from './roles';

/**
 * Names whose roles a claim swaps. "Chelsea beat Arsenal" is not stated by "Arsenal beat Chelsea", nor « Paul Verne
 * a porté plainte contre Jean Roux » by « Jean Roux a porté plainte contre Paul Verne »: the passage writes both
 * names and the predicate between them, word for word, but the agent and the one it acts on change places. Such a
 * passage is no support (the claim becomes unsupported, never contradicted here: which name is wrong, the passage
 * does not say).
 *
 * Left alone, as ways of saying the same fact with the names in the other order: a passive or an agent (« par »,
 * "by": "Arsenal were beaten by Chelsea"), a coordination or a reciprocal link ("and", « avec », "between"), a
 * possessive ("Chelsea's win over Arsenal"), a copula ("X is the analyst of Y" for "Y analyst X"), punctuation
 * (an apposition, a quotation, another clause), a predicate that reads the same both ways ("met", « a affronté »),
 * a title or office between the names ("Lyon coach Paul Verne"), and a second name tied to the predicate by another
 * word ("Wales started Shanklin" for "Shanklin will start for Wales").
 */

/** Forms of address before a name: not the name's own words (as in subjectSlot.ts). */
const HONORIFICS = new Set(['m', 'mr', 'mrs', 'ms', 'miss', 'dr', 'me', 'mme', 'mlle', 'sir', 'lord', 'lady', 'pr']);

/**
 * Words between two names that let the order change and keep the fact: an agent after a passive (« par », "by"),
 * coordination, alternatives and reciprocity ("and", « et », "or", "with", « avec », "between", « entre », "versus").
 */
const ORDER_FREE = new Set(['by', 'par', 'and', 'et', 'with', 'avec', 'between', 'entre', 'versus', 'vs', 'v', 'or', 'ou', 'nor', 'ni']);

/**
 * Stems of predicates that read the same both ways ("A met B" is "B met A"): meeting, playing, drawing, facing,
 * marrying, talking, English and French (stemmed as the passage's words are).
 */
const SYMMETRIC = new Set([
  ...['meet', 'met', 'meets', 'meeting', 'play', 'played', 'plays', 'draw', 'drew', 'drawn', 'face', 'faced', 'faces', 'marry', 'married', 'talk', 'talked', 'talks', 'tie', 'tied', 'merge', 'merged', 'join', 'joined', 'ally', 'allied', 'resemble', 'resembled', 'equal', 'equalled', 'match', 'matched', 'share', 'shared'].flatMap((w) => termsOfTokens(tokenize(w), 'en')),
  ...['rencontrer', 'rencontré', 'rencontre', 'affronter', 'affronté', 'affronte', 'épouser', 'épousé', 'épouse', 'marié', 'jouer', 'joué', 'joue', 'fusionner', 'fusionné', 'égaler', 'égalé', 'partager', 'partagé', 'rejoindre', 'rejoint', 'ressembler', 'ressemble'].flatMap((w) => termsOfTokens(tokenize(w), 'fr')),
]);

/**
 * Copulas: "X is the managing director of Y" is "Y's managing director X", « X est l'avocat de Y » is « l'avocat de
 * Y, X »; an identity or a role, told in either order.
 */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'est', 'etait', 'sont', 'etaient', 'sera', 'seront', 'ete', 'etre']);

/** A possessive written between two names, right after the first ("Chelsea's win over Arsenal", "the Blues' win"). */
const POSSESSIVE = /^['’]s?(?![\p{L}])/u;

/** Punctuation between two names: an apposition, an aside, a quotation or another clause, whose order says no role. */
const PUNCTUATION = /[,;:()«»"“”–—[\]]/u;

/** Articles, per language, passed over to find the word that links a name to its predicate (French « a » is a verb). */
const ARTICLES: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['the', 'a', 'an']),
  fr: new Set(['le', 'la', 'les', 'l\'', 'un', 'une', 'des', 'du']),
};

/** A name of the claim: its own words (honorifics and titles aside), folded, and where it stands in the claim. */
interface Mention {
  norms: Set<string>;
  start: number;
  end: number;
}

/** The claim's names, as runs of name words written next to each other (only spaces or hyphens between). */
function mentionsOf(claimText: string, words: readonly ClaimWord[]): Mention[] {
  const mentions: Mention[] = [];
  let last: ClaimWord | undefined;
  for (const w of words) {
    const own = w.isName && !HONORIFICS.has(w.norm) && !isRoleNoun(w.norm);
    if (!own) {
      last = undefined;
      continue;
    }
    const current = mentions[mentions.length - 1];
    if (last && current && /^[\s-]*$/.test(claimText.slice(last.end, w.start))) {
      current.norms.add(w.norm);
      current.end = w.end;
    } else mentions.push({ norms: new Set([w.norm]), start: w.start, end: w.end });
    last = w;
  }
  return mentions;
}

/**
 * The token span of the one place a text writes a name: every token of one of its words lies in one run no longer
 * than the name; undefined when the text writes none of them or writes them in two places.
 */
function placeOf(tokens: readonly Token[], norms: ReadonlySet<string>): [number, number] | undefined {
  const at = tokens.flatMap((t, i) => (norms.has(t.norm) ? [i] : []));
  if (at.length === 0) return undefined;
  const [first, last] = [at[0], at[at.length - 1]];
  return last - first < norms.size ? [first, last] : undefined;
}

/** The terms of the content words of a run of tokens: no function word, no name of the claim, no title. */
function predicateTerms(tokens: readonly Token[], lang: Lang, names: ReadonlySet<string>): Set<string> {
  const content = tokens.filter((t) => t.kind === 'word' && !isFunctionWord(t.norm) && !names.has(t.norm) && !isRoleNoun(t.norm));
  return new Set(termsOfTokens(content, lang));
}

/**
 * Whether the words between two names let their order change and keep the fact: a possessive, punctuation, an
 * agent, a coordination, a copula or a predicate that reads both ways (see {@link ORDER_FREE}, {@link SYMMETRIC}).
 */
function orderFree(text: string, tokens: readonly Token[]): boolean {
  if (POSSESSIVE.test(text) || PUNCTUATION.test(text)) return true;
  return tokens.some((t) => ORDER_FREE.has(t.norm) || COPULAS.has(t.norm) || SYMMETRIC.has(termsOfTokens([t], 'en')[0] ?? '') || SYMMETRIC.has(termsOfTokens([t], 'fr')[0] ?? ''));
}

/**
 * The word that links the second name to the predicate: the last word between the names that is no article and no
 * title ("beat" in "Chelsea beat Arsenal", « contre » in « a porté plainte contre le maire Paul Verne »). A noun
 * right before the name after an article is its title (« le maire », "the developer"), however it is worded.
 */
function linkBefore(tokens: readonly Token[], lang: Lang): Token | undefined {
  const articles = ARTICLES[lang];
  let i = tokens.length - 1;
  if (i >= 1 && tokens[i].kind === 'word' && articles.has(tokens[i - 1].norm)) i -= 2;
  for (; i >= 0; i--) {
    if (tokens[i].kind === 'word' && !articles.has(tokens[i].norm) && !isRoleNoun(tokens[i].norm)) return tokens[i];
  }
  return undefined;
}

/** Whether two links are one word: the same word or the same term ("beat", « battu »). */
function sameLink(a: Token | undefined, b: Token | undefined, lang: Lang): boolean {
  if (!a || !b) return false;
  if (a.norm === b.norm) return true;
  const terms = new Set(termsOfTokens([a], lang));
  return termsOfTokens([b], lang).some((t) => terms.has(t));
}

/**
 * Whether a passage's sentence (`sourceText`, in the claim's language `lang`) writes two of the claim's names in
 * the other order around a predicate word both write between them, so that the names' roles are swapped (see the
 * module comment). `words`: the claim's words (analyzeClaim). False across languages, when either name is written
 * twice in the sentence, and when the words between the names in either text let the order change.
 */
export function swappedRoles(claimText: string, words: readonly ClaimWord[], sourceText: string, lang: Lang): boolean {
  const mentions = mentionsOf(claimText, words);
  if (mentions.length < 2) return false;
  const claimTokens = tokenize(claimText);
  const sourceTokens = tokenize(sourceText);
  const names = new Set(mentions.flatMap((m) => [...m.norms]));
  const places = mentions.map((m) => placeOf(sourceTokens, m.norms));
  for (let a = 0; a < mentions.length; a++) {
    for (let b = a + 1; b < mentions.length; b++) {
      const [pa, pb] = [places[a], places[b]];
      // The claim writes A before B; the passage, B before A.
      if (!pa || !pb || pb[1] >= pa[0]) continue;
      const claimBetween = claimTokens.filter((t) => t.start >= mentions[a].end && t.end <= mentions[b].start);
      const sourceBetween = sourceTokens.slice(pb[1] + 1, pa[0]);
      if (claimBetween.length === 0 || sourceBetween.length === 0) continue;
      const claimGap = claimText.slice(mentions[a].end, mentions[b].start);
      const sourceGap = sourceText.slice(sourceTokens[pb[1]].end, sourceTokens[pa[0]].start);
      if (orderFree(claimGap, claimBetween) || orderFree(sourceGap, sourceBetween)) continue;
      // The second name tied to the predicate by the same word in both ("beat Arsenal"), not "started Shanklin" for "start for Wales".
      if (!sameLink(linkBefore(claimBetween, lang), linkBefore(sourceBetween, lang), lang)) continue;
      const claimTerms = predicateTerms(claimBetween, lang, names);
      if ([...predicateTerms(sourceBetween, lang, names)].some((t) => claimTerms.has(t))) return true;
    }
  }
  return false;
}
