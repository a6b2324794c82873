import { fold } from '../text/normalize';
import { isStopWord, stem } from '../text/stem';
import type { Lang } from '../types';

/**
 * The head noun of the apposition a name stands in, on either side of it: « Son avocat, Me Paul Roux, a dit … »
 * and « Me Jean Vidal, l'avocat de la famille, a dit … » both give their name the head « avocat »; "Its
 * founder, Ann Dow, said" and "Tom Reed, the founder of the firm, said" the head "founder". Two names in one
 * frame with the same head stand in the same place of it, whichever side of the name the head is written on,
 * which the words right next to each name do not show (alignedName.ts).
 */

/** Forms of address between the comma and the name (« Me », « M. », "Dr"). */
const ADDRESS = String.raw`(?:(?:M|Me|Mme|Mlle|Dr|Mr|Mrs|Ms|Pr)\.?\s+)?`;
/** A head noun before the name: « son avocat, », "its founder, " (a lowercase word, then a comma). */
const HEAD_BEFORE = new RegExp(String.raw`(?:^|[\s'’])(\p{Ll}[\p{L}-]*)\s*,\s*${ADDRESS}$`, 'u');
/** A head noun after the name: « , l'avocat », ", the founder" (a comma, a determiner, a lowercase word). */
const HEAD_AFTER = /^\s*,\s*(?:le|la|l['’]|les|son|sa|ses|leur|the|its|his|her|their)\s*(\p{Ll}[\p{L}-]*)/u;

/**
 * The stem of the head noun of the apposition of the name at [start, end) of `text`, or undefined when the name
 * stands in none. A head before the name is read first. Stop words are no heads.
 */
export function appositionHead(text: string, start: number, end: number, lang: Lang): string | undefined {
  const before = HEAD_BEFORE.exec(text.slice(0, start));
  const after = before ? undefined : HEAD_AFTER.exec(text.slice(end));
  const noun = before?.[1] ?? after?.[1];
  if (noun === undefined || isStopWord(fold(noun), lang)) return undefined;
  return stem(noun.toLowerCase(), lang);
}
