import type { Lang } from '../types';

/** A numeral written with digits, read. */
export interface Numeral {
  value: number;
  /** The decimal separator as written, when the numeral has a fractional part. */
  decimalSeparator?: ',' | '.';
  /** The thousands separator as written, when digits are grouped. */
  groupSeparator?: string;
}

const SPACE_GROUPED = /^(\d{1,3}(?:([ \u00a0\u2007\u2009\u202f])\d{3})+)(?:([.,])(\d+))?$/;
const COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$/;
/** One dot group ("6.500", "1.800,5"): thousands in French, where the decimal mark is a comma. */
const DOT_GROUPED_ONCE = /^\d{1,3}\.\d{3}(?:,\d+)?$/;
const DECIMAL = /^(\d+)(?:([.,])(\d+))?$/;

/**
 * Reads a numeral written with digits ("3,57", "3.57", "100 000", "1,000,000", "2018").
 * A single comma followed by exactly three digits ("1,000") is a thousands separator in
 * English and a decimal comma in French; a single dot followed by exactly three digits ("6.500")
 * is a decimal point in English and a thousands separator in French, where the press writes
 * thousands so in about a fifth of articles (8,236 of 36,152 OrangeSum articles, docs/TEXT-STACK).
 * Digits grouped by a space, no-break space, figure space, thin space or narrow no-break space
 * ("100 000", "100\u2009000") are thousands in both. Returns `undefined` when `text` is not such a numeral.
 */
export function parseNumeral(text: string, lang: Lang = 'fr'): Numeral | undefined {
  const spaced = SPACE_GROUPED.exec(text);
  if (spaced) {
    const integer = spaced[1].replace(/\D/g, '');
    const fraction = spaced[4];
    return {
      value: Number(fraction ? `${integer}.${fraction}` : integer),
      groupSeparator: spaced[2],
      ...(spaced[3] ? { decimalSeparator: spaced[3] as ',' | '.' } : {}),
    };
  }
  if (COMMA_GROUPED.test(text) && (lang === 'en' || /,\d{3},/.test(text) || text.includes('.'))) {
    const [integer, fraction] = text.replace(/,/g, '').split('.');
    return {
      value: Number(fraction ? `${integer}.${fraction}` : integer),
      groupSeparator: ',',
      ...(fraction ? { decimalSeparator: '.' as const } : {}),
    };
  }
  if (DOT_GROUPED.test(text) || (lang === 'fr' && DOT_GROUPED_ONCE.test(text))) {
    const [integer, fraction] = text.replace(/\./g, '').split(',');
    return {
      value: Number(fraction ? `${integer}.${fraction}` : integer),
      groupSeparator: '.',
      ...(fraction ? { decimalSeparator: ',' as const } : {}),
    };
  }
  const plain = DECIMAL.exec(text);
  if (!plain) return undefined;
  const [, integer, separator, fraction] = plain;
  if (!separator) return { value: Number(integer) };
  if (isMalformedGrouping(separator, fraction, lang)) return undefined;
  return { value: Number(`${integer}.${fraction}`), decimalSeparator: separator as ',' | '.' };
}

/**
 * Whether a comma in English text is a thousands separator with a digit lost ("$110,00" for "$110,000", a
 * scraping or typing slip): English writes no decimal comma, and a comma followed by other than three digits is
 * no number to read or to write into a draft. A French decimal comma
 * ("3,57" in a French text) is left alone.
 */
function isMalformedGrouping(separator: string, fraction: string, lang: Lang): boolean {
  return lang === 'en' && separator === ',' && fraction.length !== 3;
}

/**
 * The canonical spelling of a numeral's value for indexing: "3,57" and "3.57" give "3.57",
 * "100 000" gives "100000". Returns `undefined` when `text` is not a numeral.
 */
export function canonicalNumber(text: string, lang: Lang = 'fr'): string | undefined {
  const numeral = parseNumeral(text, lang);
  return numeral && formatPlain(numeral.value);
}

// One formatter for all calls: `toLocaleString` builds a new one each time, which dominated indexing.
const plainFormat = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 });

/** A number in plain notation with at most six decimals and no trailing zeros. */
export function formatPlain(value: number): string {
  const rounded = Number(value.toFixed(6));
  if (Math.abs(rounded) < 1e21) return plainFormat.format(rounded);
  return String(rounded);
}
