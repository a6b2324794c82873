import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';
import { termsOfTokens } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';
import { frenchAntonymsOf } from './lexicon';

/**
 * Fact alignment: whether a source value and a claim value are the values of the same fact, so that a
 * difference between them is a contradiction. Real news sentences state several facts each ("X a retiré 52
 * boîtes, tandis que Y en a retiré 384"; "le fondateur est mort en 2012"); a claim's value may only be
 * compared with the value of the fact the claim states: the words that govern the claim's value (its verb,
 * its measure noun) must govern the source's value too, in the same clause of the source.
 */

/** Connectives that start another fact in the same sentence: a source value's clause stops there. */
const CLAUSE_BREAK =
  /;|,\s+(?:et|and|puis)\s|\s(?:tandis que|tandis qu['’]|alors que|alors qu['’]|mais|whereas|while|but|puis|then|par rapport à|soit)\s|\s(?:contre|versus|against|compared with|compared to)\s+(?=(?:[\p{L}'’]+\s+)?\d)|[.!?…]["»”)]*\s+(?=[\p{Lu}\d])|[.!?…]["»”)]*(?=\p{Lu})/gu;

/** Words around a source value (each side) that can belong to its fact. */
const SOURCE_REACH = 12;
/** Words around a claim value (each side) that make its fact: its verb, its measure noun, its qualifiers. */
const CLAIM_REACH = 6;

/** The span of the clause of `text` that holds [start, end): bounded by {@link CLAUSE_BREAK}s. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const breakStart = match.index;
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = Math.max(from, breakEnd);
    else if (breakStart >= end) {
      to = Math.min(to, breakStart);
      break;
    }
  }
  return { start: from, end: to };
}

/** Sentence ends (glued or not), semicolons and coordinated clauses: the limits of what can negate a value. */
const SENTENCE_BREAK = /;|,\s+(?:et|and)\s|[.!?…]["»”)]*\s+(?=[\p{Lu}\d])|[.!?…]["»”)]*(?=\p{Lu})/gu;

/**
 * The text whose negation bears on a value at [start, end): up to 80 characters before and 120 after it (a
 * negated verb often follows its subject's figure: « 57 % des Français estiment que … n'est pas justifiée »),
 * within its sentence.
 */
export function polarityText(text: string, start: number, end: number): string {
  let from = Math.max(0, start - 80, clauseAround(text, start, end).start);
  let to = Math.min(text.length, end + 120);
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) from = Math.max(from, breakEnd);
    else if (match.index >= end) {
      to = Math.min(to, match.index);
      break;
    }
  }
  return text.slice(from, to);
}

const windows = new WeakMap<Quantity, Set<string>>();

/**
 * The terms (stems and numbers, as the index writes them) of the words of a source value's fact: those of its
 * clause within {@link SOURCE_REACH} words of it, the value's own words included. Cached per quantity.
 */
export function sourceWindow(sourceText: string, quantity: Quantity, lang: Lang): Set<string> {
  let terms = windows.get(quantity);
  if (!terms) {
    const clause = clauseAround(sourceText, quantity.start, quantity.end);
    const tokens = tokenize(sourceText.slice(clause.start, clause.end), clause.start);
    const first = tokens.findIndex((t) => t.end > quantity.start);
    let last = tokens.length - 1;
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (tokens[i].start < quantity.end) {
        last = i;
        break;
      }
    }
    const near = tokens.slice(Math.max(0, (first < 0 ? tokens.length : first) - SOURCE_REACH), last + 1 + SOURCE_REACH);
    terms = new Set(termsOfTokens(near, lang));
    windows.set(quantity, terms);
  }
  return terms;
}

/** The claim words that make the fact of one of its values: the nearest ones on each side, names aside. */
export interface ClaimFrame {
  /** The content word that governs the value: the nearest one before it ("condamné à 4 ans", "fondé en 1961"). */
  governor?: ClaimWord;
  /** The measure noun right after the value, past its unit ("50 millions d'euros d'aide"). */
  measure?: ClaimWord;
  /** All content words near the value, names aside. */
  words: ClaimWord[];
  /** The value counts a noun of its fact ("téléchargements"), which the source value's unit matched. */
  countedNoun: boolean;
}

