import { countsAfter } from './countAfterOf';
import type { Lang } from '../types';
import { sameDate, type CalendarDate } from './dates';
import { fold } from './normalize';
import { formatPlain, parseNumeral } from './numbers';
import {
  isArticleOne,
  isMultiplierWord,
  isNumberConnector,
  isNumberWord,
  numberToWords,
  numberWordsCompose,
  numberWordsValue,
  decimalWordsFraction,
  isDecimalPointWord,
} from './numberWords';
import { withRatios } from './ratios';
import { withScores } from './scores';
import { withTimesOfDay } from './timesOfDay';
import { withYearMeasures, YEARS_COMPLEMENT_AFTER } from './yearMeasures';
import { isBareMillion } from './bareMillion';
import { gluedUnit } from './gluedUnits';
import { DECADE_UNIT, isDecadeAt, sameDecade } from './decades';
import { withConversionScale } from './conversionScale';
import { detectLang, isStopWord, stem } from './stem';
import { tokenize, type Token } from './tokenize';

export type QuantityKind = 'number' | 'percent' | 'money' | 'year' | 'multiplier' | 'date';
export type Approx = 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most';

export interface Quantity {
  /** Start of the whole expression: qualifier excluded, currency sign included. */
  start: number;
  /** End of the whole expression: numeral, scale word and unit ("3,57 millions d'ingénieurs"). */
  end: number;
  /** Start of the numeral and scale word ("3,57 millions"): what a quick fix replaces. */
  numberStart: number;
  numberEnd: number;
  /** Fully scaled value: 3.57e6 for "3,57 millions". Percentages are in percent: 60 for "60 %". */
  value: number;
  mantissa: number;
  /** 1, 1e3, 1e6, 1e9 or 1e12. */
  scale: number;
  kind: QuantityKind;
  /**
   * '%', an ISO currency code ('USD', 'EUR', 'CNY', 'GBP', 'JPY'), 'x' for multipliers, or for a
   * count the folded stem of the counted noun ("ingenieur", "region").
   */
  unit?: string;
  /** Qualifier before the number ("près de", "plus de", "at least"…). */
  approx?: Approx;
  /** Start of the qualifier when there is one. */
  approxStart?: number;
  /** `text[start, end)`. */
  raw: string;
  /** The decimal separator as written, when the numeral has a fractional part. */
  decimalSeparator?: ',' | '.';
  /** The scale word as written ("millions", "billion", "M", "Md", "bn"). */
  scaleWord?: string;
  /** The scale was not written but read from the sum's conversion in parentheses ("$6.3 (£3.35m)", see conversionScale.ts). */
  scaleInferred?: boolean;
  /** The thousands separator as written ("100 000", "1,000,000"). */
  groupSeparator?: string;
  /** Written in words ("quatre", "twenty-one"). */
  words?: boolean;
  /** A verb of change states the factor (« a doublé », "tripled"): kind 'multiplier'. */
  changeVerb?: boolean;
  /** For kind 'date': the day, month and year as written (see dates.ts). */
  date?: CalendarDate;
  /**
   * A count of a noun the text named before (« Huit d'entre elles », "five of them"): no unit of its own; or of part
   * of the count right before it (« 16 blessés, dont neuf »): that count's unit.
   */
  partitive?: boolean;
  /** A person's age (« Mr Ebbers, 63, », "65 years old", « Angela, 56 ans, »): a number of years of its own fact. */
  age?: boolean;
  /** A number of years that is a span of time (« pendant 10 ans », "for 10 years", "10 years ago"), never an age: see yearMeasures.ts. */
  span?: boolean;
  /** A share written as a fraction in words (« la moitié des », "a third of"): kind 'percent', compared within 10 %. */
  fraction?: boolean;
  /**
   * For kind 'percent', what the words around it make it (see {@link withPercentRoles}): 'change', a rise or fall
   * ("30% more", "rose 30%", « en hausse de 30 % », « 30 % plus cher »), or 'share', a part of a whole ("45% of all
   * gas", « 45 % des ventes »). Absent: the words do not say.
   */
  percentRole?: 'change' | 'share';
  /**
   * A time of day whose figure does not write its value (« cinq heures du soir » is 17 h, "3am", "0400 GMT",
   * « midi »: see timesOfDay.ts): a fix writes the source's expression in its place, never a figure.
   */
  clockWritten?: boolean;
}

/** The minutes of a time of day glued to its half of the day, after a colon ("6:45pm" is "6", ":", "45pm"). */
const GLUED_MERIDIEM = /^(\d{2})([ap]m)$/i;
/** A time of day written as one word with its half of the day: hour, minutes after a dot or a colon, am/pm ("6pm", "6.45pm"). */
const ONE_WORD_MERIDIEM = /^(\d{1,2})(?:[.:](\d{2}))?([ap]m)$/i;
/** Words that place a fact at a time of day, before a time written with a colon (see readClock). */
const CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'since', 'a', 'des', 'vers', 'avant', 'apres', 'jusqu', 'depuis']);
const SCALE_WORDS: Record<Lang, ReadonlyMap<string, number>> = {
  fr: new Map([
    ['mille', 1e3], ['million', 1e6], ['millions', 1e6], ['milliard', 1e9], ['milliards', 1e9],
    ['billion', 1e12], ['billions', 1e12],
  ]),
  en: new Map([
    ['thousand', 1e3], ['million', 1e6], ['millions', 1e6], ['billion', 1e9], ['billions', 1e9],
    ['trillion', 1e12], ['trillions', 1e12],
  ]),
};

/**
 * Collective numerals (« une quinzaine de coups », « une centaine de personnes », "a dozen people"): a scale
 * that makes the figure approximate. Folded, singular and plural.
 */
const COLLECTIVES: Record<Lang, ReadonlyMap<string, number>> = {
  fr: new Map(
    ([['dizaine', 10], ['douzaine', 12], ['quinzaine', 15], ['vingtaine', 20], ['trentaine', 30], ['quarantaine', 40], ['cinquantaine', 50], ['soixantaine', 60], ['centaine', 100], ['millier', 1000]] as const).flatMap(
      ([word, n]) => [[word, n], [`${word}s`, n]] as const,
    ),
  ),
  en: new Map([['dozen', 12], ['dozens', 12]]),
};

/** Whether a scale word is a collective numeral (« quinzaine », "dozen"). */
export function isCollective(scaleWord: string): boolean {
  const folded = fold(scaleWord);
  return COLLECTIVES.fr.has(folded) || COLLECTIVES.en.has(folded);
}

interface Abbreviation {
  scale: number;
  /** Ambiguous ("m" for metres): a scale only next to a currency. */
  needsCurrency: boolean;
}

/** Scale abbreviations, case-sensitive. */
const SCALE_ABBREVIATIONS: ReadonlyMap<string, Abbreviation> = new Map([
  ['k', { scale: 1e3, needsCurrency: false }],
  ['K', { scale: 1e3, needsCurrency: false }],
  ['M', { scale: 1e6, needsCurrency: false }],
  ['Md', { scale: 1e9, needsCurrency: false }],
  ['Mds', { scale: 1e9, needsCurrency: false }],
  ['Mrd', { scale: 1e9, needsCurrency: false }],
  ['Mrds', { scale: 1e9, needsCurrency: false }],
  ['bn', { scale: 1e9, needsCurrency: false }],
  ['Bn', { scale: 1e9, needsCurrency: false }],
  ['tn', { scale: 1e12, needsCurrency: false }],
  ['m', { scale: 1e6, needsCurrency: true }],
  ['b', { scale: 1e9, needsCurrency: true }],
  ['B', { scale: 1e9, needsCurrency: true }],
  ['T', { scale: 1e12, needsCurrency: true }],
]);
const SUFFIXED = /^(\d+(?:[.,]\d+)?)(k|K|M|Mds?|Mrds?|[bB]n|tn|m|b|B|T|x|X)$/;

const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'],
]);
/** Currency words and codes, folded. */
const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['usd', 'USD'], ['dollar', 'USD'], ['dollars', 'USD'],
  ['eur', 'EUR'], ['euro', 'EUR'], ['euros', 'EUR'],
  ['cny', 'CNY'], ['rmb', 'CNY'], ['yuan', 'CNY'], ['yuans', 'CNY'], ['renminbi', 'CNY'],
  ['jpy', 'JPY'], ['yen', 'JPY'], ['yens', 'JPY'],
  ['gbp', 'GBP'], ['pence', 'GBp'], ['penny', 'GBp'], ['pennies', 'GBp'], ['chf', 'CHF'], ['inr', 'INR'], ['roupie', 'INR'], ['roupies', 'INR'], ['rupee', 'INR'], ['rupees', 'INR'],
]);
/** Words naming a currency only when followed by "sterling". */
const STERLING_WORDS = new Set(['livre', 'livres', 'pound', 'pounds']);
const PERCENT_WORDS = new Set(['pourcent', 'pourcents', 'percent', 'pct']);
const MULTIPLIER_WORDS = new Set(['fois', 'times']);
const LINKING_WORDS = new Set(['de', "d'", 'of']);
/** What follows « d' » / "of" in a count of a noun named before (« huit d'entre elles », "five of them"). */
const PARTITIVE_PRONOUNS = new Set(['entre', 'them', 'those', 'whom', 'which']);
/** English possessive determiners, which no stop-word list of ours holds in full: never a counted noun. */
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const MONTHS = new Set([
  'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre',
  'novembre', 'decembre', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'janv', 'fev', 'fevr', 'avr', 'juil',
]);
/** Words before a four-digit number that make it a year even when a plural noun follows. */
const YEAR_CONTEXT = new Set([
  'en', 'in', 'depuis', 'since', 'annee', 'annees', 'year', 'de', "d'", 'du', 'a', 'au', 'avant',
  'apres', 'before', 'after', 'by', 'until', 'till', 'from', 'to', 'vers', 'fin', 'debut', 'mi',
  'during', 'pendant', 'of', 'the', 'et', 'and', 'ou', 'or', 'entre', 'between', 'through', 'le',
  "l'", 'des', "jusqu'", 'circa',
]);
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;
/** The first four-digit number read as a year before {@link MIN_YEAR}, after a word of {@link EARLY_YEAR_CONTEXT}. */
const MIN_EARLY_YEAR = 1000;
/** Words that make a four-digit number before {@link MIN_YEAR} a year: they place a fact in time (« en 1612 », "since 1720"). */
const EARLY_YEAR_CONTEXT = new Set(['en', 'in', 'depuis', 'since', 'vers', 'circa']);

const APPROX_PHRASES: ReadonlyArray<readonly [readonly string[], Approx]> = (
  [
    [['pres', 'de'], 'about'], [['environ'], 'about'], [['env'], 'about'], [['quelque'], 'about'],
    [['autour', 'de'], 'about'], [['aux', 'alentours', 'de'], 'about'], [['a', 'peu', 'pres'], 'about'],
    [['approximativement'], 'about'], [['presque'], 'about'], [['pas', 'loin', 'de'], 'about'],
    [['about'], 'about'], [['around'], 'about'], [['nearly'], 'about'], [['near'], 'about'], [['close', 'to'], 'about'], [['an', 'estimated'], 'about'], [['estimated'], 'about'],
    [['in', 'the', 'region', 'of'], 'about'], [['aux', 'environs', 'de'], 'about'], [['de', "l'", 'ordre', 'de'], 'about'], [['almost'], 'about'],
    [['approximately'], 'about'], [['roughly'], 'about'], [['some'], 'about'], [['circa'], 'about'],
    [['~'], 'about'], [['≈'], 'about'],
    [['plus', 'de'], 'more-than'], [['au-dela', 'de'], 'more-than'], [['over'], 'more-than'],
    [['more', 'than'], 'more-than'], [['above'], 'more-than'], [['upwards', 'of'], 'more-than'],
    [['in', 'excess', 'of'], 'more-than'], [['superieur', 'a'], 'more-than'], [['superieure', 'a'], 'more-than'],
    [['moins', 'de'], 'less-than'], [['less', 'than'], 'less-than'], [['fewer', 'than'], 'less-than'],
    [['under'], 'less-than'], [['below'], 'less-than'], [['inferieur', 'a'], 'less-than'], [['inferieure', 'a'], 'less-than'],
    [['au', 'moins'], 'at-least'], [['at', 'least'], 'at-least'], [['pas', 'moins', 'de'], 'at-least'],
    [['no', 'less', 'than'], 'at-least'], [['no', 'fewer', 'than'], 'at-least'], [['minimum'], 'at-least'],
    [["jusqu'", 'a'], 'at-most'], [['up', 'to'], 'at-most'], [['at', 'most'], 'at-most'], [['au', 'plus'], 'at-most'],
    [['tout', 'au', 'plus'], 'at-most'], [['au', 'maximum'], 'at-most'], [['pas', 'plus', 'de'], 'at-most'],
    [['no', 'more', 'than'], 'at-most'], [['as', 'much', 'as'], 'at-most'], [['as', 'many', 'as'], 'at-most'], [['as', 'high', 'as'], 'at-most'],
  ] as Array<[string[], Approx]>
).sort((a, b) => b[0].length - a[0].length);

