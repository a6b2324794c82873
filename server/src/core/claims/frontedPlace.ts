import type { CorpusDocument, Sentence } from '../corpus/document';

/**
 * A place fronted at the start of a sentence, before a comma (« Au Cinnamon, un kamikaze … », "At the Hilton, a
 * bomber …"): the preposition, the name, and the name's span.
 */
const FRONTED = /^\s*(au|aux|à|a|en|dans|in|at)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*)\s*,/iu;

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

interface Fronted {
  preposition: string;
  name: string;
  start: number;
  end: number;
}

function frontedOf(text: string): Fronted | undefined {
  const match = FRONTED.exec(text);
  if (!match) return undefined;
  const start = match.index + match[0].indexOf(match[2], match[1].length);
  return { preposition: fold(match[1]), name: match[2], start, end: start + match[2].length };
}

/** Whether a sentence names two places side by side in one list (« le Shangri-La, le Kingsbury et le Cinnamon »). */
function listedTogether(text: string, a: string, b: string): boolean {
  const folded = fold(text);
  const [i, j] = [folded.indexOf(fold(a)), folded.indexOf(fold(b))];
  if (i < 0 || j < 0) return false;
  const between = i < j ? folded.slice(i + a.length, j) : folded.slice(j + b.length, i);
  return /^(?:\s*(?:,|et|and|ou|or)\s*(?:(?:l['’]|la|le|les|the)\s*)?)+$/u.test(between);
}

/**
 * Another place fronted in the claim's slot: the claim opens on a place (« Au Kingsbury, un kamikaze … »), the
 * passage that states the rest of it opens on another with the same preposition (« Au Cinnamon, un kamikaze … »)
 * and never writes the claim's, and a sentence of the passage's article lists the two places side by side (two
 * places of one kind: two hotels, two towns of the story). The passage tells the fact of its own place.
 *
 * @returns the claim's place span and the passage's place; undefined when any of these does not hold.
 */
export function frontedPlaceConflict(claimText: string, doc: CorpusDocument, sentence: Sentence): { claimStart: number; claimEnd: number; sourceName: string } | undefined {
  const claim = frontedOf(claimText);
  const source = claim && frontedOf(sentence.text);
  if (!claim || !source || claim.preposition !== source.preposition || fold(claim.name) === fold(source.name)) return undefined;
  if (fold(sentence.text).includes(fold(claim.name))) return undefined;
  if (!doc.sentences.some((s) => listedTogether(s.text, claim.name, source.name))) return undefined;
  return { claimStart: claim.start, claimEnd: claim.end, sourceName: source.name };
}
