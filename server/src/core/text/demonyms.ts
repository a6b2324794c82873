import countriesEn from 'i18n-iso-countries/langs/en.json';
import countriesFr from 'i18n-iso-countries/langs/fr.json';
import nationalitiesEn from 'i18n-nationality/langs/en.json';
import nationalitiesFr from 'i18n-nationality/langs/fr.json';
import { fold } from './normalize';

/**
 * The nations of the United Kingdom, which sports and news name as countries of their own but ISO 3166 lists as
 * subdivisions (neither i18n-iso-countries nor i18n-nationality has them): name, adjective and collective noun, in
 * English and French.
 */
const HOME_NATIONS: Record<string, string[]> = {
  'GB-SCT': ['Scotland', 'Scottish', 'Scots', 'Scot', 'Écosse', 'Écossais'],
  'GB-ENG': ['England', 'English', 'Englishman', 'Englishmen', 'Angleterre', 'Anglais'],
  'GB-WLS': ['Wales', 'Welsh', 'Welshman', 'Welshmen', 'Pays de Galles', 'Gallois'],
  'GB-NIR': ['Northern Ireland', 'Northern Irish', 'Irlande du Nord', 'Nord-Irlandais'],
};

/**
 * English nouns for a people that are not their adjective (i18n-nationality gives "Swedish", "Danish", "Polish";
 * writers say "the Swedes", "the Danes", "the Poles"): the common irregular ones, each with its country code.
 */
const PEOPLE_NOUNS_EN: Record<string, string> = { Swede: 'SE', Dane: 'DK', Pole: 'PL', Finn: 'FI', Turk: 'TR', Spaniard: 'ES', Brit: 'GB', Briton: 'GB', Icelander: 'IS', Luxembourger: 'LU', Filipino: 'PH', Thai: 'TH' };