/** Units of time one of which a bound may count with an article (« plus d'un an », "more than a year"), folded. */
const BOUNDED_TIME_UNITS = new Set(['an', 'annee', 'mois', 'semaine', 'jour', 'siecle', 'year', 'month', 'week', 'day', 'decade', 'century']);
/** A bound right before an article ("more than a", « plus d'un », « moins d'une »). */
const BOUND_BEFORE_ARTICLE = /(?:\b(?:more|less|fewer)\s+than|\bover|\bunder|\bplus\s+d['’]|\bmoins\s+d['’]|\bau\s+moins|\bat\s+least)\s*$/iu;

/** A scale word or abbreviation joined to "-plus" ("billion-plus", "bn-plus"): the scale is group 1. */
const PLUS_SUFFIX = /^(\p{L}+)-plus$/u;

/** Relative tolerance for values qualified as approximate or bounded. */
const TOLERANCE = 0.1;

interface Numeral {
  /** Index of the last token of the numeral. */
  last: number;
  mantissa: number;
  scale: number;
  scaleWord?: string;
  decimalSeparator?: ',' | '.';
  groupSeparator?: string;
  words?: boolean;
  /** Written with digits only, no separators: candidate year. */
  bareInteger?: boolean;
  multiplier?: boolean;
  /** Scaled by a collective numeral (« une quinzaine »): approximate. */
  collective?: boolean;
  /** Scaled by a word joined to "-plus" ("$1 billion-plus"): a lower bound. */
  lowerBound?: boolean;
  /** A unit written in the numeral's own token: "350p" (pence, British press), « deux-tiers ». */
  inlineUnit?: { kind: QuantityKind; unit: string; length: number };
}

interface Unit {
  kind: QuantityKind;
  unit?: string;
  /** See {@link Quantity.partitive}. */
  partitive?: boolean;
  /** Index of the last token of the unit. */
  last: number;
  /** Added to the value: the minutes of a duration written "1 h 05", in hours. */
  add?: number;
}

/**
 * Verbs of change that state a factor, folded, in their verb forms only (« double » and "triple" alone are
 * also adjectives): French participles and conjugated forms, English -ed/-es/-ing forms.
 */
const CHANGE_VERB = /^(doubl|tripl|quadrupl|quintupl|d[ée]cupl|halv)(?:é|ée|és|ées|er|ent|era|eront|erait|eraient|ait|aient|ant|ed|ing)$/;
const CHANGE_FACTORS: ReadonlyMap<string, number> = new Map([
  ['doubl', 2], ['tripl', 3], ['quadrupl', 4], ['quintupl', 5], ['decupl', 10], ['halv', 0.5],
]);

/** The stem of the change verb for a factor, for fixes: « doublé » → « triplé ». */
export function changeVerbStem(factor: number): string | undefined {
  for (const [verbStem, f] of CHANGE_FACTORS) if (f === factor && verbStem !== 'decupl') return verbStem;
  return undefined;
}

/** "multiplié par trois", "multiplied by 3": the number is a multiplier. */
const MULTIPLY_VERB = /^(multipli|multiply)/;
const BY_WORDS = new Set(['par', 'by']);

/**
 * Adverbs that follow a count without being what it counts (« dont onze encore dans un état grave », "nine still in
 * hospital"), folded. Not « plus », "more": « trois de plus » is an increment (see the claims' alignment).
 */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'encore', 'deja', 'toujours', 'seulement', 'egalement', 'aussi', 'ainsi', 'desormais', 'notamment', 'surtout', 'environ', 'respectivement', 'actuellement',
  'still', 'already', 'only', 'also', 'again', 'now', 'just', 'even', 'respectively', 'currently',
  // Adverbs of time and of sharing after a figure (« 105.17 earlier in the day », « 20 euros chacun »): no counted noun;
  // read as one, they kept the figure from matching the same bare figure of a claim.
  'earlier', 'later', 'ago', 'afterwards', 'yesterday', 'today', 'tonight', 'apiece', 'each', 'auparavant', 'hier', 'chacun', 'chacune',
]);

/**
 * Adjectives the press writes between a count and its noun (« deux dernières piles », « trois grands groupes »,
 * "two huge piers"), folded: no noun of their own. Not « autres », "other", "further" (an increment: see the
 * claims' alignment).
 */
const PRENOMINAL: ReadonlySet<string> = new Set([
  'dernier', 'derniere', 'derniers', 'dernieres', 'premiers', 'premieres', 'prochains', 'prochaines', 'nouveaux', 'nouvelles', 'nouvel',
  'grands', 'grandes', 'petits', 'petites', 'gros', 'grosses', 'immenses', 'enormes', 'jeunes', 'vieux', 'vieilles', 'anciens', 'anciennes',
  'principaux', 'principales', 'hauts', 'hautes', 'longs', 'longues', 'seuls', 'seules', 'vastes',
  'new', 'old', 'last', 'next', 'big', 'large', 'small', 'huge', 'young', 'former', 'major', 'main', 'giant', 'tall', 'long', 'remaining',
]);

