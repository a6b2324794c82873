import { termsOf } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { isEnglishNegationToken } from './negations';

/**
 * A negative determiner denies its noun, not the rest of the sentence: « Il n'y a aucun survivant parmi les 157
 * occupants », "There were no survivors among the 157 people on board" deny survivors; they state that 157 people
 * were on board. Such a passage says nothing against a claim that does not write the denied noun ("There were 157
 * people on board").
 */

/** French negative words that may follow « ne » (folded). */
const FRENCH_NEGATIVE = /^(?:pas|jamais|plus|aucun|aucune|rien|personne|nullement|guere|point|nul|nulle)$/;

/** Words between a French « pas », « jamais », « plus » and the « de » of a negated existential (« pas eu de », « plus été de »). */
const EXISTENTIAL_VERB = /^(?:eu|ete)$/;

/** How many words after the determiner are read as its noun phrase (« aucun survivant », "no serious injuries"). */
const NOUN_WORDS = 2;

const isDe = (t: Token | undefined) => t !== undefined && (t.norm === 'de' || /^d['’]$/.test(t.text.toLowerCase()));
const isNe = (t: Token | undefined) => t !== undefined && (t.norm === 'ne' || /^n['’]$/.test(t.text.toLowerCase()));

/**
 * The token index where the noun phrase of each negation of `tokens` begins, or undefined when one negation of the
 * passage is of another form (a negated verb: « n'a pas signé », "did not sign"; a negative subject: « aucun
 * passager n'a survécu », "nobody survived"), which may deny the claim's predicate.
 */
function deniedNounStarts(tokens: readonly Token[], lang: Lang): number[] | undefined {
  const starts: number[] = [];
  if (lang === 'fr') {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (isNe(t)) {
        // « n'y a aucun », « ne compte aucun », « n'a pas eu de », « ne reste plus de »: the negative word within four words.
        let j = i + 1;
        while (j < tokens.length && j <= i + 4 && !FRENCH_NEGATIVE.test(tokens[j].norm)) j++;
        const word = tokens[j];
        if (!word || j > i + 4) return undefined;
        if (word.norm === 'aucun' || word.norm === 'aucune') starts.push(j + 1);
        else if (/^(?:pas|jamais|plus|point)$/.test(word.norm)) {
          let k = j + 1;
          if (EXISTENTIAL_VERB.test(tokens[k]?.norm ?? '')) k++;
          if (!isDe(tokens[k])) return undefined;
          starts.push(k + 1);
        } else return undefined;
        i = j;
      } else if (/^(?:aucun|aucune|personne|rien|nul|nulle|jamais|sans)$/.test(t.norm) && !isNe(tokens[i - 1]) && !tokens.slice(Math.max(0, i - 4), i).some(isNe)) {
        // A negative word without « ne » before it (a negative subject, « sans »): another form, unless « personne »
        // is the noun (« les personnes », « une personne »), read by the determiner before it.
        if (t.norm === 'personne' && /^(?:une|la|cette|chaque|toute|de|d['’])$/.test(tokens[i - 1]?.norm ?? '')) continue;
        return undefined;
      }
    }
  } else {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i].norm;
      if (t === 'no' && tokens[i + 1]?.kind === 'word' && tokens[i + 1].norm !== 'one') starts.push(i + 1);
      else if (isEnglishNegationToken(t) || /^(?:nobody|none|nothing|neither|nor|no|without|never)$/.test(t)) return undefined;
    }
  }
  return starts;
}

/**
 * Whether every negation `passage` writes is a negative determiner before a noun that the claim does not write
 * (« aucun survivant », « pas de victime », "no survivors"), so that the passage denies another thing than what the
 * claim states. `claimTerms` are the claim's word terms (see `termsOf`). False when the passage has no negation of
 * that form, or any negation of another form, or a denied noun phrase (its first two words) with a claim term.
 */
export function negationOnAnotherNoun(passage: string, lang: Lang, claimTerms: ReadonlySet<string>): boolean {
  const tokens = tokenize(passage).filter((t) => t.kind === 'word' || t.kind === 'elision' || t.kind === 'number');
  const starts = deniedNounStarts(tokens, lang);
  if (!starts || starts.length === 0) return false;
  return starts.every((k) => {
    const phrase = tokens.slice(k, k + NOUN_WORDS).filter((t) => t.kind === 'word');
    return phrase.length > 0 && phrase.every((t) => !termsOf(t.text, lang).some((term) => claimTerms.has(term)));
  });
}