const frames = new WeakMap<Quantity, ClaimFrame>();

/** The {@link ClaimFrame} of a claim value (cached per value: a claim meets up to 30 candidate passages). */
export function claimFrame(claimText: string, quantity: Quantity, analysis: ClaimAnalysis): ClaimFrame {
  let frame = frames.get(quantity);
  if (!frame) {
    frame = frameOf(claimText, quantity, analysis);
    frames.set(quantity, frame);
  }
  return frame;
}

function frameOf(claimText: string, quantity: Quantity, analysis: ClaimAnalysis): ClaimFrame {
  const tokens = tokenize(claimText);
  const clause = clauseAround(claimText, quantity.start, quantity.end);
  const inClause = (w: ClaimWord) => w.start >= clause.start && w.end <= clause.end;
  const otherValues = analysis.quantities.filter((q) => q !== quantity);
  const insideValue = (w: ClaimWord) => (w.start >= quantity.start && w.end <= quantity.end) || otherValues.some((q) => w.start >= q.numberStart && w.end <= q.numberEnd);
  const candidates = analysis.words.filter((w) => !w.isName && inClause(w) && !insideValue(w));
  const before = candidates.filter((w) => w.end <= quantity.start).sort((a, b) => b.start - a.start);
  const after = candidates.filter((w) => w.start >= quantity.end).sort((a, b) => a.start - b.start);
  const distance = (from: number, to: number) => tokens.filter((t: Token) => t.kind === 'word' && t.start >= from && t.end <= to).length;
  const governor = before.find((w) => distance(w.end, quantity.start) <= 4);
  const measure = after.find((w) => distance(quantity.end, w.start) <= 2);
  const words = [...before.slice(0, CLAIM_REACH), ...after.slice(0, CLAIM_REACH)];
  if (!governor && !measure) {
    // Nothing governs the value nearby ("at Hollywood's Kodak Theatre on 27 March"): the names next to it place its fact.
    const names = analysis.words.filter((w) => w.isName && inClause(w) && !insideValue(w));
    const near = (w: ClaimWord) => distance(Math.min(w.end, quantity.start), Math.max(w.start, quantity.end)) <= 3;
    words.push(...names.filter(near));
  }
  return { ...(governor ? { governor } : {}), ...(measure ? { measure } : {}), words, countedNoun: countsFactNoun(quantity, claimText) };
}

/** How well a source value's window states the claim value's fact. */
export interface Alignment {
  /** Weighted share (0–1) of the claim frame's words found in the source window. */
  share: number;
  /** Whether the governor or the measure noun of the claim value is in the source window. */
  anchored: boolean;
}

/**
 * Aligns a claim value's frame with a source value's window. `weight` gives each claim word's weight
 * (its rarity in the corpus).
 */
export function align(frame: ClaimFrame, window: ReadonlySet<string>, weight: (word: ClaimWord) => number): Alignment {
  const prefixes = prefixesOf(window);
  const found = (w: ClaimWord) =>
    w.terms.some((t) => window.has(t) || (t.length >= DERIVATION_PREFIX && prefixes.has(t.slice(0, DERIVATION_PREFIX)))) || (w.parts.length > 1 && w.parts.every((p) => window.has(p)));
  // The opposite word near the source value (« perdu » for « gagné »): another fact, whose value is no fix.
  const opposed = frame.words.some((w) => !found(w) && w.terms.some((t) => frenchAntonymsOf(t).some((a) => window.has(a))));
  if (opposed) return { share: 0, anchored: false };
  let total = 0;
  let got = 0;
  for (const word of frame.words) {
    const w = weight(word);
    total += w;
    if (found(word)) got += w;
  }
  if (frame.countedNoun) {
    // The counted noun, matched by the source value's unit, is the fact's noun: it weighs as the frame's heaviest word.
    const nounWeight = Math.max(1, ...frame.words.map(weight));
    total += nounWeight;
    got += nounWeight;
  }
  const anchors = [frame.governor, frame.measure].filter((w): w is ClaimWord => w !== undefined);
  const share = total > 0 ? got / total : 0;
  return { share, anchored: frame.countedNoun || anchors.some(found) || share >= unanchoredShare };
}

