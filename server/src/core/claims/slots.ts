import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';
import { isStopWord, termsOf, termsOfTokens } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { lettersInOrder } from '../entities/definitions';
import { clauseAround } from './alignment';
import { termsAcross } from './termsAcross';
import type { RoleMention } from './roles';

/**
 * Names in their slot: where a passage puts another name than the claim's in the same place of the same fact
 * (« le groupe de luxe Kering » for « le groupe LVMH », "playing soul star Ray Charles" for "playing Marvin Gaye").
 * The slot of a name is told by the words before it (see `wordsBefore` in checkClaim.ts); the functions here
 * read the ways the press puts words between the slot and the name.
 */

/** Articles and linking words: a descriptor between a slot and a name does not end with one (« la femme de X » is another slot). */
const LINKS = new Set(['de', 'du', 'des', 'd', 'of', 'the', 'le', 'la', 'les', 'l', 'a', 'an', 'un', 'une', 'à', 'au', 'aux', 'to', 'for', 'pour', 'by', 'par']);
/** Words that join two names or clauses: a name after one is not the slot's (« jouant X et Y »). */
const JOINS = new Set(['et', 'ou', 'and', 'or', 'mais', 'but', 'puis', 'then', 'while', 'tandis', 'que', 'qui', 'who', 'which', 'that', 'dont']);
const contractions: Record<string, string> = { du: 'de', des: 'de', d: 'de', au: 'à', aux: 'à' };
/** At most this many words between the slot and the name (« groupe de luxe », "soul star"). */
const DESCRIPTOR_WORDS = 3;

/**
 * The start of the capitalised run that ends at or goes through `at` (« Ray Charles » for the offset of
 * « Charles »): the name phrase a name word belongs to.
 */
export function namePhraseStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    const match = /([\p{Lu}][\p{L}\p{N}.&'’-]*)[\s-]+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!match) return start;
    start -= match[0].length;
  }
}

/**
 * Whether the name phrase starting at `phraseStart` in a passage sits in the claim's `slot` (the words that
 * place the claim's name, as `wordsBefore` gives them: « groupe », « préfecture de », "playing") with a short
 * descriptor between, in the same clause: « possède le groupe de luxe Kering » and "for playing soul star Ray
 * Charles" put Kering and Ray Charles where the claim's « possède le groupe LVMH » and "for playing Marvin Gaye"
 * put theirs. The descriptor is one to three lowercase words, no figure, no joining word, and it does not end
 * with a linking word or an article (« jouant la femme de X » names another slot).
 */
