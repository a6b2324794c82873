import { organizationNouns, placeNouns } from '../entities/wordLists';
import type { Token } from '../text/tokenize';

/**
 * The class phrase before a name: the noun that says what kind of thing the name names, with its determiner and
 * modifiers (« le groupe de formation Orvia », « la chaîne CNN », « l'île de Chypre », "the property firm Knight
 * Frank", "the city of Leeds"). It belongs to the name, not to the frame the name stands in: two names in one slot
 * are compared by the words around the whole phrase (« rémunéré par l'Ifcap » and « rémunéré par le groupe de
 * formation Orvia »), and a name after such a noun and « de » is that noun's apposition, not its complement (« l'île
 * de Chypre », unlike « la maison d'arrêt de Dijon », whose noun before « de » is no place noun).
 */

/** Determiners and contractions that open a class phrase. */
const OPENERS = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'au', 'aux', 'du', 'des', 'the', 'a', 'an']);
/** Particles between a place noun and its name (« la ville de Lyon », "the city of Leeds"), or inside a class phrase (« groupe de formation »). */
const PARTICLES = new Set(['de', "d'", 'of']);
/** How many words a class phrase may hold between its determiner and the name. */
const MAX_WORDS = 4;

const isLowerWord = (t: Token) => t.kind === 'word' && /^\p{Ll}/u.test(t.text);
const isClassNoun = (norm: string) => organizationNouns.has(norm) || placeNouns.has(norm);

/**
 * The index of the token that opens the class phrase right before the name starting at token `first` (its
 * determiner), or undefined when the words before the name are no class phrase (see the file's TSDoc). The phrase
 * runs within the name's clause: spaces and apostrophes only between its words.
 */
export function classPhraseStart(text: string, tokens: readonly Token[], first: number): number | undefined {
  const joined = (i: number) => /^[\s'’]*$/u.test(text.slice(tokens[i].end, tokens[i + 1].start));
  let i = first - 1;
  if (i < 0 || !joined(i)) return undefined;
  // A particle right before the name: the noun before it must be a place noun (« l'île de Chypre »).
  if (PARTICLES.has(tokens[i].norm)) {
    const noun = tokens[i - 1];
    if (!noun || !joined(i - 1) || !placeNouns.has(noun.norm)) return undefined;
    i--;
  }
  let words = 0;
  let classNoun = false;
  for (; i >= 0 && words <= MAX_WORDS; i--) {
    const t = tokens[i];
    if (OPENERS.has(t.norm)) return classNoun && words > 0 ? i : undefined;
    if (!(isLowerWord(t) || PARTICLES.has(t.norm)) || (i > 0 && !joined(i - 1))) return undefined;
    if (!PARTICLES.has(t.norm)) words++;
    classNoun ||= isClassNoun(t.norm);
  }
  return undefined;
}
