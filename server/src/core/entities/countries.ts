import english from 'i18n-iso-countries/langs/en.json';
import french from 'i18n-iso-countries/langs/fr.json';
import { entityKey } from './candidates';

/**
 * Country names in French and English, from the maintained ISO 3166 lists of the npm package
 * i18n-iso-countries (7.14.0, MIT; 250 countries, with their other English names: "United States", "UK").
 * A long official name also gives its short form: "États-Unis d'Amérique" → "États-Unis".
 */
let countries: Set<string> | undefined;

function build(): Set<string> {
  const keys = new Set<string>();
  for (const list of [english.countries, french.countries] as Record<string, string | string[]>[]) {
    for (const value of Object.values(list)) {
      for (const name of Array.isArray(value) ? value : [value]) {
        keys.add(entityKey(name));
        const short = /^(.+?)\s+(?:d['’]|de\s|du\s|des\s|of\s)/.exec(name)?.[1];
        if (short && short.length > 3) keys.add(entityKey(short));
      }
    }
  }
  return keys;
}

/** Whether a name key (see `entityKey`) is a country's name. */
export function isCountryKey(key: string): boolean {
  countries ??= build();
  return countries.has(key);
}
