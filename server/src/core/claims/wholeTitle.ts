import { isFunctionWord } from '../text/functionWords';
import { tokenize } from '../text/tokenize';
import type { RoleMention } from './roles';

/**
 * A title is its noun and its modifiers together: "Transport Secretary", « ministre de l'Intérieur ». A role
 * conflict that covers the claim's title noun alone and keeps its modifier (the portfolio or body: "Transport" of
 * "Transport Secretary Gordon Brown" against a source's "Chancellor Gordon Brown") would highlight "Secretary" and
 * write "Transport Chancellor", a title no source gives. The modifier is kept only where the source's sentence
 * writes it too (« procureur du tribunal » → « président du tribunal », the body stated by the source); else the
 * conflict covers the whole title and writes no fix.
 */

/** What {@link withWholeTitle} reads and returns of a role conflict (checkClaim.ts's RoleConflict). */
export interface TitleConflict {
  sentence: { text: string };
  claimStart: number;
  claimEnd: number;
  /** The source's words for the conflict's span. */
  sourceText: string;
  noFix?: boolean;
}

/**
 * `conflict` over the claim's whole title, with no fix, when it covers the title noun of one of the claim's role
 * mentions (`roles`, of `claimText`, read only when there is a conflict) but not the whole title, the source's words replace the title noun itself (not
 * only its rank: « deuxième adjointe au maire » → « première adjointe » keeps a title the body fits), and the
 * title's modifier left out is not written in the source's sentence (each of its content words); `conflict` as it
 * is otherwise (or undefined).
 */
export function withWholeTitle<C extends TitleConflict>(conflict: C | undefined, roles: () => readonly RoleMention[], claimText: string): C | undefined {
  if (!conflict) return conflict;
  for (const c of roles()) {
    if (!c.complement) continue;
    const start = Math.min(c.head.start, c.complement.start);
    const end = Math.max(c.head.end, c.complement.end);
    const coversHead = conflict.claimStart <= c.head.start && conflict.claimEnd >= c.head.end;
    const coversAll = conflict.claimStart <= start && conflict.claimEnd >= end;
    if (!coversHead || coversAll || conflict.claimStart < start || conflict.claimEnd > end) continue;
    if (wordsOf(conflict.sourceText).has(lastWord(c.head.text))) continue;
    if (modifierStated(claimText.slice(c.complement.start, c.complement.end), conflict.sentence.text)) continue;
    return { ...conflict, claimStart: start, claimEnd: end, noFix: true };
  }
  return conflict;
}

/** Whether every content word of a title's modifier (no linking or function word) is a word of the source's sentence. */
function modifierStated(modifier: string, sourceSentence: string): boolean {
  const sourceWords = wordsOf(sourceSentence);
  const words = tokenize(modifier).filter((t) => t.kind === 'word' && !isFunctionWord(t.norm));
  return words.length > 0 && words.every((t) => sourceWords.has(t.norm));
}

/** The folded words of a text. */
function wordsOf(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => t.kind === 'word').map((t) => t.norm));
}

/** The folded last word of a title noun (« adjointe » of « première adjointe », "executive" of "chief executive"). */
function lastWord(title: string): string {
  const words = tokenize(title).filter((t) => t.kind === 'word');
  return words[words.length - 1]?.norm ?? '';
}
