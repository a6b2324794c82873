import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';
import { isFunctionWord } from '../text/functionWords';
import { isCalendarName } from './monthNames';
import type { Quantity } from '../text/quantities';
import { tokenize } from '../text/tokenize';

/** Words that say a number is a person's age, folded: "65 years old", « âgé de 42 ans », "aged 42". */
const AGE_WORDS = new Set(['old', 'aged', 'age', 'agee', 'ages', 'agees', 'ans', 'an', 'year', 'years']);
/** How far before and after an age's figure its words are read (« âgé de 42 ans », "65 years old"). */
const AGE_REACH = 12;

const cache = new WeakMap<ClaimAnalysis, Set<ClaimWord>>();

/**
 * The claim's words that only say that one of its figures is an age ("years", "old" of "Mr Ebbers is 65 years
 * old"; « ans », « âgé » of « âgé de 42 ans »). A passage that gives an age writes it otherwise ("Mr Ebbers, 63,
 * is accused"): these words are found in any passage that states an age (see `Quantity.age`), and what remains
 * to find is whose age it is. Empty when the claim states no age.
 */
export function ageWordsOf(analysis: ClaimAnalysis): ReadonlySet<ClaimWord> {
  let words = cache.get(analysis);
  if (!words) {
    words = new Set();
    for (const q of analysis.quantities) {
      if (!q.age) continue;
      for (const word of analysis.words) {
        if (word.isName || word.end < q.start - AGE_REACH || word.start > q.end + AGE_REACH) continue;
        if (word.isUnit || AGE_WORDS.has(word.norm)) words.add(word);
      }
    }
    cache.set(analysis, words);
  }
  return words;
}