class QuantityParser {
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly lang: Lang,
  ) {}

  parse(): Quantity[] {
    const quantities: Quantity[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const change = this.changeVerbAt(i);
      if (change) {
        quantities.push(change);
        continue;
      }
      const quantity = this.parseAt(i);
      if (!quantity) continue;
      // « les années 1950 »: a decade, never a year (decades.ts): a count of its own unit, compared only with decades.
      if ((quantity.quantity.kind === 'year' || (quantity.quantity.kind === 'number' && quantity.quantity.unit === undefined)) && isDecadeAt(this.tokens, i, this.lang)) {
        quantities.push({ ...quantity.quantity, kind: 'number', unit: DECADE_UNIT });
        i = quantity.last;
        continue;
      }
      quantities.push(quantity.quantity);
      i = quantity.last;
    }
    return quantities;
  }

  /** A verb of change that states a factor: « a doublé » (×2), « tripled » (×3), « halved » (×0.5). */
  private changeVerbAt(i: number): Quantity | undefined {
    const token = this.tokens[i];
    if (token.kind !== 'word') return undefined;
    const match = CHANGE_VERB.exec(token.lower);
    if (!match) return undefined;
    const factor = CHANGE_FACTORS.get(fold(match[1]))!;
    return {
      start: token.start,
      end: token.end,
      numberStart: token.start,
      numberEnd: token.end,
      value: factor,
      mantissa: factor,
      scale: 1,
      kind: 'multiplier',
      unit: 'x',
      raw: token.text,
      changeVerb: true,
    };
  }

  private afterMultiplyVerb(index: number): boolean {
    const by = this.tokens[index - 1];
    const verb = this.tokens[index - 2];
    return by !== undefined && verb !== undefined && BY_WORDS.has(by.norm) && MULTIPLY_VERB.test(verb.norm);
  }

  private parseAt(first: number): { quantity: Quantity; last: number } | undefined {
    const prefix = this.currencyPrefix(first);
    const index = prefix?.numeralIndex ?? first;
    const numeral = this.readNumeral(index, prefix !== undefined);
    if (!numeral) return undefined;
    const start = prefix?.start ?? this.tokens[first].start;

    const unit: Unit = numeral.multiplier
      ? { kind: 'multiplier', unit: 'x', last: numeral.last }
      : numeral.inlineUnit
        ? { kind: numeral.inlineUnit.kind, unit: numeral.inlineUnit.unit, last: numeral.last }
        : this.readUnit(numeral.last, prefix?.currency);
    let { kind, unit: unitName, last } = unit;
    if (kind === 'number' && this.afterMultiplyVerb(prefix?.firstIndex ?? index)) {
      // « multiplié par trois depuis 2015 »: the factor has no counted noun.
      kind = 'multiplier';
      unitName = 'x';
      last = numeral.last;
    }
    if (kind === 'number' && numeral.bareInteger && this.isYear(numeral, index, unitName === undefined ? undefined : last)) {
      kind = 'year';
      unitName = undefined;
      last = numeral.last;
    }

    const approx = this.readApprox(prefix?.firstIndex ?? index);
    const end = this.tokens[last].end;
    const quantity: Quantity = {
      start,
      end,
      numberStart: this.tokens[index].start,
      numberEnd: this.tokens[numeral.last].end - (numeral.inlineUnit?.length ?? 0),
      value: roundValue(numeral.mantissa * numeral.scale + (unit.add ?? 0)),
      mantissa: numeral.mantissa,
      scale: numeral.scale,
      kind,
      raw: this.text.slice(start, end),
      ...(unitName !== undefined ? { unit: unitName } : {}),
      ...(approx ? { approx: approx.approx, approxStart: approx.start } : numeral.collective ? { approx: 'about' as const } : numeral.lowerBound ? { approx: 'at-least' as const } : {}),
      ...(numeral.decimalSeparator ? { decimalSeparator: numeral.decimalSeparator } : {}),
      ...(numeral.scaleWord ? { scaleWord: numeral.scaleWord } : {}),
      ...(numeral.groupSeparator ? { groupSeparator: numeral.groupSeparator } : {}),
      ...(numeral.words ? { words: true } : {}),
      ...(unit.partitive ? { partitive: true } : {}),
    };
    return { quantity, last };
  }

  /**
   * A time of day written with a colon ("at 10:27", "by 9:05 pm", « à 10:27 »): hours, as « 10h27 » is read
   * (10.45 h), pm adding 12 to an hour before 12. Only after a word that places a fact at a time (at, by, until,
   * from, before, after, around, à, dès, vers, jusqu'à…): a colon between figures also writes a score, a ratio
   * or a race time ("won 3:1", "ran 3:59"), which are no times of day.
   */
  private readClock(i: number): Numeral | undefined {
    const hours = this.tokens[i];
    const minutes = this.tokens[i + 1];
    // "6:45pm": the tokenizer keeps the minutes and the half of the day as one word.
    const glued = minutes?.kind === 'word' ? GLUED_MERIDIEM.exec(minutes.text) : null;
    if (glued && /^\d{1,2}$/.test(hours.text) && this.text.slice(hours.end, minutes.start) === ':' && Number(hours.text) <= 12 && Number(glued[1]) < 60) {
      const hour = Number(hours.text) % 12 + (glued[2].toLowerCase() === 'pm' ? 12 : 0);
      return { last: i + 1, mantissa: hour + Number(glued[1]) / 60, scale: 1, inlineUnit: { kind: 'number', unit: 'h', length: glued[2].length } };
    }
    // "11 pm": an hour and its half of the day, no minutes (lowercase: "PM" is also a prime minister).
    if (/^\d{1,2}$/.test(hours.text) && minutes?.kind === 'word' && (minutes.text === 'am' || minutes.text === 'pm') && this.adjacent(i, i + 1, 1) && Number(hours.text) >= 1 && Number(hours.text) <= 12) {
      return { last: i + 1, mantissa: Number(hours.text) % 12 + (minutes.norm === 'pm' ? 12 : 0), scale: 1, inlineUnit: { kind: 'number', unit: 'h', length: minutes.end - hours.end } };
    }
    if (!/^\d{1,2}$/.test(hours.text) || minutes?.kind !== 'number' || !/^\d{2}$/.test(minutes.text) || this.text.slice(hours.end, minutes.start) !== ':') return undefined;
    // "2:15:25": a race time, not a time of day.
    if (this.text[minutes.end] === ':') return undefined;
    if (!CLOCK_BEFORE.has(this.tokens[i - 1]?.norm ?? '')) return undefined;
    const hour = Number(hours.text);
    const minute = Number(minutes.text);
    if (hour > 24 || minute >= 60) return undefined;
    const meridiem = this.tokens[i + 2];
    const half = meridiem && this.adjacent(i + 1, i + 2, 1) && (meridiem.norm === 'am' || meridiem.norm === 'pm') ? meridiem.norm : undefined;
    const hour24 = half === 'pm' && hour < 12 ? hour + 12 : half === 'am' && hour === 12 ? 0 : hour;
    const last = half ? i + 2 : i + 1;
    return { last, mantissa: hour24 + minute / 60, scale: 1, inlineUnit: { kind: 'number', unit: 'h', length: half ? this.tokens[last].end - minutes.end : 0 } };
  }

  private adjacent(a: number, b: number, maxGap = 2): boolean {
    const left = this.tokens[a];
    const right = this.tokens[b];
    if (!left || !right) return false;
    const gap = this.text.slice(left.end, right.start);
    return gap.length <= maxGap && /^[\s\u00a0\u2007\u2009\u202f]*$/.test(gap);
  }

  private currencyPrefix(i: number): { currency: string; start: number; firstIndex: number; numeralIndex: number } | undefined {
    const token = this.tokens[i];
    let currency = token.kind === 'symbol' ? CURRENCY_SIGNS.get(token.text) : undefined;
    if (!currency && token.kind === 'word' && token.text === token.text.toUpperCase()) {
      currency = CURRENCY_WORDS.get(token.norm);
    }
    if (!currency || !this.adjacent(i, i + 1, 1)) return undefined;
    const next = this.tokens[i + 1];
    if (next.kind !== 'number' && !(next.kind === 'word' && SUFFIXED.test(next.text))) return undefined;
    const us = i > 0 && this.tokens[i - 1].norm === 'us' && this.adjacent(i - 1, i, 0);
    const firstIndex = us ? i - 1 : i;
    return { currency, start: this.tokens[firstIndex].start, firstIndex, numeralIndex: i + 1 };
  }

  private readNumeral(i: number, nextToCurrency: boolean): Numeral | undefined {
    const token = this.tokens[i];
    if (token.kind === 'number') return this.readClock(i) ?? this.readDigits(i);
    if (token.kind !== 'word') return undefined;
    const suffixed = SUFFIXED.exec(token.text);
    const scaled = suffixed ? this.readSuffixed(i, suffixed[1], suffixed[2], nextToCurrency) : undefined;
    if (scaled) return scaled;
    // A unit of measure glued to the figure (« 5,50m », "3.2kg"), where no currency makes "m" a million: gluedUnits.ts.
    const glued = nextToCurrency ? undefined : gluedUnit(token.text, this.lang);
    if (glued) return this.readGluedUnit(i, glued.digits, glued.unit);
    if (suffixed) return undefined;
    const pence = this.lang === 'en' && !nextToCurrency ? /^(\d+(?:\.\d+)?)p$/.exec(token.text) : null;
    if (pence) {
      const numeral = parseNumeral(pence[1], this.lang);
      if (numeral) return { last: i, mantissa: numeral.value, scale: 1, inlineUnit: { kind: 'money', unit: 'GBp', length: 1 }, ...(numeral.decimalSeparator ? { decimalSeparator: numeral.decimalSeparator } : {}) };
    }
    // An age written as one hyphenated word ("a 24-year-old son", "the 22-year-old"): a number of years (withAges marks it an age).
    const yearsOld = this.lang === 'en' ? /^(\d{1,3})-years?-old$/i.exec(token.text) : null;
    if (yearsOld) return { last: i, mantissa: Number(yearsOld[1]), scale: 1, inlineUnit: { kind: 'number', unit: stem('years', 'en'), length: token.text.length - yearsOld[1].length } };
    // The same age in words ("an eighteen-year-old", "Twenty-five-year-old Ann Lee").
    const yearsOldInWords = this.readYearsOldInWords(i);
    if (yearsOldInWords) return yearsOldInWords;
    // A time of day written as one word (« 16h10 », « 4H33 », « 20h »): hours, as « 16 h 10 » is read.
    const clock = /^(\d{1,2})[hH](\d{2})?$/.exec(token.text);
    if (clock && Number(clock[1]) <= 24 && Number(clock[2] ?? 0) < 60) {
      return { last: i, mantissa: Number(clock[1]) + Number(clock[2] ?? 0) / 60, scale: 1, inlineUnit: { kind: 'number', unit: 'h', length: token.text.length - clock[1].length } };
    }
    // A time of day with its half of the day glued ("6pm", "11am", "6.45pm"): hours, as "6:45 pm" is read.
    const meridiem = ONE_WORD_MERIDIEM.exec(token.text);
    if (meridiem && Number(meridiem[1]) >= 1 && Number(meridiem[1]) <= 12 && Number(meridiem[2] ?? 0) < 60) {
      const hour = Number(meridiem[1]) % 12 + (meridiem[3].toLowerCase() === 'pm' ? 12 : 0);
      return { last: i, mantissa: hour + Number(meridiem[2] ?? 0) / 60, scale: 1, inlineUnit: { kind: 'number', unit: 'h', length: token.text.length - meridiem[1].length } };
    }
    // A fraction written as one hyphenated word (« deux-tiers », « trois-quarts »): the number and its counted part.
    const fraction = /^(\p{L}+)-(tiers|quarts?|cinquièmes?|dixièmes?|thirds?|quarters?|fifths?|tenths?)$/iu.exec(token.text);
    if (fraction && isNumberWord(fold(fraction[1]), this.lang)) {
      const value = numberWordsValue([fold(fraction[1])], this.lang);
      if (value !== undefined) return { last: i, mantissa: value, scale: 1, words: true, inlineUnit: { kind: 'number', unit: stem(fraction[2].toLowerCase(), this.lang), length: fraction[2].length + 1 } };
    }
    return this.readHalf(i) ?? this.readCountCompound(i) ?? this.readWords(i);
  }

  /**
   * An English count written as one hyphenated word before the noun it qualifies ("an 11-game unbeaten run", "a
   * twelve-game run", "a three-year deal", "a 24-hour strike", "a 50,000-seat stadium", "a 2.5-mile course"): the
   * number, and the noun as its counted unit, as "11 games" and "three years" are read. Not after "one" ("one-off",
   * "one-sided": set phrases). A noun the compound makes with "-er" ("a 60,000-seater stadium", "a
   * three-wheeler") counts the noun it is made from ({@link COMPOUND_ER_NOUNS}).
   */
  private readCountCompound(i: number): Numeral | undefined {
    if (this.lang !== 'en') return undefined;
    const token = this.tokens[i];
    const match = /^(\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d+)?|\p{Ll}+)-(\p{Ll}{3,})$/u.exec(token.text);
    if (!match) return undefined;
    const noun = fold(match[2]);
    if (isNumberWord(noun, this.lang) || isStopWord(noun, this.lang) || SCALE_WORDS[this.lang].has(noun) || MONTHS.has(noun)) return undefined;
    const digits = /^\d/.test(match[1]);
    // "one-off", "one-sided", "one-way": set phrases, not counts.
    if (match[1] === 'one') return undefined;
    const numeral = digits ? parseNumeral(match[1], this.lang) : undefined;
    const mantissa = numeral ? numeral.value : isNumberWord(fold(match[1]), this.lang) ? numberWordsValue([fold(match[1])], this.lang) : undefined;
    if (mantissa === undefined) return undefined;
    // The noun of the compound is singular ("a six-try win"); the unit is the stem its count is written with ("six
    // tries"): the stemmer gives "try" and "tries" two stems (« tri » for the plural only).
    const counted = COMPOUND_ER_NOUNS.get(noun) ?? match[2];
    const separators = { ...(numeral?.decimalSeparator ? { decimalSeparator: numeral.decimalSeparator } : {}), ...(numeral?.groupSeparator ? { groupSeparator: numeral.groupSeparator } : {}) };
    return { last: i, mantissa, scale: 1, ...separators, ...(digits ? {} : { words: true }), inlineUnit: { kind: 'number', unit: stem(englishPlural(counted), this.lang), length: match[2].length + 1 } };
  }

  /**
   * An English age in words as one hyphenated word ("eighteen-year-old", "twenty-five-year-old"): a number of years
   * in words, as "18-year-old" is read.
   */
  private readYearsOldInWords(i: number): Numeral | undefined {
    if (this.lang !== 'en') return undefined;
    const token = this.tokens[i];
    const match = /^(\p{L}+(?:-\p{L}+)?)-years?-old$/iu.exec(token.text);
    if (!match) return undefined;
    const parts = fold(match[1]).split('-');
    if (!parts.every((p) => isNumberWord(p, this.lang))) return undefined;
    const mantissa = numberWordsValue(parts, this.lang);
    if (mantissa === undefined || mantissa < 1) return undefined;
    return { last: i, mantissa, scale: 1, words: true, inlineUnit: { kind: 'number', unit: stem('years', 'en'), length: token.text.length - match[1].length } };
  }

  /**
   * The index of "half" in "and a half" right after an English count in words ("three and a half per cent", "two and
   * a half million"): the count is a half more. `undefined` when the words do not follow.
   */
  private andAHalfAfter(last: number): number | undefined {
    if (this.lang !== 'en') return undefined;
    const [and, a, half] = [this.tokens[last + 1], this.tokens[last + 2], this.tokens[last + 3]];
    if (and?.norm !== 'and' || a?.norm !== 'a' || half?.norm !== 'half') return undefined;
    return this.adjacent(last, last + 1) && this.adjacent(last + 1, last + 2) && this.adjacent(last + 2, last + 3) ? last + 3 : undefined;
  }

  /**
   * The decimals read aloud after number words at `last` ("point four", « virgule deux »): the fraction and the index
   * of its last word; `undefined` when no decimal point word and number words follow, adjacent.
   */
  private decimalAfterWords(last: number): { last: number; fraction: number } | undefined {
    const point = this.tokens[last + 1];
    if (!point || point.kind !== 'word' || !isDecimalPointWord(point.norm, this.lang) || !this.adjacent(last, last + 1)) return undefined;
    const words: string[] = [];
    let end = last + 1;
    for (let j = last + 2; j < this.tokens.length && this.tokens[j].kind === 'word' && this.adjacent(j - 1, j) && isNumberWord(this.tokens[j].norm, this.lang); j++) {
      words.push(this.tokens[j].norm);
      end = j;
    }
    const fraction = decimalWordsFraction(words, this.lang);
    return fraction === undefined ? undefined : { last: end, fraction };
  }

  /** Number words with their decimals read aloud, and the scale word after them (« trois virgule deux millions »). */
  private readDecimalWords(last: number, mantissa: number): Numeral {
    return this.wordsNumeral(last, mantissa, this.readScale(last + 1, last));
  }

  /** A numeral written in words ending at token `last`, with the scale word read after it if any. */
  private wordsNumeral(last: number, mantissa: number, scale: ReturnType<QuantityParser['readScale']>): Numeral {
    return {
      last: scale?.index ?? last,
      mantissa,
      scale: scale?.scale ?? 1,
      ...(scale ? { scaleWord: scale.word } : {}),
      ...(scale?.collective ? { collective: true } : {}),
      words: true,
    };
  }

  /** "half a billion", "half a million": half the scale, in words. */
  private readHalf(i: number): Numeral | undefined {
    if (this.lang !== 'en' || this.tokens[i].norm !== 'half') return undefined;
    const article = this.tokens[i + 1];
    if (!article || (article.norm !== 'a' && article.norm !== 'an') || !this.adjacent(i, i + 1)) return undefined;
    const scale = this.readScale(i + 2, i + 1);
    if (!scale || scale.collective) return undefined;
    return { last: scale.index, mantissa: 0.5, scale: scale.scale, scaleWord: scale.word, words: true };
  }

  private readDigits(i: number): Numeral | undefined {
    const token = this.tokens[i];
    const numeral = parseNumeral(token.text, this.lang);
    if (!numeral) return undefined;
    const scale = this.readScale(i + 1, i);
    return {
      last: scale?.index ?? i,
      mantissa: numeral.value,
      scale: scale?.scale ?? 1,
      ...(scale ? { scaleWord: scale.word } : {}),
      ...(scale?.lowerBound ? { lowerBound: true } : {}),
      ...(numeral.decimalSeparator ? { decimalSeparator: numeral.decimalSeparator } : {}),
      ...(numeral.groupSeparator ? { groupSeparator: numeral.groupSeparator } : {}),
      bareInteger: /^\d+$/.test(token.text) && !scale,
    };
  }

  private readSuffixed(i: number, digits: string, suffix: string, nextToCurrency: boolean): Numeral | undefined {
    const numeral = parseNumeral(digits, this.lang);
    if (!numeral) return undefined;
    const decimal = numeral.decimalSeparator ? { decimalSeparator: numeral.decimalSeparator } : {};
    if (suffix === 'x' || suffix === 'X') {
      return { last: i, mantissa: numeral.value, scale: 1, multiplier: true, ...decimal };
    }
    const abbreviation = SCALE_ABBREVIATIONS.get(suffix);
    if (!abbreviation) return undefined;
    // "m" with no currency is million where metres do not fit ("hit 5.037m in January", "1.7m people": bareMillion.ts).
    // A currency word right after it makes it money ("800m euro ($1bn)", "242m pesos"), whatever the sentence's other words.
    const currencyWordAfter = this.tokens[i + 1]?.kind === 'word' && CURRENCY_WORDS.has(this.tokens[i + 1].norm) && this.adjacent(i, i + 1);
    const million = suffix === 'm' && this.lang === 'en' && (currencyWordAfter || isBareMillion(this.text, this.tokens[i].start, this.tokens[i].end));
    if (abbreviation.needsCurrency && !nextToCurrency && !this.currencyAfter(i) && !million) return undefined;
    return { last: i, mantissa: numeral.value, scale: abbreviation.scale, scaleWord: suffix, ...decimal };
  }

  /** A figure with its unit glued to it (« 5,50m »): the figure, its unit read as the same symbol written apart is. */
  private readGluedUnit(i: number, digits: string, unit: string): Numeral | undefined {
    const numeral = parseNumeral(digits, this.lang);
    if (!numeral) return undefined;
    return {
      last: i,
      mantissa: numeral.value,
      scale: 1,
      inlineUnit: { kind: 'number', unit: stem(unit, this.lang), length: this.tokens[i].text.length - digits.length },
      ...(numeral.decimalSeparator ? { decimalSeparator: numeral.decimalSeparator } : {}),
      ...(numeral.groupSeparator ? { groupSeparator: numeral.groupSeparator } : {}),
    };
  }

  private readWords(i: number): Numeral | undefined {
    if (this.articleBeforeNumberWord(i)) return undefined;
    const words: string[] = [];
    // The number words read so far, connectors left out: each new one must add to them (numberWordsCompose).
    const counted: string[] = [];
    let last = i - 1;
    for (let j = i; j < this.tokens.length; j++) {
      const token = this.tokens[j];
      if (j > i && !this.adjacent(j - 1, j)) break;
      if (token.kind !== 'word') break;
      const connector = j > i && this.isConnectorAt(j);
      if (!connector && !isNumberWord(token.norm, this.lang) && !(j === i && isArticleOne(token.norm, this.lang))) break;
      // A number word that does not add to the ones before ("four Six Nations games", "nineteen eighty") starts another number or a name.
      if (!connector && j > i && !numberWordsCompose([...counted, token.norm], this.lang)) break;
      words.push(token.norm);
      if (!connector) {
        counted.push(token.norm);
        last = j;
      }
    }
    const used = words.slice(0, last - i + 1);
    if (used.length === 0) return undefined;
    const onlyArticle = used.length === 1 && isArticleOne(used[0], this.lang);
    const half = onlyArticle ? undefined : this.andAHalfAfter(last);
    if (half !== undefined) last = half;
    const scale = this.readScale(last + 1, last);
    if (onlyArticle && !scale && !isMultiplierWord(used[0], this.lang) && !this.boundedUnitOfTime(i) && !this.percentOfOne(i)) return undefined;
    const whole = onlyArticle ? 1 : numberWordsValue(used, this.lang);
    if (whole === undefined) return undefined;
    // "seventy-one point four", « trois virgule deux millions »: one number with its decimals (decimalAfterWords).
    // (« un », "one" alone are articles here: "at one point three men left" is no 1.3.)
    const decimals = half === undefined && !onlyArticle && !scale ? this.decimalAfterWords(last) : undefined;
    if (decimals) return this.readDecimalWords(decimals.last, whole + decimals.fraction);
    return this.wordsNumeral(last, half !== undefined ? whole + 0.5 : whole, scale);
  }

  /**
   * Whether the token at `i` is an article ("a", « un ») right before a number word that does not multiply it ("a
   * sixteen per cent increase", "a twenty-year-old"): the article belongs to the noun phrase, the number starts after
   * it. Before "hundred" or "thousand" the article is the number's one ("a hundred people").
   */
  private articleBeforeNumberWord(i: number): boolean {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    if (!token || !next || token.kind !== 'word' || next.kind !== 'word' || !this.adjacent(i, i + 1)) return false;
    if (!isArticleOne(token.norm, this.lang) || token.norm === 'one') return false;
    const firstPart = next.norm.split('-')[0];
    return isNumberWord(next.norm, this.lang) && !isMultiplierWord(firstPart, this.lang);
  }

  /**
   * Whether the article at `i` counts one unit of time after a bound ("more than a year", "less than a month", « plus
   * d'un an », « moins d'une semaine »): a duration, as "more than two years" is, not an article.
   */
  private boundedUnitOfTime(i: number): boolean {
    const next = this.tokens[i + 1];
    if (!next || next.kind !== 'word' || !this.adjacent(i, i + 1) || !BOUNDED_TIME_UNITS.has(next.norm)) return false;
    return BOUND_BEFORE_ARTICLE.test(this.text.slice(Math.max(0, this.tokens[i].start - 16), this.tokens[i].start));
  }

  /**
   * Whether the word at `i` is "one", « un » or « une » right before a per cent word ("one per cent", « un pour cent »):
   * the number 1, not an article.
   */
  private percentOfOne(i: number): boolean {
    if (!/^(?:one|un|une)$/.test(this.tokens[i].norm)) return false;
    const next = this.tokens[i + 1];
    if (!next || !this.adjacent(i, i + 1)) return false;
    if (PERCENT_WORDS.has(next.norm)) return true;
    return (next.norm === 'pour' || next.norm === 'per') && this.tokens[i + 2]?.norm === 'cent' && this.adjacent(i + 1, i + 2);
  }

  /** "et" only in "vingt et un", "soixante et onze"; "and" only after "hundred" or "thousand". */
  private isConnectorAt(j: number): boolean {
    if (!isNumberConnector(this.tokens[j].norm, this.lang)) return false;
    if (this.lang === 'fr') return ['un', 'une', 'onze'].includes(this.tokens[j + 1]?.norm ?? '');
    return /(?:hundred|thousand)$/.test(this.tokens[j - 1].norm);
  }

  private readScale(i: number, numeralIndex: number): { index: number; scale: number; word: string; collective?: boolean; lowerBound?: boolean } | undefined {
    const token = this.tokens[i];
    if (!token || token.kind !== 'word' || !this.adjacent(numeralIndex, i)) return undefined;
    // "$1 billion-plus", "a 2m-plus audience": the scale joined to "-plus" keeps its scale and makes a lower bound.
    const plus = PLUS_SUFFIX.exec(token.text);
    if (plus) {
      const base = plus[1];
      const abbreviation = SCALE_ABBREVIATIONS.get(base);
      const abbreviated = abbreviation && (!abbreviation.needsCurrency || this.currencyBefore(numeralIndex)) ? abbreviation.scale : undefined;
      const scale = SCALE_WORDS[this.lang].get(fold(base.toLowerCase())) ?? abbreviated;
      if (scale !== undefined) return { index: i, scale, word: base, lowerBound: true };
    }
    const word = SCALE_WORDS[this.lang].get(token.norm);
    if (word !== undefined) return { index: i, scale: this.scaleOfWord(token.norm, numeralIndex, word), word: token.text };
    const collective = COLLECTIVES[this.lang].get(token.norm);
    if (collective !== undefined) return { index: i, scale: collective, word: token.text, collective: true };
    const abbreviation = SCALE_ABBREVIATIONS.get(token.text);
    if (!abbreviation) return undefined;
    if (abbreviation.needsCurrency && !this.currencyAfter(i) && !this.currencyBefore(numeralIndex)) return undefined;
    return { index: i, scale: abbreviation.scale, word: token.text };
  }

  /**
   * A French "billion" is 1e12, but a singular "billion" after a number of two or more is
   * English grammar ("300 billion"), quoted or mis-detected: 1e9.
   */
  private scaleOfWord(norm: string, numeralIndex: number, scale: number): number {
    if (this.lang !== 'fr' || norm !== 'billion') return scale;
    const numeral = parseNumeral(this.tokens[numeralIndex].text, this.lang);
    return numeral && numeral.value >= 2 ? 1e9 : scale;
  }

  private currencyAfter(i: number): boolean {
    const next = this.tokens[i + 1];
    return next?.kind === 'symbol' && CURRENCY_SIGNS.has(next.text) && this.adjacent(i, i + 1, 1);
  }

  private currencyBefore(i: number): boolean {
    const previous = this.tokens[i - 1];
    return previous?.kind === 'symbol' && CURRENCY_SIGNS.has(previous.text) && this.adjacent(i - 1, i, 1);
  }

  private readUnit(numeralLast: number, prefixCurrency: string | undefined): Unit {
    const next = numeralLast + 1;
    const token = this.tokens[next];
    const adjacent = token !== undefined && this.adjacent(numeralLast, next);
    if (prefixCurrency) return { kind: 'money', unit: prefixCurrency, last: numeralLast };
    if (!adjacent) return { kind: 'number', last: numeralLast };
    if (token.kind === 'symbol') {
      if (token.text === '%') return { kind: 'percent', unit: '%', last: next };
      const currency = CURRENCY_SIGNS.get(token.text);
      if (currency) {
        const us = this.tokens[next + 1]?.text === 'US' && this.adjacent(next, next + 1, 1);
        return { kind: 'money', unit: currency, last: us ? next + 1 : next };
      }
      return { kind: 'number', last: numeralLast };
    }
    if (token.kind !== 'word' && token.kind !== 'elision') return { kind: 'number', last: numeralLast };
    if (token.norm === 'h') {
      const minutes = this.tokens[next + 1];
      if (minutes?.kind === 'number' && /^\d{2}$/.test(minutes.text) && this.adjacent(next, next + 1)) {
        return { kind: 'number', unit: 'h', last: next + 1, add: Number(minutes.text) / 60 };
      }
      return { kind: 'number', unit: 'h', last: next };
    }
    if (PERCENT_WORDS.has(token.norm)) return { kind: 'percent', unit: '%', last: next };
    if ((token.norm === 'pour' || token.norm === 'per') && this.tokens[next + 1]?.norm === 'cent' && this.adjacent(next, next + 1)) {
      return { kind: 'percent', unit: '%', last: next + 1 };
    }
    if (MULTIPLIER_WORDS.has(token.norm)) return { kind: 'multiplier', unit: 'x', last: next };

    const nounIndex = LINKING_WORDS.has(token.norm) ? next + 1 : next;
    const noun = this.tokens[nounIndex];
    // "nine of those foxes": a part of a set named before, the noun after the demonstrative what is counted.
    const demonstrated = noun?.norm === 'those' ? this.tokens[nounIndex + 1] : undefined;
    if (demonstrated && this.isCountedNoun(demonstrated) && demonstrated.text[0] === demonstrated.text[0].toLowerCase() && this.adjacent(nounIndex, nounIndex + 1) && this.adjacent(next, nounIndex, 2)) {
      return { kind: 'number', unit: stem(demonstrated.lower, this.lang), last: nounIndex + 1, partitive: true };
    }
    if (nounIndex !== next && noun && PARTITIVE_PRONOUNS.has(noun.norm) && this.adjacent(next, nounIndex, token.kind === 'elision' ? 0 : 2)) {
      const pronoun = this.tokens[nounIndex + 1];
      const last = noun.norm === 'entre' && pronoun && /^(?:eux|elles)$/.test(pronoun.norm) && this.adjacent(nounIndex, nounIndex + 1) ? nounIndex + 1 : nounIndex;
      if (noun.norm !== 'entre' || last !== nounIndex) return { kind: 'number', last: numeralLast, partitive: true };
    }
    if (!noun || noun.kind !== 'word' || (nounIndex !== next && !this.adjacent(next, nounIndex, token.kind === 'elision' ? 0 : 2))) {
      return { kind: 'number', last: numeralLast };
    }
    const currency = this.currencyWord(nounIndex);
    if (currency) return { kind: 'money', unit: currency.code, last: currency.last };
    // "half a billion pounds", « 500 millions de livres »: after a scale word, pounds are money, not weight.
    if (STERLING_WORDS.has(noun.norm) && SCALE_WORDS[this.lang].has(this.tokens[numeralLast].norm)) return { kind: 'money', unit: 'GBP', last: nounIndex };
    if (this.lang === 'en' && noun.text[0] !== noun.text[0].toLowerCase()) {
      // "nine Oscar nominations", "three Premier League titles": names that qualify the counted noun after them.
      let i = nounIndex;
      while (i + 1 < this.tokens.length && i - nounIndex < 3 && this.tokens[i + 1].kind === 'word' && this.tokens[i + 1].text[0] !== this.tokens[i + 1].text[0].toLowerCase() && this.adjacent(i, i + 1, 1)) i++;
      const counted = this.tokens[i + 1];
      if (counted && counted.kind === 'word' && counted.text[0] === counted.text[0].toLowerCase() && this.adjacent(i, i + 1, 1) && /s$/.test(counted.norm) && this.isCountedNoun(counted)) {
        return { kind: 'number', unit: stem(counted.lower, this.lang), last: i + 1 };
      }
    }
    if (!this.isCountedNoun(noun)) return { kind: 'number', last: numeralLast };
    // An adjective written before the noun (« les deux dernières piles », « deux immenses piles », "two huge piers"):
    // the noun after it is what is counted.
    // Names may qualify that noun ("ten former WorldCom directors").
    if (PRENOMINAL.has(noun.norm)) {
      let j = nounIndex + 1;
      while (j < this.tokens.length && j - nounIndex <= 3 && this.tokens[j].kind === 'word' && this.tokens[j].text[0] !== this.tokens[j].text[0].toLowerCase() && this.adjacent(j - 1, j)) j++;
      const after = this.tokens[j];
      if (after && after.kind === 'word' && after.text[0] === after.text[0].toLowerCase() && this.adjacent(j - 1, j) && this.isCountedNoun(after)) {
        return { kind: 'number', unit: stem(after.lower, this.lang), last: j };
      }
    }
    // « huit heures et demie », « huit heures trente »: a clock time in words (clockMinutesAfterHours).
    const minutes = this.minutesAfterHours(nounIndex) ?? this.clockMinutesAfterHours(nounIndex);
    if (minutes) return { kind: 'number', unit: stem(noun.lower, this.lang), last: minutes.last, add: minutes.value / 60 };
    return { kind: 'number', unit: stem(noun.lower, this.lang), last: nounIndex };
  }

  /**
   * The minutes written after a count of hours in words (« 4 heures et 20 minutes », "2 hours and 15 minutes"), as
   * « 4 h 20 » writes them: their number and the index of « minutes »; undefined when the words do not follow.
   */
  private minutesAfterHours(hoursIndex: number): { value: number; last: number } | undefined {
    if (!/^(?:heures?|hours?)$/.test(this.tokens[hoursIndex].norm)) return undefined;
    const [and, count, unit] = [this.tokens[hoursIndex + 1], this.tokens[hoursIndex + 2], this.tokens[hoursIndex + 3]];
    if (!and || !count || !unit || !/^(?:et|and)$/.test(and.norm) || !/^minutes?$/.test(unit.norm)) return undefined;
    if (!this.adjacent(hoursIndex, hoursIndex + 1) || !this.adjacent(hoursIndex + 1, hoursIndex + 2) || !this.adjacent(hoursIndex + 2, hoursIndex + 3)) return undefined;
    const value = count.kind === 'number' && /^\d{1,2}$/.test(count.text) ? Number(count.text) : count.kind === 'word' && isNumberWord(count.norm, this.lang) ? numberWordsValue([count.norm], this.lang) : undefined;
    return value !== undefined && value < 60 ? { value, last: hoursIndex + 3 } : undefined;
  }

  /**
   * The minutes of a French clock time written in words after « heure(s) », as « 8 h 30 » writes them: « et demie »
   * (30), « et quart » (15), « moins le quart » (−15), or a bare count of minutes (« huit heures trente », « 8 heures
   * 45 ») that no counted noun follows (« à 10 heures 30 manifestants » is no time). Without it « vers huit heures et
   * demie » was read as 8 h and contradicted by a passage's « 8h30 ». Undefined when none of these follows.
   */
  private clockMinutesAfterHours(hoursIndex: number): { value: number; last: number } | undefined {
    if (this.lang !== 'fr' || !/^heures?$/.test(this.tokens[hoursIndex].norm)) return undefined;
    const at = (k: number) => (this.adjacent(hoursIndex + k - 1, hoursIndex + k) ? this.tokens[hoursIndex + k] : undefined);
    const [first, second, third] = [at(1), at(1) && at(2), at(1) && at(2) && at(3)];
    if (first?.norm === 'et' && (second?.norm === 'demie' || second?.norm === 'quart')) return { value: second.norm === 'demie' ? 30 : 15, last: hoursIndex + 2 };
    if (first?.norm === 'moins' && second?.norm === 'le' && third?.norm === 'quart') return { value: -15, last: hoursIndex + 3 };
    if (!first) return undefined;
    const value = first.kind === 'number' && /^\d{2}$/.test(first.text) ? Number(first.text) : first.kind === 'word' && isNumberWord(first.norm, this.lang) ? numberWordsValue([first.norm], this.lang) : undefined;
    if (value === undefined || value < 1 || value >= 60) return undefined;
    const next = at(2);
    if (next && (next.kind !== 'word' || (this.isCountedNoun(next) && !AFTER_CLOCK_TIME.has(next.norm)))) return undefined;
    return { value, last: hoursIndex + 1 };
  }

  private currencyWord(i: number): { code: string; last: number } | undefined {
    const token = this.tokens[i];
    const code = CURRENCY_WORDS.get(token.norm);
    if (code) return { code, last: i };
    if (STERLING_WORDS.has(token.norm) && this.tokens[i + 1]?.norm === 'sterling' && this.adjacent(i, i + 1)) {
      return { code: 'GBP', last: i + 1 };
    }
    return undefined;
  }

  private isCountedNoun(token: Token): boolean {
    return (
      /\p{L}/u.test(token.text) &&
      !SENTENCE_ADVERBS.has(token.norm) &&
      !/\d/.test(token.text) &&
      token.text.length > 1 &&
      !isStopWord(token.norm, this.lang) &&
      !isNumberWord(token.norm, this.lang) &&
      !SCALE_WORDS[this.lang].has(token.norm) &&
      !MONTHS.has(token.norm) &&
      // "38 of its 48 employees": the possessive that stopword's English list lacks is no counted noun.
      !POSSESSIVES.has(token.norm)
    );
  }

  /** A bare four-digit integer in range is a year, unless a plural noun follows it without a year context. */
  private isYear(numeral: Numeral, index: number, nounIndex: number | undefined): boolean {
    if (numeral.mantissa < MIN_YEAR || numeral.mantissa > MAX_YEAR) return this.isEarlyYear(numeral, index, nounIndex);
    if (nounIndex === undefined) return true;
    const previous = this.tokens[index - 1];
    const yearContext = previous !== undefined && this.adjacent(index - 1, index) && (YEAR_CONTEXT.has(previous.norm) || MONTHS.has(previous.norm));
    const noun = this.tokens[nounIndex];
    const pluralNoun = /[sx]$/.test(noun.norm) && noun.text[0] === noun.lower[0];
    return (yearContext && !(pluralNoun && countsAfter(previous.norm))) || !pluralNoun;
  }

  /**
   * A year before {@link MIN_YEAR} (« en 1612 », "in 1720", « vers 1550 »): four digits from {@link MIN_EARLY_YEAR}, no
   * counted noun, right after a word that places a fact in time or a month. Other words before it (« à 1500 », "to
   * 1500") leave it a number: a quantity that size is as likely as such a year.
   */
  private isEarlyYear(numeral: Numeral, index: number, nounIndex: number | undefined): boolean {
    if (nounIndex !== undefined || numeral.mantissa < MIN_EARLY_YEAR || numeral.mantissa >= MIN_YEAR || !Number.isInteger(numeral.mantissa)) return false;
    const previous = this.tokens[index - 1];
    return previous !== undefined && this.adjacent(index - 1, index) && (EARLY_YEAR_CONTEXT.has(previous.norm) || MONTHS.has(previous.norm));
  }

  private readApprox(first: number): { approx: Approx; start: number } | undefined {
    for (const [phrase, approx] of APPROX_PHRASES) {
      const from = first - phrase.length;
      if (from < 0) continue;
      let matches = true;
      for (let k = 0; k < phrase.length && matches; k++) {
        const token = this.tokens[from + k];
        const norm = token.norm === "d'" ? 'de' : token.norm;
        matches = (norm === phrase[k] || token.norm === phrase[k]) && this.adjacent(from + k, from + k + 1);
      }
      if (matches) return { approx, start: this.tokens[from].start };
    }
    return undefined;
  }
}

