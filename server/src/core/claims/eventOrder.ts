import { fold } from '../text/normalize';
import { isStopWord, stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/** Words that order two events, and their opposite (folded). */
const ORDER_WORDS: Record<string, string> = { avant: 'apres', apres: 'avant', before: 'after', after: 'before' };

/** The first word or figure after `index` in `tokens` that is no function word, stemmed ("d'obtenir" → "obten", "130"). */
function nextContent(tokens: ReturnType<typeof tokenize>, index: number, lang: Lang): string | undefined {
  for (const t of tokens.slice(index + 1)) {
    if (t.kind === 'number') return t.norm;
    if (t.kind !== 'word') continue;
    if (isStopWord(t.norm, lang) || /^(?:de|d|que|qu|l|avoir|être|etre|having|being|the|a|an)$/.test(fold(t.norm))) continue;
    return stem(fold(t.norm), lang);
  }
  return undefined;
}

/**
 * Whether the claim's word that orders two events (« avant », « après », "before", "after") meets its opposite in the
 * passage about another event: "A before B" says what "after A, B" says (« passé 130 jours en prison avant d'obtenir
 * sa libération » and « après 130 jours en prison, il a obtenu une libération »). The opposite is an opposite only
 * when the event written right after it is the one written after the claim's word (« libéré avant le procès » and
 * « libéré après le procès »). False when `claimWord` orders nothing or the languages differ (nothing to compare).
 */
export function orderOfAnotherEvent(claimText: string, claimWordStart: number, lang: Lang, passage: string, passageLang: Lang): boolean {
  if (lang !== passageLang) return false;
  const claimTokens = tokenize(claimText);
  const at = claimTokens.findIndex((t) => t.start === claimWordStart);
  if (at < 0) return false;
  const opposite = ORDER_WORDS[fold(claimTokens[at].norm)];
  if (!opposite) return false;
  const mine = nextContent(claimTokens, at, lang);
  if (mine === undefined) return false;
  const tokens = tokenize(passage);
  const theirs = tokens.flatMap((t, i) => (t.kind === 'word' && fold(t.norm) === opposite ? [nextContent(tokens, i, passageLang)] : []));
  return theirs.length > 0 && theirs.every((x) => x !== mine);
}
