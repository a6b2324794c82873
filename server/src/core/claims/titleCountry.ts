import { countryOf } from '../text/demonyms';

/** How many words before a name its title's country may stand (« le ministre japonais de l'Environnement X »: 4). */
const TITLE_REACH = 6;

/**
 * The country the title before a name is told of, by the last nationality adjective or country name among the
 * {@link TITLE_REACH} words before it, within its sentence (« ministre mauricien de l'Environnement, X » gives "MU",
 * "the French foreign minister, X" gives "FR"); undefined when none is written. ISO 3166 codes, as {@link countryOf}.
 */
export function titleCountryBefore(text: string, at: number): string | undefined {
  const sentence = text.slice(0, at).split(/[.;:!?]\s/u).pop() ?? '';
  const words = sentence.split(/[^\p{L}'’-]+/u).filter(Boolean).slice(-TITLE_REACH);
  for (let i = words.length - 1; i >= 0; i--) {
    const country = countryOf(words[i].replace(/^[dl]['’]/iu, ''));
    if (country !== undefined) return country;
  }
  return undefined;
}

/**
 * Whether the claim's name and the passage's hold the same title of two countries (« le ministre mauricien de
 * l'Environnement, X » against « le ministre japonais de l'Environnement Y »; "the French envoy X" against "the
 * British envoy Y"): two offices, so the passage's name is no value of the claim's slot. Both must tell a country;
 * a title told of a country on one side only is left to the other rules. Offsets are those of the two names.
 */
export function titleOfOtherCountry(claimText: string, claimStart: number, sourceText: string, sourceAt: number): boolean {
  const claimCountry = titleCountryBefore(claimText, claimStart);
  const sourceCountry = titleCountryBefore(sourceText, sourceAt);
  return claimCountry !== undefined && sourceCountry !== undefined && claimCountry !== sourceCountry;
}