/**
 * Length of the shared start that makes two stems one word family for alignment (« reconstruite » and
 * « reconstruction », "acquired" and "acquisition" stem apart in Snowball): truncation at 7 characters, a
 * classic of stemming for Romance languages, only for words of at least that length.
 */
const DERIVATION_PREFIX = 7;

const windowPrefixes = new WeakMap<ReadonlySet<string>, Set<string>>();

function prefixesOf(window: ReadonlySet<string>): Set<string> {
  let prefixes = windowPrefixes.get(window);
  if (!prefixes) {
    prefixes = new Set([...window].filter((t) => t.length >= DERIVATION_PREFIX && !/^\d/.test(t)).map((t) => t.slice(0, DERIVATION_PREFIX)));
    windowPrefixes.set(window, prefixes);
  }
  return prefixes;
}

/** Share of the frame that aligns a value without its governor or measure noun (calibrated on the real-dev sets). */
const unanchoredShare = 0.6;

/**
 * Units of measure, folded: a count of these ("40 mètres", "5 ans") says nothing of what is measured, unlike a
 * count of a noun of the fact ("910 millions de téléchargements", "453 agriculteurs").
 */
const MEASURE_UNITS = new Set([
  'tonne', 'tonnes', 't', 'kg', 'kilo', 'kilos', 'kilogramme', 'kilogrammes', 'gramme', 'grammes', 'g', 'mg', 'picogramme', 'picogrammes',
  'metre', 'metres', 'm', 'km', 'kilometre', 'kilometres', 'cm', 'mm', 'hectare', 'hectares', 'ha', 'm2', 'm3', 'km2',
  'litre', 'litres', 'l', 'hectolitre', 'hectolitres', 'baril', 'barils', 'w', 'kw', 'mw', 'gw', 'kwh', 'mwh', 'gwh', 'twh', 'watt', 'watts',
  'an', 'ans', 'annee', 'annees', 'mois', 'semaine', 'semaines', 'jour', 'jours', 'heure', 'heures', 'h', 'minute', 'minutes', 'seconde', 'secondes',
  'fois', 'point', 'points', 'degre', 'degres', 'euro', 'euros', 'dollar', 'dollars', 'livre', 'livres', 'centime', 'centimes', 'cent', 'cents',
  'ton', 'tons', 'tonne', 'pound', 'pounds', 'ounce', 'ounces', 'meter', 'meters', 'metre', 'kilometer', 'kilometers', 'mile', 'miles', 'foot', 'feet',
  'acre', 'acres', 'liter', 'liters', 'gallon', 'gallons', 'barrel', 'barrels', 'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days',
  'hour', 'hours', 'second', 'seconds', 'times', 'percent', 'pence', 'p', 'penny', 'pennies',
  // Currencies the money parser leaves as plain units: a sum in them says nothing of what is paid.
  'rouble', 'roubles', 'ruble', 'rubles', 'yen', 'yuan', 'renminbi', 'franc', 'francs', 'peso', 'pesos', 'roupie', 'roupies', 'rupee', 'rupees',
  'won', 'couronne', 'couronnes', 'krona', 'kronor', 'krone', 'kroner', 'real', 'reais', 'lire', 'lira', 'shekel', 'shekels', 'dinar', 'dinars',
  'dirham', 'dirhams', 'rand', 'zloty', 'zlotys', 'forint', 'forints', 'baht', 'ringgit', 'rial', 'rials', 'riyal', 'riyals', 'naira', 'hryvnia', 'hryvnias',
]);

