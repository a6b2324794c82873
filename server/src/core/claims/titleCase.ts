import { isFunctionWord } from '../text/functionWords';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * English writes a title before a name with capitals ("Planning Minister Julio Vidal", "US Treasury Secretary
 * John Hale", "Chief Executive Ann Roe"), which the role reader (roles.ts) reads only in lowercase ("planning
 * minister Julio Vidal"). The title words of such a run are lowered here, offsets kept, so that both spellings
 * are read as the same role mention.
 */

/** At most this many capitalised words in the name after the title ("John Hale", "Mary Ann de Vries"). */
const NAME_WORDS = 4;

const isCapitalised = (t: Token) => t.kind === 'word' && /^\p{Lu}/u.test(t.text);
/** A word written with a capital then lowercase ("Minister"): an acronym ("MP", "CEO") is written so in any place, and is no title lowered here. */
const isTitleCased = (t: Token) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * `text` with the title words (`isTitleWord`, tested on the folded word) of each capitalised run that ends on a
 * name written in lowercase, same length: "Planning Minister Julio Vidal said" → "Planning minister Julio Vidal
 * said". A run's title words are those up to its last title word; the name after it has one to
 * {@link NAME_WORDS} capitalised words and ends the run. French text, a headline in title case and a title at a
 * text's first word (read by the role reader as it is) are returned as they are.
 */
export function lowerTitlesBeforeNames(text: string, lang: Lang, isTitleWord: (norm: string) => boolean): string {
  if (lang !== 'en') return text;
  const tokens = tokenize(text).filter((t) => t.kind !== 'symbol');
  // A headline in title case ("Minister Quits Over Row") writes every word of content with a capital: its capitals say nothing.
  if (!tokens.some((t) => t.kind === 'word' && !isCapitalised(t) && !isFunctionWord(t.norm))) return text;
  let out = text;
  for (let i = 1; i < tokens.length; i++) {
    if (!isTitleCased(tokens[i]) || !isTitleWord(tokens[i].norm)) continue;
    // The name: the capitalised words right after the title word, none a title word or a function word, then the run ends.
    let k = i + 1;
    const joined = (a: number) => /^\s+$/.test(text.slice(tokens[a - 1].end, tokens[a].start));
    // A particle inside the name (« De » of "Julio De Vido") goes with it, never at its ends.
    const inName = (a: number) => !isTitleWord(tokens[a].norm) && (!isFunctionWord(tokens[a].norm) || (a > i + 1 && a + 1 < tokens.length && joined(a + 1) && isCapitalised(tokens[a + 1]) && !isFunctionWord(tokens[a + 1].norm)));
    while (k < tokens.length && joined(k) && isCapitalised(tokens[k]) && inName(k)) k++;
    const nameWords = k - i - 1;
    if (nameWords === 0 || nameWords > NAME_WORDS || (k < tokens.length && joined(k) && isCapitalised(tokens[k]))) continue;
    // The title words of the run before the name (« Chief Executive », "Treasury Secretary": the nouns of roles only).
    for (let j = i; j >= 1 && isTitleCased(tokens[j]) && isTitleWord(tokens[j].norm) && (j === i || joined(j + 1)); j--) {
      out = out.slice(0, tokens[j].start) + tokens[j].text.toLowerCase() + out.slice(tokens[j].end);
    }
  }
  return out;
}
