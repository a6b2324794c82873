import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';

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
function aspectNear(text: string, value: Quantity, reach = 60): Aspect | undefined {
  const start = value.approxStart ?? value.start;
  let best: { aspect: Aspect; distance: number } | undefined;
  for (const word of aspectWords(text)) {
    const distance = word.end <= start ? start - word.end : word.start >= value.end ? word.start - value.end : 0;
    if (distance <= reach && (!best || distance < best.distance)) best = { aspect: word.aspect, distance };
  }
  return best?.aspect;
}

/**
 * Whether the passage gives the claim's value (`source`, equal to `claim`) to the opposite aspect verb: the claim
 * says a fact began or resumed at that time where the passage's verb nearest that value says it ended, or the other
 * way round (« a entamé … le vendredi 12 octobre » against « a interrompu vendredi 12 octobre sa grève … qu'il avait
 * entamée lundi »). False when either side has no aspect verb near its value.
 *
 * @param claim the claim's value; `source` the passage's value equal to it.
 */
export function oppositeAspectAt(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  const mine = aspectNear(claimText, claim);
  const theirs = mine && aspectNear(sourceText, source);
  return mine !== undefined && theirs !== undefined && opposite(mine, theirs);
}
