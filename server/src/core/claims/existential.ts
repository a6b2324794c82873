import type { Quantity } from '../text/quantities';
import { termsOf } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { isNegated, type ClaimAnalysis, type ClaimWord } from './analyzeClaim';

/**
 * A negated existential against a claim's quantifier: the claim says that some of a thing did something
 * (« plusieurs enfants étaient tombés malades », "several children fell ill") where the passage says that none did
 * (« il n'y a pas eu d'enfant malade », « aucun enfant n'est tombé malade », "no child fell ill"). The noun and a
 * word of what is said of it must be the claim's, right after the negative determiner.
 */

/** Quantifiers of an indefinite, non-zero number, folded (« de nombreux » is read on « nombreux »). */
const QUANTIFIERS: Record<Lang, RegExp> = {
  fr: /^(?:plusieurs|quelques|certains|certaines|nombreux|nombreuses|divers|diverses|maints|maintes)$/,
  en: /^(?:several|some|many|numerous|various|multiple)$/,
};

/** Words after a French « pas », « jamais » before the « de » of a negated existential (« pas eu de », « pas été de »). */
const EXISTENTIAL_VERB = /^(?:eu|ete)$/;

// Numbers are kept: « plus de 30 enfants » must not read as « plus d'enfants ».
const words = (text: string) => tokenize(text).filter((t) => t.kind !== 'symbol');

/** Words of degree, novelty and otherness, folded: what they qualify is not all of what the claim says. */
const QUALIFIERS = /^(?:seriously|badly|severely|critically|gravely|fatally|other|new|further|more|serious|major|grievement|gravement|serieusement|mortellement|autre|autres|nouveau|nouvel|nouvelle|nouveaux|nouvelles|grave|graves|serieux|serieuse|supplementaire|supplementaires)$/;

/** Nouns of people in general, folded: what "no one", "nobody" and « personne ne » deny. */
const PEOPLE = /^(?:people|person|persons|individuals|personne|personnes|gens|individus)$/;

/** Where each negative determiner of a passage is followed by its noun: the token index of the noun candidates (the next two words). */
function deniedNounIndexes(tokens: readonly Token[], lang: Lang): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].norm;
    if (lang === 'fr') {
      if (t === 'aucun' || t === 'aucune') found.push(i + 1);
      // « personne n'a été blessé »: the pronoun before the verb's « ne » denies people.
      else if (t === 'personne' && tokens[i + 1] && (tokens[i + 1].norm === 'ne' || /^n['’]$/.test(tokens[i + 1].text))) found.push(i);
      // Not « plus de », which says "more than" as often as "no more" (« plus de 30 enfants »).
      else if (t === 'pas' || t === 'jamais') {
        let j = i + 1;
        if (tokens[j] && EXISTENTIAL_VERB.test(tokens[j].norm)) j++;
        if (tokens[j] && (tokens[j].norm === 'de' || /^d['’]$/.test(tokens[j].text))) found.push(j + 1);
      }
    } else if (t === 'nobody') {
      found.push(i);
    } else if (t === 'no' || (t === 'single' && tokens[i - 1]?.norm === 'a' && tokens[i - 2]?.norm === 'not')) {
      found.push(i + 1, i + 2);
    } else if (t === 'none' && tokens[i + 1]?.norm === 'of') {
      found.push(i + 2, i + 3);
    }
  }
  return found.filter((k) => k < tokens.length);
}

/**
 * Whether `passage` denies the existence of what the claim quantifies: the claim writes a quantifier of
 * {@link QUANTIFIERS} or a count before a noun (see {@link quantifiedNoun}; "no one", "nobody", « personne ne »
 * deny a noun of people in general), the passage (negated, in the claim's language) writes a negative determiner
 * before the same noun, and one of the claim's words after that noun (what is said of it: « malades », "ill") is
 * within the five words after the passage's noun. False for a negated claim.
 */
export function deniesQuantified(claimText: string, analysis: ClaimAnalysis, passage: string, passageLang: Lang): boolean {
  const lang = analysis.lang;
  if (analysis.negated || passageLang !== lang || !isNegated(passage, lang)) return false;
  const noun = quantifiedNoun(claimText, analysis)?.noun;
  if (!noun) return false;
  // What the claim says of the noun: its content words after it, up to the end of the clause.
  const clauseEnd = claimText.slice(noun.end).search(/[,;:]/);
  const limit = clauseEnd < 0 ? claimText.length : noun.end + clauseEnd;
  const predicate: ClaimWord[] = analysis.words.filter((w) => !w.isName && w.start >= noun.end && w.end <= limit).slice(0, 6);
  if (predicate.length === 0) return false;
  const tokens = words(passage);
  const people = PEOPLE.test(noun.norm);
  const has = (t: Token | undefined, word: ClaimWord) =>
    t !== undefined && (termsOf(t.text, lang).some((term) => word.terms.includes(term)) || (word === noun && people && /^(?:one|nobody|personne)$/.test(t.norm)));
  const claimNorms = new Set(words(claimText).map((t) => t.norm));
  // A qualifier the passage adds and the claim does not write narrows what is denied: "no one was seriously injured"
  // does not deny "two people were injured", « aucun autre enfant » not « plusieurs enfants ».
  const narrowed = (k: number) => tokens.slice(Math.max(0, k - 2), k + 6).some((t) => QUALIFIERS.test(t.norm) && !claimNorms.has(t.norm));
  return deniedNounIndexes(tokens, lang).some((k) => has(tokens[k], noun) && tokens.slice(k + 1, k + 6).some((t) => predicate.some((w) => has(t, w))) && !narrowed(k));
}

/**
 * The noun the claim counts or quantifies: after a quantifier of {@link QUANTIFIERS} (« plusieurs enfants »), or
 * the counted noun of a count (« trois personnes », "two pupils": `count`, a value of one or more). Undefined when
 * the claim has neither.
 */
export function quantifiedNoun(claimText: string, analysis: ClaimAnalysis): { noun: ClaimWord; count?: Quantity } | undefined {
  const claimTokens = words(claimText);
  const at = claimTokens.findIndex((t) => QUANTIFIERS[analysis.lang].test(t.norm));
  const nounToken = at >= 0 ? claimTokens[at + 1] : undefined;
  const noun = nounToken && analysis.words.find((w) => !w.isName && w.start === nounToken.start);
  if (noun) return { noun };
  for (const count of analysis.quantities) {
    if (count.kind !== 'number' || !count.unit || count.date || count.partitive || count.value < 1) continue;
    const counted = analysis.words.find((w) => !w.isName && w.start >= count.numberEnd && w.end <= count.end);
    if (counted) return { noun: counted, count };
  }
  return undefined;
}
