import { sameQuantity, type Quantity } from '../text/quantities';
import { changeDirectionOf, changeWordBefore, FOCUS_BEFORE } from './directionClause';

/**
 * A change is a change whichever words tell it: "rose 6.2%", "grew by 6.2%", "up 6.2%", "a rise of 6.2%", "a 6.2%
 * rise", « a progressé de 6,2 % », « en hausse de 6,2 % », « une hausse de 6,2 % ». The checker's pairs of opposite
 * words ("rose" / "fell") read words anywhere in a passage; a figure's change is read here from the words right
 * around the figure, so that the claim's change and the passage's change of the same figure are compared by their
 * directions, not by their words ("rose 6.2%" against "… sales fell 1.1%, total sales … up 6.2%": the "fell" is
 * another figure's).
 */

/** The way a figure changed and where the word that says it is (`start`/`end`: character offsets in the text). */
export interface FigureChange {
  way: 'up' | 'down';
  start: number;
  end: number;
}

/** A noun or adverbial phrase of change right before a figure ("a rise of", "a fall of", « en hausse de », « une baisse de »). */
const NOUN_BEFORE =
  /(?:^|[\s(,])((rise|increase|growth|gain|jump|leap|surge|fall|drop|decline|decrease|loss|cut|slide|plunge)\s+(?:of|by)|(?:en\s+)?(hausse|progression|augmentation|croissance|bond|baisse|recul|diminution|chute|repli)\s+(?:de|d['’]))\s*$/iu;
/** A noun of change right after a figure ("a 3% fall", "a 6.2% rise in sales"). */
const NOUN_AFTER = /^\s*(rise|increase|growth|gain|jump|leap|surge|fall|drop|decline|decrease|loss|cut|slide|plunge|slump)\b/iu;
const UP_NOUN = /^(?:rise|increase|growth|gain|jump|leap|surge|hausse|progression|augmentation|croissance|bond)$/iu;

/**
 * The change a figure is written with: a verb or adverb of change right before it ("rose 6.2%", "up 6.2%", « a
 * chuté de 5 % »), a noun of change before it ("a rise of 6.2%", « en hausse de 6,2 % ») or right after it ("a 3%
 * fall"). Undefined when the figure is written with none of these (a level: "sales were £4bn").
 */
export function figureChange(text: string, q: Pick<Quantity, 'start' | 'end'> & { approxStart?: number }): FigureChange | undefined {
  const start = q.approxStart ?? q.start;
  // A focus adverb between the word of change and its figure ("increased by only 0.6%") leaves it a change.
  const focus = FOCUS_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const at = focus ? start - focus[0].length : start;
  const verb = changeWordBefore(text, at);
  if (verb) return { way: changeDirectionOf(text, at)!, ...verb };
  const from = Math.max(0, at - 40);
  const before = NOUN_BEFORE.exec(text.slice(from, at));
  if (before) {
    const noun = before[2] ?? before[3];
    const offset = from + before.index + before[0].indexOf(before[1]);
    return { way: UP_NOUN.test(noun) ? 'up' : 'down', start: offset, end: offset + before[1].length };
  }
  const after = NOUN_AFTER.exec(text.slice(q.end));
  if (after) {
    const offset = q.end + after[0].indexOf(after[1]);
    return { way: UP_NOUN.test(after[1]) ? 'up' : 'down', start: offset, end: offset + after[1].length };
  }
  return undefined;
}

/**
 * The claim's figure whose change a claim word tells (`start`/`end`: the word's offsets in the claim): the figure the
 * word is the change word of ("grew" of "grew by 6.2%", "fall" of "a 3% fall"); undefined when the word tells no
 * figure's change.
 */
export function figureChangedBy(claimText: string, quantities: readonly Quantity[], start: number, end: number): { q: Quantity; change: FigureChange } | undefined {
  for (const q of quantities) {
    const change = figureChange(claimText, q);
    if (change && change.start <= start && end <= change.end) return { q, change };
  }
  return undefined;
}

/**
 * How a passage writes the change a claim word tells: the word ("grew", "fall") is the change word of a claim figure
 * (`quantities`: the claim's checkable figures), and every figure of the passage (`passageQuantities`) equal to it
 * that is written as a change goes the `'same'` way or the `'opposite'` way, at least one. Undefined when the word
 * tells no figure's change, the passage writes no equal figure as a change, or its equal figures go both ways: the
 * words are then read as before.
 */
export function changeOfFigureAgainst(claimText: string, quantities: readonly Quantity[], word: { start: number; end: number }, passage: string, passageQuantities: readonly Quantity[]): 'same' | 'opposite' | undefined {
  const told = figureChangedBy(claimText, quantities, word.start, word.end);
  if (!told) return undefined;
  const ways = new Set(passageQuantities.filter((s) => sameQuantity(told.q, s)).flatMap((s) => figureChange(passage, s)?.way ?? []));
  if (ways.size !== 1) return undefined;
  return ways.has(told.change.way) ? 'same' : 'opposite';
}
