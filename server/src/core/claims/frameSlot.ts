import { countryOf, sameCountry } from '../text/demonyms';
import { acronymPair, spellsAcronymFrom } from '../text/acronyms';
import { fold } from '../text/normalize';
import { sameExonym } from '../text/exonyms';
import type { Lang } from '../types';
import { nameKey, slotNames, type SlotName } from './frames';

/**
 * Another name in the claim's prepositional slot (frames.ts), the rest of the frame aligned: « le suspect est
 * incarcéré à Rennes » against « X est incarcéré à Brest », "he gave a speech in Kent" against "in a speech in
 * Devon". The slot aligns when the passage writes the claim's predicate word (by its stem) with the claim's
 * preposition and a name there; the rest of the frame when the passage states the claim's other words and names
 * (the caller's coverage test). The passage's name is the claim's name written another way, or a wider place of
 * it, in these cases, which are no conflict: one is the other's acronym, both name one country (its name, its
 * people, its adjective) or one is a country and the other is not (a town is not contradicted by its country),
 * one contains the other (« Paris » and « Paris-Saclay ») or they share a word of four letters or more, or the
 * corpus gives them different kinds of entity (a place is not in the slot of an organisation).
 */

/** One candidate passage as the rule reads it. */
export interface FramePassage {
  text: string;
  lang: Lang;
  /** Whether the passage states the rest of the claim: its figures, polarity, other names and most other words. */
  aligned: boolean;
  /**
   * Whether the passage is tied to the claim's story by more than the slot's words: the claim cites its document,
   * or the passage states a value of the claim that ties a fact. Else it must write (in its sentence or around it)
   * a name of the claim outside the slot in question (`named`). A passage tied by neither is not compared: a claim
   * whose one name is the slot's is told in words that another story's passage may write too (« le suspect est
   * incarcéré à … »).
   */
  tied: boolean;
  /** The claim's name words (offsets in the claim) the passage writes in its sentence or around it. */
  named: readonly { start: number; end: number }[];
  /** How much of the claim the passage states (0–1). */
  coverage: number;
  /** The claim's name words the passage writes neither in its sentence nor around it (offsets in the claim). */
  uncovered: readonly { start: number; end: number }[];
  /** The whole text of the passage's article, when known. */
  article?: string;
}

/** A name the passage writes in the claim's slot. */
export interface FrameSlotConflict {
  /** The claim's name phrase in its slot. */
  claim: SlotName;
  /** The passage's name phrase in the same slot. */
  source: SlotName;
  /** The passage it was read in. */
  passage: FramePassage;
}

/** Two passages this close in coverage that fill the slot with two different names: which one is right is not told. */
const RIVAL_MARGIN = 0.1;

/**
 * The claim's slot whose name the best aligned passage replaces with another of the same kind, or undefined.
 * Only a claim name the passage writes neither in its sentence nor around it is in question (a name the passage's
 * context writes is the passage's own), and only when it is the passage's one such name phrase.
 * `kindOf` gives the corpus's kind of entity for a name (undefined when unknown).
 */
export function findFrameSlotConflict(claimText: string, claimLang: Lang, passages: readonly FramePassage[], kindOf: (name: string) => string | undefined): FrameSlotConflict | undefined {
  const claimSlots = slotNames(claimText, claimLang);
  if (claimSlots.length === 0) return undefined;
  const found: FrameSlotConflict[] = [];
  for (const passage of passages) {
    if (!passage.aligned || passage.lang !== claimLang || passage.uncovered.length === 0) continue;
    const claim = claimSlots.find((c) => passage.uncovered.every((u) => u.start >= c.start && u.end <= c.end));
    if (!claim || !(passage.tied || passage.named.some((n) => n.end <= claim.start || n.start >= claim.end))) continue;
    const claimKey = nameKey(claim.text);
    // The claim's name written anywhere in the passage: the passage may place both (« à Brest, près de Rennes »).
    if (passage.text.toLowerCase().includes(claimKey)) continue;
    for (const source of slotNames(passage.text, passage.lang)) {
      if (source.predicate !== claim.predicate || source.preposition !== claim.preposition) continue;
      if (sameThing(claim.text, source.text, kindOf)) continue;
      // One name read short of its lowercase words (« le Journal du matin » for « le JDM »): the acronym spelled out.
      if (spellsAcronymFrom(source.text, claimText, claim.start) || spellsAcronymFrom(claim.text, passage.text, source.start)) continue;
      found.push({ claim, source, passage });
      break;
    }
  }
  if (found.length === 0) return undefined;
  // A passage that writes the name with the claim's own link first (« au Havre » for « au Mans », before « à Rouen »).
  const sameLink = (f: FrameSlotConflict) => linkOf(claimText, f.claim) === linkOf(f.passage.text, f.source);
  found.sort((a, b) => Number(sameLink(b)) - Number(sameLink(a)) || b.passage.coverage - a.passage.coverage);
  const best = found[0];
  const rival = found.find((f) => (f.claim !== best.claim || nameKey(f.source.text) !== nameKey(best.source.text)) && f.passage.coverage >= best.passage.coverage - RIVAL_MARGIN);
  return rival ? undefined : best;
}

