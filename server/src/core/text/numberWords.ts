import type { Lang } from '../types';

const FRENCH_UNITS = [
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
  'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf',
];
const FRENCH_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];
const ENGLISH_UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const ENGLISH_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Folded number words adding their value ("quatre", "vingt", "twenty"). */
const ADDITIVE: Record<Lang, ReadonlyMap<string, number>> = {
  fr: new Map<string, number>([
    ...['zero', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
      'douze', 'treize', 'quatorze', 'quinze', 'seize'].map((w, i) => [w, i] as [string, number]),
    ['une', 1], ['vingt', 20], ['vingts', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50],
    ['soixante', 60], ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90],
  ]),
  en: new Map<string, number>([
    ...ENGLISH_UNITS.map((w, i) => [w, i] as [string, number]),
    ...ENGLISH_TENS.slice(2).map((w, i) => [w, (i + 2) * 10] as [string, number]),
  ]),
};
const HUNDRED: Record<Lang, ReadonlySet<string>> = { fr: new Set(['cent', 'cents']), en: new Set(['hundred']) };
const THOUSAND: Record<Lang, ReadonlySet<string>> = { fr: new Set(['mille']), en: new Set(['thousand']) };
const CONNECTOR: Record<Lang, string> = { fr: 'et', en: 'and' };
/** Words meaning one that are usually articles or pronouns: numbers only before a multiplier. */
const ARTICLES: Record<Lang, ReadonlySet<string>> = { fr: new Set(['un', 'une']), en: new Set(['one', 'a', 'an']) };

/** Whether a folded word part is a number word of `lang`. */
export function isNumberWordPart(part: string, lang: Lang): boolean {
  return ADDITIVE[lang].has(part) || HUNDRED[lang].has(part) || THOUSAND[lang].has(part);
}

/** Whether a folded word is made only of number-word parts joined by hyphens ("dix-sept"). */
export function isNumberWord(norm: string, lang: Lang): boolean {
  return norm.split('-').every((part) => isNumberWordPart(part, lang));
}

/** Whether a folded word is "and"/"et", which may join number words. */
export function isNumberConnector(norm: string, lang: Lang): boolean {
  return norm === CONNECTOR[lang];
}

/** Whether a folded word means one only as an article ("un", "a", "one"). */
export function isArticleOne(norm: string, lang: Lang): boolean {
  return ARTICLES[lang].has(norm);
}

/** Whether a folded word multiplies what precedes it ("cent", "mille", "hundred", "thousand"). */
export function isMultiplierWord(norm: string, lang: Lang): boolean {
  return HUNDRED[lang].has(norm) || THOUSAND[lang].has(norm);
}

/** One step of a sequence of number words: a value added, or what comes before multiplied by a hundred or a thousand. */
type NumberWordStep = number | 'hundred' | 'thousand';

/**
 * The steps of a sequence of folded number words, hyphenated parts and connectors (« et », "and") read: « quatre-vingt »
 * adds 80, "a"/"an" adds 1 in English. Undefined when a part is not a number word. Shared by {@link numberWordsValue}
 * and {@link numberWordsCompose}.
 */
function numberWordSteps(words: readonly string[], lang: Lang): NumberWordStep[] | undefined {
  const parts = words.flatMap((w) => w.split('-')).filter((p) => p !== CONNECTOR[lang]);
  const steps: NumberWordStep[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (lang === 'fr' && part === 'quatre' && (parts[i + 1] === 'vingt' || parts[i + 1] === 'vingts')) {
      steps.push(80);
      i++;
    } else if (HUNDRED[lang].has(part)) {
      steps.push('hundred');
    } else if (THOUSAND[lang].has(part)) {
      steps.push('thousand');
    } else {
      const value = lang === 'en' && (part === 'a' || part === 'an') ? 1 : ADDITIVE[lang].get(part);
      if (value === undefined) return undefined;
      steps.push(value);
    }
  }
  return steps;
}

/**
 * The value of a sequence of folded number words ("deux cent trente-quatre", "vingt et un",
 * "quatre-vingt-dix", "two thousand five hundred"), or `undefined` when one is not a number word.
 */
