import type { ClaimWord } from './analyzeClaim';

/**
 * Supports by parts: a passage may reach a support's coverage with the claim's place name alone, the claim's
 * other words stated by the sentences around it (« … une voiture dans le parking d'un centre commercial de
 * Sarcelles (Val-d'Oise) » for « L'hélicoptère a été retrouvé à Sarcelles, dans le Val-d'Oise », the helicopter
 * named a sentence before), or with the claim's other words and not its place (« son évasion par hélicoptère
 * de la prison de Réau »). Neither tells where the claim's fact took place when another passage writes all the
 * claim's other words in its own sentence with another place in the claim's slot (« L'hélicoptère a été
 * retrouvé à Gonesse »).
 */

/** Share of the claim's words besides names that a support's own sentence must state, with the place, to tell the claim's fact. */
const statedShare = 0.5;

/** Prepositions of place right before a name (« à », « dans », « près de », "in", "at", "near"). */
const PLACE_PREPOSITION = /(?:^|\s)(?:à|a|au|aux|dans|en|près\s+de|pres\s+de|près\s+d['’]|in|at|near|outside)\s*$/iu;

/**
 * Whether no support tells the claim's fact at the claim's place while the passage that puts another place in the
 * claim's slot writes all the claim's other words in its own sentence. `place`: the claim's name in question,
 * which a place preposition must precede in `claimText`; `supports`: for each supporting passage, whether its own
 * sentence states a claim word; `slotPassage`: the same for the passage with another place in the slot. A
 * support tells the fact when its sentence states the place and at least {@link statedShare} of the claim's other
 * words. False for a claim with fewer than two words besides names (too little to tell a fact by) or a name in
 * question that is no place.
 */
export function supportsByParts(
  claimText: string,
  words: readonly ClaimWord[],
  place: { start: number; end: number },
  supports: readonly ((w: ClaimWord) => boolean)[],
  slotPassage: (w: ClaimWord) => boolean,
): boolean {
  if (!PLACE_PREPOSITION.test(claimText.slice(Math.max(0, place.start - 12), place.start))) return false;
  const common = words.filter((w) => !w.isName);
  const placeWords = words.filter((w) => w.isName && w.start >= place.start && w.end <= place.end);
  if (common.length < 2 || placeWords.length === 0 || !common.every(slotPassage)) return false;
  return supports.every((inSentence) => !placeWords.every(inSentence) || common.filter(inSentence).length / common.length < statedShare);
}

/** At least this many words besides names for a claim's frame alone to tell its fact ("One anti-hunt protester was taken to hospital after a violent clash in …"). */
const FRAME_WORDS = 6;

/**
 * Whether a claim's one name is a place where its fact happened (after a preposition of place, at `nameStart`) and
 * a passage's own sentence (`inSentence`) writes every one of the claim's words besides names, at least
 * {@link FRAME_WORDS} of them ("One anti-hunt protester was taken to hospital after a violent clash in …"): the
 * passage tells the claim's event, so the claim is compared with the place the passage writes in its slot, as a
 * claim with two names is. A name that is no such place (« le tribunal administratif de Nantes ») names its own
 * subject, which another story's passage may write in the same words: not compared.
 */
export function statesWholeFrame(claimText: string, words: readonly ClaimWord[], nameStart: number | undefined, inSentence: (w: ClaimWord) => boolean): boolean {
  if (nameStart === undefined || !PLACE_PREPOSITION.test(claimText.slice(Math.max(0, nameStart - 12), nameStart))) return false;
  const common = words.filter((w) => !w.isName);
  return common.length >= FRAME_WORDS && common.every(inSentence);
}
