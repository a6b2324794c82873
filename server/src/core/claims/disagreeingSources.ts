import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';
import type { Verdict } from './checkClaim';
import { roundsTo } from './roundedValues';

/** What {@link sourceOfClaimValue} reads of a scored passage. */
export interface StatingPassage {
  evidence: { doc: unknown; coverage: number };
  namesCovered: boolean;
  /** The claim's values the passage states. */
  matched: readonly Quantity[];
  /** Some matched value is, in the passage, the value of another fact than the claim's. */
  incidental: boolean;
  /** The matched values that make it incidental, when known: only the claim's value in question must not be. */
  incidentalValues?: readonly Quantity[];
  /** The claim's values the passage gives another value of the same fact. */
  conflicts: readonly { claim: Quantity; source: Quantity }[];
  /** Names of the claim that the passage sentence itself does not write. */
  namesOutsideSentence: readonly unknown[];
  /** Whether the passage's clause that states the claim says it the other way, and whether the claim's is negated. */
  negated: boolean;
  claimNegated: boolean;
}

/**
 * The coverage a passage of another source needs to state the claim's value as that of its fact (in [0, 1]): the
 * coverage a contradiction needs (checkClaim.ts), so that the passage stating the writer's value weighs as much as
 * one that could contradict it.
 */
const statingCoverage = 0.5;

/**
 * The passage of another source than the contradicting one that states the claim's value `claim` as the value of the
 * claim's fact: two sources give that fact two values (« plus de 200 personnes sont mobilisées » in one article,
 * « plus de 300 personnes sont toujours mobilisées » in a later one; two counts of a plant's staff). A claim that
 * writes one of them is not contradicted by the other, nor fixed to it: which one holds, the sources do not agree
 * (the finding says they disagree). The passage names the claim's names, gives `claim` to the claim's fact (not
 * incidental), says it the claim's way, and states at least half of the claim; its own sentence writes the claim's
 * names (a passage that names the claim's subject only around it tells another count: « 5 réacteurs » concerned by
 * a fault is not the plant's count of reactors), and it gives none of the claim's other values another value (a toll
 * of another day: « 39 morts et 15 blessés, dont une douzaine » does not state « 39 morts et 16 blessés, dont onze »).
 * Undefined when no passage does.
 */
export function sourceOfClaimValue<T extends StatingPassage>(scored: readonly T[], claim: Quantity, contradicting: T): T | undefined {
  return scored
    .filter(
      (s) =>
        s.evidence.doc !== contradicting.evidence.doc &&
        s.namesCovered &&
        s.namesOutsideSentence.length === 0 &&
        // The claim's value given to the claim's fact: another of its values told without the claim's verb (« Dix
        // morts et 21 blessés : tel est le bilan ») does not make the passage state another fact's value.
        !(s.incidentalValues ? s.incidentalValues.includes(claim) : s.incidental) &&
        s.matched.includes(claim) &&
        s.conflicts.length === 0 &&
        s.negated === s.claimNegated &&
        s.evidence.coverage >= statingCoverage,
    )
    .sort((a, b) => b.evidence.coverage - a.evidence.coverage)[0];
}

/** What {@link sourceRoundingClaimValue} reads of a scored passage, beyond {@link StatingPassage}. */
export interface RoundingPassage extends StatingPassage {
  view: { quantities: readonly Quantity[] };
}

/**
 * The passage of another source than the contradicting one whose figure the claim's value is, rounded at the
 * precision the claim writes it with (roundedValues.ts): « 65 000 euros », « 0,065 M€ » or « 64,5 milliers d'euros »
 * where one source gives « 64.523 euros » and another « 63.000 euros ». The writer rounded the first source; the
 * sources disagree and the claim is not contradicted by the second, nor fixed to it. The passage meets the conditions
 * of {@link sourceOfClaimValue} on names, negation and coverage, and writes one value only of the claim's measure
 * (`sameMeasure`): that value is the rounded one, so no other figure of the passage can be the claim's. A passage of
 * a document the claim cites (`citedEqual`) counts too when it writes the claim's value itself, in whatever words
 * (« pour 64.523 euros » for « ont coûté 64 523 euros [@cited] »): the writer's source gives the writer's value, and
 * another source's is no contradiction of it (uncited, such a passage was read as stating the value too often:
 * selfcheck's perturbed figures met other articles' equal amounts). The value found is returned with the passage;
 * undefined when no passage does.
 */
