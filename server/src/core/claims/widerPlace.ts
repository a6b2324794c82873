import { fold } from '../text/normalize';

/**
 * Wider places in apposition: the press places a town by its département, region or county right after it
 * (« retrouvé à Sarcelles, dans le Val-d'Oise », « à Sarcelles (Val-d'Oise) », "in Swindon, in Wiltshire"). The
 * wider place is no name of the claim's fact of its own: the town is the name in the slot, and the wider place
 * goes with it.
 */

/** A wider place's opening right after a name: a comma and « dans le », « en », "in", or a bracket. */
const OPENING_AFTER_NAME = /[\p{L}\p{N}.'’-]\s*(?:,\s*(?:dans\s+(?:le|la|les|l['’])\s*|en\s+|in\s+(?:the\s+)?)|\(\s*)$/u;

/**
 * Whether the name phrase starting at `start` of `text` is a wider place set in apposition after a name
 * (« Sarcelles, dans le Val-d'Oise », « Sarcelles (Val-d'Oise) »): the text before it opens a wider place right
 * after a capitalised word.
 */
export function isWiderPlaceApposition(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const match = OPENING_AFTER_NAME.exec(before);
  if (!match) return false;
  // The word before the opening is a name (capitalised), not a common noun (« la ville, dans le Nord »).
  const word = /([\p{L}\p{N}.'’-]+)\s*(?:,|\()[^,(]*$/u.exec(before)?.[1];
  return word !== undefined && /^\p{Lu}/u.test(word);
}

/**
 * The wider place written right after the name that ends at `end` of `text` (« Val-d'Oise » in « Sarcelles,
 * dans le Val-d'Oise » or « Sarcelles (Val-d'Oise) »), folded with hyphens and spaces evened out (« val d'oise »);
 * undefined when none follows.
 */
export function widerPlaceAfter(text: string, end: number): string | undefined {
  const after = text.slice(end, end + 80);
  // A closing quote may come between (« "L'hélicoptère a été retrouvé à Gonesse" (Val d'Oise) »).
  const match = /^["”»]?\s*(?:,\s*(?:dans\s+(?:le|la|les|l['’])\s*|en\s+|in\s+(?:the\s+)?)|\(\s*)(\p{Lu}[\p{L}'’-]*(?:[\s-]+(?:\p{Lu}[\p{L}'’-]*|de|du|des|d['’]\p{Lu}[\p{L}-]*|et|sur|en|of))*)/u.exec(after);
  return match ? fold(match[1].toLowerCase()).replace(/[\s-]+/g, ' ').trim() : undefined;
}
