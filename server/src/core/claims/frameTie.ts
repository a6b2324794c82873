import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';

/**
 * A story tie for a claim whose only name is the one in question (« Elle est sortie du silence dans une interview
 * diffusée sur Canal 9 », "The research was dismissed by the Conservatives"): such a claim writes no other name by
 * which a passage could show it tells the claim's story (frameSlot.ts `tied`, `named`), so another name in its
 * slot was never read. It is tied here by the rest of its words instead, when both of these hold:
 * - the passage states nearly all of the claim besides the name ({@link MIN_REST_SHARE}): a frame told in as many
 *   of the same words is the claim's, not a like fact of another story told in a few common ones;
 * - no candidate passage of another article writes the claim's name and states as much of the claim as a
 *   contradicting passage must ({@link RIVAL_COVERAGE}): that article may be the claim's story, and which name is
 *   right is not told. An article that writes the name in a sentence of another matter (a city named in another
 *   story) is no rival;
 * - no candidate passage of another article states as much of the frame ({@link FRAME_RIVAL_SHARE}) while it
 *   shares no name with the passage: the frame's words are then told of more than one story (« mis en examen, le
 *   gérant est incarcéré à … »), and the claim's story is not told by them. Two articles of one story name its
 *   people and places alike, and are no rivals.
 * The claim's name written elsewhere in the passage's own article is no tie breaker here (it may be said there of
 * something else): the callers still require that the passage itself does not write it.
 */

/** Share of the claim's weighted words besides names that the passage must state (frameSlot.ts asks 0.75 of a tied passage). */
export const MIN_REST_SHARE = 0.8;

/** The coverage of a rival passage: checkClaim.ts's contradiction threshold. */
export const RIVAL_COVERAGE = 0.5;

/** How much of the claim besides names a passage of another story must state to make the frame common. */
export const FRAME_RIVAL_SHARE = 0.7;

/** A candidate passage as the tie reads it. */
export interface TieCandidate {
  /** The path of the passage's article. */
  doc: string;
  /** The passage's sentence, and the sentences around it when it was read with them. */
  text: string;
  /** Share (0–1) of the claim, weighted, that the passage states. */
  coverage: number;
  /** Share (0–1) of the claim besides its names, weighted, that the passage states. */
  restShare: number;
}

/**
 * Whether `passage` is tied to a claim whose only names are `claimNames` (their texts as the claim writes them)
 * by its other words (see the file's TSDoc). `restShare`: the share of the claim besides names the passage states
 * (0–1); `candidates`: every passage retrieved for the claim.
 */
export function tiedByOwnWords(claimNames: readonly string[], passage: TieCandidate, candidates: readonly TieCandidate[]): boolean {
  if (claimNames.length === 0 || passage.restShare < MIN_REST_SHARE) return false;
  const keys = claimNames.map((n) => fold(n)).filter((k) => k.length > 0);
  if (keys.length === 0) return false;
  const others = candidates.filter((c) => c.doc !== passage.doc);
  if (others.some((c) => c.coverage >= RIVAL_COVERAGE && writesAny(fold(c.text), keys))) return false;
  const own = namesOf(passage.text);
  return !others.some((c) => c.restShare >= FRAME_RIVAL_SHARE && !namesOf(c.text).some((n) => own.includes(n)));
}

/** The folded capitalised words of a text that open no sentence: its names' words, roughly. */
function namesOf(text: string): string[] {
  return tokenize(text)
    .filter((t, i, all) => t.kind === 'word' && /^\p{Lu}/u.test(t.text) && i > 0 && !/[.!?]\s*$/u.test(text.slice(all[i - 1].end, t.start)) && t.text.length > 1)
    .map((t) => fold(t.text));
}

/** Whether a folded text writes one of the folded names as a whole word or words. */
function writesAny(text: string, keys: readonly string[]): boolean {
  return keys.some((k) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(k)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(text));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