/** A leading article, which a collective noun takes (« les Français », "the Scots") and a country may (« la France »). */
const ARTICLE = /^(?:(?:the|les|le|la)\s+|l['’]\s*)/u;

let byName: Map<string, string> | undefined;

/** The inflected forms of a nationality adjective: French gender and number (« français », « française(s) », « italien(ne)(s) »), English plural nouns ("Italians"). */
function formsOf(adjective: string): string[] {
  const forms = [adjective, `${adjective}s`, `${adjective}e`, `${adjective}es`];
  if (/(?:ien|éen)$/u.test(adjective)) forms.push(`${adjective}ne`, `${adjective}nes`);
  if (/s$/u.test(adjective)) forms.push(adjective.slice(0, -1));
  return forms;
}

/**
 * The map from a folded name, adjective or collective noun to its country code. Built once from i18n-iso-countries
 * (every en and fr name and alias) and i18n-nationality 1.4.0 (MIT; the en and fr nationality adjective of each of
 * the 246 ISO countries, « Marocain », "Moroccan"; an entry with a part in brackets, « Français (Guyane) »,
 * "Congolese (Democratic Republic of the Congo)", is skipped, and an adjective two countries share is kept for neither), plus
 * {@link PEOPLE_NOUNS_EN} and {@link HOME_NATIONS}. Measured: i18n-nationality has "Irish", "French", « Irlandais », « Français » but not
 * "Scottish" or "Scots" (GB subdivisions), hence the table; it gives « Gallois » (Welsh) for Wallis-et-Futuna, whose people are « Wallisiens »: the two tables
 * here override the lists.
 */
function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const shared = new Set<string>();
  const add = (name: string, code: string, override = false) => {
    const key = fold(name).replace(/\s+/g, ' ').trim();
    if (override) shared.delete(key);
    if (key.length < 3 || shared.has(key)) return;
    const known = map.get(key);
    if (known !== undefined && known !== code && !override) {
      map.delete(key);
      shared.add(key);
    } else {
      map.set(key, code);
    }
  };
  for (const list of [countriesEn.countries, countriesFr.countries] as Record<string, string | string[]>[]) {
    for (const [code, value] of Object.entries(list)) for (const name of Array.isArray(value) ? value : [value]) add(name, code);
  }
  for (const list of [nationalitiesEn.nationalities, nationalitiesFr.nationalities] as Record<string, string>[]) {
    for (const [code, value] of Object.entries(list)) {
      // « Français (Guyane) »: a territory named by its country's adjective, which stays the country's.
      if (value.includes('(')) continue;
      for (const form of formsOf(value)) add(form, code);
    }
  }
  for (const [noun, code] of Object.entries(PEOPLE_NOUNS_EN)) for (const form of formsOf(noun)) add(form, code, true);
  for (const [code, list] of Object.entries(HOME_NATIONS)) for (const name of list) for (const form of /^\p{Lu}\p{Ll}+$/u.test(name) && name !== list[0] ? formsOf(name) : [name]) add(form, code, true);
  byName = map;
  return map;
}

/**
 * The country a name phrase names by its name, its nationality adjective or its collective noun: "Scotland",
 * "Scottish", "the Scots", « la France », « les Français », « française » all give one code (ISO 3166 alpha-2, or
 * an ISO 3166-2 code for a nation of the United Kingdom). Undefined for any other phrase. Case and accents are
 * folded; one leading article is dropped.
 */
export function countryOf(phrase: string): string | undefined {
  const place = placeOfCompound(phrase.trim()) ?? phrase.trim();
  // "UK", "US": the lists' two-letter names, read only as written in capitals ("us" is a pronoun).
  if (/^\p{Lu}{2}$/u.test(place)) return initials().get(place);
  const key = fold(place).replace(/\s+/g, ' ').trim().replace(ARTICLE, '');
  return names().get(key);
}

let byInitials: Map<string, string> | undefined;

/** The two-letter names of the country lists ("UK", "US"), as written, to their country code. */
function initials(): Map<string, string> {
  if (byInitials) return byInitials;
  byInitials = new Map();
  for (const list of [countriesEn.countries, countriesFr.countries] as Record<string, string | string[]>[]) {
    for (const [code, value] of Object.entries(list)) for (const name of Array.isArray(value) ? value : [value]) if (/^\p{Lu}{2}$/u.test(name)) byInitials.set(name, code);
  }
  return byInitials;
}

/** An English compound that places a thing or a person: "UK-based", "Paris-based", "London-born", "Texas-headquartered". */
const PLACE_COMPOUND = /^(\p{Lu}[\p{L}\p{M}.' -]*?)-(?:based|born|headquartered)$/u;

/**
 * The place an English place compound names ("UK-based" → "UK", "Paris-based" → "Paris", "London-born" →
 * "London"): the compound says where the thing is, as the place's name or adjective would ("a UK firm", "a British
 * firm"). Undefined for any other phrase.
 */
export function placeOfCompound(phrase: string): string | undefined {
  return PLACE_COMPOUND.exec(phrase)?.[1];
}

/**
 * Whether two names written in one slot name one place: the same name, one of them as a place compound
 * ("UK-based" and "UK", "Paris-based" and "Paris"), or one country by its name, adjective or people ("British" and
 * "UK-based": {@link sameCountry}). Case and accents are folded.
 */
export function samePlace(a: string, b: string): boolean {
  const place = (name: string) => fold(placeOfCompound(name.trim()) ?? name).replace(/\s+/g, ' ').trim();
  return place(a) === place(b) || sameCountry(a, b);
}

/**
 * Whether two phrases name one country, each by its name, adjective or collective noun ("Scotland" and "the Scots",
 * "the Irish" and "Ireland", « la France » and « les Français »): one holder written two ways, never two holders.
 * False when either names no country or the two name different ones.
 */
export function sameCountry(a: string, b: string): boolean {
  const ca = countryOf(a);
  return ca !== undefined && ca === countryOf(b);
}

/**
 * Whether two names written in one slot may name one place at two scales: one names a country (by its name,
 * adjective or people, or a place compound of it) and the other no country ("French" and "Paris-based", "a Paris
 * firm" and "a French firm", "UK" and "Leeds"): the town may lie in the country, which no list here tells, so the
 * two are no conflict. frameSlot.ts reads a slot's fillers so.
 */
export function countryAndOtherPlace(a: string, b: string): boolean {
  // Figures written after a name are no part of it ("Slovakia 6-3 6-4": a match's score).
  const country = (name: string) => countryOf(name.replace(/(?:\s+\p{N}[^\s]*)+\s*$/u, '').replace(/[\s.,;:!?)»"”’]+$/u, ''));
  return (country(a) === undefined) !== (country(b) === undefined);
}