export function sourceRoundingClaimValue<T extends RoundingPassage>(scored: readonly T[], claim: Quantity, contradicting: T, sameMeasure: (v: Quantity) => boolean, citedEqual?: { isCited: (s: T) => boolean; sameValue: (claim: Quantity, source: Quantity) => boolean }): { passage: T; value: Quantity } | undefined {
  for (const s of [...scored].sort((a, b) => b.evidence.coverage - a.evidence.coverage)) {
    if (s.evidence.doc === contradicting.evidence.doc || !s.namesCovered || s.namesOutsideSentence.length > 0 || s.conflicts.length > 0) continue;
    if (s.negated !== s.claimNegated || s.evidence.coverage < statingCoverage) continue;
    const measured = s.view.quantities.filter(sameMeasure);
    if (measured.length === 1 && (roundsTo(claim, measured[0]) || (citedEqual?.isCited(s) === true && citedEqual.sameValue(claim, measured[0])))) return { passage: s, value: measured[0] };
  }
  return undefined;
}

/** What {@link valueOfSameHolder} reads of a scored passage. */
export interface HolderPassage {
  evidence: { sentence: { text: string } };
  namesCovered: boolean;
  /** Names of the claim that the passage sentence itself does not write. */
  namesOutsideSentence: readonly unknown[];
}

/** How far before a value (in characters) a name of the claim tells whose value it is; a little after it too ("9 ans, Maëlys"). */
const HOLDER_BEFORE = 90;
const HOLDER_AFTER = 40;

/**
 * Whether another source's different value, to be named in a finding as the sources' disagreement, is told of the
 * claim's holder: the passage covers the claim's names, its own sentence writes them all, and one of them is
 * written near the value ({@link HOLDER_BEFORE} characters before it, {@link HOLDER_AFTER} after, within one
 * sentence). A value told beside another holder (« Le premier homme interpellé jeudi, également âgé de 34 ans »,
 * the girl named clauses later) is another person's or thing's: no disagreement to name, the contradiction stands
 * alone. True for a claim that names no one (the words of the fact decided).
 *
 * @param claimNames the claim's name words as written.
 * @param source the passage's value (offsets into its sentence).
 */
export function valueOfSameHolder(passage: HolderPassage, claimNames: readonly string[], source: Quantity): boolean {
  if (!passage.namesCovered || passage.namesOutsideSentence.length > 0) return false;
  if (claimNames.length === 0) return true;
  const text = passage.evidence.sentence.text;
  let before = text.slice(Math.max(0, source.start - HOLDER_BEFORE), source.start);
  let after = text.slice(source.end, source.end + HOLDER_AFTER);
  // Within one sentence: a run-on sentence of the source ("introuvable.L'interrogatoire") ends at its full stop.
  const lastEnd = Math.max(before.lastIndexOf('. '), before.search(/\.\p{Lu}[^.]*$/u));
  if (lastEnd >= 0) before = before.slice(lastEnd + 1);
  const nextEnd = after.search(/\.(?:\s|\p{Lu})/u);
  if (nextEnd >= 0) after = after.slice(0, nextEnd);
  const near = fold(`${before} ${after}`);
  return claimNames.some((n) => near.includes(fold(n)));
}

/**
 * Whether a passage that gives the claim's value another value states the claim's fact as fully as the passage
 * that contradicts it, to be named as the sources' disagreement: it states at least as many of the claim's other
 * values (`matched`). One that states fewer tells that figure at another time or of another event (« plus d'une
 * centaine de pompiers avec 45 engins » while the fire burned, « 211 personnes et 84 engins » when it was put out,
 * for a claim of the time, the people and the engines): no disagreement, the contradiction stands alone.
 */
export function statesFactAsFully(other: { matched: readonly unknown[] }, contradicting: { matched: readonly unknown[] }): boolean {
  return other.matched.length >= contradicting.matched.length;
}

/**
 * The one decision on a claim whose fact two sources give two values (`verdict.disagreement`): which value holds,
 * the sources do not agree, so the claim is never contradicted nor fixed — it is unsupported, the disagreement kept
 * for the finding and the hover to name both sources (README). The only exception is the README's too: the
 * contradicting passage is of a source the claim cites (`citedPaths`, document paths), which decides the claim's
 * value even when another source gives the writer's figure (the other source is named as disagreeing). Any verdict
 * without a disagreement, or not contradicted, is returned as it is.
 */
export function disagreementDecided(verdict: Verdict, citedPaths: ReadonlySet<string>): Verdict {
  if (verdict.label !== 'contradicted' || !verdict.disagreement) return verdict;
  const contradicting = verdict.evidence[0];
  if (contradicting && citedPaths.has(contradicting.doc.path)) return verdict;
  const { conflict: _conflict, ...rest } = verdict;
  // The contradicting passage first: it is the closest passage the finding shows; the other source's is the disagreement.
  return { ...rest, label: 'unsupported', confidence: 1 - (contradicting?.coverage ?? 0) / 2, evidence: verdict.evidence.slice(0, 1) };
}