function roundValue(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Every quantity in `text`: numbers written with digits or words, with their scale word
 * ("millions", "bn", "Md"), unit (%, currency, "fois"/"times", counted noun) and qualifier
 * ("plus de", "about"). Digits inside words ("GPT-4", "R1") are not quantities.
 * The language is detected when not given.
 */
export function parseQuantities(text: string, lang?: Lang): Quantity[] {
  const language = lang ?? detectLang(text);
  // A match's score (« 2-1 », "a 5-2 aggregate win"): one value, not two numbers (scores.ts).
  return withScores(text, withoutQuotedNames(text, withTimesOfDay(text, language, withPercentRoles(text, withRatios(text, language, withFractionWords(text, language, withYearMeasures(text, language, withAges(text, language, withTwiceWords(text, language, withParts(text, withComparedUnits(text, withRangeUnits(text, withConversionScale(text, new QuantityParser(text, tokenize(text), language).parse())))))))))))));
}

/** A determiner and an opening quotation mark right before a figure (« dans le "12h45" », "on the “24” show"). */
const NAMED_BEFORE = /(?:^|[\s'’(])(?:le|la|les|l['’]|du|des|au|aux|un|une|the|a|an)\s*["“«]\s*$/iu;
/** A closing quotation mark right after a figure. */
const QUOTE_AFTER = /^\s*["”»]/u;

/**
 * The quantities that are not a name: a figure that is the whole of a quotation after a determiner (« M6 le
 * diffusera dans le "12h45" et le "19h45" », the names of two news bulletins) names a programme, a title or a
 * product, not a time, a duration or a count, and is no value to compare with a claim's or to write into it.
 */
function withoutQuotedNames(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.filter((q) => !(NAMED_BEFORE.test(text.slice(Math.max(0, (q.approxStart ?? q.start) - 12), q.approxStart ?? q.start)) && QUOTE_AFTER.test(text.slice(q.end, q.end + 3))) && !isBulletinName(text, q));
}

/** A singular masculine article right before a figure (« le », « du », « au »). */
const SINGULAR_ARTICLE_BEFORE = /(?:^|[\s'’(])(?:le|du|au)\s+$/iu;
/** A time of day written compactly: « 12h45 », « 20h », « 13H ». */
const COMPACT_CLOCK = /^\d{1,2}[hH](?:\d{2})?$/u;

/**
 * Whether a compact time of day follows a singular article (« dans le 12h45 », « le journal du 20h »): French names
 * a news bulletin by its hour so, while a time is written « à 12h45 » and a duration takes no « le ».
 */
function isBulletinName(text: string, q: Quantity): boolean {
  return COMPACT_CLOCK.test(q.raw) && SINGULAR_ARTICLE_BEFORE.test(text.slice(Math.max(0, (q.approxStart ?? q.start) - 6), q.approxStart ?? q.start));
}

/** Words right after a percentage that make it a change: a comparative ("30% more", « 30 % plus cher », « 30 % de plus »). */
const CHANGE_AFTER =
  /^\s*(?:more|less|fewer|higher|lower|cheaper|dearer|bigger|smaller|larger|greater|up|down|increase|rise|drop|fall|decline|jump|cut|reduction|de\s+plus|de\s+moins|en\s+plus|en\s+moins|plus|moins|d['’]augmentation|de\s+hausse|de\s+baisse|de\s+croissance)(?![\p{L}])/iu;
/** Words right before a percentage that make it a change ("rose 30%", "an increase of 30%", « en hausse de 30 % », « a augmenté de 30 % »). */
const CHANGE_BEFORE =
  /(?<![\p{L}])(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|increased|decreased|grew|grown|grows|jumped|dropped|declined|climbed|slumped|gained|raised|lowered|cut|increase|decrease|rise|fall|drop|decline|growth|jump|gain|hausse|baisse|augmentation|diminution|progression|recul|croissance|chute|augmenté|diminué|progressé|reculé|chuté|baissé|grimpé|bondi|relevé|abaissé|crû)\s+(?:by\s+|of\s+|de\s+|d['’]\s*)?(?:about\s+|around\s+|some\s+|près\s+de\s+|environ\s+)?$/iu;
/** Words right after a percentage that make it a part of a whole ("45% of", « 45 % des », « 45 % du »). */
const SHARE_AFTER = /^\s*(?:of|des|du|de\s+la|de\s+l['’]|de|d['’])(?![\p{L}])/iu;

/**
 * What a percentage measures, from the words around it: a change ("30% more", "rose 30%") or a share ("45% of all
 * gas", « 45 % des ventes »). "Ukraine agreed to pay 45% more" is no claim the share "45% of all gas imported by
 * Ukraine" states: the two are never the same measure (see {@link Quantity.percentRole}).
 */
function withPercentRoles(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((q) => {
    if (q.kind !== 'percent' || q.fraction) return q;
    const after = text.slice(q.end, q.end + 40);
    const before = text.slice(Math.max(0, (q.approxStart ?? q.start) - 40), q.approxStart ?? q.start);
    if (CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(before)) return { ...q, percentRole: 'change' as const };
    if (SHARE_AFTER.test(after)) return { ...q, percentRole: 'share' as const };
    return q;
  });
}

/** « 16 blessés, dont neuf », "16 injured, including nine", "91 foxes - only four": a number that counts part of the count before it. */
const PART_OF_BEFORE = /^\s*(?:,?\s*(?:dont|parmi lesquels|parmi lesquelles|including|among them)|\s[-–—]\s+(?:only|just|seulement)?)\s*$/iu;

/**
 * A bare number that counts part of the count right before it (« 39 morts et 16 blessés, dont neuf dans un état
 * grave »): that count's noun, and partitive (see {@link Quantity.partitive}): a part is compared with a part of
 * the same noun, never with a total.
 */
function withParts(text: string, quantities: Quantity[]): Quantity[] {
  for (let i = 1; i < quantities.length; i++) {
    const q = quantities[i];
    const before = quantities[i - 1];
    if (q.kind !== 'number' || q.unit !== undefined || before.kind !== 'number' || before.unit === undefined) continue;
    if (!PART_OF_BEFORE.test(text.slice(before.end, q.approxStart ?? q.start))) continue;
    quantities[i] = { ...q, unit: before.unit, partitive: true };
  }
  return quantities;
}

/** A name and its comma right before a number, and a comma after it: the press's apposition of an age ("Mr Ebbers, 63, has"). */
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s*$/u;
const AGE_AFTER = /^\s*[,)]/u;
/**
 * The words right before « N ans » or "N" that make it a person's age: « âgé de », « à l'âge de », a noun of a
 * person or of kin and « de » (« un homme de 42 ans », « une retraitée de 70 ans », « son épouse de 38 ans »), "aged",
 * "at the age of".
 */
const AGE_LEAD =
  /(?:(?<!\p{L})âgé(?:e|s|es)?\s+(?:de\s+|d['’])|(?<!\p{L})à\s+l['’]âge\s+de\s+|(?<!\p{L})(?:homme|femme|jeune|garçon|fille|adolescent|adolescente|enfant|bébé|retraité|retraitée|quadragénaire|quinquagénaire|sexagénaire|septuagénaire|octogénaire|trentenaire|quarantenaire|victime|conducteur|conductrice|suspect|suspecte|détenu|détenue|patient|patiente|épouse|époux|mari|compagne|compagnon|fils|père|mère|frère|sœur|soeur|veuve|veuf|grand-père|grand-mère|petit-fils|petite-fille|neveu|nièce|cousin|cousine|oncle|tante)\s+(?:de\s+|d['’])|\baged\s+|\bat\s+the\s+age\s+of\s+)$/iu;

/**
 * A noun phrase set in apposition right after a name, whose last words are « de » before « N ans » (« Paul Verne, un
 * militant écologiste de 21 ans, », « Léa Morel, la gérante de 45 ans »): the age of the one named, whatever the
 * noun (AGE_LEAD lists the nouns of a person that tell an age without a name). A determiner opens the phrase right
 * after the comma, one to three lowercase words follow.
 */
const APPOSITION_AGE_LEAD = /\p{Lu}[\p{L}'’.-]*,\s+(?:un|une|le|la|l['’]|ce|cet|cette)\s*(?:\p{Ll}[\p{L}'’-]*\s+){1,3}(?:de\s+|d['’])$/u;

/**
 * « avoir » right after a name or a personal pronoun, before « N ans » (« Paul Verne avait 23 ans », « elle a 40 ans »):
 * the age of the one named, unless a complement follows « ans » (« Lacroix a 5 ans pour rembourser », « a 20 ans
 * d'expérience », « a 3 ans devant elle »: a span of time, see YEARS_COMPLEMENT_AFTER).
 */
/** Words right after « N ans » / "N years" that make it a difference of ages (« de dix ans son aîné », « de 5 ans plus jeune », "ten years older"), not an age. */
const AGE_GAP_AFTER = /^\s*(?:(?:son|sa|leur|his|her|their)\s+(?:aîné|aînée|cadet|cadette|junior|senior)|(?:de\s+)?(?:plus|moins)(?!\p{L})|(?:older|younger|senior|junior)(?!\p{L}))/iu;

const PREDICATE_AGE_LEAD = /(?:\p{Lu}[\p{L}'’-]*|(?<!\p{L})(?:il|elle))\s+(?:avait|a|aura|aurait|avaient|ont)\s+$/u;

/**
 * A whole number from 1 to 120 set between commas right after a name (« Mr Ebbers, 63, has always insisted »,
 * « Angela, 56, regrette ») is the person's age: a number of years, so that it compares with "63 years old"
 * and « 63 ans ».
 */
function withAges(text: string, lang: Lang, quantities: Quantity[]): Quantity[] {
  const years = stem(lang === 'fr' ? 'ans' : 'years', lang);
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    // "65 years old", "a 76-year-old owner", « Angela, 56 ans, »: written as an age.
    if (q.kind === 'number' && q.unit === years && !AGE_GAP_AFTER.test(text.slice(q.end, q.end + 16)) && (/^[\s-]*old\b/iu.test(text.slice(q.end, q.end + 6)) || /-old$/iu.test(q.raw) || AGE_LEAD.test(text.slice(Math.max(0, q.start - 30), q.start)) || APPOSITION_AGE_LEAD.test(text.slice(Math.max(0, q.start - 80), q.start)) || (lang === 'fr' && PREDICATE_AGE_LEAD.test(text.slice(Math.max(0, q.start - 40), q.start)) && !YEARS_COMPLEMENT_AFTER.test(text.slice(q.end, q.end + 12))) || (AGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && AGE_AFTER.test(text.slice(q.end, q.end + 3))))) {
      quantities[i] = { ...q, age: true };
      continue;
    }
    if (lang === 'en' && stated(q) && englishCopulaAge(text, q)) {
      quantities[i] = { ...q, unit: years, age: true, end: q.numberEnd, raw: text.slice(q.start, q.numberEnd) };
      continue;
    }
    if (q.kind !== 'number' || q.unit !== undefined || q.scale !== 1 || q.words || q.approx || !/^\d{1,3}$/.test(q.raw) || q.value < 1 || q.value > 120) continue;
    const apposition = AGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && AGE_AFTER.test(text.slice(q.end, q.end + 3));
    if (!apposition && !/\baged\s+$/iu.test(text.slice(Math.max(0, q.start - 10), q.start))) continue;
    quantities[i] = { ...q, unit: years, age: true };
  }
  return quantities;
}

/** A bare count of one to three digits, no qualifier, no scale: a figure that may be an age. */
function stated(q: Quantity): boolean {
  return q.kind === 'number' && q.scale === 1 && !q.words && !q.approx && /^\d{1,3}$/.test(text(q)) && q.value >= 1 && q.value <= 120;
}

function text(q: Quantity): string {
  return q.raw.slice(q.numberStart - q.start, q.numberEnd - q.start);
}

/**
 * An English age told by a verb with no "years old" ("Ann Lee, who is 57, says …", "who was only 23,", "who was 27
 * at the time", "She was 16 when she was charged", "the centre who turned 19 the day after"): the figure right after
 * "who is" / "who was" (an adverb of time or degree between) and before a comma, the sentence's end, "at the time"
 * or "when"; right after "is" / "was" and before "when"; or right after "turned" with no counted noun. Not "is 57"
 * alone ("the toll is 57, officials said") nor "was 5 at the time" ("the rate was 5 at the time"): the subject may be
 * a count.
 */
function englishCopulaAge(text: string, q: Quantity): boolean {
  const before = text.slice(Math.max(0, q.start - 24), q.start);
  const after = text.slice(q.numberEnd, q.numberEnd + 14);
  const atTheTime = /^\s+(?:when\b|at\s+the\s+time\b)/iu.test(after);
  if (/\bwho\s+(?:is|was)\s+(?:(?:only|just|still|then|now)\s+)?$/iu.test(before)) return atTheTime || (q.unit === undefined && /^\s*(?:[,;)]|\.(?!\d)|$)/u.test(after));
  if (/\b(?:is|was)\s+(?:(?:only|just|still|then)\s+)?$/iu.test(before)) return /^\s+when\b/iu.test(after);
  return /\bturned\s+$/iu.test(before) && q.unit === undefined;
}

/**
 * The words that set a second value against a first (« 12,66 picogrammes …, contre 3,40 en moyenne », "against
 * 3.4"), or a second dimension after a first (« 22 km de long et de 6 de large », "22 km long and 6 wide").
 */
const COMPARED_LINK = /^[^.;:!?]{0,60}?(?:,\s*|\s)(?:contre|versus|vs\.?|against|compared with|compared to|par rapport à|au lieu de)\s*$|^\s+(?:de\s+)?(?:long|large|haut|profond|d['’]épaisseur|de\s+diamètre|long|wide|high|deep|tall)\s+(?:et|and|sur|by|x|×)\s+(?:de\s+)?$/iu;

/**
 * The second value of a comparison takes the unit of the first when it has none (« un taux de 12,66 picogrammes par
 * mètre cube, contre 3,40 en moyenne »: 3,40 picogrammes), so that the two compare each with its own in a source.
 */
function withComparedUnits(text: string, quantities: Quantity[]): Quantity[] {
  for (let i = 1; i < quantities.length; i++) {
    const [a, b] = [quantities[i - 1], quantities[i]];
    // « de 6 de large »: the dimension read as a counted noun is no unit.
    const dimension = b.unit !== undefined && /^\s+de\s+(?:long|large|haut|profond)/iu.test(text.slice(b.numberEnd, b.end + 1));
    if (b.kind !== 'number' || (b.unit !== undefined && !dimension) || b.scale !== 1 || b.words || a.unit === undefined || a.kind === 'date' || a.kind === 'year') continue;
    if (!COMPARED_LINK.test(text.slice(a.end, b.approxStart ?? b.start))) continue;
    quantities[i] = dimension ? { ...b, kind: a.kind, unit: a.unit, end: b.numberEnd, raw: text.slice(b.start, b.numberEnd) } : { ...b, kind: a.kind, unit: a.unit };
  }
  return quantities;
}

/** The share of a fraction word (folded, singular): « moitié », « tiers », "quarter"… */
const FRACTION_SHARES: Record<string, number> = {
  moitie: 50, tiers: 100 / 3, quart: 25, cinquieme: 20, dixieme: 10,
  half: 50, third: 100 / 3, quarter: 25, fifth: 20, tenth: 10,
};

/**
 * Fractions written in words, as shares in percent: one part with its article before « de » / "of" (« la moitié
 * des », « un cinquième de », "a third of", "half of"), or several parts (« les deux tiers », « aux deux-tiers »,
 * "two-thirds"). « un quart d'heure » is a time, not a share.
 */
const FRACTION_WORDS: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:(?:la|une|le|un)\s+(moiti[ée]|tiers|quart|cinqui[èe]me|dixi[èe]me)(?=(?:\s*["”»])?\s+(?:de|des|du|d['’])(?!\s*heure))|(deux|trois|quatre)[\s-](tiers|quarts|cinqui[èe]mes|dixi[èe]mes))/giu,
  en: /(?<![\p{L}\p{N}])(?:(?:a|one)\s+(third|quarter|fifth|tenth)(?=(?:\s*["”])?\s+of\b)(?!\s+of\s+an\s+hour)|(half)(?=\s+(?:of|the)\b)|(two|three|four)[\s-](thirds|quarters|fifths|tenths))/giu,
};

/** The share a fraction match states, in percent; undefined for a part the table does not know. */
function fractionShare(match: RegExpExecArray, lang: Lang): number | undefined {
  const groups = match.slice(1).filter((g) => g !== undefined).map((g) => fold(g.toLowerCase()));
  if (groups.length === 1) return FRACTION_SHARES[groups[0]];
  const parts = numberWordsValue([groups[0]], lang);
  const share = FRACTION_SHARES[groups[1]] ?? FRACTION_SHARES[groups[1].replace(/s$/, '')];
  return parts !== undefined && share !== undefined && parts * share < 100 ? parts * share : undefined;
}

/** Words of approximation before a fraction (« près d'un tiers », "nearly half of"). */
const FRACTION_APPROX: Record<Lang, RegExp> = {
  fr: /(?:près|environ|presque|quelque)\s*(?:de\s+|d['’])?$/iu,
  en: /(?:nearly|almost|about|around|some)\s+$/iu,
};

/**
 * Bounds before a fraction (« plus d'un tiers », « moins de la moitié », « au moins la moitié », "more than a
 * third", "over half", "less than a quarter", "at least half"): the share is a bound, not a value give or take 10 %.
 */
const FRACTION_BOUNDS: Record<Lang, ReadonlyArray<readonly [RegExp, Approx]>> = {
  fr: [
    [/(?:^|\s)au\s+moins\s+$/iu, 'at-least'],
    [/(?:^|\s)(?:pas\s+)?plus\s+(?:de\s+|d['’])$/iu, 'more-than'],
    [/(?:^|\s)moins\s+(?:de\s+|d['’])$/iu, 'less-than'],
  ],
  en: [
    [/(?:^|\s)at\s+least\s+$/iu, 'at-least'],
    [/(?:^|\s)(?:more\s+than|over|upwards\s+of|in\s+excess\s+of|above)\s+$/iu, 'more-than'],
    [/(?:^|\s)(?:less\s+than|fewer\s+than|under|below)\s+$/iu, 'less-than'],
    [/(?:^|\s)(?:up\s+to|at\s+most|no\s+more\s+than)\s+$/iu, 'at-most'],
  ],
};

/** The bound a fraction starting at `start` is given by the words right before it, and where they start. */
function fractionBound(text: string, start: number, lang: Lang): { approx: Approx; approxStart: number } | undefined {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [pattern, approx] of FRACTION_BOUNDS[lang]) {
    const match = pattern.exec(before);
    if (match) return { approx, approxStart: start - match[0].trimStart().length };
  }
  return undefined;
}

/**
 * Shares written as fractions in words (« Lubrizol fournit la moitié des additifs », "a third of its output"):
 * kind 'percent' (50, 33.3…, 25, 66.6…, 75), marked {@link Quantity.fraction}, in place of any count read in them.
 */
function withFractionWords(text: string, lang: Lang, quantities: Quantity[]): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(FRACTION_WORDS[lang])) {
    const share = fractionShare(match, lang);
    if (share === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    const approx = FRACTION_APPROX[lang].exec(text.slice(Math.max(0, start - 20), start));
    const bound = approx ? undefined : fractionBound(text, start, lang);
    found.push({
      start, end, numberStart: start, numberEnd: end, value: share, mantissa: share, scale: 1, kind: 'percent', unit: '%', raw: match[0], words: true, fraction: true,
      ...(approx ? { approx: 'about' as const, approxStart: start - approx[0].length } : bound ?? {}),
    });
  }
  if (found.length === 0) return quantities;
  const kept = quantities.filter((q) => !found.some((f) => q.start < f.end && q.end > f.start));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

/** English adverbs that are a number of times in one word ("lost twice", "twice repelled", "twice as many"). */
const TIMES_WORDS = /(?<![\p{L}-])(twice|thrice)(?![\p{L}-])/giu;

/** Whether a quantity is "twice" or "thrice" written alone (see {@link withTwiceWords}): no figure reads in its place. */
export function isTimesWord(q: Quantity): boolean {
  return q.kind === 'multiplier' && /^(?:twice|thrice)$/iu.test(q.raw);
}

/**
 * "twice" and "thrice" as the multipliers 2 and 3, as "three times" is read (kind 'multiplier', unit 'x'): "Henson
 * was twice repelled" and "was three times repelled" tell one count of times. English only; none where another
 * quantity already covers the word.
 */
function withTwiceWords(text: string, lang: Lang, quantities: Quantity[]): Quantity[] {
  if (lang !== 'en') return quantities;
  const found: Quantity[] = [];
  for (const match of text.matchAll(TIMES_WORDS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (quantities.some((q) => q.start < end && q.end > start)) continue;
    const value = match[1].toLowerCase() === 'twice' ? 2 : 3;
    found.push({ start, end, numberStart: start, numberEnd: end, value, mantissa: value, scale: 1, kind: 'multiplier', unit: 'x', raw: match[0], words: true });
  }
  return found.length === 0 ? quantities : [...quantities, ...found].sort((a, b) => a.start - b.start);
}

/** The words that open a range (« entre 10 et 15 ans », « de 130.000 à 145.000 euros », "between 10 and 15 years"). */
const RANGE_OPEN = /(?:^|[\s(])(?:entre|de|d['’]|between|from)\s*$/iu;
const RANGE_LINK = /^\s*(?:et|à|and|to|-|–)\s*$/u;

/**
 * The first bound of a range takes the unit of the second when it has none (« entre dix et quinze ans »: ten
 * years, not the number ten), so that each bound compares with the source's.
 */
function withRangeUnits(text: string, quantities: Quantity[]): Quantity[] {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [a, b] = [quantities[i], quantities[i + 1]];
    if (a.kind !== 'number' || a.unit !== undefined || a.scale !== 1 || b.scale !== 1 || b.unit === undefined || b.kind === 'date' || b.kind === 'year') continue;
    if (!RANGE_LINK.test(text.slice(a.end, b.approxStart ?? b.start)) || !RANGE_OPEN.test(text.slice(Math.max(0, (a.approxStart ?? a.start) - 12), a.approxStart ?? a.start))) continue;
    quantities[i] = { ...a, kind: b.kind, unit: b.unit };
  }
  return quantities;
}

const SCALE_FAMILIES: ReadonlyArray<{ lang: Lang; words: ReadonlyArray<readonly [number, string, string]> }> = [
  { lang: 'fr', words: [[1e3, 'mille', 'mille'], [1e6, 'million', 'millions'], [1e9, 'milliard', 'milliards'], [1e12, 'billion', 'billions']] },
  { lang: 'en', words: [[1e3, 'thousand', 'thousand'], [1e6, 'million', 'million'], [1e9, 'billion', 'billion'], [1e12, 'trillion', 'trillion']] },
];
const ABBREVIATION_FAMILIES: ReadonlyArray<ReadonlyArray<readonly [number, string]>> = [
  [[1e3, 'k'], [1e6, 'M'], [1e9, 'Md'], [1e12, 'T']],
  [[1e3, 'k'], [1e6, 'M'], [1e9, 'Mds'], [1e12, 'T']],
  [[1e3, 'k'], [1e6, 'M'], [1e9, 'Mrd'], [1e12, 'T']],
  [[1e3, 'k'], [1e6, 'm'], [1e9, 'bn'], [1e12, 'tn']],
  [[1e3, 'K'], [1e6, 'M'], [1e9, 'B'], [1e12, 'T']],
  [[1e3, 'k'], [1e6, 'M'], [1e9, 'bn'], [1e12, 'tn']],
];

/** The scales of the family `scaleWord` belongs to, and the word for a scale and mantissa. */
function scaleFamily(scaleWord: string, lang: Lang): { scales: number[]; word: (scale: number, mantissa: number) => string } | undefined {
  const folded = fold(scaleWord);
  const hasWord = (f: (typeof SCALE_FAMILIES)[number]) => f.words.some(([, one, many]) => one === folded || many === folded);
  const wordFamily = SCALE_FAMILIES.find((f) => f.lang === lang && hasWord(f)) ?? SCALE_FAMILIES.find(hasWord);
  if (wordFamily) {
    const plural = wordFamily.lang === 'fr';
    return {
      scales: wordFamily.words.map(([scale]) => scale),
      word: (scale, mantissa) => {
        const [, one, many] = wordFamily.words.find(([s]) => s === scale)!;
        return matchCase(plural && Math.abs(mantissa) >= 2 ? many : one, scaleWord);
      },
    };
  }
  const abbreviations = ABBREVIATION_FAMILIES.find((f) => f.some(([, word]) => word === scaleWord));
  if (!abbreviations) return undefined;
  return {
    scales: abbreviations.map(([scale]) => scale),
    word: (scale) => abbreviations.find(([s]) => s === scale)![1],
  };
}

function matchCase(word: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] !== like[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

function formatDigits(value: number, decimalSeparator: string, groupSeparator: string | undefined, minDecimals = 0): string {
  const [integer, written] = formatPlain(value).split('.');
  const fraction = (written ?? '').padEnd(minDecimals, '0');
  const grouped = groupSeparator ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator) : integer;
  return fraction ? `${grouped}${decimalSeparator}${fraction}` : grouped;
}

/**
 * `value` written in the style of `like`: the text that should replace
 * `text[like.numberStart, like.numberEnd)`. Keeps `like`'s decimal separator, thousands
 * separator, scale word family ("millions", "billion", "Md", "bn"), words or digits, and
 * French plural agreement ("1,5 million", "3,57 millions"). `decimals`: at least that many decimals, as the
 * source writes them (« 3,40 », not « 3,4 »), for a figure written without a scale word.
 */
export function formatQuantity(value: number, like: Quantity, lang: Lang, decimals = 0): string {
  if (like.changeVerb) {
    // The same verb form with the source's factor (« triplé » → « doublé »), else the factor in words.
    const verbStem = changeVerbStem(value);
    const match = CHANGE_VERB.exec(like.raw.toLowerCase());
    if (verbStem && match && (lang === 'en' || verbStem !== 'halv')) {
      const written = like.raw.slice(0, match[1].length);
      return matchCase(verbStem, written) + like.raw.slice(match[1].length);
    }
    return lang === 'fr' ? `multiplié par ${numberToWords(value, lang) ?? formatPlain(value)}` : `multiplied by ${numberToWords(value, lang) ?? formatPlain(value)}`;
  }
  const decimalSeparator = like.decimalSeparator ?? (lang === 'fr' ? ',' : '.');
  const numberText = like.raw.slice(like.numberStart - like.start, like.numberEnd - like.start);
  const family = like.scaleWord ? scaleFamily(like.scaleWord, lang) : undefined;
  if (family) {
    let scale = like.scale;
    const bigger = family.scales.filter((s) => s > scale);
    const smaller = family.scales.filter((s) => s < scale).reverse();
    while (Math.abs(value / scale) >= 1000 && bigger.length) scale = bigger.shift()!;
    while (Math.abs(value / scale) < 1 && smaller.length) scale = smaller.shift()!;
    if (Math.abs(value / scale) >= 1) {
      const mantissa = Number((value / scale).toPrecision(12));
      const gap = /(\s*)\S+$/.exec(numberText)?.[1] ?? ' ';
      const words = like.words ? numberToWords(mantissa, lang) : undefined;
      const mantissaText = words ?? formatDigits(mantissa, decimalSeparator, undefined);
      return `${mantissaText}${gap || (/\d$/.test(mantissaText) ? '' : ' ')}${family.word(scale, mantissa)}`;
    }
  }
  if (like.words) {
    const words = numberToWords(value, lang);
    // In words only where no agreement is in doubt: French « un » agrees with its noun (« cinquante et une
    // personnes »), so a figure ending in one is written in digits.
    if (words && !(lang === 'fr' && /(?:^|[\s-])un$/.test(words))) return matchCase(words, numberText);
  }
  const groupSeparator = like.groupSeparator ?? (Math.abs(value) >= 10_000 ? (lang === 'fr' ? ' ' : ',') : undefined);
  return formatDigits(value, decimalSeparator, groupSeparator === decimalSeparator ? undefined : groupSeparator, decimals);
}

const COMPATIBLE_KINDS: ReadonlyArray<ReadonlySet<QuantityKind>> = [new Set(['number', 'year'])];

function kindsMatch(a: Quantity, b: Quantity): boolean {
  if (a.kind === b.kind) return true;
  return COMPATIBLE_KINDS.some((kinds) => kinds.has(a.kind) && kinds.has(b.kind));
}

function unitsMatch(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'number' || a.kind === 'year') return true;
  return a.unit === undefined || b.unit === undefined || a.unit === b.unit;
}

function equal(x: number, y: number): boolean {
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** Whether `exact` is within what `bounded` (a qualified quantity) allows. */
function withinApprox(bounded: Quantity, exact: number): boolean {
  const v = bounded.value;
  const margin = Math.abs(v) * TOLERANCE;
  switch (bounded.approx) {
    case 'about':
      return Math.abs(exact - v) <= margin + 1e-9;
    case 'more-than':
    case 'at-least':
      return exact >= v - 1e-9 && exact <= v + margin + 1e-9;
    case 'less-than':
    case 'at-most':
      return exact <= v + 1e-9 && exact >= v - margin - 1e-9;
    default:
      return equal(exact, v);
  }
}

/** Digits written after the decimal separator (« 9,37 » → 2); 0 for an integer. */
/** How many decimals a quantity's numeral is written with (« 3,40 »: 2). */
export function decimalsOf(q: Quantity): number {
  if (!q.decimalSeparator) return 0;
  const numeral = new RegExp(`\\d\\${q.decimalSeparator}(\\d+)`).exec(q.raw);
  return numeral ? numeral[1].length : 0;
}

/**
 * The same figure written with less precision: the more precise one rounds to the other at its number of decimals,
 * with the same scale word ("$9.4bn" and "$9.37bn", "$9bn" and "$9.37bn", « 3,6 millions » and « 3,57 millions »);
 * at most two more decimals, and an integer only with a scale word (« 240 000 » is not « 240 500 ») or as a share
 * with one decimal more ("29%" and "28.9%": the press rounds shares to the unit).
 */
function sameRounded(a: Quantity, b: Quantity): boolean {
  if (a.scale !== b.scale || a.kind === 'year') return false;
  const [rough, fine] = decimalsOf(a) <= decimalsOf(b) ? [a, b] : [b, a];
  const decimals = decimalsOf(rough);
  const extra = decimalsOf(fine) - decimals;
  if (extra <= 0 || extra > 2 || (decimals === 0 && rough.scale === 1 && (rough.kind !== 'percent' || extra > 1))) return false;
  const step = 10 ** -decimals;
  return Math.abs(Math.round(fine.mantissa / step) * step - rough.mantissa) < step / 1000;
}

/**
 * Whether two quantities state the same amount: same kind and unit (counted nouns are not
 * compared, so that French and English can match), equal values after scaling or one the other rounded, within 10 %
 * when either is qualified as approximate, and within 10 % on the allowed side of a bound
 * ("plus de 29" matches 29 and 31, not 28 or 40).
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'date' || b.kind === 'date') return a.date !== undefined && b.date !== undefined && sameDate(a.date, b.date);
  if (!kindsMatch(a, b) || !unitsMatch(a, b)) return false;
  // « les années 70 » and « les années 1970 »: one decade written short (decades.ts).
  if (a.unit === DECADE_UNIT && b.unit === DECADE_UNIT && !a.approx && !b.approx) return sameDecade(a.value, b.value);
  if (a.fraction || b.fraction) return sameShareOfFraction(a, b);
  if (!a.approx && !b.approx) return equal(a.value, b.value) || sameRounded(a, b);
  if (a.approx && b.approx) {
    if (a.approx === b.approx || a.approx === 'about' || b.approx === 'about') {
      return Math.abs(a.value - b.value) <= TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9;
    }
    return withinApprox(a, b.value) || withinApprox(b, a.value);
  }
  return a.approx ? withinApprox(a, b.value) : withinApprox(b, a.value);
}

/** How far past a fraction its bound reaches, relative to the fraction: "more than a third" is 33.3 to 41.7 %. */
const FRACTION_BOUND_BAND = 0.25;

/**
 * Whether two shares, one at least written as a fraction in words, agree: within 10 % of each other, or on the
 * allowed side of a fraction's bound, within {@link FRACTION_BOUND_BAND} of it ("more than a third" and 38.4 %,
 * « moins de la moitié » and 45 %; "more than a third" and 30 % do not, nor does "less than a third" and 15.6 %).
 */
function sameShareOfFraction(a: Quantity, b: Quantity): boolean {
  const bounded = [a, b].find((q) => q.fraction && q.approx !== undefined && q.approx !== 'about');
  if (bounded) {
    const other = bounded === a ? b : a;
    if (other.approx === undefined || other.approx === 'about' || other.approx === bounded.approx) {
      // Within a quarter of the fraction: past that a writer says the next fraction ("more than a third" is not 60 %).
      const band = FRACTION_BOUND_BAND * bounded.value;
      if (bounded.approx === 'more-than' || bounded.approx === 'at-least') return other.value >= bounded.value - 1e-9 && other.value <= bounded.value + band + 1e-9;
      return other.value <= bounded.value + 1e-9 && other.value >= bounded.value - band - 1e-9;
    }
  }
  return Math.abs(a.value - b.value) <= TOLERANCE * Math.max(Math.abs(a.value), Math.abs(b.value)) + 1e-9;
}

/**
 * `quantities` with `dates` in place of what they cover (the day "24" of "24 septembre", the year of "15 avril
 * 2019"), in text order.
 */
export function withDates(quantities: readonly Quantity[], dates: readonly Quantity[]): Quantity[] {
  if (dates.length === 0) return [...quantities];
  const covered = (q: Quantity) => dates.some((d) => q.numberStart < d.end && q.numberEnd > d.start);
  return [...quantities.filter((q) => !covered(q)), ...dates].sort((a, b) => a.start - b.start);
}

/** Days in a unit of time, keyed by the unit's stem in French and English (a month and a year as on average); built on first use. */
let daysPerUnit: Map<string, number> | undefined;

function daysPerUnitTable(): Map<string, number> {
  if (!daysPerUnit) {
    daysPerUnit = new Map<string, number>();
    for (const [words, days] of [
      ['jour jours day days', 1],
      ['semaine semaines week weeks', 7],
      ['mois month months', 30.44],
      ['an ans année années year years', 365.25],
      // Ten and a hundred years ("more than a decade", « deux décennies », "over a century"); « les années 1950 » is
      // a decade of the calendar, of its own unit (decades.ts), not a duration.
      ['décennie décennies decade decades', 3652.5],
      ['siècle siècles century centuries', 36525],
      ['heure heures hour hours', 1 / 24],
      ['minute minutes', 1 / 1440],
    ] as const) {
      for (const word of words.split(' ')) for (const lang of ['fr', 'en'] as const) daysPerUnit.set(stem(word, lang), days);
    }
  }
  return daysPerUnit;
}

/**
 * Whether two durations are counted in the same unit of time, in either language ("years" and « ans », "days" and
 * « jours »): a figure of one then reads right with the other's unit word.
 */
export function sameUnitOfTime(a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || !a.unit || !b.unit) return false;
  const days = daysPerUnitTable().get(a.unit);
  return days !== undefined && days === daysPerUnitTable().get(b.unit);
}

/** A duration in days ("cinq mois", "45 jours", "3 years"); undefined for other quantities. */
export function durationDays(q: Quantity): number | undefined {
  if (q.kind !== 'number' || !q.unit) return undefined;
  const days = daysPerUnitTable().get(q.unit);
  return days === undefined ? undefined : q.value * days;
}

/** Words that may follow a clock time without being what it counts (« huit heures trente samedi », « … trente pile »). */
const AFTER_CLOCK_TIME = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'nuit', 'pile', 'precises', 'environ', 'hier', 'demain']);

/**
 * Nouns English makes of a count and a noun with "-er", which count that noun: "a 60,000-seater stadium" has
 * 60,000 seats, "a three-wheeler" three wheels, "a double-decker" two decks, "a four-bedder" four beds.
 */
const COMPOUND_ER_NOUNS: ReadonlyMap<string, string> = new Map([
  ['seater', 'seat'],
  ['wheeler', 'wheel'],
  ['decker', 'deck'],
  ['bedder', 'bed'],
]);

/** The regular English plural of a singular noun ("try" → "tries", "game" → "games", "match" → "matches"). */
function englishPlural(noun: string): string {
  if (/[^aeiou]y$/u.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/u.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
