import damerauLevenshtein from 'damerau-levenshtein';
import type { CorpusDocument, Sentence } from '../corpus/document';
import type { CorpusReader } from '../backend/corpusReader';
import { parseDates, sameDate } from '../text/dates';
import { parseQuantities, sameQuantity, withDates, type Quantity } from '../text/quantities';
import { stem, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { isNegated, type ClaimAnalysis, type ClaimWord } from './analyzeClaim';
import { align, claimFrame, clauseAround, isAligned, polarityText, sourceWindow } from './alignment';
import { frenchAntonymsOf, termsForStem } from './lexicon';

export type VerdictLabel = 'supported' | 'contradicted' | 'unsupported' | 'none';

/** A corpus sentence weighed as evidence for a claim. */
export interface Evidence {
  doc: CorpusDocument;
  sentence: Sentence;
  /** Share (0–1) of the claim's content, weighted by rarity, that the passage states. */
  coverage: number;
}

/** Why a passage contradicts a claim, and what it says instead. */
export interface Conflict {
  kind: 'quantity' | 'year' | 'attribution' | 'negation';
  /** The wrong part of the claim, as offsets into the claim text. */
  claimStart: number;
  claimEnd: number;
  /** What the source says, as written there ("3,57 millions d'ingénieurs"). */
  sourceText: string;
  /** The source quantity, for figure conflicts (to rewrite in the writer's style). */
  sourceQuantity?: Quantity;
  claimQuantity?: Quantity;
  /** The source's name, for attribution conflicts. */
  sourceName?: string;
}

/** The checker's answer for one claim. */
export interface Verdict {
  label: VerdictLabel;
  /** 0–1: how sure the checker is of the label. */
  confidence: number;
  /** Best evidence first: the supporting or contradicting passage, or the closest one for unsupported claims. */
  evidence: Evidence[];
  conflict?: Conflict;
  /** When another passage states a different figure for the same fact: the corpus disagrees with itself. */
  disagreement?: { evidence: Evidence; sourceText: string };
}

/** Checker thresholds (coverage shares). */
const supportThreshold = 0.55;
const contradictionThreshold = 0.5;
const negationThreshold = 0.7;
const contradictionMargin = 0.1;
/** Headings state less than sentences: as evidence they count for a little less. */
const headingFactor = 0.92;
const candidateCount = 30;

interface PassageView {
  terms: Set<string>;
  quantities: Quantity[];
  /** The sentence's clauses, each with its terms and whether it is negated. */
  clauses: { terms: Set<string>; negated: boolean }[];
  /** Folded words written capitalised, with their original form. */
  names: Map<string, string>;
}

const views = new WeakMap<Sentence, PassageView>();

function viewOf(sentence: Sentence, lang: Lang): PassageView {
  let view = views.get(sentence);
  if (!view) {
    const names = new Map<string, string>();
    for (const token of tokenize(sentence.text)) {
      if (token.kind === 'word' && token.text[0] !== token.text[0].toLowerCase()) names.set(token.norm, token.text);
    }
    view = {
      terms: new Set(termsOf(sentence.text, lang)),
      quantities: withDates(parseQuantities(sentence.text, lang), parseDates(sentence.text, lang)),
      clauses: sentence.text
        .split(/[,;:()«»"“”]|\s(?:mais|but|alors que|tandis que|while|whereas)\s/)
        .filter((clause) => clause.trim() !== '')
        .map((clause) => ({ terms: new Set(termsOf(clause, lang)), negated: isNegated(clause, lang) })),
      names,
    };
    views.set(sentence, view);
  }
  return view;
}

/** Terms of the sentences around a passage, and of its document's title (names and topics often sit a sentence back). */
function contextTerms(doc: CorpusDocument, sentence: Sentence): Set<string> {
  const terms = new Set<string>();
  for (let i = Math.max(0, sentence.index - 2); i <= Math.min(doc.sentences.length - 1, sentence.index + 1); i++) {
    const other = doc.sentences[i];
    if (other === sentence) continue;
    viewOf(other, doc.lang).terms.forEach((t) => terms.add(t));
  }
  titleTermsOf(doc).forEach((t) => terms.add(t));
  return terms;
}

const titleTerms = new WeakMap<CorpusDocument, string[]>();

function titleTermsOf(doc: CorpusDocument): string[] {
  let terms = titleTerms.get(doc);
  if (!terms) {
    terms = termsOf(doc.title, doc.lang);
    titleTerms.set(doc, terms);
  }
  return terms;
}

interface Scored {
  evidence: Evidence;
  namesCovered: boolean;
  uncoveredNames: ClaimWord[];
  matched: Quantity[];
  conflicts: { claim: Quantity; source: Quantity }[];
  view: PassageView;
  /** Whether the clause of the passage that states the claim is negated, or says the opposite word ("interdite" for "autorisée"). */
  negated: boolean;
  /** Share of the claim's word pairs found as such in the passage: a tie-breaker between equal passages. */
  surface: number;
  /** Coverage if the uncovered names had been found: how well the rest of the claim matches. */
  coverageBesideNames: number;
  /** Names of the claim that the passage sentence itself does not have (they may be in its context). */
  namesOutsideSentence: ClaimWord[];
}

/**
 * Checks one claim against the corpus: retrieves candidate passages, weighs how much of the claim each
 * states, compares figures, years, names and negation, and decides supported, contradicted or unsupported.
 * Claims the analysis says are not claims get 'none'.
 */
export function checkClaim(claimText: string, analysis: ClaimAnalysis, index: CorpusReader): Verdict {
  if (!analysis.isClaim) return { label: 'none', confidence: 1, evidence: [] };
  const candidates = retrieve(analysis, index);
  if (candidates.length === 0) return { label: 'unsupported', confidence: 0.9, evidence: [] };
  const scored = candidates.map((c) => score(claimText, analysis, c.doc, c.sentence, index));
  const checkable = analysis.quantities.filter(isCheckable);

  const supports = scored
    .filter((s) => s.namesCovered && s.evidence.coverage >= supportThreshold && s.matched.length === checkable.length && s.conflicts.length === 0)
    .filter((s) => !attributionIn(claimText, analysis, s))
    .filter((s) => s.negated === analysis.negated || s.evidence.coverage < negationThreshold)
    .sort(byCoverage);
  const quantityConflicts = scored
    .filter((s) => s.namesCovered && s.evidence.coverage >= contradictionThreshold && s.conflicts.length > 0)
    .sort(byCoverage);
  const negations = scored
    // The opposite statement of the same fact: its figures are the claim's (else it is another fact, as « perdre 2 millions » and « gagner 100.000 »).
    .filter((s) => s.namesCovered && s.evidence.coverage >= negationThreshold && s.negated !== analysis.negated && s.conflicts.length === 0 && s.matched.length === checkable.length)
    // A negated claim is not contradicted by a sentence that negates too, in another clause than the one matched best.
    .filter((s) => !(analysis.negated && isNegated(s.evidence.sentence.text, s.evidence.doc.lang)))
    .sort(byCoverage);
  // Another name in the claim's slot contradicts only in a passage that states the claim's figures: else the passage tells another fact.
  const attributions = findAttributions(claimText, analysis, scored.filter((s) => s.matched.length === checkable.length));

  const bestSupport = supports[0];
  const bestConflict = quantityConflicts[0];
  // A contradiction wins over a support only when its passage states clearly more of the claim.
  const beatsSupport = (coverage: number) => !bestSupport || coverage > bestSupport.evidence.coverage + contradictionMargin;
  if (bestConflict && beatsSupport(bestConflict.evidence.coverage)) {
    const pair = pickConflict(bestConflict);
    const verdict: Verdict = {
      label: 'contradicted',
      confidence: bestConflict.evidence.coverage,
      evidence: quantityConflicts.map((s) => s.evidence),
      conflict: {
        kind: pair.claim.kind === 'year' ? 'year' : 'quantity',
        claimStart: pair.claim.numberStart,
        claimEnd: pair.claim.numberEnd,
        sourceText: pair.source.raw,
        sourceQuantity: pair.source,
        claimQuantity: pair.claim,
      },
    };
    const other = quantityConflicts.find((s) => s.evidence.doc !== bestConflict.evidence.doc && s.evidence.coverage >= 0.7);
    if (other) {
      const otherPair = pickConflict(other);
      if (sameMeasure(otherPair.source, pair.source) && !roughlyEqual(otherPair.source.value, pair.source.value)) {
        verdict.disagreement = { evidence: other.evidence, sourceText: otherPair.source.raw };
      }
    }
    return verdict;
  }
  const attribution = attributions[0];
  if (attribution && beatsSupport(attribution.scored.evidence.coverage)) {
    return {
      label: 'contradicted',
      confidence: attribution.scored.evidence.coverage,
      evidence: [attribution.scored.evidence],
      conflict: {
        kind: 'attribution',
        claimStart: attribution.word.start,
        claimEnd: attribution.word.end,
        sourceText: attribution.sourceName,
        sourceName: attribution.sourceName,
      },
    };
  }
  const negation = negations[0];
  if (negation && beatsSupport(negation.evidence.coverage)) {
    return {
      label: 'contradicted',
      confidence: negation.evidence.coverage,
      evidence: [negation.evidence],
      conflict: { kind: 'negation', claimStart: 0, claimEnd: claimText.length, sourceText: negation.evidence.sentence.text },
    };
  }
  if (bestSupport) {
    const verdict: Verdict = { label: 'supported', confidence: bestSupport.evidence.coverage, evidence: supports.map((s) => s.evidence) };
    if (bestConflict && bestConflict.evidence.coverage >= 0.7 && bestConflict.evidence.doc !== bestSupport.evidence.doc) {
      const pair = bestConflict.conflicts[0];
      if (sameMeasure(pair.claim, pair.source) && !roughlyEqual(pair.claim.value, pair.source.value)) {
        verdict.disagreement = { evidence: bestConflict.evidence, sourceText: pair.source.raw };
      }
    }
    return verdict;
  }
  const closest = [...scored].sort(byCoverage);
  return { label: 'unsupported', confidence: 1 - (closest[0]?.evidence.coverage ?? 0) / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
}

function byCoverage(a: { evidence: Evidence; surface?: number }, b: { evidence: Evidence; surface?: number }): number {
  return b.evidence.coverage - a.evidence.coverage || (b.surface ?? 0) - (a.surface ?? 0);
}

/** Figures that can be compared: all but bare small numbers with no unit ("trois éléments" keeps its unit). */
function isCheckable(q: Quantity): boolean {
  return !(q.kind === 'number' && !q.unit && q.value < 10);
}

function retrieve(analysis: ClaimAnalysis, index: CorpusReader): { doc: CorpusDocument; sentence: Sentence }[] {
  const terms: string[] = [];
  const weights = new Map<string, number>();
  for (const word of analysis.words) {
    for (const term of word.terms) {
      terms.push(term);
      if (word.isName) weights.set(term, 2);
    }
  }
  for (const q of analysis.quantities) {
    const key = numberTerm(q);
    if (key) {
      terms.push(key);
      weights.set(key, 1.5);
    }
  }
  return index.searchTerms(terms, candidateCount, weights);
}

/** The retrieval term of a quantity's numeral, as the index has it ("3.57", "2018"). */
function numberTerm(q: Quantity): string | undefined {
  if (q.date) return q.date.day !== undefined ? String(q.date.day) : undefined;
  return Number.isFinite(q.mantissa) ? String(Number(q.mantissa.toPrecision(12))) : undefined;
}

function score(claimText: string, analysis: ClaimAnalysis, doc: CorpusDocument, sentence: Sentence, index: CorpusReader): Scored {
  const view = viewOf(sentence, doc.lang);
  const context = contextTerms(doc, sentence);
  let total = 0;
  let got = 0;
  const uncoveredNames: ClaimWord[] = [];
  let missingNames = 0;
  const namesOutsideSentence: ClaimWord[] = [];
  let antonymFlip = false;
  const crossLanguage = analysis.lang !== doc.lang;
  for (const word of analysis.words) {
    const weight = wordWeight(word, index, crossLanguage);
    total += weight;
    let inSentence = found(word, view.terms) || (word.isName && fuzzyName(word.norm, view));
    if (!inSentence && !word.isName && word.terms.some((t) => frenchAntonymsOf(t).some((a) => view.terms.has(a)))) {
      // The source says the opposite word: it speaks of the same thing, and flips the claim.
      inSentence = true;
      antonymFlip = !antonymFlip;
    }
    const inContext = !inSentence && found(word, context);
    if (word.isName && !inSentence) namesOutsideSentence.push(word);
    if (inSentence) got += weight;
    else if (inContext) got += weight * (word.isName ? 0.8 : 0.5);
    if (word.isName && !inSentence && !inContext) {
      uncoveredNames.push(word);
      missingNames += weight;
    }
  }
  const matched: Quantity[] = [];
  const conflicts: { claim: Quantity; source: Quantity }[] = [];
  const weight = (word: ClaimWord) => wordWeight(word, index, crossLanguage);
  for (const q of analysis.quantities.filter(isCheckable)) {
    const comparable = view.quantities.filter((s) => sameMeasure(q, s, analysis.lang, doc.lang) && sameBase(q, claimText, s, sentence.text, analysis.lang, doc.lang));
    if (comparable.some((s) => sameQuantity(q, s)) || view.quantities.some((s) => sameValueUnitUnwritten(q, s))) {
      matched.push(q);
      continue;
    }
    // A different value conflicts only when it is the value of the same fact (see alignment.ts). A time is the
    // time of the fact the claim's other figures state: it conflicts only in a passage that states them too.
    const isTime = q.kind === 'date' || q.kind === 'year';
    const others = analysis.quantities.filter((o) => o !== q && isCheckable(o) && o.kind !== 'date' && o.kind !== 'year');
    if (isTime && !others.every((o) => view.quantities.some((s) => sameQuantity(o, s) || sameValueUnitUnwritten(o, s)))) continue;
    const frame = claimFrame(claimText, q, analysis);
    const claimNegated = isNegated(polarityText(claimText, q.start, q.end), analysis.lang);
    const base = percentBase(q, claimText, analysis.lang);
    const aligned = comparable
      .filter((s) => !withinSourceBound(q, s))
      .map((s) => ({ s, window: sourceWindow(sentence.text, s, doc.lang) }))
      .filter(({ s, window }) => !base || percentBase(s, sentence.text, doc.lang) !== undefined || base.some((t) => window.has(t)))
      .filter(({ s }) => isNegated(polarityText(sentence.text, s.start, s.end), doc.lang) === claimNegated)
      .map(({ s, window }) => ({ s, alignment: align(frame, window, weight) }))
      .filter((a) => isAligned(a.alignment) && sameTime(analysis, q, sentence.text, view.quantities, a.s));
    if (aligned.length === 0) continue;
    const best = Math.max(...aligned.map((a) => a.alignment.share));
    const sources = aligned.filter((a) => a.alignment.share >= best - 1e-9).map((a) => a.s);
    conflicts.push({ claim: q, source: closestInContext(q, claimText, sources, sentence.text, analysis.lang, doc.lang) });
  }
  // Figures stated count towards coverage too: a passage with the same figure says more of the claim.
  const figureWeight = 2;
  total += figureWeight * analysis.quantities.filter(isCheckable).length;
  got += figureWeight * matched.length + figureWeight * 0.5 * conflicts.length;
  const claimTerms = analysis.words.flatMap((w) => w.terms);
  let statingClause = view.clauses[0];
  let bestOverlap = -1;
  for (const clause of view.clauses) {
    const overlap = claimTerms.filter((t) => clause.terms.has(t)).length;
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      statingClause = clause;
    }
  }
  return {
    negated: (statingClause?.negated ?? false) !== antonymFlip,
    surface: surfaceOverlap(analysis, sentence.text),
    evidence: { doc, sentence, coverage: total > 0 ? (got / total) * (sentence.heading ? headingFactor : 1) : 0 },
    coverageBesideNames: total > 0 ? (got + missingNames) / total : 0,
    namesOutsideSentence,
    namesCovered: uncoveredNames.length === 0,
    uncoveredNames,
    matched,
    conflicts,
    view,
  };
}

const maxWeight = 6;
const unknownWeight = 3;

/**
 * How much finding a word counts: its rarity in the corpus. A word the corpus never uses weighs as a rare one
 * in a same-language claim (the claim says something the sources do not), and little across languages (the
 * glossary may simply lack it).
 */
function found(word: ClaimWord, terms: ReadonlySet<string>): boolean {
  return word.terms.some((t) => terms.has(t)) || (word.parts.length > 1 && word.parts.every((p) => terms.has(p)));
}

/**
 * Of several source figures that measure the same thing, the one written in the most similar words around
 * it ("portera la capacité … à 6 000 MW" ↔ "passera de 2 800 à 4 800 MW": the one after "à").
 */
function closestInContext(claim: Quantity, claimText: string, sources: Quantity[], sourceText: string, claimLang: Lang, sourceLang: Lang): Quantity {
  if (sources.length === 1) return sources[0];
  const around = (text: string, q: Quantity, lang: Lang) => {
    const before = text.slice(Math.max(0, q.start - 40), q.approxStart ?? q.start).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3);
    return new Set([...before, ...termsOf(text.slice(q.end, q.end + 40), lang).slice(0, 3)]);
  };
  const claimWords = around(claimText, claim, claimLang);
  let best = sources[0];
  let bestScore = -1;
  for (const source of sources) {
    const words = around(sourceText, source, sourceLang);
    const shared = [...claimWords].filter((w) => words.has(w)).length;
    if (shared > bestScore) {
      best = source;
      bestScore = shared;
    }
  }
  return best;
}

function wordWeight(word: ClaimWord, index: CorpusReader, crossLanguage: boolean): number {
  const idf = Math.max(...word.terms.map((t) => index.idf(t)), 0);
  const base = idf === 0 ? (crossLanguage ? 0.5 : unknownWeight) : Math.min(Math.max(idf, 1), maxWeight);
  return word.isName ? base * 1.5 : base;
}

function surfaceOverlap(analysis: ClaimAnalysis, text: string): number {
  const folded = text.toLowerCase();
  const words = analysis.words;
  if (words.length < 2) return 0;
  let pairs = 0;
  for (let i = 1; i < words.length; i++) {
    if (folded.includes(words[i - 1].text.toLowerCase()) && folded.includes(words[i].text.toLowerCase())) pairs++;
  }
  return pairs / (words.length - 1);
}

/** A name matched despite a spelling variant of the corpus ("Deepsek" for "Deepseek"): one edit, long names only. */
function fuzzyName(norm: string, view: PassageView): boolean {
  if (norm.length < 5) return false;
  for (const other of view.names.keys()) {
    if (Math.abs(other.length - norm.length) <= 1 && damerauLevenshtein(norm, other).steps <= 1) return true;
  }
  return false;
}

/** Whether two quantities measure the same kind of thing (so that different values conflict). */
function sameMeasure(a: Quantity, b: Quantity, aLang: Lang = 'fr', bLang: Lang = 'fr'): boolean {
  if (a.kind === 'year' || b.kind === 'year' || a.kind === 'date' || b.kind === 'date') return a.kind === b.kind;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'percent' || a.kind === 'multiplier') return true;
  if (a.kind === 'money') return !a.unit || !b.unit || a.unit === b.unit;
  if (!a.unit || !b.unit) return false;
  return unitTerms(a.unit, aLang).some((t) => unitTerms(b.unit!, bLang).includes(t));
}

function unitTerms(unit: string, lang: Lang): string[] {
  return termsForStem(unit, lang);
}

/**
 * A source number equal to the claim's value whose unit the source leaves to the context ("l'enseigne en a
 * retiré 384" for "a retiré 384 boîtes"): the source states the value, so it is no conflict.
 */
function sameValueUnitUnwritten(claim: Quantity, source: Quantity): boolean {
  if (source.kind !== 'number' || source.unit !== undefined || claim.kind === 'year' || source.words) return false;
  return Math.abs(claim.value - source.value) <= 1e-9 * Math.max(1, Math.abs(claim.value));
}

/**
 * A source bound that an exact claim value keeps ("plus de 40 mètres" and "96 mètres"): no conflict, whatever
 * else the claim says.
 */
function withinSourceBound(claim: Quantity, source: Quantity): boolean {
  if (claim.approx) return false;
  if (source.approx === 'more-than' || source.approx === 'at-least') return claim.value >= source.value;
  if (source.approx === 'less-than' || source.approx === 'at-most') return claim.value <= source.value;
  return false;
}

/**
 * The terms of the noun a percentage is of ("34 % des cheminots" → the stems of "cheminots", with synonyms and,
 * for English, French equivalents and cognate stem); undefined when none is written.
 */
function percentBase(q: Quantity, text: string, lang: Lang): string[] | undefined {
  if (q.kind !== 'percent') return undefined;
  const match = /^\s*(?:des|du|de|d['’]|of)\s*(?:(?:the|its|their|his|her|our|la|le|les|l['’]|sa|son|ses|leur|leurs|notre|nos|ce|cette|ces)\s*)?([\p{L}-]{3,})/iu.exec(text.slice(q.end, q.end + 40));
  if (!match) return undefined;
  const word = match[1].toLowerCase();
  if (lang === 'fr') return termsForStem(stem(word, 'fr'), 'fr');
  return [...termsForStem(stem(word, 'en'), 'en'), stem(word, 'fr')];
}