export function slotWithDescriptor(text: string, phraseStart: number, slot: string): boolean {
  const before = text.slice(Math.max(0, phraseStart - 100), phraseStart);
  const clause = before.slice(Math.max(...[',', ';', ':', '.', '(', ')', '«', '»', '"', '“', '”', '!', '?'].map((p) => before.lastIndexOf(p))) + 1);
  const words = clause
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((w) => (/^[dl]['’]./iu.test(w) ? [w.slice(0, 1), w.slice(2)] : [w]))
    .filter(Boolean);
  const slotWords = slot.split(' ').map((w) => fold(w).replace(/['’]$/, ''));
  const folded = words.map((w) => {
    const f = fold(w.toLowerCase()).replace(/['’]$/, '');
    return contractions[f] ?? f;
  });
  for (let between = 1; between <= DESCRIPTOR_WORDS; between++) {
    const k = folded.length - between - slotWords.length;
    if (k < 0) break;
    if (!slotWords.every((w, i) => folded[k + i] === w)) continue;
    const descriptor = words.slice(k + slotWords.length);
    const last = fold(descriptor[descriptor.length - 1].toLowerCase());
    const lowercase = descriptor.every((w) => w[0] === w[0].toLowerCase() && !/\d/.test(w));
    const joined = descriptor.some((w) => JOINS.has(fold(w.toLowerCase())));
    const content = !LINKS.has(contractions[last] ?? last) && !isStopWord(last, 'fr') && !isStopWord(last, 'en');
    return lowercase && !joined && content;
  }
  return false;
}

/**
 * Whether the clause of a passage before a name in a slot names only other people or bodies than the claim:
 * capitalised words none of which is a name of the claim (`claimNames`, folded), the passage's first word aside
 * (a capital there marks the sentence start, "Committee chairman X said", « Lundi, le premier ministre X »).
 * Such a clause tells the fact of whom it names (« Nora Bell picked up best actress for playing Edith Marlow »
 * is no fact of a claim's Dan Ivers, named a sentence away).
 */
export function othersNamedBefore(text: string, at: number, claimNames: ReadonlySet<string>): boolean {
  const clause = clauseAround(text, at, at);
  const names = tokenize(text.slice(clause.start, at))
    .filter((t) => t.kind === 'word' && clause.start + t.start > firstWordEnd(text) && t.text[0] !== t.text[0].toLowerCase() && !isFunctionWord(t.norm))
    .map((t) => t.norm);
  return names.some((n) => !claimNames.has(n)) && !names.some((n) => claimNames.has(n));
}

/** The offset where the text's first word ends. */
function firstWordEnd(text: string): number {
  return /^[^\p{L}\p{N}]*[\p{L}\p{N}'’-]*/u.exec(text)![0].length;
}

/** Words of time before a title that make it another time's (« l'ancien directeur », "former chief"). */
const FORMER_BEFORE = /(?:^|[\s'’(-])(?:ancien|ancienne|anciens|ex|former|late|then|futur|future|prochain|prochaine|next)[\s-]+$/iu;

/**
 * Whether a passage gives the claim's person the claim's title at another body written as a name: « Christine
 * Gardel, directrice générale de Santé publique France » where the passage that states the claim writes
 * « Christine Gardel, directrice générale de l'ARS de Normandie ». Both bodies hold a capitalised word, the
 * claim's a word the corpus writes as a name (`isName`); the passage's article never writes the claim's body
 * (`inDocument`: else the person may hold both titles); neither body is the other's acronym (« ARS », « Agence
 * régionale de santé ») and they share no name word (« la région Provence-Alpes-Côte-d'Azur », « le conseil régional de
 * Provence-Alpes-Côte d'Azur »); neither title is set in another time (« l'ancien directeur »). The caller has checked
 * that the names and the titles are the same and the bodies differ.
 */
export function otherBodyNamed(
  claim: RoleMention,
  source: RoleMention,
  text: { claim: string; source: string },
  isName: (norm: string) => boolean,
  inDocument: (norm: string) => boolean,
): boolean {
  if (!claim.complement || !source.complement) return false;
  const words = (m: RoleMention, t: string) => tokenize(t.slice(m.complement!.start, m.complement!.end)).filter((x) => x.kind === 'word' && !isFunctionWord(x.norm));
  const capitalised = (x: Token) => x.text[0] !== x.text[0].toLowerCase() && !/^\d/.test(x.text);
  const claimWords = words(claim, text.claim);
  const sourceWords = words(source, text.source);
  const claimNames = claimWords.filter((x) => capitalised(x) && isName(x.norm));
  if (claimNames.length === 0 || !sourceWords.some(capitalised)) return false;
  if (claimNames.some((x) => inDocument(x.norm))) return false;
  // A name word of both (« Provence-Alpes-Côte-d'Azur » and « du conseil régional de Provence-Alpes-Côte d'Azur »): one body written two ways.
  const parts = (ws: Token[]) => new Set(ws.filter(capitalised).flatMap((x) => x.norm.split(/[-'’]+/)).filter((p) => p.length > 1));
  const sourceParts = parts(sourceWords);
  if ([...parts(claimWords)].some((p) => sourceParts.has(p))) return false;
  const folded = (ws: Token[]) => ws.map((x) => x.norm).join(' ');
  const acronymOf = (ws: Token[], other: Token[]) => ws.some((x) => x.text.length >= 2 && x.text === x.text.toUpperCase() && /\p{Lu}/u.test(x.text) && lettersInOrder(x.norm, folded(other)));
  if (acronymOf(claimWords, sourceWords) || acronymOf(sourceWords, claimWords)) return false;
  const former = (m: RoleMention, t: string) => FORMER_BEFORE.test(t.slice(Math.max(0, m.head.start - 20), m.head.start));
  return !former(claim, text.claim) && !former(source, text.source);
}

/** A word of another time and up to three words after it, up to the end (« l'ancien président de », "former chief executive of"). */
const FORMER_SLOT = /(?:^|[\s'’(-])(?:ancien|ancienne|anciens|anciennes|ex|former|late|futur|future|prochain|prochaine)[\s-]+(?:[\p{L}'’]+\s+){0,3}$/iu;

/**
 * Whether the slot before a name is set in another time in one text and not in the other: « l'ancien président de
 * Kaleo » states no present title a claim's « président de Navira » could contradict, and "former chief of X" none
 * that "chief of Y" could. `claimAt` and `sourceAt` are the offsets of the two names.
 */
export function otherTimeSlot(claimText: string, claimAt: number, sourceText: string, sourceAt: number): boolean {
  const former = (text: string, at: number) => FORMER_SLOT.test(text.slice(Math.max(0, at - 60), at));
  return former(claimText, claimAt) !== former(sourceText, sourceAt);
}

/** The content words after « pour » / "for" (at most three, in the clause): what a fact is for or because of (« pour fraude fiscale »). */
function causePhrases(text: string, from: number, to: number, lang: Lang, quantities: readonly Quantity[]): { start: number; terms: Set<string> }[] {
  const tokens = tokenize(text.slice(from, to), from);
  const phrases: { start: number; terms: Set<string> }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || (tokens[i].norm !== 'pour' && tokens[i].norm !== 'for')) continue;
    const words: Token[] = [];
    for (let j = i + 1; j < tokens.length && words.length < 3; j++) {
      const t = tokens[j];
      if (t.kind !== 'word' && t.kind !== 'elision') break;
      if (/[,;:()«»"“”.!?]/.test(text.slice(tokens[j - 1].end, t.start))) break;
      if (t.kind === 'word' && !isStopWord(t.norm, lang)) words.push(t);
    }
    // "for five years", « pour 2 millions »: a value, not a cause.
    if (words.length === 0 || quantities.some((q) => q.start < words[words.length - 1].end && q.end > tokens[i].end)) continue;
    const terms = new Set(termsOfTokens(words, lang));
    if (terms.size > 0) phrases.push({ start: tokens[i].start, terms });
  }
  return phrases;
}

/** The part of a sentence between the punctuation marks around a value (commas included), within its clause. */
function commaClause(text: string, value: Quantity): { start: number; end: number } {
  const clause = clauseAround(text, value.start, value.end);
  const before = text.slice(clause.start, value.start);
  const start = clause.start + Math.max(...[',', ';', ':', '(', ')'].map((p) => before.lastIndexOf(p))) + 1;
  const after = /[,;:()]/.exec(text.slice(value.end, clause.end));
  return { start, end: after ? value.end + after.index : clause.end };
}

/**
 * Whether a passage's value equal to the claim's is the value of the fact of another cause: its clause says what
 * it is for (« condamné à 5 ans de prison ferme pour blanchiment aggravé ») in words the claim has none of, while
 * the claim's own cause (« Pour fraude fiscale, … condamné à cinq ans ») is written in the passage outside that
 * clause (« Déjà incarcéré suite à sa condamnation pour fraude fiscale, … »). The passage then tells the claim's
 * figure for another event, and does not state the claim.
 */
export function forAnotherCause(
  claim: { text: string; quantities: readonly Quantity[]; lang: Lang },
  source: { text: string; quantities: readonly Quantity[]; lang: Lang },
  value: Quantity,
): boolean {
  const clause = commaClause(source.text, value);
  const inClause = causePhrases(source.text, clause.start, clause.end, source.lang, source.quantities);
  if (inClause.length === 0) return false;
  // Across languages, the claim's words are read with the source language's words for them (termsAcross.ts).
  const across = (t: string) => termsAcross(t, claim.lang, source.lang);
  const claimTerms = new Set(termsOf(claim.text, claim.lang).flatMap(across));
  if (!inClause.some((p) => [...p.terms].every((t) => !claimTerms.has(t)))) return false;
  const outside = new Set([...termsOf(source.text.slice(0, clause.start), source.lang), ...termsOf(source.text.slice(clause.end), source.lang)]);
  const clauseTerms = new Set(termsOf(source.text.slice(clause.start, clause.end), source.lang));
  return causePhrases(claim.text, 0, claim.text.length, claim.lang, claim.quantities).some((p) => [...p.terms].every((t) => across(t).some((a) => outside.has(a)) && !across(t).some((a) => clauseTerms.has(a))));
}

/** « Selon X, », « d'après X, », "according to X,": whom a claim reports, up to the comma or the end of the clause. */
const REPORTED_BY = /(?:^|[\s,;(«"])(?:selon|d['’]après|according to)\s+[^,;:.()]{1,60}/giu;
/** Share of the reported content's words a passage's sentence must state for the passage to state the claim. */
export const reportedContentShare = 0.5;

/**
 * The share of a claim's words outside whom it reports (« Selon le parquet de Paris, l'incendie a été provoqué par
 * un mégot ») that a passage's sentence states (`inSentence`), each of the claim's values the passage states
 * (`stated`, their words aside: « 1,80 mètre ») counting as one more; undefined for a claim that reports no one,
 * or whose reported content has fewer than three words. A passage that names the reporter and little of what they
 * said (« Le parquet de Paris a annoncé l'ouverture d'une enquête ») tells another fact of theirs.
 */
export function reportedContentStated<W extends { start: number; end: number }>(
  claimText: string,
  words: readonly W[],
  inSentence: (word: W) => boolean,
  stated: readonly { start: number; end: number }[] = [],
): number | undefined {
  const spans = [...claimText.matchAll(REPORTED_BY)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (spans.length === 0) return undefined;
  const within = (w: { start: number; end: number }, s: { start: number; end: number }) => w.start >= s.start && w.end <= s.end;
  const values = stated.filter((q) => !spans.some((s) => within(q, s)));
  const content = words.filter((w) => !spans.some((s) => within(w, s)) && !values.some((q) => within(w, q)));
  if (content.length + values.length < 3) return undefined;
  return (content.filter(inSentence).length + values.length) / (content.length + values.length);
}

/** Nouns of a kind of place, folded (« la ville de Lyon », "the city of Hyderabad"): the name after them and « de », "of" is the place. */
const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'region', 'province', 'state', 'county', 'district', 'island', 'port', 'capital', 'suburb',
  'ville', 'commune', 'region', 'departement', 'ile', 'capitale', 'banlieue', 'quartier', 'agglomeration', 'localite',
]);
/** At most this many words between the slot and the noun of a kind of place (« the southern Indian city of »). */
const PLACE_DESCRIPTOR_WORDS = 4;

/**
 * Whether the name phrase starting at `phraseStart` in a passage sits in the claim's `slot` behind a noun of a kind
 * of place and « de », "of", in the same clause: "lives in the southern Indian city of Hyderabad" puts Hyderabad
 * where the claim's "lives in Mumbai" puts Mumbai. The slot ends with its preposition ("lives in", « maire de »):
 * « le maire de la commune de X » puts no place where « le maire Y » puts a person. Between the slot and the noun, up to four words (articles and
 * adjectives, a nationality's capital included), no figure and no joining word.
 */
export function slotWithPlaceNoun(text: string, phraseStart: number, slot: string): boolean {
  const before = text.slice(Math.max(0, phraseStart - 120), phraseStart);
  const clause = before.slice(Math.max(...[',', ';', ':', '.', '(', ')', '«', '»', '"', '“', '”', '!', '?'].map((p) => before.lastIndexOf(p))) + 1);
  const words = clause
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((w) => (/^[dl]['’]./iu.test(w) ? [w.slice(0, 1), w.slice(2)] : [w]))
    .filter(Boolean);
  const folded = words.map((w) => {
    const f = fold(w.toLowerCase()).replace(/['’]$/, '');
    return contractions[f] ?? f;
  });
  const n = folded.length;
  if (n < 3 || !['of', 'de'].includes(folded[n - 1]) || !PLACE_NOUNS.has(folded[n - 2])) return false;
  const slotWords = slot.split(' ').map((w) => fold(w).replace(/['’]$/, ''));
  // The slot places a name with a preposition ("lives in", « maire de »): a slot of a noun alone (« le maire X ») names a person, not a place.
  if (slotWords.length < 2) return false;
  for (let between = 0; between <= PLACE_DESCRIPTOR_WORDS; between++) {
    const k = n - 2 - between - slotWords.length;
    if (k < 0) break;
    if (!slotWords.every((w, i) => folded[k + i] === w)) continue;
    const descriptor = words.slice(k + slotWords.length, n - 2);
    return descriptor.every((w) => !/\d/.test(w) && !JOINS.has(fold(w.toLowerCase())));
  }
  return false;
}

/**
 * Whether the capitalised word at `at` (of length `length`) qualifies a noun of a kind of place right after it ("the
 * small Welsh town of Llanfair", "the Indian city of"): an adjective of the place, not a name in a slot.
 */
export function qualifiesPlaceNoun(text: string, at: number, length: number): boolean {
  const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(at + length, at + length + 30))?.[1];
  return next !== undefined && PLACE_NOUNS.has(fold(next));
}

const MONTH_NAMES = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december';
/** A day and month (and year) written between a verb and the preposition of its place (« dépaysée 4 septembre à », "moved on 4 September to"). */
const DATE_BEFORE_LINK = new RegExp(
  `\\s+(?:(?:le|on|the)\\s+)?(?:\\d{1,2}(?:er)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2})(?:\\s+\\d{4})?(?=\\s+(?:à|au|aux|en|in|at|to|near)\\s*$)`,
  'iu',
);

/**
 * The text before a name with a day and month set between the verb and the name's preposition taken out
 * (« … avait été dépaysée 4 septembre à » → « … avait été dépaysée à »), so that the slot of the name is read past
 * the date; undefined when no such date is there.
 */
export function withoutDateBeforeLink(textBefore: string): string | undefined {
  const match = DATE_BEFORE_LINK.exec(textBefore.slice(-80));
  if (!match) return undefined;
  const at = textBefore.length - textBefore.slice(-80).length + match.index;
  return textBefore.slice(0, at) + textBefore.slice(at + match[0].length);
}

/** Prepositions of a place, a medium or a recipient (« sur France Bleu », "told the BBC", « à Paris »): a name after one is no subject. */
const PLACING_PREPOSITIONS = new Set(['sur', 'a', 'au', 'aux', 'dans', 'en', 'chez', 'via', 'on', 'to', 'in', 'at', 'from']);
const PLACED_ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

/**
 * {@link othersNamedBefore}, less the names that follow a preposition of a place, a medium or a recipient (« a
 * déclaré sur France Bleu Roussillon le maire de … X »: the radio is where it was said, not who said it). Such a
 * clause tells the fact of whom it names as its subject only.
 */
export function othersNamedAsSubjectBefore(text: string, at: number, claimNames: ReadonlySet<string>): boolean {
  const clause = clauseAround(text, at, at);
  const tokens = tokenize(text.slice(clause.start, at)).filter((t) => t.kind === 'word' || t.kind === 'elision');
  const names: string[] = [];
  let placed = false;
  for (const t of tokens) {
    const capitalised = t.text[0] !== t.text[0].toLowerCase();
    if (!capitalised) {
      // An article between the preposition and the name keeps it placed (« sur la radio France Bleu » aside, « à la BBC »).
      if (!PLACED_ARTICLES.has(t.norm.replace(/['’]$/, ''))) placed = PLACING_PREPOSITIONS.has(t.norm.replace(/['’]$/, ''));
      continue;
    }
    if (clause.start + t.start <= firstWordEnd(text) || isFunctionWord(t.norm)) continue;
    // A claim's name anywhere in the clause (« … meeting in Hinckley, Leicestershire ») still makes it the claim's fact.
    if (claimNames.has(t.norm)) return false;
    if (!placed) names.push(t.norm);
  }
  return names.length > 0;
}
