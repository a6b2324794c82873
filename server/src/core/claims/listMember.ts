/**
 * A name that a list introduces as a member: "prepared for the gadget including The Great Escape and Conflict
 * Vietnam", « des titres dont Le Grand Évasion », "devices such as the Nomad". The name after « dont », "including",
 * "such as", « notamment », « comme », "like", « y compris » … is one of several things the phrase before it holds,
 * not the holder of that phrase's slot: "the gadget" fills the slot, the titles are its games. Such a name is no
 * other name in the claim's slot, nor one to write in its place.
 */

/** Words that open a list of members right before a name (the name may be preceded by an article). */
const LIST_OPENING = /(?:^|[\s,(])(?:including|includes|included|such\s+as|notably|especially|particularly|among\s+them|like|notamment|dont|comme|y\s+compris|parmi\s+(?:eux|elles|lesquels|lesquelles)|tels?\s+que|telles?\s+que|en\s+particulier)\s+(?:(?:the|a|an|le|la|les|un|une)\s+|l['’])?$/iu;

/** Whether the name written at `at` in `text` follows a word that opens a list of members (see the module comment). */
export function listedMember(text: string, at: number): boolean {
  return LIST_OPENING.test(text.slice(Math.max(0, at - 40), at));
}
