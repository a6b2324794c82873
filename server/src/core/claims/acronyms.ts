/**
 * Whether a passage writes the claim's acronym as the claim does, all in capitals ("NOS", "SUD", "LES"): an acronym
 * that spells a stop word of the passage's language (« nos », « sud »… are dropped from its retrieval terms) is
 * still named there. `names`: the passage's capitalised words, folded form to text as written (PassageView.names).
 * Only an acronym of two letters or more, in capitals in both: « Nos » opening a sentence is the French "our".
 */
export function acronymWritten(text: string, norm: string, names: ReadonlyMap<string, string>): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text) && names.get(norm) === text;
}
