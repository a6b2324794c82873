import { fold } from '../text/normalize';
import { isStopWord, stem } from '../text/stem';
import type { Lang } from '../types';
import { isRoleNoun } from './roles';

/**
 * Who did what, where, for whom: a sentence read as a frame of slots. A slot is a name phrase that a preposition
 * places after a predicate word (a verb or a noun of event): « incarcéré à Dijon » fills the slot (incarcéré, à),
 * "a speech in Leeds" the slot (speech, in), « sa chronique pour Le Monde » the slot (chronique, pour). Two
 * sentences that write the same predicate word with the same preposition and two different names there give the
 * same slot two fillers; whether that is a contradiction is decided by the rule that reads the whole claim
 * (frameSlot.ts), which checks that the rest of the frame aligns.
 */

/** A name phrase in its prepositional slot. */
export interface SlotName {
  /** Offsets of the name phrase in its text (a leading capitalised article included: « L'Express », "The Times"). */
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** Where the preposition starts: the preposition and article run from here to `start` (« d' », « à la »). */
  linkStart: number;
  /** The preposition, contractions evened out (« au » → « à », « d' » → « de »), folded. */
  preposition: string;
  /** The stem of the predicate word before the preposition (see `stem` in text/stem.ts). */
  predicate: string;
}

/** Prepositions that open a slot, folded, with their contracted forms mapped to the base one. */
const PREPOSITIONS: Record<string, string> = {
  a: 'a',
  au: 'a',
  aux: 'a',
  en: 'en',
  dans: 'dans',
  pour: 'pour',
  par: 'par',
  chez: 'chez',
  de: 'de',
  du: 'de',
  des: 'de',
  "d'": 'de',
  in: 'in',
  at: 'at',
  to: 'to',
  for: 'for',
  by: 'by',
  from: 'from',
  with: 'with',
  avec: 'avec',
  of: 'of',
};

/** Lowercase articles and possessives between a preposition and its name (« à la », "in the"). */
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'the']);

interface Word {
  text: string;
  /** Folded, apostrophe evened out to '. */
  norm: string;
  start: number;
  end: number;
  capital: boolean;
  number: boolean;
}

/** Words with offsets; an elided article or preposition keeps its apostrophe (« d' », « l' », « jusqu' »). */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*['’]?/gu)) {
    const raw = m[0];
    words.push({
      text: raw,
      norm: fold(raw).replace(/’/g, "'"),
      start: m.index,
      end: m.index + raw.length,
      capital: /^\p{Lu}/u.test(raw),
      number: /^\p{N}/u.test(raw),
    });
  }
  return words;
}

/** Whether only spaces (and hyphens) lie between two words, or nothing after an apostrophe. */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[\s]*$/u.test(text.slice(a.end, b.start));
}

/** The end index (exclusive) of the name phrase that starts at word `i`: capitalised words and a number after one (« France 2 »). */
function nameEnd(text: string, words: readonly Word[], i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < words.length && (words[j].capital || (words[j].number && !words[j - 1].number)) && adjacent(text, words[j - 1], words[j])) j++;
    // A lowercase particle between two capitalised words is the name's (« Courrier du Jura », "Bank of England").
    const particle = j + 1 < words.length && NAME_PARTICLES.has(words[j].norm) && words[j + 1].capital && adjacent(text, words[j - 1], words[j]) && adjacent(text, words[j], words[j + 1]);
    if (!particle) return j;
    j += 2;
  }
}

/** Lowercase words inside a name phrase, between capitalised words. */
const NAME_PARTICLES = new Set(['de', 'du', 'des', "d'", 'of']);

/** Whether a word is a content word that can head a slot (no function word, no name, no figure). */
function contentWord(w: Word, lang: Lang): boolean {
  return !w.capital && !w.number && w.norm.length > 2 && !/['’]$/.test(w.norm) && !isStopWord(w.norm, lang) && !isStopWord(w.norm, lang === 'fr' ? 'en' : 'fr');
}

/**
 * The name phrases of a sentence that sit in a prepositional slot: predicate word, preposition, an optional
 * article, then the name (« incarcéré à Dijon », "a speech in Leeds", « pour Le Monde »). Nothing but spaces
 * between the words: a comma ends the slot. A name that opens the sentence has no slot, nor a name after a
 * noun between (« à la maison d'arrêt de Dijon » places Dijon in the slot of « arrêt de »).
 */
export function slotNames(text: string, lang: Lang): SlotName[] {
  const words = wordsOf(text);
  const found: SlotName[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!words[i].capital || (i > 0 && words[i - 1].capital && adjacent(text, words[i - 1], words[i]))) continue;
    const end = nameEnd(text, words, i);
    // Back over an article to the preposition.
    let k = i - 1;
    while (k >= 0 && ARTICLES.has(words[k].norm) && adjacent(text, words[k], words[k + 1])) k--;
    if (k < 1 || !PREPOSITIONS[words[k].norm] || !adjacent(text, words[k], words[k + 1])) continue;
    const head = words[k - 1];
    if (!adjacent(text, head, words[k]) || !contentWord(head, lang)) continue;
    // A title's body (« maire de Vernon », « directrice générale de X », "chairman of X") is the role rules' to
    // compare (roles.ts), with their guards (another time, acronyms).
    if (isRoleNoun(head.norm) || (k >= 2 && isRoleNoun(words[k - 2].norm))) continue;
    // A possessive's apostrophe ("Radio Live's") is no part of the name.
    const last = words[end - 1];
    const nameEndAt = end - 1 > i && /['’]$/.test(last.text) ? last.end - 1 : last.end;
    found.push({
      start: words[i].start,
      end: nameEndAt,
      text: text.slice(words[i].start, nameEndAt),
      linkStart: words[k].start,
      preposition: PREPOSITIONS[words[k].norm],
      predicate: stem(head.norm, lang),
    });
  }
  return found;
}

/** A name phrase's key for comparison: folded, a leading article dropped (« L'Express » and « l'Express » are one). */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/’/g, "'")
    .replace(/^(?:le|la|les|l'|the)\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
