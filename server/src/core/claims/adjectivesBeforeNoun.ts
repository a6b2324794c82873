import { sameQuantity, type Quantity } from '../text/quantities';
import { isStopWord, stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * Words whose form marks an English adjective ("southern", "Asian", "local", "Chinese", "anti-nuclear"): a prefix of
 * stance or negation joined by a hyphen, or an ending of adjectives, lower case or capitalised (nationalities).
 */
const ADJECTIVE_FORM = /^(?:(?:anti|pro|non|ex)-[\p{L}-]+|[\p{L}-]{2,}(?:al|ar|ic|ous|ive|ful|less|ish|ese|ian|ern|an))$/iu;

/**
 * Whether a source count states the claim's count of the same noun across the adjectives English writes between a
 * figure and its noun ("the 10 southern Asian nations" for "the ten nations"): the same value, and the noun after
 * at most three adjectives (see ADJECTIVE_FORM), the unit word included, is the claim's counted noun. It states the
 * value, never a conflict. English sources only.
 */
export function sameCountAcrossAdjectives(claim: Quantity, source: Quantity, sourceText: string, sourceLang: Lang): boolean {
  if (sourceLang !== 'en' || claim.kind !== 'number' || source.kind !== 'number' || !claim.unit || !source.unit || claim.unit === source.unit) return false;
  if (source.end <= source.numberEnd || !ADJECTIVE_FORM.test(sourceText.slice(source.numberEnd, source.end).trim())) return false;
  const words = tokenize(sourceText.slice(source.end, source.end + 60));
  for (let i = 0, at = 0; i < words.length && i < 3; i++) {
    const word = words[i];
    if (word.kind !== 'word' || word.start - at > 1) return false;
    at = word.end;
    if (ADJECTIVE_FORM.test(word.text) && words[i + 1]?.kind === 'word') continue;
    if (word.text !== word.lower || isStopWord(word.norm, 'en')) return false;
    return stem(word.lower, 'en') === claim.unit && sameQuantity(claim, source);
  }
  return false;
}

/**
 * Whether a source count states the claim's count of the same noun across one noun English sets before it as a
 * modifier ("the five tube lines" for "the city's five lines", "three oil fields" for "three fields"): the same
 * value, the source's unit word a lower-case word that is no stop word, and the next word, right after it, the
 * claim's counted noun. It states the value, never a conflict. English sources only.
 */
export function sameCountAcrossNounModifier(claim: Quantity, source: Quantity, sourceText: string, sourceLang: Lang): boolean {
  if (sourceLang !== 'en' || claim.kind !== 'number' || source.kind !== 'number' || !claim.unit || !source.unit || claim.unit === source.unit) return false;
  const modifier = sourceText.slice(source.numberEnd, source.end).trim();
  if (!/^\p{Ll}+$/u.test(modifier) || isStopWord(modifier, 'en')) return false;
  const next = tokenize(sourceText.slice(source.end, source.end + 40))[0];
  if (!next || next.kind !== 'word' || next.start > 1 || next.text !== next.lower) return false;
  return stem(next.lower, 'en') === claim.unit && sameQuantity(claim, source);
}