/** Percentages of different wholes ("34 % des cheminots", "57 % des Français") are not values of one fact. */
function sameBase(claim: Quantity, claimText: string, source: Quantity, sourceText: string, claimLang: Lang, sourceLang: Lang): boolean {
  const a = percentBase(claim, claimText, claimLang);
  const b = percentBase(source, sourceText, sourceLang);
  return !a || !b || a.some((t) => b.includes(t));
}

/**
 * Whether the claim and the source date their values alike: a claim year or date (other than the value compared)
 * that the source value's clause contradicts with another one makes them two facts ("en 2018" against "en 2019",
 * "publié le 5 avril" against "datée du 23 mars").
 */
function sameTime(analysis: ClaimAnalysis, claim: Quantity, sourceText: string, sourceQuantities: Quantity[], source: Quantity): boolean {
  if (claim.kind === 'year' || claim.kind === 'date') return true;
  const isTime = (q: Quantity) => q.kind === 'year' || q.kind === 'date';
  const claimTimes = analysis.quantities.filter((q) => q !== claim && isTime(q));
  if (claimTimes.length === 0) return true;
  const clause = clauseAround(sourceText, source.start, source.end);
  const sourceTimes = sourceQuantities.filter((q) => q !== source && isTime(q) && q.start >= clause.start && q.end <= clause.end);
  return sourceTimes.length === 0 || sourceTimes.some((s) => claimTimes.some((c) => sameTimeValue(c, s)));
}

