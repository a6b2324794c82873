import { isFunctionWord } from '../text/functionWords';
import type { Quantity } from '../text/quantities';
import { isStopWord, stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * English writes a count's adjectives before its noun ("10,000 anti-nuclear protesters", "300 local contractors",
 * "40 Chinese firms"); the quantity parser takes the word right after the figure for the counted noun, so the
 * count measured "anti-nuclear" and met no source count of « manifestants antinucléaires » (French writes the
 * adjective after the noun). Only a word that an adjective's form marks as one is stepped over: a prefix of stance
 * or negation joined by a hyphen (anti-, pro-, non-, ex-) or an ending of adjectives (-al, -ar, -ic, -ous, -ive,
 * -ful, -less, -ish, -ese, -ian, -ern), or a gerund that modifies a noun ("4,000 flying hours", "12 working days"),
 * then one content word, lowercase, must follow.
 */
const ADJECTIVE_FORM = /^(?:(?:anti|pro|non|ex)-[\p{L}-]+|[\p{L}-]{2,}(?:al|ar|ic|ous|ive|ful|less|ish|ese|ian|ern|ing))$/iu;

/**
 * The claim's count measured by the noun after its adjective (see {@link ADJECTIVE_FORM}): a copy of `q` whose
 * unit is that noun's English stem, or `undefined` when the claim is not English, the count has no unit, the unit
 * does not have an adjective's form, or no content word follows it.
 */
export function countOfHeadNoun(claimText: string, q: Quantity, lang: Lang): Quantity | undefined {
  if (lang !== 'en' || q.kind !== 'number' || q.unit === undefined || q.end <= q.numberEnd) return undefined;
  const unitWord = claimText.slice(q.numberEnd, q.end).trim();
  const next = tokenize(claimText.slice(q.end, q.end + 40))[0];
  if (!next || next.kind !== 'word' || next.start > 1 || next.text !== next.lower || isFunctionWord(next.norm)) return undefined;
  if (!ADJECTIVE_FORM.test(unitWord) && !nounModifier(unitWord, next.lower, q.value)) return undefined;
  return { ...q, unit: stem(next.lower, 'en') };
}

/**
 * English counts a compound noun by its last word, the words before it used as modifiers in the singular ("48 fire
 * engines", "12,000 road bridges", "300 bus drivers"); French names the head first (« 84 engins », « 12.000 ponts
 * du réseau routier »). A count above one whose word after the figure is lowercase and singular (no final s), followed
 * by a lowercase plural (final s, not "ss"), is such a compound: after a plural figure an English noun in the singular
 * modifies the next one. `unitWord` and `nextWord`: the words after the figure, lower case.
 */
function nounModifier(unitWord: string, nextWord: string, value: number): boolean {
  return value > 1 && /^\p{Ll}[\p{Ll}-]*$/u.test(unitWord) && !/s$/.test(unitWord) && !isStopWord(unitWord, 'en') && /^\p{Ll}{3,}[^s]s$/u.test(nextWord);
}