export function numberWordsValue(words: readonly string[], lang: Lang): number | undefined {
  const steps = numberWordSteps(words, lang);
  if (!steps) return undefined;
  let total = 0;
  let current = 0;
  for (const step of steps) {
    if (step === 'hundred') {
      current = (current || 1) * 100;
    } else if (step === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else {
      current += step;
    }
  }
  return total + current;
}

/**
 * Whether folded number words make one number as they are written in order: each word added after another adds
 * less than a round value before it ("twenty four", « soixante-dix-sept », « quatre-vingt-onze », "three hundred
 * and four", "two thousand five"), "hundred" and "thousand" multiply what comes before. "four six" ("four Six
 * Nations games") or "six four" are two numbers, not ten. Words that are no number words make no number.
 */
export function numberWordsCompose(words: readonly string[], lang: Lang): boolean {
  const steps = numberWordSteps(words, lang);
  if (!steps) return false;
  let lastAdded = Infinity;
  for (const step of steps) {
    if (step === 'hundred' || step === 'thousand') {
      lastAdded = step === 'hundred' ? 100 : 1000;
      continue;
    }
    if (lastAdded !== Infinity && !(step < lastAdded && lastAdded % 10 === 0)) return false;
    lastAdded = step;
  }
  return true;
}

/** The word that reads a decimal point aloud: "seventy-one point four", « trois virgule deux ». */
const DECIMAL_POINT: Record<Lang, string> = { fr: 'virgule', en: 'point' };

/** Whether a folded word reads a decimal point aloud ("point", « virgule »). */
export function isDecimalPointWord(norm: string, lang: Lang): boolean {
  return norm === DECIMAL_POINT[lang];
}

/**
 * The fraction that folded number words read after a decimal point word, as a number below 1: digit by digit
 * ("point four five" → 0.45, « virgule zéro cinq » → 0.05) or as one number, as French reads it (« virgule
 * vingt-cinq » → 0.25); `undefined` when a word is not a number word or none is given, or when a multiplier is among
 * them ("point two hundred" is no decimal reading).
 */
export function decimalWordsFraction(words: readonly string[], lang: Lang): number | undefined {
  if (words.length === 0) return undefined;
  if (words.some((w) => !isNumberWord(w, lang) || w.split('-').some((p) => HUNDRED[lang].has(p) || THOUSAND[lang].has(p)))) return undefined;
  const digits = words.map((w) => numberWordsValue([w], lang));
  if (digits.some((d) => d === undefined)) return undefined;
  let written: string;
  if (digits.every((d) => d! < 10)) written = digits.join('');
  else {
    // Leading zeros, then one number: « virgule zéro vingt-cinq ».
    const zeros = digits.findIndex((d) => d !== 0);
    const rest = numberWordsValue(words.slice(zeros), lang);
    if (rest === undefined || words.length - zeros > 1) return undefined;
    written = '0'.repeat(zeros) + String(rest);
  }
  return Number(`0.${written}`);
}

function frenchBelow100(n: number): string {
  if (n < 20) return FRENCH_UNITS[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 7 || tens === 9) {
    return FRENCH_TENS[tens] + (tens === 7 && units === 1 ? ' et ' : '-') + FRENCH_UNITS[10 + units];
  }
  if (units === 0) return tens === 8 ? 'quatre-vingts' : FRENCH_TENS[tens];
  if (units === 1 && tens !== 8) return `${FRENCH_TENS[tens]} et un`;
  return `${FRENCH_TENS[tens]}-${FRENCH_UNITS[units]}`;
}

function frenchBelow1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return frenchBelow100(rest);
  const head = hundreds === 1 ? 'cent' : `${FRENCH_UNITS[hundreds]} cent${rest === 0 ? 's' : ''}`;
  return rest === 0 ? head : `${head} ${frenchBelow100(rest)}`;
}

function englishBelow1000(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest < 20 ? ENGLISH_UNITS[rest] : ENGLISH_TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${ENGLISH_UNITS[rest % 10]}` : '');
  if (hundreds === 0) return restWords;
  return `${ENGLISH_UNITS[hundreds]} hundred${rest ? ` ${restWords}` : ''}`;
}

/**
 * An integer from 0 to 999,999 in words ("vingt et un", "deux cents", "twenty-one");
 * `undefined` for any other number.
 */
export function numberToWords(n: number, lang: Lang): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return undefined;
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (lang === 'fr') {
    if (thousands === 0) return frenchBelow1000(rest);
    const head = thousands === 1 ? 'mille' : `${frenchBelow1000(thousands).replace(/(cent|vingt)s$/, '$1')} mille`;
    return rest === 0 ? head : `${head} ${frenchBelow1000(rest)}`;
  }
  if (thousands === 0) return englishBelow1000(rest);
  const head = `${englishBelow1000(thousands)} thousand`;
  return rest === 0 ? head : `${head} ${englishBelow1000(rest)}`;
}