/** Whether two time qualifiers can name the same time: equal years, the same day, or a date in that year. */
function sameTimeValue(a: Quantity, b: Quantity): boolean {
  if (a.date && b.date) return sameDate(a.date, b.date);
  const year = (q: Quantity) => (q.date ? q.date.year : q.value);
  const ya = year(a);
  const yb = year(b);
  return ya === undefined || yb === undefined || ya === yb;
}

function roughlyEqual(x: number, y: number): boolean {
  return Math.abs(x - y) <= 0.05 * Math.max(Math.abs(x), Math.abs(y));
}

function pickConflict(scored: Scored): { claim: Quantity; source: Quantity } {
  return scored.conflicts.find((c) => c.claim.kind !== 'year') ?? scored.conflicts[0];
}

/**
 * Attribution conflicts: the passage states the claim but with another name in the same place
 * ("directeur général de Tunnel Euralpin" where the claim says "directeur général de Mercalp").
 * The claim's name may still appear near the passage: what counts is the sentence that states the rest.
 */
function findAttributions(claimText: string, analysis: ClaimAnalysis, scored: Scored[]): Attribution[] {
  const found: Attribution[] = [];
  for (const s of scored) {
    const attribution = attributionIn(claimText, analysis, s);
    if (attribution) found.push(attribution);
  }
  return found.sort((a, b) => byCoverage(a.scored, b.scored));
}

