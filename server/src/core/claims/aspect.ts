import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';
import { termsOf } from '../text/stem';
import type { Lang } from '../types';

/**
 * Aspect: whether a fact begins, ends or resumes at the time a value gives. « Redoine Faïd a interrompu vendredi 12
 * octobre sa grève de la faim qu'il avait entamée lundi » writes both the beginning and the end of one strike; the
 * day the claim gives belongs to the verb written next to it. A claim that the strike began on the day the passage
 * gives its end says the opposite of the passage, though every word of the claim is in it.
 *
 * Only verb forms are listed (« débuté », not the noun « début » of « début octobre »; "ended", not "the end of
 * 2005"), in French and English, folded.
 */
type Aspect = 'begin' | 'end' | 'resume';

const ASPECT_WORDS: readonly [Aspect, RegExp][] = [
  [
    'begin',
    /^(?:entam(?:e|es|ee|ees|er|ent|ait|aient|era|eront|a)|commenc(?:e|es|ee|ees|er|ent|ait|aient|era|eront)|commenca|debut(?:e|es|ee|ees|er|ent|ait|aient|era|eront|a)|demarr(?:e|es|ee|ees|er|ent|ait|aient|era|eront|a)|began|begun|begins?|started|starts?)$/,
  ],
  [
    'end',
    /^(?:interromp(?:u|ue|us|ues|re|t|ent|ait|aient|ra|ront|it)|cess(?:e|es|ee|ees|er|ent|ait|aient|era|eront|a)|suspend(?:u|ue|us|ues|re|ent|ait|aient|ra|ront|it)?|ended|ends|stopped|halted|ceased|suspended|suspends)$/,
  ],
  ['resume', /^(?:repris|reprise|reprend|reprendre|reprennent|reprenait|reprenaient|reprendra|resumed|resumes|restarted)$/],
];

/** Aspects that say the other way of one another: an end against a beginning or a resumption. */
function opposite(a: Aspect, b: Aspect): boolean {
  return (a === 'end') !== (b === 'end');
}

/** The aspect verbs of a text with their spans, in order. */
function aspectWords(text: string): { aspect: Aspect; start: number; end: number }[] {
  const words: { aspect: Aspect; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}]+/gu)) {
    const norm = fold(match[0]);
    // « sans cesse » is an adverb: no verb of ending.
    if (norm === 'cesse' && /sans\s+$/i.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    const found = ASPECT_WORDS.find(([, pattern]) => pattern.test(norm));
    if (found) words.push({ aspect: found[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The aspect verb nearest a value in its text, when one is written within `reach` characters of it. */
function aspectNear(text: string, value: Quantity, reach = 60): { aspect: Aspect; start: number; end: number } | undefined {
  const start = value.approxStart ?? value.start;
  let best: { aspect: Aspect; start: number; end: number; distance: number } | undefined;
  for (const word of aspectWords(text)) {
    const distance = word.end <= start ? start - word.end : word.start >= value.end ? word.start - value.end : 0;
    if (distance <= reach && (!best || distance < best.distance)) best = { ...word, distance };
  }
  return best;
}

/** How far around a verb its object is looked for, in characters (« a interrompu vendredi 12 octobre sa grève »). */
const objectReach = 45;

/**
 * Whether the passage gives the claim's value (`source`, equal to `claim`) to the opposite aspect verb: the claim
 * says a fact began or resumed at that time where the passage's verb nearest that value says it ended, or the other
 * way round (« a entamé … le vendredi 12 octobre » against « a interrompu vendredi 12 octobre sa grève … qu'il avait
 * entamée lundi »). False when either side has no aspect verb near its value, or when the claim's first word after
 * its verb (its object: « une grève ») is not written around the passage's verb (another thing's end).
 *
 * @param claim the claim's value; `source` the passage's value equal to it.
 */
export function oppositeAspectAt(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  const mine = aspectNear(claimText, claim);
  const theirs = mine && aspectNear(sourceText, source);
  if (!mine || !theirs || !opposite(mine.aspect, theirs.aspect)) return false;
  // The two verbs are said of one thing: the claim's first word after its verb (« une grève ») is around the passage's
  // (« a interrompu … sa grève »). « ont repris le travail le 3 mars » is not denied by « la grève, suspendue le 3 mars ».
  // The values themselves are blanked out: a month's name would be a word of both.
  const blank = (text: string, q: Quantity) => text.slice(0, q.approxStart ?? q.start) + ' '.repeat(q.end - (q.approxStart ?? q.start)) + text.slice(q.end);
  const object = termsOf(blank(claimText, claim).slice(mine.end, mine.end + objectReach).split(/[,;:.]/u)[0], claimLang).find((t) => !/^\d/.test(t));
  const source2 = blank(sourceText, source);
  const around = new Set(termsOf(source2.slice(Math.max(0, theirs.start - objectReach), theirs.end + objectReach), sourceLang));
  return object !== undefined && around.has(object);
}
