import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { isStopWord } from '../text/stem';
import { tokenize } from '../text/tokenize';
import { clauseAround } from './alignment';

/**
 * Names in their slot: where a passage puts another name than the claim's in the same place of the same fact
 * (« le groupe de luxe Kering » for « le groupe LVMH », "playing soul star Ray Charles" for "playing Marvin Gaye").
 * The slot of a name is told by the words before it (see `wordsBefore` in checkClaim.ts); the functions here
 * read the ways the press puts words between the slot and the name.
 */

/** Articles and linking words: a descriptor between a slot and a name does not end with one (« la femme de X » is another slot). */
const LINKS = new Set(['de', 'du', 'des', 'd', 'of', 'the', 'le', 'la', 'les', 'l', 'a', 'an', 'un', 'une', 'à', 'au', 'aux', 'to', 'for', 'pour', 'by', 'par']);
/** Words that join two names or clauses: a name after one is not the slot's (« jouant X et Y »). */
const JOINS = new Set(['et', 'ou', 'and', 'or', 'mais', 'but', 'puis', 'then', 'while', 'tandis', 'que', 'qui', 'who', 'which', 'that', 'dont']);
const contractions: Record<string, string> = { du: 'de', des: 'de', d: 'de', au: 'à', aux: 'à' };
/** At most this many words between the slot and the name (« groupe de luxe », "soul star"). */
const DESCRIPTOR_WORDS = 3;

/**
 * The start of the capitalised run that ends at or goes through `at` (« Ray Charles » for the offset of
 * « Charles »): the name phrase a name word belongs to.
 */
export function namePhraseStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    const match = /([\p{Lu}][\p{L}\p{N}.&'’-]*)[\s-]+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!match) return start;
    start -= match[0].length;
  }
}

/**
 * Whether the name phrase starting at `phraseStart` in a passage sits in the claim's `slot` (the words that
 * place the claim's name, as `wordsBefore` gives them: « groupe », « préfecture de », "playing") with a short
 * descriptor between, in the same clause: « possède le groupe de luxe Kering » and "for playing soul star Ray
 * Charles" put Kering and Ray Charles where the claim's « possède le groupe LVMH » and "for playing Marvin Gaye"
 * put theirs. The descriptor is one to three lowercase words, no figure, no joining word, and it does not end
 * with a linking word or an article (« jouant la femme de X » names another slot).
 */
export function slotWithDescriptor(text: string, phraseStart: number, slot: string): boolean {
  const before = text.slice(Math.max(0, phraseStart - 100), phraseStart);
  const clause = before.slice(Math.max(...[',', ';', ':', '.', '(', ')', '«', '»', '"', '“', '”', '!', '?'].map((p) => before.lastIndexOf(p))) + 1);
  const words = clause
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((w) => (/^[dl]['’]./iu.test(w) ? [w.slice(0, 1), w.slice(2)] : [w]))
    .filter(Boolean);
  const slotWords = slot.split(' ').map((w) => fold(w).replace(/['’]$/, ''));
  const folded = words.map((w) => {
    const f = fold(w.toLowerCase()).replace(/['’]$/, '');
    return contractions[f] ?? f;
  });
  for (let between = 1; between <= DESCRIPTOR_WORDS; between++) {
    const k = folded.length - between - slotWords.length;
    if (k < 0) break;
    if (!slotWords.every((w, i) => folded[k + i] === w)) continue;
    const descriptor = words.slice(k + slotWords.length);
    const last = fold(descriptor[descriptor.length - 1].toLowerCase());
    const lowercase = descriptor.every((w) => w[0] === w[0].toLowerCase() && !/\d/.test(w));
    const joined = descriptor.some((w) => JOINS.has(fold(w.toLowerCase())));
    const content = !LINKS.has(contractions[last] ?? last) && !isStopWord(last, 'fr') && !isStopWord(last, 'en');
    return lowercase && !joined && content;
  }
  return false;
}

/**
 * Whether the clause of a passage before a name in a slot names only other people or bodies than the claim:
 * capitalised words none of which is a name of the claim (`claimNames`, folded), the passage's first word aside
 * (a capital there marks the sentence start, "Committee chairman X said", « Lundi, le premier ministre X »).
 * Such a clause tells the fact of whom it names (« Nora Bell picked up best actress for playing Edith Marlow »
 * is no fact of a claim's Dan Ivers, named a sentence away).
 */
export function othersNamedBefore(text: string, at: number, claimNames: ReadonlySet<string>): boolean {
  const clause = clauseAround(text, at, at);
  const names = tokenize(text.slice(clause.start, at))
    .filter((t) => t.kind === 'word' && clause.start + t.start > firstWordEnd(text) && t.text[0] !== t.text[0].toLowerCase() && !isFunctionWord(t.norm))
    .map((t) => t.norm);
  return names.some((n) => !claimNames.has(n)) && !names.some((n) => claimNames.has(n));
}

/** The offset where the text's first word ends. */
function firstWordEnd(text: string): number {
  return /^[^\p{L}\p{N}]*[\p{L}\p{N}'’-]*/u.exec(text)![0].length;
}
