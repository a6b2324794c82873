import english from 'i18n-iso-countries/langs/en.json';
import french from 'i18n-iso-countries/langs/fr.json';
import { fold } from './normalize';

/**
 * The spelling key of a place name written in one language or the other: "Tehran" and « Téhéran », "Kathmandu" and
 * « Katmandou », "Athens" and « Athènes », "Vienna" and « Vienne », "Moscow" and « Moscou » get the same key.
 *
 * An exonym (the name another language gives a place) mostly keeps its source's consonants and writes its sounds
 * with that language's letters, and French and English add or drop a final mute vowel or -s. The key folds
 * accents and case, writes the sounds the two languages spell differently one way (tch, sh and ch → one letter,
 * ph → f, th → t, gh → g, ck/qu → k, gu before e/i → g, c before e/i/y → s, other c → k, y → i, ou → u, final ow → u), drops h, joins
 * doubled letters, then drops a final s and the vowels at the end.
 *
 * Measured on the Unicode CLDR 48.2 exemplar cities (npm cldr-dates-full, time zone names in English and French;
 * used for the measure only, not shipped): of the 106 one-word cities, 66 are spelled differently once accents are
 * folded, and 48 of those 66 get one key (Lisbon/Lisbonne, Manila/Manille, Tehran/Téhéran, Kathmandu/Katmandou…);
 * the 18 others differ by more than spelling (Warsaw/Varsovie, London/Londres, Brussels/Bruxelles). No two
 * different cities of the 106 share a key across the two languages. Countries are not keyed (see {@link sameExonym}).
 *
 * @param name A single name word, as written or folded.
 * @returns The key; '' for a word too short to compare this way (keys of fewer than 3 letters).
 */
export function exonymKey(name: string): string {
  let s = fold(name).replace(/[^a-z]/g, '');
  s = s
    .replace(/^ie/, 'e')
    .replace(/tch/g, 'ch')
    .replace(/sh/g, 'ch')
    .replace(/ch/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/gh/g, 'g')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/gu(?=[ei])/g, 'g')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/y/g, 'i')
    .replace(/ow$/, 'u')
    .replace(/ou/g, 'u')
    .replace(/h/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/s$/, '')
    .replace(/[aeiou]+$/, '');
  return s.length >= 3 ? s : '';
}

/**
 * Whether two name words of two languages are one place's name spelled each language's way (see
 * {@link exonymKey}): not the same word (that is no exonym), and both at least 4 letters long. A country is one
 * country by its names in the two languages (the ISO 3166 lists below), never by spelling: keys joined Niger and
 * « Nigéria », Algeria and « Alger »; the lists give 87 of the 99 one-word countries that English and French
 * spell differently, with no such mix-up.
 */
export function sameExonym(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb || fa.length < 4 || fb.length < 4) return false;
  // A country is one by its names in the two languages, never by spelling (« Niger » is no "Nigeria", « Alger » no "Algeria").
  const ca = countriesNamed(fa);
  const cb = countriesNamed(fb);
  if (ca || cb) return ca !== undefined && cb !== undefined && [...ca].some((code) => cb.has(code));
  const key = exonymKey(fa);
  return key !== '' && key === exonymKey(fb);
}

let countries: Map<string, Set<string>> | undefined;

/**
 * The ISO 3166 codes of the countries a single folded word names in English or French, from the maintained lists
 * of the npm package i18n-iso-countries (MIT; every name and alias of its en and fr lists that is one word:
 * "Lebanon" and « Liban », "Germany" and « Allemagne »).
 */
function countriesNamed(norm: string): Set<string> | undefined {
  if (!countries) {
    countries = new Map();
    for (const list of [english.countries, french.countries] as Record<string, string | string[]>[]) {
      for (const [code, value] of Object.entries(list)) {
        for (const name of Array.isArray(value) ? value : [value]) {
          if (/[\s-]/.test(name)) continue;
          const key = fold(name);
          const codes = countries.get(key) ?? new Set<string>();
          codes.add(code);
          countries.set(key, codes);
        }
      }
    }
  }
  return countries.get(norm);
}

/** Whether one of a passage's name words (folded) is the given name word's exonym (see {@link sameExonym}). */
export function exonymIn(norm: string, names: Iterable<string>): boolean {
  for (const name of names) if (sameExonym(norm, name)) return true;
  return false;
}