/** Whether a value counts a noun of its fact (not a unit of measure): its unit then names the fact. */
export function countsFactNoun(quantity: Quantity, text: string): boolean {
  if (quantity.kind !== 'number' || !quantity.unit) return false;
  const unitWord = /([\p{L}\p{N}]+)\s*$/u.exec(text.slice(quantity.numberEnd, quantity.end))?.[1];
  return unitWord !== undefined && !MEASURE_UNITS.has(fold(unitWord));
}

/** Minimum {@link Alignment.share} for a value conflict to be a contradiction (calibrated on the real-dev sets). */
export const alignedShare = 0.3;

/** Whether an alignment is strong enough to call a different value a contradiction. */
export function isAligned(alignment: Alignment): boolean {
  return alignment.anchored && alignment.share >= alignedShare;
}

/** Titles written before a name (« M. », "Mr"): they name no one by themselves. */
const honorifics = new Set(['m', 'mr', 'mrs', 'ms', 'miss', 'dr', 'me', 'mme', 'mlle', 'sir', 'lord', 'lady', 'pr']);

/** Prepositions that end the part of a subject that names who it is. */
const SUBJECT_PREPOSITIONS = new Set(['of', 'de', 'du', 'des', "d'", 'for', 'pour', 'by', 'par', 'from', 'chez', 'at']);

/** Where the subject of what follows starts: a comma, colon or bracket, or a word that opens a clause of its own. */
const SUBJECT_START = /[,:;(«"“]|(?:^|\s)(?:que|qu['’]|qui|dont|où|that|which|who|where)(?=\s|$)/giu;

/**
 * The names (folded words written capitalised; dates, honorifics and function words aside) written between
 * the start of the subject of a value and the value: after the last comma, colon or clause-opening word
 * (« que », "that", "which") of its clause before it.
 */
function subjectNames(text: string, value: Quantity, skip: readonly Quantity[]): Set<string> {
  const clause = clauseAround(text, value.start, value.end);
  let from = clause.start;
  const before = text.slice(clause.start, value.approxStart ?? value.start);
  for (const match of before.matchAll(SUBJECT_START)) from = clause.start + match.index + match[0].length;
  const names = new Set<string>();
  for (const token of tokenize(text.slice(from, value.approxStart ?? value.start), from)) {
    // Names after a preposition qualify another word ("the majority owner of … Yukos", « le procureur de
    // Paris »): the subject is named before them.
    if (token.kind === 'word' && SUBJECT_PREPOSITIONS.has(token.norm)) break;
    if (token.kind !== 'word' || token.text[0] === token.text[0].toLowerCase() || token.norm.length < 2) continue;
    if (honorifics.has(token.norm) || isFunctionWord(token.norm) || skip.some((q) => token.start >= q.start && token.end <= q.end)) continue;
    names.add(token.norm);
  }
  return names;
}

/**
 * Whether a source value can be the value of the claim value's fact as to its subject: when the claim names
 * who or what its value is of (a name between the start of its subject and the value) and the source names
 * someone else there, and none of the claim's, the two values are of two facts ("Scott Sullivan faces up to
 * 25 years" and "Mr Ebbers could face a jail sentence of 85 years"). A subject without a name (a pronoun, a
 * title, « le pays ») may be anyone's: it stays comparable.
 */
export function sameSubject(claimText: string, claim: Quantity, analysis: ClaimAnalysis, sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  const claimSubject = subjectNames(claimText, claim, analysis.quantities);
  if (claimSubject.size === 0) return true;
  const sourceSubject = subjectNames(sourceText, source, sourceQuantities);
  if (sourceSubject.size === 0) return true;
  const clause = clauseAround(sourceText, source.start, source.end);
  const sourceClause = fold(sourceText.slice(clause.start, clause.end));
  if ([...claimSubject].some((n) => sourceClause.includes(n))) return true;
  const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
  return ![...sourceSubject].some((n) => !claimNames.has(n));
}