interface Attribution {
  scored: Scored;
  word: ClaimWord;
  sourceName: string;
}

function attributionIn(claimText: string, analysis: ClaimAnalysis, s: Scored): Attribution | undefined {
  const outside = namePhrases(claimText, s.namesOutsideSentence);
  if (outside.length !== 1 || s.conflicts.length > 0 || namePhrases(claimText, s.uncoveredNames).length > 1) return undefined;
  if (analysis.words.filter((w) => w.isName).length < 2 || s.coverageBesideNames < 0.75) return undefined;
  const word = outside[0];
  const slot = wordsBefore(claimText, word.start);
  if (!slot) return undefined;
  const sourceText = s.evidence.sentence.text;
  const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
  for (const [norm, original] of s.view.names) {
    if (claimNames.has(norm)) continue;
    const at = sourceText.indexOf(original);
    if (at >= 0 && wordsBefore(sourceText, at) === slot) return { scored: s, word, sourceName: nameFrom(sourceText, at) };
  }
  return undefined;
}

/** Groups adjacent name words ("Domaine", "Lecoq") into one name phrase each ("Domaine Lecoq"). */
function namePhrases(claimText: string, words: ClaimWord[]): ClaimWord[] {
  const phrases: ClaimWord[] = [];
  for (const word of [...words].sort((a, b) => a.start - b.start)) {
    const last = phrases[phrases.length - 1];
    if (last && /^[\s'’-]*$/.test(claimText.slice(last.end, word.start))) {
      phrases[phrases.length - 1] = { ...last, text: claimText.slice(last.start, word.end), end: word.end };
    } else {
      phrases.push(word);
    }
  }
  return phrases;
}

/** The name that starts at `at`, with the capitalised words that follow it ("Tunnel Euralpin"). */
function nameFrom(text: string, at: number): string {
  const match = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*))*/u.exec(text.slice(at));
  return match ? match[0] : text.slice(at).split(/\s/)[0];
}

const articles = new Set(['le', 'la', 'les', "l'", 'l’', 'the', 'a', 'an', 'un', 'une']);
const contractions: Record<string, string> = { du: 'de', des: 'de', "d'": 'de', 'd’': 'de', au: 'à', aux: 'à' };

/**
 * The words right before an offset that place a name: the previous word, and when it is a short linking word
 * ("de", "of"), the one before too ("présidente de"); articles and contractions are evened out, so that
 * "présidente du Domaine" and "présidente de la Société" share a slot.
 */
function wordsBefore(text: string, offset: number): string | undefined {
  const words = text
    .slice(Math.max(0, offset - 60), offset)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((w) => (/^[dl]['’]./.test(w) ? [w.slice(0, 2), w.slice(2)] : [w]))
    .filter(Boolean);
  while (words.length > 0 && articles.has(words[words.length - 1])) words.pop();
  const last = words.pop();
  if (!last) return undefined;
  const linking = contractions[last] ?? last;
  if (linking.length > 3) return linking;
  const before = words.pop();
  return before ? `${before} ${linking}` : undefined;
}
