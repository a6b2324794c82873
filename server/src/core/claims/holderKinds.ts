/**
 * A holder is replaced only by a holder of its kind: a person by a person, a place by a place. The other-holder
 * rules (subjectHolder.ts, appositiveSubject.ts) read a capitalised name before the claim's predicate; where the
 * corpus's entities give the claim's name and the passage's name two different kinds ("Sean Tully" a person, "Cork" a
 * place), the passage's name is no other holder of the claim's fact but a word of its own (a description, a place).
 */

/**
 * Whether the corpus gives two names different kinds of entity. `kindOf`: the corpus's kind of a name, undefined when
 * unknown (or when the entities are not ready). False when either kind is unknown: the rules then decide as before.
 */
export function holdersOfOtherKinds(claimName: string, sourceName: string, kindOf: ((name: string) => string | undefined) | undefined): boolean {
  if (!kindOf) return false;
  const a = kindOf(claimName);
  const b = kindOf(sourceName);
  return a !== undefined && b !== undefined && a !== b;
}
