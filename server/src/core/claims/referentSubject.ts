import type { EntityKind } from '../entities/types';
import type { Conflict, Verdict } from './checkClaim';
import type { Antecedent } from './draftAntecedents';

/**
 * A claim whose subject is a personal pronoun (« Il occupait ce poste depuis 2012 », "They took one point") names
 * no one: checked alone it has no story tie, and a wrong value in it is left unsupported (unanchoredClaim.ts). In a
 * draft the pronoun stands for a name of the sentences before (draftAntecedents.ts): the claim is checked again
 * with that name written in the pronoun's place, and the verdict of that reading is the claim's when the claim as
 * written is unsupported. The name must be the only one of the nearest sentence that names one of the pronoun's
 * kind (a person for « il », « elle », "he", "she"; an organisation for « ils », « elles », "they", "it"): two
 * candidates, or none, leave the claim as it was. A conflict on the name itself is never reported (the writer's
 * pronoun may stand for someone else): the claim then keeps its own verdict.
 */

/**
 * What a subject pronoun may stand for, by its folded form (`kinds`), and the kinds of the other names that, written
 * as near, leave it ambiguous (`rivals`): the corpus's entity kinds are read from its text, and a person's name may be
 * read as a product or an other (a surname alone), so those compete with a person.
 */
const PRONOUN_KINDS: Record<string, { kinds: readonly EntityKind[]; rivals: readonly EntityKind[] }> = {
  il: { kinds: ['person'], rivals: ['person', 'product', 'other'] },
  elle: { kinds: ['person'], rivals: ['person', 'product', 'other'] },
  he: { kinds: ['person'], rivals: ['person', 'product', 'other'] },
  she: { kinds: ['person'], rivals: ['person', 'product', 'other'] },
  ils: { kinds: ['organization'], rivals: ['organization', 'product', 'other'] },
  elles: { kinds: ['organization'], rivals: ['organization', 'product', 'other'] },
  they: { kinds: ['organization'], rivals: ['organization', 'product', 'other'] },
  it: { kinds: ['organization', 'product'], rivals: ['organization', 'product', 'other'] },
};

