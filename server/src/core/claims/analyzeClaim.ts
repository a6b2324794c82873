import { withoutTitleNegations } from './polarity';
import { withoutBoundNegations } from './negatedBound';
import { withoutRestrictivePlusFr } from './restrictionFr';
import { negatedByOtherForms } from './negations';
import type { NameStats } from '../index/nameStats';
import { monthOfYear } from '../text/calendarDate';
import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { isNumberWord } from '../text/numberWords';
import { parseDates } from '../text/dates';
import { parseQuantities, withDates, type Quantity } from '../text/quantities';
import { isStopWord, stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { termsForWord } from './lexicon';
import { monthOfNumericDate } from './numericDates';
import { plainSentenceReason } from './plainClaims';
import { insideQuotation, quotedSpans } from './quotations';

/** A content word of a claim, with the terms that count as finding it in a source. */
export interface ClaimWord {
  text: string;
  norm: string;
  start: number;
  end: number;
  /** A proper noun, acronym or product name. */
  isName: boolean;
  /** Retrieval terms that stand for this word in a source (its stem, synonyms, translations). */
  terms: string[];
  /** The counted noun of a quantity ("ingénieurs" in "3,57 millions d'ingénieurs"). */
  isUnit: boolean;
  /** For a hyphenated word ("Bordeaux-Toulouse"), the terms of its parts: found when all of them are. */
  parts: string[];
}

export type NotClaimReason = 'question' | 'signposting' | 'no-fact' | 'too-short' | 'heading' | 'label';

/** What the checker reads in one sentence of a draft. */
export interface ClaimAnalysis {
  lang: Lang;
  /** Whether the sentence makes a checkable claim. */
  isClaim: boolean;
  reason?: NotClaimReason;
  words: ClaimWord[];
  quantities: Quantity[];
  negated: boolean;
}

/** Discourse words that carry no fact of their own: left out of the content a source must state. */
const discourseWords = new Set([
  'grace', 'selon', 'afin', 'ainsi', 'egalement', 'notamment', 'desormais', 'deja', 'actuellement', 'aujourd\'hui',
  'encore', 'toujours', 'seulement', 'meme', 'aussi', 'cependant', 'pourtant', 'neanmoins', 'enfin', 'puis',
  // « Côté prix, … »: a topic marker, not part of the fact.
  'cote',
  'according', 'also', 'already', 'currently', 'however', 'still', 'even', 'only', 'now', 'today',
]);

/** A sentence about the draft itself: "Cette note fait le point sur…", "In this section, …". */
const selfReference =
  /^(?:(?:dans|en|par|pour|avec|in|with|for)\s+)?(?:(?:ces|these)\s+(?:notes|pages|lignes|lines)\b|(?:cette|ce|cet|la presente|le present|this|the present)\s+(?:note|rapport|section|document|synthese|chapitre|partie|etude|article|brouillon|report|chapter|part|study|paper|memo|brief|draft(?!\s+(?:law|bill|resolution|constitution|budget|agreement|deal|treaty|decree|directive|regulation|legislation|text|plan|proposal|report|rules?)\b))\b)/;
/** A writer's aside label before what follows (« Note : ce brouillon… », "NB: this draft…"): read past it. */
const asideLabel = /^(?:note|nota bene|nb|n\.b\.|remarque|avertissement|disclaimer|caveat)\s*:\s*/;
/**
 * A line that lists where the text comes from (« Sources : … », "References: …", "See also: …"): an attribution,
 * not a statement, whatever dates or names it holds.
 */
const attributionLine = /^(?:sources?|references?|bibliographie|bibliography|credits?|lire aussi|a lire aussi|voir aussi|see also|further reading)\s*:/;

/** A line that only says what it is about: « À propos de X », "About X", "Regarding X". */
const aboutLine = /^(?:a propos d|au sujet d|concernant|s'agissant d|about|regarding|concerning|as for|as regards)\b/;
/** A transition that moves the reader on: « Revenons à… », « Passons maintenant… », "Let us turn to…", "Turning to…". */
const transition =
  /^(?:revenons|passons|venons-en|voyons|examinons|abordons|tournons-nous|penchons-nous|terminons|commencons|concluons|let us|let's|lets|turning to|moving on|back to|we now turn|we turn)\b/;
/** The draft naming itself anywhere: « dans ce dossier », "in this report". */
const draftReference = /\b(?:dans|de|en) (?:ce|cette) (?:dossier|note|rapport|section|synthese|chapitre|document)\b|\bin this (?:report|note|section|file|memo|brief|chapter|document)\b/;

const firstPerson = new Set(['nous', 'je', 'we', 'i', 'our', 'notre', 'nos', 'us']);
// "ne … plus que" restricts ("only"), it does not negate.
// Up to two words between the verb and « pas » (« n'ont en revanche pas retenu »).
// A quotation may open on the negation (« la France n'est "pas tenue" de … »).
const negationFr = /(?:^|[\s'’])(?:ne|n['’])\s*\S*(?:\s+\S+){0,2}?\s+["«“‘]?\s*(?:pas|jamais|plus(?!\s+(?:que|qu['’]))|aucun|aucune|rien|nullement|guère)\b/i;
// A contraction is one token ("don't", "didn’t", "won't", "can't"): its « n't » follows a letter, with a straight or curly apostrophe.
const negationEn = /\b(?:not|never|no longer|cannot)\b|(?:^|[\s"“‘'(])n['’]t\b|(?<=\p{L})n['’]t(?!\p{L})/iu;
/** A negative word before the verb's « ne » (« aucune mise en service n'est actée », « rien ne change », « ni X ni Y n'étaient »). */
const negativeSubjectFr = /(?:^|[\s'’(.])(?:aucun|aucune|personne|rien|nul|nulle|ni)\s[^.;:]{0,80}?(?:\sne\s|\sn['’])/iu;
/** « plus aucun », « plus personne », « plus rien »: a negation even where spoken French drops its « ne » (« plus aucun foyer restait privé »). */
const noMoreFr = /(?:^|[\s,;:'’(])plus\s+(?:aucun|aucune|personne|rien)(?![\p{L}])/iu;

/** Refusal says no to what follows it (« refusant de poursuivre », « refused to sign »), and so does « non » after a verb of judging (« jugée non justifiée »). */
const refusalFr = /(?:^|[\s'’])(?:refus\p{L}*\s+(?:de|d['’])|renon\p{L}*\s+(?:à|a)\s)|(?:^|\s)(?:est|sont|était|étaient|sera|seront|jug\p{L}*|estim\p{L}*|consid[eé]r\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,5}?non\s+\p{L}{4,}/iu;
const refusalEn = /\b(?:refus\w*|declin\w*)\s+to\b/i;

/** Whether a sentence is negated ("n’a pas", "ne … jamais", "did not", "refusant de", "non justifiée"). */
export function isNegated(sentence: string, lang: Lang): boolean {
  // « ne … plus … que » with words between restricts, it does not negate (restrictionFr.ts).
  // « ne pesait pas plus de 19 tonnes », "no more than 19": the negation is the bound's, read with the figure (negatedBound.ts).
  const text = withoutBoundNegations(lang === 'fr' ? withoutRestrictivePlusFr(withoutTitleNegations(sentence)) : withoutTitleNegations(sentence), lang);
  if (negatedByOtherForms(text, lang)) return true; // An aside before « aucun », "no arrests" (negations.ts).
  return lang === 'fr' ? negationFr.test(text) || negativeSubjectFr.test(text) || noMoreFr.test(text) || refusalFr.test(text) : negationEn.test(text) || refusalEn.test(text);
}

/**
 * Reads a draft sentence: its content words (with the source terms that would match them), its quantities,
 * whether it is negated, and whether it is a checkable claim at all — questions, signposting ("Dans cette
 * note, nous…") and sentences with neither a figure nor a name are not.
 */
export function analyzeClaim(text: string, lang: Lang, names: NameStats, options: { heading?: boolean } = {}): ClaimAnalysis {
  const quantities = withDates(parseQuantities(text, lang), parseDates(text, lang));
  // A date's month name stays a content word: sources name the month too, and it says what the date is.
  // So does the month of a year ("June 2002": see monthOfYear), which is no name either.
  const dateSpans = quantities.flatMap((q) => (q.date ? [q] : q.kind === 'year' ? [monthOfYear(text, q)].filter((d) => d !== undefined) : [])).map((q): readonly [number, number] => [q.start, q.end]);
  // A unit written in the figure's own token ("350p", « deux-tiers ») is part of the figure's token.
  const inlineEnd = (q: Quantity) => (q.end > q.numberEnd && !/\s/.test(text.slice(q.numberEnd, q.end)) ? q.end : q.numberEnd);
  const numberSpans = quantities.map((q): readonly [number, number] => (q.date ? [q.numberStart, q.numberStart + (/^\d+/.exec(q.raw)?.[0].length ?? 0)] : [q.numberStart, inlineEnd(q)]));
  const unitSpans = quantities.filter((q) => q.kind === 'number' && q.unit).map((q) => [q.numberEnd, q.end] as const);
  const inside = (spans: readonly (readonly [number, number])[], start: number, end: number) => spans.some(([s, e]) => start >= s && end <= e);
  const tokens = tokenize(text);
  const quotes = quotedSpans(text);
  const words: ClaimWord[] = [];
  let firstPersonSeen = false;
  let firstWord = true;
  for (const [i, token] of tokens.entries()) {
    if (token.kind !== 'word') continue;
    const initial = firstWord;
    firstWord = false;
    // "US" is the country, not the pronoun: a first person is written in lowercase, or capitalised only (« Nous », "We", "I").
    // A first person inside quoted speech is the speaker's, not the writer's (quotations.ts).
    if (firstPerson.has(token.norm) && (token.text.length === 1 || token.text !== token.text.toUpperCase()) && !insideName(tokens, i, initial) && !insideQuotation(quotes, token.start)) firstPersonSeen = true;
    if (isStopWord(token.norm, lang) || isNumberWord(token.norm, lang) || discourseWords.has(token.norm)) continue;
    if (inside(numberSpans, token.start, token.end)) continue;
    if (lang === 'en' && isNumeroSign(text, token.text, token.end)) continue;
    words.push({
      text: token.text,
      norm: token.norm,
      start: token.start,
      end: token.end,
      // A capitalised month of a date ("27 March") is no name: the date is compared as a value.
      isName: !inside(dateSpans, token.start, token.end) && looksLikeName(token.text, token.norm, initial, names),
      terms: termsForWord(token.lower, token.norm, lang),
      isUnit: inside(unitSpans, token.start, token.end),
      parts: token.lower.includes('-') ? token.lower.split('-').filter((p) => p && !isStopWord(fold(p), lang)).map((p) => stem(p, lang)) : [],
    });
  }
  // A date written in figures names its month as a source writing it out does (numericDates.ts).
  for (const month of quantities.flatMap((q) => monthOfNumericDate(q, lang) ?? [])) {
    const at = words.findIndex((w) => w.start > month.start);
    const word: ClaimWord = { text: month.word, norm: fold(month.word), start: month.start, end: month.end, isName: false, terms: termsForWord(month.word, fold(month.word), lang), isUnit: false, parts: [] };
    words.splice(at < 0 ? words.length : at, 0, word);
  }
  const analysis: ClaimAnalysis = { lang, isClaim: true, words, quantities, negated: isNegated(text, lang) };
  const reason = notClaimReason(text, analysis, firstPersonSeen, options.heading === true);
  if (reason) {
    analysis.isClaim = false;
    analysis.reason = reason;
  }
  return analysis;
}

function notClaimReason(text: string, analysis: ClaimAnalysis, firstPersonSeen: boolean, heading: boolean): NotClaimReason | undefined {
  const facts = analysis.quantities.length;
  const names = analysis.words.filter((w) => w.isName).length;
  if (/\?\s*["»”')\]]*\s*$/.test(text)) return 'question';
  if (heading && facts === 0) return 'heading';
  if (firstPersonSeen && facts === 0) return 'signposting';
  const folded = fold(text).replace(asideLabel, '');
  if (attributionLine.test(folded)) return 'label';
  if (selfReference.test(folded) || (facts === 0 && (aboutLine.test(folded) || transition.test(folded) || draftReference.test(folded)))) return 'signposting';
  // A table row written outside a table (« | Date | Montant | »): short cells between pipes are structure, not prose.
  const cells = /^\s*\|(.*)\|\s*$/.exec(text)?.[1].split('|');
  if (cells && cells.length >= 2 && cells.every((cell) => cell.trim().split(/\s+/).filter(Boolean).length <= 5)) return 'label';
  // A label that introduces what follows ("Bilan 2019 :", "Key dates:"): no statement of its own.
  if (/:\s*$/.test(text) && analysis.words.length <= 5) return 'no-fact';
  // Neither a figure nor a name: a plain claim, unless it judges, points at the draft's parts or is too short (plainClaims.ts).
  if (facts === 0 && names === 0) return plainSentenceReason(folded, analysis.words.length, analysis.lang);
  if (analysis.words.length < 2 && facts === 0) return 'too-short';
  return undefined;
}

/**
 * A capitalised first-person word between capitalised words inside a sentence is part of a name ("Save Our
 * Community", « Touche Pas à Nos Enfants »), not the writer speaking.
 */
function insideName(tokens: readonly { kind: string; text: string }[], i: number, initial: boolean): boolean {
  const text = tokens[i].text;
  if (initial || text.length === 1 || text[0] === text[0].toLowerCase()) return false;
  const capitalised = (t: { kind: string; text: string } | undefined) => t?.kind === 'word' && t.text[0] !== t.text[0].toLowerCase();
  const word = (from: number, step: number) => {
    for (let j = from + step; j >= 0 && j < tokens.length; j += step) if (tokens[j].kind === 'word') return tokens[j];
    return undefined;
  };
  return capitalised(word(i, -1)) || capitalised(word(i, 1));
}

/**
 * "No." before a number ("Reactor No. 1", "Gate No 4", "the No. 10 shirt"): the English sign of a number in a
 * series, as « n° » is in French. It is part of the identifier, neither a word of the claim nor a name (a
 * capitalised "No" read as a name was looked for in every passage and never found across languages).
 */
function isNumeroSign(text: string, written: string, end: number): boolean {
  return /^no$/i.test(written) && (written === 'No' || text[end] === '.') && /^\.?\s?\d/.test(text.slice(end));
}

function looksLikeName(text: string, norm: string, initial: boolean, names: NameStats): boolean {
  const capitalized = text[0] !== text[0].toLowerCase();
  const innerCapital = /.\p{Lu}/u.test(text);
  const hasDigit = /\d/.test(text);
  if (hasDigit && /\p{L}/u.test(text)) return true;
  if (!capitalized && !innerCapital) return false;
  if (!initial) return true;
  // A capitalised first word is a name when the corpus writes it as one, or never uses it and it is no
  // function word ("Apple a choisi…", not "Parmi les experts…").
  return names.isName(norm) || innerCapital || (!names.has(norm) && !isFunctionWord(norm));
}

