import { tokenize } from '../text/tokenize';

/**
 * Ordinals of sequence: a sentence that writes two ranks (« Une première explosion a eu lieu à 18 h, suivie d'une
 * seconde », "a first blast, then a second") orders its own events; neither rank is a value to compare with a
 * passage's ranks, and a fix must not write the other rank into the first slot (« une seconde explosion …, suivie
 * d'une seconde »).
 */

/**
 * Whether `text` writes, besides the ordinal at `at` (a character offset) of rank `rank`, another ordinal word of
 * another rank (alone or before a noun: « suivie d'une seconde », "followed by a second one"). `ranks` maps folded
 * ordinal words to their rank (last: -1). A capitalised ordinal inside the sentence is a title or a name (« Premier
 * ministre »), not counted.
 */
export function ordersOwnEvents(text: string, at: number, rank: number, ranks: Readonly<Record<string, number>>): boolean {
  return tokenize(text).some((t, i) => {
    if (t.kind !== 'word' || t.start === at) return false;
    const other = ranks[t.norm];
    if (other === undefined || other === rank) return false;
    return i === 0 || t.text[0] === t.text[0].toLowerCase();
  });
}

/**
 * Whether `text` already writes `word` (case and accents folded) somewhere other than at `at`: a fix that wrote it
 * into the slot at `at` would say one word for two slots of the sentence.
 */
export function writesWordElsewhere(text: string, at: number, word: string): boolean {
  const target = tokenize(word)[0]?.norm;
  return target !== undefined && tokenize(text).some((t) => t.start !== at && t.norm === target);
}