/** Whether two names may name one thing, or the slot's two fillers are not of one kind (see the file's TSDoc). */
export function sameThing(claimName: string, sourceName: string, kindOf: (name: string) => string | undefined): boolean {
  const a = nameKey(claimName);
  const b = nameKey(sourceName);
  if (a === b || a.includes(b) || b.includes(a)) return true;
  // A word of four letters or more in common (« Prince Charles », « Princes Charles »; "Radio 4", "Radio 5"): the same
  // thing written another way, or a part of it, as likely as another thing.
  const longWords = (key: string) => key.split(/[\s'-]+/).filter((w) => w.length >= 4);
  if (longWords(a).some((w) => longWords(b).includes(w))) return true;
  if (acronymPair(claimName, sourceName) || sameCountry(claimName, sourceName) || sameExonym(claimName, sourceName)) return true;
  if ((countryOf(claimName) === undefined) !== (countryOf(sourceName) === undefined)) return true;
  return kindsDiffer(kindOf(claimName), kindOf(sourceName));
}

/** The corpus's kinds that say only how a name is written, not what it names: an acronym may name a body, « Ifcap » anything. */
const UNRESOLVED_KINDS = new Set(['acronym', 'other']);

/**
 * Whether two names' kinds of entity (undefined when unknown) tell two kinds of thing: both told and different,
 * unless one is only unresolved (see {@link UNRESOLVED_KINDS}) and neither is a person (a person's slot is no
 * body's: « rémunéré par Paul Martin » against « par l'Ifcap »).
 */
function kindsDiffer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  if (a === 'person' || b === 'person') return true;
  return !(UNRESOLVED_KINDS.has(a) || UNRESOLVED_KINDS.has(b));
}

/** The preposition and article before a slot's name, folded (« à la », « d' »). */
export function linkOf(text: string, slot: SlotName): string {
  return fold(text.slice(slot.linkStart, slot.start)).replace(/’/g, "'").replace(/\s+/g, ' ');
}

/**
 * What the fix of a slot conflict writes, and from where in the claim: the passage's name over the claim's; when
 * the two write their preposition elided otherwise (« de Nîmes », « d'Uzès »), the passage's preposition and name
 * over the claim's. When the passage's name comes with an article or a contraction the claim's does not have
 * (« près de Dieppe », « près du Havre »), the name alone would not read right in the claim's slot and the
 * passage's words may not be the name's own: the conflict stands with no fix (`sourceName` undefined), as for an
 * attribution (see placeArticle.ts). `sourceText` is what the passage writes in the slot.
 */
export function slotFix(claimText: string, conflict: FrameSlotConflict): { claimStart: number; claimEnd: number; sourceText: string; sourceName?: string } {
  const claimLink = linkOf(claimText, conflict.claim);
  const sourceLink = linkOf(conflict.passage.text, conflict.source);
  const sourceText = conflict.passage.text.slice(conflict.source.start, conflict.source.end);
  if (claimLink === sourceLink) return { claimStart: conflict.claim.start, claimEnd: conflict.claim.end, sourceText, sourceName: sourceText };
  const withLink = conflict.passage.text.slice(conflict.source.linkStart, conflict.source.end);
  const elided = (link: string) => link.replace(/^d' ?$/, 'de ').trim();
  if (elided(claimLink) === elided(sourceLink)) return { claimStart: conflict.claim.linkStart, claimEnd: conflict.claim.end, sourceText: withLink, sourceName: withLink };
  return { claimStart: conflict.claim.start, claimEnd: conflict.claim.end, sourceText: withLink };
}