/** A subject pronoun that opens the sentence, or its main clause after a fronted phrase (« Le 16 décembre, il … »). */
const OPENING_PRONOUN = /^(?:([^,;:«»"“”()]{1,40}),\s+)?(il|elle|ils|elles|he|she|they|it)\b/iu;

/**
 * « il » and "it" with no referent: impersonal verbs and constructions (« il y a », « il faut », « il est
 * possible de », "it is likely that", "it takes"), and a cleft ("It was Ann Lee who …", "It is the first time
 * that …"), whose subject follows.
 */
const IMPERSONAL = /^(?:il\s+(?:y\b|faut|fallait|faudra|s['’]agit|s['’]agissait|semble|semblait|para[iî]t|reste|restait|manque|suffit|vaut|existe|convient|importe|appara[iî]t|arrive|se\s+peut|pleut|était\s+une\s+fois|(?:est|était|sera|serait|a\s+été)\s+[\p{L}-]+\s+(?:de|d['’]|que|qu['’]))|it\s+(?:takes|took|seems|seemed|appears|appeared|remains|remained|follows|(?:is|was|will\s+be|would\s+be|has\s+been)\s+[\p{L}-]+\s+(?:to|that|whether)\b|(?:is|was)\b[^,;.]*?\s(?:who|that)\b))/iu;

/** Where a claim's subject pronoun is, and the name it stands for. */
export interface Referent {
  /** The pronoun's span in the claim text. */
  start: number;
  end: number;
  name: string;
  kind: EntityKind;
}

/**
 * The name a claim's subject pronoun stands for: the only name of the pronoun's kind or its rivals' (see
 * {@link PRONOUN_KINDS}) at the nearest distance where one of its kind is (a name and one written inside it, as
 * « Morvan » in « Jean-Paul Morvan », are one); undefined when the claim opens on no subject pronoun, on an
 * impersonal one, or when that nearest sentence has two different names the pronoun may stand for.
 */
export function subjectReferent(claimText: string, antecedents: readonly Antecedent[] | undefined): Referent | undefined {
  if (!antecedents?.length) return undefined;
  const match = OPENING_PRONOUN.exec(claimText);
  if (!match) return undefined;
  const pronoun = match[2];
  const start = match.index + match[0].length - pronoun.length;
  // After a fronted phrase the pronoun is written in lower case, and a phrase that names someone (« Selon Paul
  // Martin, il … ») may be where the pronoun finds its name: left alone.
  if (match[1] !== undefined && (pronoun[0] !== pronoun[0].toLowerCase() || /\s\p{Lu}/u.test(match[1]))) return undefined;
  if (IMPERSONAL.test(claimText.slice(start))) return undefined;
  const { kinds, rivals } = PRONOUN_KINDS[pronoun.toLowerCase()];
  const compatible = antecedents.filter((a) => kinds.includes(a.kind));
  if (compatible.length === 0) return undefined;
  const nearest = Math.min(...compatible.map((a) => a.distance));
  const names = antecedents.filter((a) => a.distance === nearest && rivals.includes(a.kind));
  const distinct = new Set(names.map((a) => a.name.toLowerCase()));
  // One name written inside another is the same one (« Jean-Paul Morvan », then « Morvan »).
  const longest = [...distinct].sort((a, b) => b.length - a.length)[0];
  if ([...distinct].some((n) => !longest.includes(n))) return undefined;
  const chosen = names.find((a) => a.name.toLowerCase() === longest)!;
  if (!kinds.includes(chosen.kind)) return undefined;
  return { start, end: start + pronoun.length, name: chosen.name, kind: chosen.kind };
}

/** The claim with the name written in its pronoun's place. */
export function withReferent(claimText: string, referent: Referent): string {
  return claimText.slice(0, referent.start) + referent.name + claimText.slice(referent.end);
}

/**
 * A verdict on the claim read with its referent (see {@link withReferent}) made a verdict on the claim as written:
 * its conflicts' offsets moved back by the name's length; undefined when a conflict touches the name (what the
 * corpus says of another name in the subject's place is no fault of the pronoun).
 */
export function verdictAsWritten(verdict: Verdict, referent: Referent): Verdict | undefined {
  const nameEnd = referent.start + referent.name.length;
  const shift = referent.name.length - (referent.end - referent.start);
  const moved = (c: Conflict): Conflict | undefined => {
    if (c.claimStart < nameEnd && c.claimEnd > referent.start) return undefined;
    const at = (offset: number) => (offset >= nameEnd ? offset - shift : offset);
    return { ...c, claimStart: at(c.claimStart), claimEnd: at(c.claimEnd) };
  };
  if (!verdict.conflict) return verdict;
  const conflict = moved(verdict.conflict);
  const others = verdict.conflict.others?.map(moved);
  if (!conflict || others?.some((c) => c === undefined)) return undefined;
  return { ...verdict, conflict: { ...conflict, ...(others ? { others: others as Conflict[] } : {}) } };
}

/**
 * The verdict of a claim whose subject is a pronoun (see the file's comment): `verdict` (the claim as written)
 * unless it is unsupported and the claim read with its pronoun's referent, by `check`, is supported or contradicted
 * without a conflict on the name.
 */
export function withReferentVerdict(claimText: string, verdict: Verdict, antecedents: readonly Antecedent[] | undefined, check: (text: string) => Verdict): Verdict {
  if (verdict.label !== 'unsupported') return verdict;
  const referent = subjectReferent(claimText, antecedents);
  if (!referent) return verdict;
  const other = check(withReferent(claimText, referent));
  if (other.label !== 'supported' && other.label !== 'contradicted') return verdict;
  return verdictAsWritten(other, referent) ?? verdict;
}
