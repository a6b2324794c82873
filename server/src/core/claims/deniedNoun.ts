import { isStopWord, termsOf } from '../text/stem';
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

/** French object clitics between « ne » and its verb (« n'y a », « ne s'est », « ne l'a »), folded. */
const CLITIC_FR = /^(?:y|en|se|s'|me|m'|te|t'|le|la|les|l'|lui|leur|nous|vous)$/;
/** French auxiliaries and forms of « avoir », « être » before a participle, folded. */
const AUXILIARY_FR = /^(?:a|ai|as|avons|avez|ont|avait|avaient|aura|auront|aurait|auraient|ait|aient|eu|est|es|sommes|etes|sont|etait|etaient|sera|seront|serait|seraient|soit|soient|ete)$/;
/** English auxiliaries, modals and adverbs between "not" and the verb it negates. */
const AUXILIARY_EN = /^(?:be|been|being|have|has|had|do|does|did|yet|ever|even|always|also|immediately|currently)$/;

/**
 * The token index of the content word a French negation « ne … pas/jamais/plus/point » denies: the verb after « ne »
 * (clitics skipped: « ne survit pas »), or, when that verb is an auxiliary, the participle after the negative word
 * (« n'ont pas survécu », « n'a jamais été signé »); with no negative word after « ne » (`negative` = `ne`: after a
 * negative subject, « aucun passager n'a survécu »), the participle after the auxiliaries. Undefined when none is read (« n'est pas », a copula whose
 * complement `negationBearsOnClaim` reads, counts as its complement here too: « n'est pas responsable »).
 */
function negatedVerbFr(tokens: readonly Token[], ne: number, negative: number): number | undefined {
  let v = ne + 1;
  const end = negative > ne ? negative : tokens.length;
  while (v < end && CLITIC_FR.test(tokens[v].norm)) v++;
  if (v < end && !AUXILIARY_FR.test(tokens[v].norm)) return tokens[v].kind === 'word' ? v : undefined;
  let k = negative > ne ? negative + 1 : v;
  while (k < tokens.length && AUXILIARY_FR.test(tokens[k].norm)) k++;
  return tokens[k]?.kind === 'word' && !isStopWord(tokens[k].norm, 'fr') ? k : undefined;
}

/**
 * The token index of the verb an English "not", "n't" or "never" denies: the next word, auxiliaries and a few
 * adverbs skipped ("did not survive", "has not yet been found", "isn't responsible"). Undefined when the next
 * word is a function word ("not the …", "not to …").
 */
function negatedVerbEn(tokens: readonly Token[], at: number): number | undefined {
  let k = at + 1;
  while (k < tokens.length && AUXILIARY_EN.test(tokens[k].norm)) k++;
  return tokens[k]?.kind === 'word' && !isStopWord(tokens[k].norm, 'en') ? k : undefined;
}

/** English forms of "be" and "have" and modals that open a predicate after its subject. */
const FINITE_AUXILIARY_EN = /^(?:was|were|is|are|has|have|had|will|would|could|can|may|might|should)$/;

/**
 * The token index of the verb a negative English subject ("no one", "nobody", "none of") is said to do: within the
 * ten words from `from`, the first auxiliary (then the word after it, auxiliaries skipped: "was injured") or the
 * first word in -ed ("survived"). Undefined when neither is found or the word found is a function word.
 */
function verbAfterSubjectEn(tokens: readonly Token[], from: number): number | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 10); k++) {
    const norm = tokens[k].norm;
    if (FINITE_AUXILIARY_EN.test(norm)) {
      let v = k + 1;
      while (v < tokens.length && AUXILIARY_EN.test(tokens[v].norm)) v++;
      return tokens[v]?.kind === 'word' && !isStopWord(tokens[v].norm, 'en') ? v : undefined;
    }
    if (tokens[k].kind === 'word' && /ed$/.test(norm) && !isStopWord(norm, 'en')) return k;
  }
  return undefined;
}