/** Particles inside a person's name (« Xavier Dupont de Ligonnès », "Ludwig van Beethoven"). */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'dos', 'bin', 'al']);
/** Titles before a name, which name no one by themselves (« M. Sennès », "Mr Nogar"). */
const TITLES = new Set(['m', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'mr', 'mrs', 'ms', 'miss', 'pr', 'me', 'sir', 'lord', 'lady', 'dame']);
/** Prepositions after which a name qualifies another word (« le procureur de Nantes », "the owner of Harbour Lines"). */
const HOLDER_PREPOSITIONS = new Set(['de', 'du', 'des', "d'", 'd’', 'of', 'a', 'au', 'aux', 'in', 'at', 'from', 'for', 'pour', 'en', 'dans', 'sur', 'with', 'avec', 'chez', 'par', 'by', 'to', 'on']);
/** How far before an age its holder's name is sought, in characters. */
const HOLDER_REACH = 90;
/** A possessive and a common noun after a name ("Reed's wife", "Reed’s partner"): the name owns the noun, it does not name it. */
const POSSESSIVE_NOUN_AFTER = /^['’]s\s+\p{Ll}/u;
/**
 * A break between a name and an age after which the age is no longer told of that name: a sentence or clause end, a
 * colon, or a possessive and its noun (« Paul Verne, son épouse de 38 ans »: the age is the wife's, whom no name tells).
 */
const HOLDER_BREAK = /[.;:!?]\s|\s(?:et|and|mais|but|tandis que|while|whereas)\s|[\s,](?:son|sa|ses|leur|leurs|his|her|their)\s+\p{Ll}/iu;

/**
 * Whose age an age is, as the text tells it: the folded words (titles and particles aside) of the nearest run of
 * capitalised words before it in its clause, with no other figure between them (« Guy Joao, l'homme de 69 ans »:
 * Guy Joao's; « Xavier Dupont de Ligonnès, aujourd'hui âgé de 58 ans »; "Mr Nogar's son Stephen, 57,": Stephen's;
 * "Mr Nogar, who died in 1994 aged 72": Mr Nogar's — a year between them is a time of the clause, not another
 * value). Undefined when the value is no age, when no name comes before it within 90 characters (« Un homme de
 * 42 ans »), or when another number, a clause break (« ; », « et », "and", a sentence end) or another figure stands
 * between them ("Stephen is 57 and his father died aged 72": the 72's holder is not told by a name), or when the
 * nearest name owns the noun the age is told of ("Mr Reed's wife, a nurse, was 45").
 * `others` are the text's other values (see `parseQuantities`).
 */
export function ageHolderOf(text: string, age: Quantity, others: readonly Quantity[]): Set<string> | undefined {
  if (!age.age) return undefined;
  // An age fronted before its holder (« Âgée de 32 ans, Léa Morel était … »): its holder follows, its first word names no one.
  const fronted = frontedAge(text, age);
  if (fronted) return fronted.holder;
  const at = age.approxStart ?? age.start;
  const from = Math.max(0, at - HOLDER_REACH);
  const tokens = tokenize(text.slice(from, at), from).filter((t) => t.kind === 'word');
  const capitalisedWord = (i: number) => isCapitalised(tokens[i].text) && !TITLES.has(tokens[i].norm) && !isFunctionWord(tokens[i].norm) && tokens[i].norm.length >= 2;
  // A weekday or month (capitalised in English: "released on the Sunday …, was 42") is a time, not a holder, unless
  // it ends a run of names ("Theresa May, 62,").
  const isNameWord = (i: number) => capitalisedWord(i) && (!isCalendarName(tokens[i].norm) || (i > 0 && capitalisedWord(i - 1) && /^\s+$/.test(text.slice(tokens[i - 1].end, tokens[i].start))));
  // The first word of a run of names, its particles and titles included (« Xavier Dupont de Ligonnès », "Mr Nogar").
  const runStart = (end: number) => {
    let i = end;
    while (i > 0 && /^[\s'’-]*$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) && (isNameWord(i - 1) || NAME_PARTICLES.has(tokens[i - 1].norm) || TITLES.has(tokens[i - 1].norm))) i--;
    while (i < end && NAME_PARTICLES.has(tokens[i].norm)) i++;
    return i;
  };
  // A name after a preposition qualifies another word (« le gérant de la scierie de Brézolles, est âgé de 64 ans »):
  // the holder is named before it, unless the age is set in apposition right after that name (« celles de Jacques Morel, aujourd'hui âgé de 58 ans »).
  let last = -1;
  let qualifying = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!isNameWord(i)) continue;
    const start = runStart(i);
    // A possessor ("Mr Reed's wife, 45,") is not the holder: the noun it owns is, which no name tells.
    if (POSSESSIVE_NOUN_AFTER.test(text.slice(tokens[i].end, at))) return undefined;
    if (start > 0 && HOLDER_PREPOSITIONS.has(tokens[start - 1].norm)) {
      if (qualifying < 0) qualifying = i;
      i = start;
      continue;
    }
    last = i;
    break;
  }
  if (last < 0 && qualifying >= 0 && /^\s*,/.test(text.slice(tokens[qualifying].end, at))) last = qualifying;
  if (last < 0) return undefined;
  const nameEnd = tokens[last].end;
  const between = text.slice(nameEnd, at);
  if (HOLDER_BREAK.test(` ${between} `)) return undefined;
  if (others.some((o) => o !== age && o.kind !== 'year' && o.kind !== 'date' && o.start >= nameEnd && o.end <= at)) return undefined;
  const holder = new Set<string>();
  for (let i = last; i >= 0; i--) {
    const t = tokens[i];
    if (i < last && !/^[\s'’-]*$/.test(text.slice(t.end, tokens[i + 1].start))) break;
    if (isCapitalised(t.text) && !TITLES.has(t.norm) && !isFunctionWord(t.norm)) holder.add(t.norm);
    else if (!NAME_PARTICLES.has(t.norm) && !TITLES.has(t.norm)) break;
  }
  return holder.size > 0 ? holder : undefined;
}

/**
 * Whether two ages are told of two different people: both holders are known (see {@link ageHolderOf}) and share
 * no name word (« Xavier Dupont de Ligonnès » and « Guy Joao »; "Stephen" and "Mr Nogar"). False when either is
 * unknown: then the words around them decide, as for any other figure.
 */
export function agesOfOthers(claimText: string, claim: Quantity, claimQuantities: readonly Quantity[], sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  const a = ageHolderOf(claimText, claim, claimQuantities);
  const b = a && ageHolderOf(sourceText, source, sourceQuantities);
  return a !== undefined && b !== undefined && ![...a].some((n) => b.has(n));
}

/** Whether two ages are told of the same person: both holders known and sharing a name word (see {@link ageHolderOf}). */
export function agesOfSamePerson(claimText: string, claim: Quantity, claimQuantities: readonly Quantity[], sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  const a = ageHolderOf(claimText, claim, claimQuantities);
  const b = a && ageHolderOf(sourceText, source, sourceQuantities);
  return a !== undefined && b !== undefined && [...a].some((n) => b.has(n));
}

/** An age that opens its sentence as an apposition before its holder: « Âgée de 32 ans, », "Aged 45, ". */
const FRONTED_AGE_BEFORE = /^\s*(?:âgée?s?\s+de|âgée?s?\s+d['’]|aged)\s*$/iu;
const FRONTED_AGE_AFTER = /^\s*(?:ans|an|years?\s+old|years?)?\s*,\s*/iu;

/**
 * An age set at the head of its sentence, before the one it is told of (« Âgée de 32 ans, Léa Morel était partie … »,
 * "Aged 45, Tom Reed had …"): its holder is the run of capitalised words right after the comma (titles and
 * particles aside), undefined when a common noun follows (« Âgé de 29 ans, ce bénévole … »: the words decide).
 * Undefined when the age is not so fronted.
 */
export function frontedAge(text: string, age: Quantity): { holder: Set<string> | undefined } | undefined {
  if (!age.age) return undefined;
  const at = age.approxStart ?? age.start;
  if (!FRONTED_AGE_BEFORE.test(text.slice(0, at))) return undefined;
  const after = FRONTED_AGE_AFTER.exec(text.slice(age.end));
  if (!after) return undefined;
  const from = age.end + after[0].length;
  const holder = new Set<string>();
  let previousEnd = from;
  for (const t of tokenize(text.slice(from), from)) {
    if (t.kind !== 'word') break;
    if (t.start !== previousEnd && !/^[\s'’-]*$/.test(text.slice(previousEnd, t.start))) break;
    previousEnd = t.end;
    if (TITLES.has(t.norm) || (holder.size > 0 && NAME_PARTICLES.has(t.norm))) continue;
    if (!isCapitalised(t.text) || isFunctionWord(t.norm)) break;
    holder.add(t.norm);
  }
  return { holder: holder.size > 0 ? holder : undefined };
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}


/**
 * Whether a source age is the value of another of the claim's figures, written as a bare number ("Thorne Nogar's
 * son Stephen is 57 and his father died aged 72": the source's "Stephen, 57," is the claim's 57, not a value for
 * its 72). One value per fact, as for figures of the same measure.
 */
export function takenAsBareNumber(claim: Quantity, source: Quantity, claimQuantities: readonly Quantity[]): boolean {
  return source.age === true && claimQuantities.some((o) => o !== claim && o.kind === 'number' && o.unit === undefined && o.value === source.value);
}

/**
 * Whether a source age equal to the claim's is told of a namesake of the claim's person: its holder shares only
 * part of the claim holder's name (« Mr Nogar » for "Stephen Nogar"), and a sentence near it gives an age to the
 * rest of that name ("Mr Nogar's son Stephen, 57,"): the father's "aged 72" does not state "Stephen Nogar is 72".
 * `neighbours` are the sentences around the source's, each with its values.
 */
export function ageOfNamesake(
  claimText: string,
  claim: Quantity,
  claimQuantities: readonly Quantity[],
  sourceText: string,
  source: Quantity,
  sourceQuantities: readonly Quantity[],
  neighbours: readonly { text: string; quantities: readonly Quantity[] }[],
): boolean {
  if (!claim.age || !source.age) return false;
  const a = ageHolderOf(claimText, claim, claimQuantities);
  const b = a && ageHolderOf(sourceText, source, sourceQuantities);
  if (!a || !b || ![...a].some((n) => b.has(n))) return false;
  const rest = [...a].filter((n) => !b.has(n));
  if (rest.length === 0) return false;
  return neighbours.some(({ text, quantities }) =>
    quantities.some((o) => o.age && o !== source && o.value !== source.value && rest.some((n) => ageHolderOf(text, o, quantities)?.has(n))),
  );
}

/**
 * Whether one of two values is an age and the other a duration in another unit of time that is no age (« un homme
 * de 47 ans » and « condamné à six mois de prison », "aged 47" and "a 30-month ban"): a person's age and a term,
 * a delay or a span are two facts, whatever words they share (the court, the man). An age is compared with a
 * value in its own unit, an age or not (« 51 ans » the parser did not read as an age), as before.
 */
export function ageAgainstOtherDuration(claim: Quantity, source: Quantity): boolean {
  return Boolean(claim.age) !== Boolean(source.age) && claim.unit !== source.unit;
}
