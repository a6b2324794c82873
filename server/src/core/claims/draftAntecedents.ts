import type { EntityIndex } from '../entities/entityIndex';
import type { EntityKind } from '../entities/types';
import type { DraftSentence } from './draftSentences';
import { subjectReferent } from './referentSubject';

/**
 * A writer names a person or an organisation once, then writes « Il », « Elle », "She", "They" (see
 * referentSubject.ts). The checker reads one sentence at a time: the names a claim's pronoun may stand for are the
 * corpus entities the draft names in the sentences before it, in the same section (a heading starts another
 * subject), and the names earlier pronoun subjects were found to stand for.
 */

/** A name of the draft that a later claim's subject pronoun may stand for. */
export interface Antecedent {
  /** The name as the draft writes it. */
  name: string;
  kind: EntityKind;
  /** How many sentences before the claim it is written: 1 for the sentence right before ({@link headingDistance} for the section's heading). */
  distance: number;
}

/** The distance given to the names of the section's heading: the section's subject, taken when no sentence names one. */
export const headingDistance = 1000;

/**
 * How many sentences back a pronoun's name is looked for: a pronoun stands for a name of the last sentence or two,
 * and a pronoun subject carried on from sentence to sentence brings its own name forward (see {@link draftAntecedents}).
 */
const lookBack = 5;

/**
 * Each sentence's antecedents (same order as `sentences`): the corpus entities (`entities`, found with
 * {@link EntityIndex.findIn}) named in up to {@link lookBack} sentences before it in its section, nearest first, and
 * the names the subject pronouns of those sentences stand for (as if written there); then the names of
 * the section's heading, at {@link headingDistance}. The look back never passes a heading. Empty lists when
 * `entities` is undefined (not built yet).
 */
export function draftAntecedents(sentences: readonly DraftSentence[], entities: EntityIndex | undefined): Antecedent[][] {
  if (!entities) return sentences.map(() => []);
  const named: Omit<Antecedent, 'distance'>[][] = [];
  const all: Antecedent[][] = [];
  sentences.forEach((sentence, i) => {
    const antecedents: Antecedent[] = [];
    let j = i - 1;
    for (; j >= 0 && sentences[j].blockKind !== 'heading'; j--) {
      if (i - j <= lookBack) for (const n of named[j]) antecedents.push({ ...n, distance: i - j });
    }
    if (j >= 0) for (const n of named[j]) antecedents.push({ ...n, distance: headingDistance });
    all.push(antecedents);
    const own = entities.findIn(sentence.text).map((m) => ({ name: sentence.text.slice(m.start, m.end), kind: m.entity.kind }));
    const referent = sentence.blockKind === 'heading' ? undefined : subjectReferent(sentence.text, antecedents);
    named.push(referent ? [{ name: referent.name, kind: referent.kind }, ...own] : own);
  });
  return all;
}

/** A key of a sentence's antecedents, for reusing its verdict while they do not change. */
export function antecedentsKey(antecedents: readonly Antecedent[] | undefined): string {
  return (antecedents ?? []).map((a) => `${a.distance}:${a.kind}:${a.name}`).join('|');
}
