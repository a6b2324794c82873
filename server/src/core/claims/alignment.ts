import { inAttributionPhrase } from './attributionPhrase';
import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { isNumberWord } from '../text/numberWords';
import type { Quantity } from '../text/quantities';
import { isStopWord, stem, termsOf, termsOfTokens } from '../text/stem';
import { shareReach } from './shares';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';
import { frenchAntonymsOf } from './lexicon';
import { asideAround, withoutTitleNegations } from './polarity';
import { reportedContentStart } from './reportedClause';
import { isCalendarName } from './monthNames';
import { frontedAge } from './ages';
import { inMeasureList, previousListedValue } from './measureLists';
import { bracketedConversionEnd } from './conversions';

/**
 * Fact alignment: whether a source value and a claim value are the values of the same fact, so that a
 * difference between them is a contradiction. Real news sentences state several facts each ("X a retiré 52
 * boîtes, tandis que Y en a retiré 384"; "le fondateur est mort en 2012"); a claim's value may only be
 * compared with the value of the fact the claim states: the words that govern the claim's value (its verb,
 * its measure noun) must govern the source's value too, in the same clause of the source.
 */

/** Connectives that start another fact in the same sentence: a source value's clause stops there. */
const CLAUSE_BREAK =
  /;|,\s+(?:et|and|puis)\s|\s[-–—]\s+(?:et|and|puis|then)\s|\s(?:tandis que|tandis qu['’]|alors que|alors qu['’]|mais|whereas|while|but|puis|then|par rapport à|soit)\s|\s(?:contre|versus|against|compared with|compared to)\s+(?=(?:[\p{L}'’]+\s+)?\d)|[.!?…]["»”)]*\s+(?=[\p{Lu}\d])|[.!?…]["»”)]*(?=\p{Lu})/gu;

/** Words around a source value (each side) that can belong to its fact. */
const SOURCE_REACH = 12;
/** Words around a claim value (each side) that make its fact: its verb, its measure noun, its qualifiers. */
const CLAIM_REACH = 6;

/**
 * The span of the clause of `text` that holds [start, end): bounded by {@link CLAUSE_BREAK}s, a break that overlaps
 * the value ignored. It cuts wider than the contrast and list-item cuts (sequences, comparisons before a figure,
 * sentence ends: each opens another fact with values of its own) and asks about one position, so it keeps its own
 * loop rather than text/clauses.ts's clauseSpans (the four cuts compared there).
 */
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
const SENTENCE_BREAK = /;|\s:\s|,\s+(?:et|and)\s|[.!?…]["»”)]*\s+(?=[\p{Lu}\d])|[.!?…]["»”)]*(?=\p{Lu})/gu;

/**
 * The text whose negation bears on a value at [start, end): up to 80 characters before and 120 after it (a
 * negated verb often follows its subject's figure: « 57 % des Français estiment que … n'est pas justifiée »),
 * within its sentence, and within its aside between spaced dashes (see {@link asideAround}).
 */
export function polarityText(sentence: string, start: number, end: number): string {
  // A negation word of a name ("Make Love, Not Spam") is blanked while the whole sentence shows it is the name's.
  const text = withoutTitleNegations(sentence);
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
  // A clause of its own after the value, opened by a comma and a subject pronoun ("44 metres out, it was not a kick
  // he would take"), says nothing of the value's polarity.
  const ownClause = PRONOUN_CLAUSE_AFTER.exec(text.slice(end, to));
  if (ownClause) to = end + ownClause.index;
  const aside = asideAround(text, start, end);
  return aside ? text.slice(Math.max(from, aside.start), Math.min(to, aside.end)) : text.slice(from, to);
}

/** A comma, then a personal subject pronoun and a word: a clause with a subject of its own. */
const PRONOUN_CLAUSE_AFTER = /,\s+(?:it|he|she|they|we|il|elle|ils|elles|on)\s+\p{L}/iu;

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
    // A time written first and set off by a comma (« En 1977, ses deux réacteurs … sont mis en service ») dates its whole clause.
    const near = isFronted(sourceText, quantity) ? tokens : tokens.slice(Math.max(0, (first < 0 ? tokens.length : first) - SOURCE_REACH), last + 1 + SOURCE_REACH);
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
  /**
   * The frame's words that say whom the fact is reported by (« selon les experts », "according to French experts"):
   * a source that writes them beside its value says so too, one that does not still states the fact (see {@link align}).
   */
  reportedBy?: ReadonlySet<ClaimWord>;
}

const frames = new WeakMap<Quantity, ClaimFrame>();

/** Whether a year or date is written first in its clause and set off by a comma (« En 2014, le Conseil d'État a… », "In 2003, …"). */
export function isFronted(text: string, q: Quantity): boolean {
  if (q.kind !== 'year' && q.kind !== 'date') return false;
  const clause = clauseAround(text, q.start, q.end);
  const before = text.slice(clause.start, q.approxStart ?? q.start);
  return /^\s*(?:(?:en|in|le|on|au|à|dès|depuis|since|by|durant|during|courant|fin|début|mi|late|early)[\s-]+)?$/iu.test(before) && /^\s*,/.test(text.slice(q.end));
}

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
  // A month before a year ("June 2002", « septembre 2019 ») is part of the time value, not a word of its fact.
  const candidates = analysis.words.filter((w) => !w.isName && inClause(w) && !insideValue(w) && !MONTH_WORDS.has(w.norm));
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
  // The words of whom the fact is reported by (« selon les experts », "according to experts": attributionPhrase.ts).
  const reportedBy = new Set(words.filter((w) => inAttributionPhrase(claimText, w.start, w.end)));
  return { ...(governor ? { governor } : {}), ...(measure ? { measure } : {}), words, countedNoun: countsFactNoun(quantity, claimText), reportedBy };
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
    // Whom the claim reports the fact by counts only where the source writes it too: sources rarely name their own
    // sources beside the value, and across languages these words often have no translation at all.
    if (frame.reportedBy?.has(word) && !found(word)) continue;
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
const SUBJECT_PREPOSITIONS = new Set(['of', 'de', 'du', 'des', "d'", 'for', 'pour', 'by', 'par', 'from', 'chez', 'at', 'à', 'a', 'au', 'aux', 'en', 'dans', 'sur', 'avec', 'in', 'on', 'into', 'with', 'to']);

/** Where the subject of what follows starts: a comma, colon or bracket, or a word that opens a clause of its own. */
const SUBJECT_START = /[,:;(«"“]|(?:^|\s)(?:que|qu['’]|qui|dont|où|that|which|who|where)(?=\s|$)/giu;

/**
 * The names (folded words written capitalised; dates, honorifics and function words aside) written between
 * the start of the subject of a value and the value: after the last comma, colon or clause-opening word
 * (« que », "that", "which") of its clause before it.
 */
function subjectNames(text: string, value: Quantity, skip: readonly Quantity[]): Set<string> {
  // An age fronted before its holder (« Âgée de 32 ans, Léa Morel … ») is that holder's, not its first word's (ages.ts).
  const fronted = frontedAge(text, value);
  if (fronted) return new Set(fronted.holder);
  return new Set(subjectNameTokens(text, value, skip).map((t) => t.norm));
}

/**
 * The folded name words of a run of text (capitalised, two letters or more, neither a title nor a function word),
 * those inside `skip` aside; `from` is the run's offset in its text. Undefined when there is none.
 */
function nameWordsOf(run: string, from = 0, skip: readonly Quantity[] = []): Set<string> | undefined {
  const names = tokenize(run, from).filter((t) => t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase() && t.norm.length >= 2 && !honorifics.has(t.norm) && !isFunctionWord(t.norm) && !skip.some((q) => t.start >= q.start && t.end <= q.end));
  return names.length > 0 ? new Set(names.map((t) => t.norm)) : undefined;
}

/**
 * Whose age an age set after a name is (« Mr Sullivan, 42, pleaded … against Mr Ebbers »: Sullivan's; « Marc
 * Tillier, âgé de 61 ans, »): the run of capitalised words right before its comma; undefined for a value that is
 * no such age.
 */
function ageHolder(text: string, value: Quantity): Set<string> | undefined {
  if (!value.age) return undefined;
  const match = /((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*),\s*(?:âgée?s?\s+(?:de\s+|d['’])|aged\s+)?$/u.exec(text.slice(Math.max(0, value.start - 60), value.start));
  if (!match) return undefined;
  return nameWordsOf(match[1]);
}

/**
 * Whose value a value in parentheses right after a name is (« le gouvernement français (15 %) », "Germany's
 * DaimlerChrysler (30%)"): the capitalised words of the up to four words before the parenthesis; undefined for a
 * value not so written.
 */
function parentheticalHolder(text: string, value: Quantity): Set<string> | undefined {
  const at = value.approxStart ?? value.start;
  if (!/\(\s*$/.test(text.slice(Math.max(0, at - 3), at)) || !/^\s*\)/.test(text.slice(value.end, value.end + 3))) return undefined;
  const match = /((?:[\p{L}][\p{L}'’.-]*\s+){0,3}[\p{L}][\p{L}'’.-]*)\s*\(\s*$/u.exec(text.slice(Math.max(0, at - 80), at));
  if (!match) return undefined;
  return nameWordsOf(match[1]);
}

const POSSESSIVE_BEFORE = /((?:[\p{Lu}][\p{L}\p{N}.&-]*\s+){0,3}[\p{Lu}][\p{L}\p{N}.&-]*)(?:['’]s|(?<=s)['’])\s+$/u;

/**
 * Whose value an English possessive right before it gives ("UKIP's two London Assembly members", "Glazer's 29%
 * stake"): the capitalised words of the name before « 's »; undefined for a value not so written.
 */
function possessiveHolder(text: string, value: Quantity): Set<string> | undefined {
  const at = value.approxStart ?? value.start;
  const match = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  if (!match) return undefined;
  return nameWordsOf(match[1]);
}

/** A determiner, a lowercase noun and a relative pronoun, then at most three words before a value. */
const COMMON_NOUN_RELATIVE_BEFORE = /(?:^|\s)(?:ce|cet|cette|ces|le|la|les|l['’]|son|sa|ses|leur|leurs|the|this|that|its|their)\s*\p{Ll}[\p{L}-]+\s+(?:qui|which|who)\s+(?:[\p{L}'’-]+\s+){0,3}$/u;

const PHRASE_RELATIVE_BEFORE = /((?:[\p{L}][\p{L}'’.-]*\s+){0,3}[\p{L}][\p{L}'’.-]*)\s*,\s+(?:qui|who|which)\s+([\p{L}'’-]+\s+){0,3}$/u;

/**
 * The names of the noun phrase a relative pronoun after a comma stands for ("the Lagardere group, which owns 30%"):
 * its capitalised words, up to four words before the comma; undefined when there is none.
 */
function phraseAntecedent(text: string, value: Quantity): Set<string> | undefined {
  const at = value.approxStart ?? value.start;
  const match = PHRASE_RELATIVE_BEFORE.exec(text.slice(Math.max(0, at - 120), at));
  if (!match) return undefined;
  return nameWordsOf(match[1]);
}

const RELATIVE_BEFORE = /([\p{Lu}][\p{L}\p{N}.&'’-]*(?:\s+(?:and|et|&)?\s*[\p{Lu}][\p{L}\p{N}.&'’-]*)*)\s*,?\s+(?:qui|who|which|that)\s+([\p{L}'’-]+\s+){0,3}$/u;

/**
 * The names a relative pronoun before a value stands for: the run of capitalised words (joined by « et », "and")
 * right before « qui », "who", "which" or "that" that opens the value's part of its clause, with at most three
 * words between the pronoun and the value ("John Magnier and JP McManus, who own 28.9%"); undefined when the
 * value follows no such pronoun, or the pronoun follows no name.
 */
function relativeAntecedent(text: string, value: Quantity, skip: readonly Quantity[]): Set<string> | undefined {
  const at = value.approxStart ?? value.start;
  const match = RELATIVE_BEFORE.exec(text.slice(Math.max(0, at - 120), at));
  if (!match) return undefined;
  const from = Math.max(0, at - 120) + match.index;
  return nameWordsOf(match[1], from, skip);
}

/**
 * The name tokens of a value's subject (see {@link subjectNames}). `afterReport`: read after a verb of reported
 * speech before the value (reportedClause.ts), the speaker aside ("David Dein said the club would move into a
 * 50,000-seat stadium": the club's seats, not the speaker's).
 */
function subjectNameTokens(text: string, value: Quantity, skip: readonly Quantity[], afterReport = false): Token[] {
  const clause = clauseAround(text, value.start, value.end);
  let from = clause.start;
  const before = text.slice(clause.start, value.approxStart ?? value.start);
  for (const match of before.matchAll(SUBJECT_START)) from = clause.start + match.index + match[0].length;
  if (afterReport) from = Math.max(from, reportedContentStart(text, value, clause.start) ?? from);
  const names: Token[] = [];
  for (const token of tokenize(text.slice(from, value.approxStart ?? value.start), from)) {
    // Names after a preposition qualify another word ("the majority owner of … Yukos", « le procureur de
    // Paris »): the subject is named before them.
    if (token.kind === 'word' && SUBJECT_PREPOSITIONS.has(token.norm)) break;
    if (token.kind !== 'word' || token.text[0] === token.text[0].toLowerCase() || token.norm.length < 2) continue;
    if (honorifics.has(token.norm) || isFunctionWord(token.norm) || skip.some((q) => token.start >= q.start && token.end <= q.end)) continue;
    names.push(token);
  }
  return names;
}

/**
 * Whether the passage names who or what the claim value is of: the first name of the claim value's subject (see
 * {@link sameSubject}; « Lukoil » in "Lukoil leads … with 11%") is in the passage, or in `antecedents` (the sentence
 * before it and its document's title), where a pronoun of the passage finds it ("They own 29%" after a sentence
 * naming other people is no share of the claim's subject). True when the claim names no subject.
 */
export function subjectFound(claimText: string, claim: Quantity, analysis: ClaimAnalysis, passage: string, antecedents: string, sourceLang: Lang): boolean {
  // An age fronted before its holder (« Âgée de 32 ans, Léa Morel … ») is that holder's, not its first word's (ages.ts).
  const fronted = frontedAge(claimText, claim);
  let read: Set<string> | undefined;
  const passageTerms = () => (read ??= new Set([...termsOf(`${passage} ${antecedents}`, sourceLang), ...tokenize(`${passage} ${antecedents}`).map((t) => t.norm)]));
  // A name's terms carry its translations (« Chine » for "China"); a name may be written short or long ("Yugansk").
  const named = (head: readonly string[]) => head.length === 0 || head.some((n) => { const terms = passageTerms(); return terms.has(n) || analysis.words.some((w) => w.norm === n && w.terms.some((t) => terms.has(t))) || [...terms].some((t) => isShortName(n, t)); });
  if (fronted) return named([...(fronted.holder ?? [])]);
  // Or the subject of the reported clause, when the claim reports the fact ("Mr Dein said the club would move into a
  // 50,000-seat stadium"): sources tell the fact in their own words, often without its speaker (reportedClause.ts).
  return named(subjectHead(claimText, claim, analysis.quantities)) || named(subjectHead(claimText, claim, analysis.quantities, true));
}

/**
 * Whether one name is the other written short, as the press shortens long company names ("Yugansk",
 * "Yuganskneftegas"): one starts with the other, both at least 6 characters, the longer at least 3 more.
 */
export function isShortName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 6 && long.length >= short.length + 3 && long.startsWith(short);
}

/** The first run of names of a value's subject (see {@link subjectNames}): who the value is of. */
function subjectHead(text: string, value: Quantity, skip: readonly Quantity[], afterReport = false): string[] {
  const names = subjectNameTokens(text, value, skip, afterReport);
  const head: string[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && !/^[\s'’-]*$/.test(text.slice(names[i - 1].end, names[i].start))) break;
    head.push(names[i].norm);
  }
  return head;
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
  const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
  // A value whose verb follows a relative pronoun is of the names the pronoun stands for ("shareholders John
  // Magnier and JP McManus, who own 28.9%"), whoever else the clause names.
  const antecedent = relativeAntecedent(sourceText, source, sourceQuantities) ?? ageHolder(sourceText, source) ?? parentheticalHolder(sourceText, source) ?? possessiveHolder(sourceText, source);
  if (antecedent) return [...claimSubject].some((n) => [...antecedent].some((a) => a === n || isShortName(n, a))) || ![...antecedent].some((n) => !claimNames.has(n));
  // A value whose verb follows a relative pronoun right after a common noun (« ce site qui employait 300 personnes »)
  // is that thing's, not the named subject's of the claim ("WN employait 182 personnes").
  if (COMMON_NOUN_RELATIVE_BEFORE.test(sourceText.slice(Math.max(0, (source.approxStart ?? source.start) - 80), source.approxStart ?? source.start))) return false;
  const sourceSubject = subjectNames(sourceText, source, sourceQuantities);
  if (sourceSubject.size === 0) return true;
  const clause = clauseAround(sourceText, source.start, source.end);
  const sourceClause = fold(sourceText.slice(clause.start, clause.end));
  if ([...claimSubject].some((n) => sourceClause.includes(n))) return true;
  return ![...sourceSubject].some((n) => !claimNames.has(n));
}

/**
 * Whether a source value is written as another holder's — in parentheses after its name ("the French government
 * (15%) … and Germany's DaimlerChrysler (30%)"), after a relative pronoun ("the Lagardere group, which owns 30%"),
 * as an age after a name, after a possessive ("UKIP's two members") — while the claim names its value's subject and that holder is none of it: the equal
 * figure is not the claim's ("The French government holds 30% of EADS" is stated by neither).
 */
export function heldByAnother(claimText: string, claim: Quantity, analysis: ClaimAnalysis, sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  const holder = parentheticalHolder(sourceText, source) ?? relativeAntecedent(sourceText, source, sourceQuantities) ?? phraseAntecedent(sourceText, source) ?? ageHolder(sourceText, source) ?? possessiveHolder(sourceText, source);
  if (!holder) return false;
  const claimSubject = subjectNames(claimText, claim, analysis.quantities);
  if (claimSubject.size === 0) return false;
  // The claim's own holder of this value: its subject, or the names written since its previous value ("… holds 15%
  // of EADS and DaimlerChrysler 30%": DaimlerChrysler's 30%).
  const previous = Math.max(0, ...analysis.quantities.filter((o) => o !== claim && o.end <= claim.start).map((o) => o.end));
  const holders = new Set([...claimSubject, ...(nameWordsOf(claimText.slice(previous, claim.approxStart ?? claim.start)) ?? [])]);
  return ![...holders].some((n) => [...holder].some((h) => h === n || isShortName(n, h)));
}

/**
 * Whether the source names the claim value's subject as its value's own subject (a name of the claim's subject
 * among the names before the source value in its clause: "Mr Glazer owns 28.1%." for "Mr Glazer owns 29.1% of the
 * club"), not merely somewhere in its sentence.
 */
export function namesSameSubject(claimText: string, claim: Quantity, analysis: ClaimAnalysis, sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  const claimSubject = subjectNames(claimText, claim, analysis.quantities);
  if (claimSubject.size === 0) return false;
  const sourceSubject = relativeAntecedent(sourceText, source, sourceQuantities) ?? subjectNames(sourceText, source, sourceQuantities);
  return [...claimSubject].some((n) => sourceSubject.has(n));
}

/** A noun of cost or amount and what it is of (« les coûts de la démolition », "the cost of the new bridge"). */
// Each link and determiner is a whole word, or an elided one (« d’ », « l’ »): "budget deficit" is no « budget de ficit ».
const MEASURE_OF = /\b(?:co[uû]ts?|prix|montant|budget|facture|costs?|price|bill)\s+(?:(?:de|du|des|of)\s+|d['’]\s*)(?:(?:(?:la|le|les|the|ce|cet|cette|ces|son|sa|ses|leur|leurs|its|their|his|her|this)\s+|l['’]\s*))?([\p{L}][\p{L}-]{2,})/giu;

/**
 * Whether what a source value is the cost or amount of, when its clause says so before it (« Les coûts de la
 * démolition … sont estimés à 19 millions »), is named by the claim: a cost of another thing is another fact (« La
 * construction du nouveau pont a coûté 202 millions »). True when the source does not say.
 */
export function measuredThingNamed(claimWords: readonly ClaimWord[], sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  const clause = clauseAround(sourceText, source.start, source.end);
  const before = sourceText.slice(clause.start, source.approxStart ?? source.start);
  let thing: string | undefined;
  for (const match of before.matchAll(MEASURE_OF)) thing = match[1];
  if (!thing || isFunctionWord(fold(thing)) || isStopWord(fold(thing), sourceLang)) return true;
  const term = stem(thing.toLowerCase(), sourceLang);
  return claimWords.some((w) => w.terms.some((t) => t === term || sameFamily(t, term)));
}

/** Words before a value (in its clause) among which its governing word is sought. */
const PREDICATE_REACH = 4;
/** Words after a value (past its unit) among which its measure noun is sought. */
const MEASURE_REACH = 2;

/** What a value's fact is made of, read in the value's own clause: the words that govern it and qualify it. */
export interface ValueContext {
  /** Terms of the governing word: the nearest content word before the value (its verb or noun: « mise en service en », "sold for"). */
  governor?: string[];
  /** Terms of the content words up to {@link PREDICATE_REACH} words before the value. */
  before: Set<string>;
  /** Terms of the measure noun: the first content word right after the value and its unit (« 240.000 euros d'amende », "$27.5bn tax bill"). */
  measure?: string[];
  /** Terms of the content words up to 3 words after the value. */
  after: Set<string>;
  /** Per unit: 'each' (« chacun », "each", « deux réacteurs de 900 MW ») or the stem of a rate's noun (« par an », "per share"). */
  per?: string;
  /** An increment, not a total (« six fermetures supplémentaires », "a further $12bn", « 53 autres »). */
  extra: boolean;
  /** For a year or date: whether it bounds the fact (« avant 2035 », "by 2022") or starts it (« depuis 2015 », "since 2003"). */
  relation?: 'before' | 'after';
  /** The rank or number that says which one the value is of, nearest before it in its clause (« le second », "first", « n° 2 »). */
  rank?: number;
  /**
   * A bound of a range (« entre 17 et 25 réacteurs »): the low or the high one; of « de X à Y », "from X to Y" (a
   * change or a range): X is 'low', Y is 'to'. A bound compares only with the same bound (« abaissée de 90 à 50
   * km/h » is no value of « contrôlé à la vitesse de 229 km/h »), except that a source's 'to' may be the value now
   * that a claim's value alone states (« portera la capacité à 6 000 MW » and « de 2 800 à 4 800 MW »).
   */
  range?: 'low' | 'high' | 'to';
  /** An item of a list of measures (« 12 jours de grève et 3 jours de négociations »): its measure noun tells its fact (measureLists.ts). */
  listed?: boolean;
}

/** « entre … et », "between … and": a range (« de 2 800 à 4 800 MW » and "from … to" may tell a change). */
const RANGE_START = /(?:^|[\s(])(?:entre|between)\s*$/iu;
const RANGE_JOIN = /^\s*(?:et|à|and|to|-|–)\s*$/u;

/** « de … à », "from … to": the first value of a change or a range. */
const FROM_START = /(?:^|[\s(])(?:de|d['’]|from)\s*$/iu;
const FROM_JOIN = /^\s*(?:à|to)\s*$/u;

/**
 * Whether a value is the low or the high bound of a range written with the value next to it, or a bound of
 * « de X à Y », "from X to Y" (a change or a range): X is 'low', Y is 'to' (see {@link ValueContext.range}).
 */
function rangeRole(text: string, quantity: Quantity, quantities: readonly Quantity[]): ValueContext['range'] {
  const at = quantities.indexOf(quantity);
  const previous = quantities[at - 1];
  const next = quantities[at + 1];
  const opens = (q: Quantity) => RANGE_START.test(text.slice(Math.max(0, (q.approxStart ?? q.start) - 12), q.approxStart ?? q.start));
  if (next && RANGE_JOIN.test(text.slice(quantity.end, next.approxStart ?? next.start)) && opens(quantity)) return 'low';
  const from = (q: Quantity) => FROM_START.test(text.slice(Math.max(0, (q.approxStart ?? q.start) - 8), q.approxStart ?? q.start));
  if (next && FROM_JOIN.test(text.slice(quantity.end, next.approxStart ?? next.start)) && from(quantity)) return 'low';
  if (previous && FROM_JOIN.test(text.slice(previous.end, quantity.approxStart ?? quantity.start)) && from(previous)) return 'to';
  // A bare range, the lower value first ("30 to 40 top firms", « 30 à 40 entreprises »).
  const bare = (low: Quantity, high: Quantity) => low.kind === 'number' && high.kind === 'number' && low.value < high.value && FROM_JOIN.test(text.slice(low.end, high.approxStart ?? high.start));
  if (next && bare(quantity, next)) return 'low';
  if (previous && bare(previous, quantity)) return 'high';
  if (previous && RANGE_JOIN.test(text.slice(previous.end, quantity.approxStart ?? quantity.start)) && opens(previous)) return 'high';
  return undefined;
}

/**
 * Light verbs, folded: they pass a value to the noun they follow or count (« le coût … est estimé à », « s'élève
 * à », « compte 58 réacteurs », "amounts to", "has 300 staff"), and state no predicate of their own.
 */
const LIGHT_VERBS = /^(?:estim|eleve|elevent|elevait|atteint|atteign|atteindr|represent|totalis|chiffr|evalu|fixe|compt|possed|dispos|amount|stand|stood|total|reach|put|valued|worth|come|came|has|have|had|number|count|becom|became|deven|devien|devenu)/;
/** A verb of becoming written with « into » ("grew into a $200bn giant", "transformed Worldcom … into"): light as "become" is. */
const BECOMING_INTO = /\b(?:grew|grown|grow|grows|growing|turned|turn|turns|transformed|transform|transforms)\b[^,;:.]{0,60}?\binto\s+(?:(?:a|an|the)\s+)?[$€£¥]?\s*$/iu;

/** Month names, folded (French and English). */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Ordinal words and the rank they give (« second » and "second" alike). */
const RANKS: Record<string, number> = {
  premier: 1, premiere: 1, first: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, third: 3, quatrieme: 4, fourth: 4,
  cinquieme: 5, fifth: 5, sixieme: 6, sixth: 6,
};
/** A number that names which one (« n° 2 », « n°1 », "No. 1", « numéro 3 », "unit 2"). */
const NUMBERED = /(?:\bn[°ºo]\.?\s*|\bno\.\s*|\bnum[ée]ro\s+|\bnumber\s+)(\d{1,3})\b/giu;

const PER_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:(chacun|chacune|each|apiece)\b|(?:par|per)\s+(?!(?:le|la|les|l['’]|un|une|des|the|rapport|exemple|ailleurs|contre|cons[ée]quent|suite|ici|là|voie|biais|cent)\b)([\p{L}-]{2,})|an?\s+(year|day|month|week|hour|share|head|person|barrel|tonne|ton)\b|(?:chaque|each|every)\s+([\p{L}-]{2,}))/iu;
/**
 * « chaque année », "every year": the noun each value is of (a rate), anywhere before the value in its clause. Not
 * « à chaque fois », "each time", "every time": an adverb of repetition of the clause ("whenever"), which makes no
 * later value of its clause a rate (« c'est à chaque fois la même version …, tout va basculer au bout de 32 heures »).
 */
const EACH_NOUN_BEFORE = /\b(?:chaque|each|every)\s+(?!(?:fois|time)\b)([\p{L}-]{2,})/iu;
/** « deux réacteurs de 900 MW », "two reactors of 900 MW": a value that each of a counted set has. */
const EACH_OF_COUNT = /(?:\b\d{1,3}|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten))\s+[\p{L}-]+\s+(?:de|d['’]|of)\s*$/iu;
/** Nouns of a rate that name the same period in French and English. */
const PERIODS: Record<string, string> = {
  an: 'year', ans: 'year', annee: 'year', annees: 'year', year: 'year', years: 'year',
  jour: 'day', jours: 'day', day: 'day', days: 'day', mois: 'month', month: 'month', months: 'month',
  semaine: 'week', semaines: 'week', week: 'week', weeks: 'week', heure: 'hour', heures: 'hour', hour: 'hour', hours: 'hour',
};
const EXTRA_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:supplémentaires?|additionnel(?:le)?s?|de plus|en plus|more|additional|extra)\b/iu;
const EXTRA_BEFORE = /\b(?:a further|another|an additional|an extra|additional|further|extra)\s+(?:[$€£¥]\s*)?$/iu;
const EXTRA_UNITS = new Set(['autre', 'autres', 'supplementaire', 'supplementaires', 'additionnel', 'additionnels', 'more', 'additional', 'extra']);
const BEFORE_TIME = /(?:\bavant|\bd['’]ici(?:\s+à)?|\bjusqu['’](?:à|en|au)|\bau plus tard(?:\s+(?:en|le))?|\bbefore|\bby|\buntil|\btill|\bup to|\bno later than|\bprior to)\s+(?:(?:le|la|l['’]|the|fin|début|mi|end of|early|late)\s+)?$/iu;
const AFTER_TIME = /(?:\baprès|\bdepuis|\bdès|\bà partir d(?:e|u|['’])|\bà compter d(?:e|u|['’])|\bafter|\bsince|\bfrom|\bas of|\bstarting(?:\s+in)?)\s+(?:(?:le|la|l['’]|the|fin|début|mi|end of|early|late)\s+)?$/iu;

/**
 * Adverbs, qualifiers and ranks that sit next to values without saying what they measure (folded). The short stop
 * lists leave them in; the long ones (stopwords-iso) would take out words of facts too ("bill", "back", "made").
 */
const NEAR_VALUE_WORDS = new Set([
  'environ', 'pres', 'moins', 'plus', 'fois', 'selon', 'ainsi', 'encore', 'deja', 'seulement', 'quelque', 'quelques', 'jusqu', 'pendant', 'depuis', 'vers',
  // Prepositions of time, as English "before" and "after" are stop words: « 9 600 pieds avant la perte de contact » measures no « avant ».
  'avant', 'apres', 'durant', 'lors',
  'nearly', 'almost', 'around', 'roughly', 'approximately', 'over', 'under', 'just', 'only', 'also', 'still', 'already', 'currently', 'now', 'then', 'since', 'until', 'till', 'least', 'less', 'per',
  ...Object.keys({ premier: 1, premiere: 1, first: 1, deuxieme: 2, second: 2, seconde: 2, troisieme: 3, third: 3, dernier: 1, derniere: 1, last: 1 }),
]);

/** Whether a token is a content word that can govern or measure a value: no stop word, number word, month, name or adverb of a value. */
function isContentToken(token: Token, text: string, lang: Lang): boolean {
  if (token.kind !== 'word' || token.norm.length < 2) return false;
  if (isStopWord(token.norm, lang) || isStopWord(token.norm, lang === 'fr' ? 'en' : 'fr') || NEAR_VALUE_WORDS.has(token.norm) || isNumberWord(token.norm, lang) || MONTH_WORDS.has(token.norm)) return false;
  // A capitalised word inside a sentence is a name: it says whose value it is, not what it measures.
  const capitalised = token.text[0] !== token.text[0].toLowerCase();
  return !capitalised || /(?:^|[.!?:;«"“(]\s*)$/u.test(text.slice(Math.max(0, token.start - 3), token.start));
}

const contexts = new WeakMap<Quantity, ValueContext>();

/**
 * The {@link ValueContext} of a value of `text` (cached per quantity): its governing word, measure noun and
 * qualifiers, read in its clause. `quantities` are the other values of the text (their numbers are no words).
 */
export function valueContext(text: string, quantity: Quantity, quantities: readonly Quantity[], lang: Lang): ValueContext {
  let context = contexts.get(quantity);
  if (context) return context;
  const clause = clauseAround(text, quantity.start, quantity.end);
  const head = quantity.approxStart ?? quantity.start;
  const inNumber = (t: Token) => quantities.some((q) => t.start >= q.numberStart && t.end <= q.numberEnd);
  const tokens = tokenize(text.slice(clause.start, clause.end), clause.start).filter((t) => t.kind === 'word' || t.kind === 'number');
  // Who reports the fact and their verb of saying govern no value of the reported clause (see reportedClause.ts).
  const factStart = reportedContentStart(text, quantity, clause.start) ?? clause.start;
  const allBefore = tokens.filter((t) => t.end <= head && t.start >= factStart);
  let before = allBefore.slice(-PREDICATE_REACH);
  // What follows the value belongs to it up to a punctuation mark (« en 1970, est située » says nothing of 1970).
  // An amount's conversion in brackets restates it: what it measures follows the bracket ("$1.5bn (£800m) joint venture factory": conversions.ts).
  const tail = bracketedConversionEnd(text, quantity, quantities) ?? quantity.end;
  const stop = /[,;:()]/.exec(text.slice(tail, clause.end));
  const afterEnd = stop ? tail + stop.index : clause.end;
  const after = tokens.filter((t) => t.start >= tail && t.end <= afterEnd).slice(0, 3 * MEASURE_REACH);
  // A weekday or month written alone (« Vendredi, trois soldats … », "In March, …") times the fact: it governs no value.
  const content = (ts: Token[]) => ts.filter((t) => !inNumber(t) && isContentToken(t, text, lang) && !isCalendarName(t.norm));
  const termsOfToken = (t: Token) => termsOfTokens([t], lang);
  let beforeWords = content(before);
  const governorToken = beforeWords[beforeWords.length - 1];
  // A light verb (« est estimé à », « s'élève à », "amounts to") passes the value to the noun it follows: « le coût … est estimé à ».
  if (governorToken && LIGHT_VERBS.test(governorToken.norm) && before.length < allBefore.length) {
    before = allBefore.slice(-2 * PREDICATE_REACH);
    beforeWords = content(before);
  }
  // A value with no word before it (« Les deux réacteurs ont été mis en service »): its predicate follows it.
  // A share's noun comes after "of all", « de l'ensemble des » (shareReach, shares.ts).
  const reach = governorToken ? MEASURE_REACH + shareReach(quantity, text) : 3 * MEASURE_REACH;
  const measureToken = content(after.slice(0, reach))[0];
  const textBefore = text.slice(clause.start, head);
  const textAfter = text.slice(quantity.end, clause.end);
  const perMatch = PER_AFTER.exec(textAfter);
  const eachNoun = EACH_NOUN_BEFORE.exec(textBefore);
  const rateNoun = (word: string) => PERIODS[fold(word)] ?? stem(word.toLowerCase(), lang);
  const per = perMatch
    ? perMatch[1]
      ? 'each'
      : rateNoun(perMatch[2] ?? perMatch[3] ?? perMatch[4])
    : eachNoun
      ? rateNoun(eachNoun[1])
      : EACH_OF_COUNT.test(textBefore)
        ? 'each'
        : undefined;
  const unitWord = /([\p{L}]+)\s*$/u.exec(text.slice(quantity.numberEnd, quantity.end))?.[1];
  const extra = EXTRA_AFTER.test(textAfter) || EXTRA_BEFORE.test(textBefore) || (unitWord !== undefined && EXTRA_UNITS.has(fold(unitWord)));
  const isTime = quantity.kind === 'year' || quantity.kind === 'date';
  const relation = !isTime ? undefined : BEFORE_TIME.test(textBefore) ? 'before' : AFTER_TIME.test(textBefore) ? 'after' : undefined;
  // A factor's verb (« a doublé », « multiplié par trois ») is the value itself: the fact is told by what changed, around it.
  const light = (governorToken !== undefined && LIGHT_VERBS.test(governorToken.norm)) || quantity.kind === 'multiplier' || BECOMING_INTO.test(textBefore);
  // In a list of measures (« 12 jours de grève et 3 jours de négociations »), the word before a value is the
  // previous value's measure noun: the value shares what governs the list, not that noun (measureLists.ts).
  const listed = previousListedValue(text, quantity, quantities);
  const shared = listed && governorToken && governorToken.start >= listed.end ? valueContext(text, listed, quantities, lang) : undefined;
  context = {
    ...(shared ? (shared.governor ? { governor: shared.governor } : {}) : governorToken && !light ? { governor: termsOfToken(governorToken) } : {}),
    before: shared ? shared.before : new Set(beforeWords.flatMap(termsOfToken)),
    ...(measureToken && quantity.kind !== 'multiplier' ? { measure: termsOfToken(measureToken) } : {}),
    after: new Set(content(after.slice(0, reach)).flatMap(termsOfToken)),
    ...(per ? { per } : {}),
    extra,
    ...(relation ? { relation } : {}),
    ...rankBefore(textBefore),
    ...(rangeRole(text, quantity, quantities) ? { range: rangeRole(text, quantity, quantities) } : {}),
    ...(inMeasureList(text, quantity, quantities) ? { listed: true } : {}),
  };
  contexts.set(quantity, context);
  return context;
}

/** The rank nearest the end of `text` (an ordinal word or a « n° N »), if any. */
function rankBefore(text: string): { rank?: number } {
  let rank: number | undefined;
  let at = -1;
  for (const token of tokenize(text)) {
    const r = token.kind === 'word' ? RANKS[token.norm] : undefined;
    // « Premier ministre », "First Lady": a capitalised ordinal inside a sentence is part of a title or a name.
    if (r !== undefined && !(token.text[0] !== token.text[0].toLowerCase() && token.start > 0) && token.start > at) {
      rank = r;
      at = token.start;
    }
  }
  for (const match of text.matchAll(NUMBERED)) {
    if (match.index > at) {
      rank = Number(match[1]);
      at = match.index;
    }
  }
  return rank !== undefined ? { rank } : {};
}

/**
 * Whether a claim value and a source value are values of the same fact as far as their own words go: the same
 * governing word (when both have one: « mise en service » is not « la construction démarre », "sold for" is not
 * "pay off … tax bill"), the same measure noun (when both have one), the same unit of count (a value per unit is
 * not a total: « 900 MW chacun » and « 1.800 MW »), both increments or neither, the same relation to a time
 * (« en 1980 » and « avant 2035 » are no two values of one date), the same rank (« le second » is not « le
 * premier réacteur »), and a bound of a range only with the same bound of a range (« entre 17 et 25 réacteurs »
 * and « six réacteurs »). A word matches through the claim word's terms (its synonyms and translations).
 * `stating`: the source value equals the claim's, and the question is whether it states the claim's fact; the
 * source may then qualify it more (a value each, an increment, a bound), but a claim's value per unit needs one.
 * `countedNounAcrossLanguages`: the claim and the source are of two languages and both values count the same noun
 * of the fact (the claim's `ClaimFrame.countedNoun`, matched by the source value's unit); two governing words then
 * need not meet (every other condition holds).
 */
export function sameFact(claim: ValueContext, claimWords: readonly ClaimWord[], source: ValueContext, options: { stating?: boolean; window?: ReadonlySet<string>; countedNounAcrossLanguages?: boolean } = {}): boolean {
  if (options.stating) {
    // A source that states the claim's value may say more of it (« chacun », « supplémentaires », « d'ici »), not less.
    if (claim.per !== undefined && claim.per !== source.per) return false;
  } else if (claim.per !== source.per || claim.extra !== source.extra || claim.relation !== source.relation || (claim.range !== source.range && !(claim.range === undefined && source.range === 'to'))) return false;
  if (claim.rank !== undefined && source.rank !== undefined && claim.rank !== source.rank) return false;
  if ((!claim.governor && !claim.measure) || (!source.governor && !source.measure)) return true;
  // The claim's stems with its words' synonyms and translations.
  const widen = (terms: Iterable<string>) => {
    const all = new Set(terms);
    for (const w of claimWords) if (w.terms.some((t) => all.has(t))) w.terms.forEach((t) => all.add(t));
    return [...all];
  };
  const meets = (a: readonly string[] | undefined, b: Iterable<string>) => a !== undefined && [...b].some((y) => a.some((x) => sameFamily(x, y)));
  // The claim is the writer's short statement: a source word of the fact may be anywhere in the claim value's frame.
  const near = widen([...claim.before, ...claim.after, ...claimWords.flatMap((w) => w.terms)]);
  const claimGovernor = claim.governor && widen(claim.governor);
  const claimMeasure = claim.measure && widen(claim.measure);
  // A list's items share what governs the list: a listed source value is the claim's fact only by its own measure noun.
  if (source.listed && claimMeasure && source.measure && !meets(claimMeasure, [...source.measure, ...source.after])) return false;
  // Two governing words say two predicates unless one is near the other value, or the two measure the same noun and
  // the claim's governing word is in the source value's clause (« un sondage Ifop publié le 3 mai, 61 % des habitants »):
  // "paid $9.4bn in back taxes" is not "hit with a bill of $27bn in back taxes".
  if (claimGovernor && source.governor) {
    if (meets(claimGovernor, [...source.before, ...(source.measure ?? [])]) || meets(source.governor, [...near, ...(claimMeasure ?? [])])) return true;
    // Across languages, two counts of one noun need no verbs that meet: the glossary cannot hold every verb's sense
    // (« est sorti dans 520 salles », "opened in 250 cinemas"), while the noun a value counts is its fact's.
    if (options.countedNounAcrossLanguages === true) return true;
    return meets(claimMeasure, [...source.after, ...(source.measure ?? [])]) && meets(claimGovernor, options.window ?? []);
  }
  // Else the word that governs one value governs the other, or the noun one measures is the other's: before with before, after with after, or crosswise.
  return (
    meets(claimGovernor, [...source.before, ...(source.measure ?? [])]) ||
    meets(claimMeasure, [...source.after, ...(source.governor ?? [])]) ||
    meets(source.governor, [...near, ...(claimMeasure ?? [])]) ||
    meets(source.measure, [...near, ...(claimGovernor ?? [])])
  );
}

/**
 * Whether two stems are one word's inflections or derivations (« rendu » and « rendra », « reconstruite » and
 * « reconstruction », which Snowball stems apart): equal, or sharing a start of at least 4 characters that is
 * three quarters of the shorter.
 */
function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d/.test(a) || /^\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= 4 && common >= 0.75 * shorter;
}

/**
 * Whether a source value is written as the count or amount of a named holder the claim does not name: after a
 * relative pronoun that stands for a name (« Me Jean Dupuis, qui représente 2.600 parties civiles », "John Magnier,
 * who owns 28.9%"). Such a value is that holder's share, not the claim's fact (« Plus de 6 500 parties civiles se
 * sont constituées »): it is no value to contradict the claim with, nor to write in its place. False when the claim
 * names that holder (then the value is the claim's to compare).
 */
export function heldByUnnamedHolder(analysis: ClaimAnalysis, sourceText: string, source: Quantity, sourceQuantities: readonly Quantity[]): boolean {
  // A weekday or month before "that" (« said on Monday that 130 jobs … ») is the time of saying, not a holder.
  const holder = new Set([...(relativeAntecedent(sourceText, source, sourceQuantities) ?? [])].filter((h) => !isCalendarName(h)));
  if (holder.size === 0) return false;
  const claimNames = analysis.words.filter((w) => w.isName).map((w) => w.norm);
  return ![...holder].some((h) => claimNames.some((n) => n === h || isShortName(n, h) || isShortName(h, n)));
}