/**
 * The token index where the noun phrase of each negation of `tokens` begins, or for a negated verb (« n'ont pas
 * survécu », "did not survive") `-1 - index` of that verb; undefined when one negation of the passage is of a
 * form read neither way (a negative subject whose verb is not read: « personne »; "nothing", "without", « sans »).
 */
function deniedNounStarts(tokens: readonly Token[], lang: Lang): number[] | undefined {
  const starts: number[] = [];
  if (lang === 'fr') {
    let subjectNegated = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (isNe(t)) {
        // « n'y a aucun », « ne compte aucun », « n'a pas eu de », « ne reste plus de »: the negative word within four words.
        let j = i + 1;
        while (j < tokens.length && j <= i + 4 && !FRENCH_NEGATIVE.test(tokens[j].norm)) j++;
        const word = tokens[j];
        if (!word || j > i + 4) {
          // « Aucun des passagers n'a survécu »: after a negative subject, « ne » alone negates its verb.
          if (!subjectNegated) return undefined;
          const verb = negatedVerbFr(tokens, i, i);
          if (verb === undefined) return undefined;
          starts.push(-1 - verb);
          subjectNegated = false;
          continue;
        }
        if (word.norm === 'aucun' || word.norm === 'aucune') starts.push(j + 1);
        else if (/^(?:pas|jamais|plus|point)$/.test(word.norm)) {
          let k = j + 1;
          if (EXISTENTIAL_VERB.test(tokens[k]?.norm ?? '')) k++;
          if (isDe(tokens[k])) starts.push(k + 1);
          // « n'ont pas survécu », « ne survit pas »: the negated verb (see negatedVerbFr).
          else {
            const verb = negatedVerbFr(tokens, i, j);
            if (verb === undefined) return undefined;
            starts.push(-1 - verb);
          }
        } else return undefined;
        i = j;
      } else if (/^(?:aucun|aucune|personne|rien|nul|nulle|jamais|sans)$/.test(t.norm) && !isNe(tokens[i - 1]) && !tokens.slice(Math.max(0, i - 4), i).some(isNe)) {
        // A negative word without « ne » before it (a negative subject, « sans »): another form, unless « personne »
        // is the noun (« les personnes », « une personne »), read by the determiner before it.
        if (t.norm === 'personne' && /^(?:une|la|cette|chaque|toute|de|d['’])$/.test(tokens[i - 1]?.norm ?? '')) continue;
        // « Aucun des passagers n'a survécu »: the verb its « ne » negates is read there.
        if (/^(?:aucun|aucune)$/.test(t.norm)) {
          subjectNegated = true;
          continue;
        }
        return undefined;
      }
    }
  } else {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i].norm;
      if (t === 'no' && tokens[i + 1]?.kind === 'word' && tokens[i + 1].norm !== 'one') starts.push(i + 1);
      // "did not survive", "haven't been found", "never signed": the negated verb (see negatedVerbEn).
      else if (isEnglishNegationToken(t)) {
        const verb = negatedVerbEn(tokens, i);
        if (verb === undefined) return undefined;
        starts.push(-1 - verb);
      } else if (t === 'nobody' || (t === 'no' && tokens[i + 1]?.norm === 'one') || (t === 'none' && tokens[i + 1]?.norm === 'of')) {
        // "No one among the crew survived", "Nobody was injured": the verb after the negative subject (see verbAfterSubjectEn).
        const verb = verbAfterSubjectEn(tokens, t === 'nobody' ? i + 1 : i + 2);
        if (verb === undefined) return undefined;
        starts.push(-1 - verb);
        i = verb;
      } else if (/^(?:nobody|none|nothing|neither|nor|no|without)$/.test(t)) return undefined;
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
    // A negated verb (its index encoded as -1 - index): the verb alone is what is denied.
    if (k < 0) return !termsOf(tokens[-1 - k].text, lang).some((term) => claimTerms.has(term));
    const phrase = tokens.slice(k, k + NOUN_WORDS).filter((t) => t.kind === 'word');
    return phrase.length > 0 && phrase.every((t) => !termsOf(t.text, lang).some((term) => claimTerms.has(term)));
  });
}
