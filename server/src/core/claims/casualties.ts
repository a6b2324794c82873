import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';

/** What a count of people in a toll counts: the dead, the injured, the missing, or those taken to hospital. */
export type CasualtyState = 'dead' | 'injured' | 'missing' | 'hospitalised';

/**
 * The words that say which state a count of a toll counts, folded (marks removed, lower case), in French and in
 * English: « 290 morts », « 290 personnes ont péri », « 600 ont été blessées », "12 were killed", "40 injured".
 */
const STATE_WORDS: readonly { state: CasualtyState; words: RegExp }[] = [
  { state: 'dead', words: /^(?:morte?s?|tuee?s?|decedee?s?|deces|peri|perissent|perdu la vie|dead|died|deaths?|killed|fatalit(?:y|ies)|perished|lost their lives)$/ },
  { state: 'injured', words: /^(?:blessee?s?|blessures?|injured|injuries|wounded|hurt)$/ },
  { state: 'missing', words: /^(?:disparue?s?|missing)$/ },
  { state: 'hospitalised', words: /^(?:hospitalisee?s?|hospitali[sz]ed)$/ },
];

/** Where the words of a count's clause end: punctuation, or a word that joins another clause or another count. */
const CLAUSE_END = /[,;:.()!?«»"“”]|\s(?:et|dont|mais|and|but|including|of whom|while)\s/iu;

/**
 * Which state a count of people counts, from its counted noun and the words of its clause after it (« 207 morts »,
 * « plus de 290 personnes ont péri », « et 600 ont été blessées », "at least 40 people were injured"): at most six
 * words, up to the end of its clause. `undefined` when none of those words says a state.
 */
export function casualtyState(text: string, q: Quantity): CasualtyState | undefined {
  if (q.kind !== 'number') return undefined;
  const after = text.slice(q.numberEnd, q.numberEnd + 80);
  const clause = after.split(CLAUSE_END)[0];
  const words = fold(clause).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 6);
  for (let i = 0; i < words.length; i++) {
    const one = words[i];
    const three = words.slice(i, i + 3).join(' ');
    const found = STATE_WORDS.find((s) => s.words.test(one) || s.words.test(three));
    if (found) return found.state;
  }
  return stateBefore(text, q);
}

/** Words right before a count that say what it counts (« tuant 12 personnes », « la mort de 12 personnes », "killing 12", "a death toll of 12"). */
const STATE_BEFORE: readonly { state: CasualtyState; words: RegExp }[] = [
  { state: 'dead', words: /(?:^|[^\p{L}])(?:tuant|tue|a tue|ont tue|la mort de|le deces de|killing|killed|death toll(?: \p{L}+){0,3}|toll of|the deaths of)$/u },
  { state: 'injured', words: /(?:^|[^\p{L}])(?:blessant|blesse|injuring|wounding|injured|wounded)$/u },
];

/** The state the words right before a count say, within its clause (see {@link STATE_BEFORE}). */
function stateBefore(text: string, q: Quantity): CasualtyState | undefined {
  const start = q.approxStart ?? q.start;
  const before = text.slice(Math.max(0, start - 60), start).split(/[,;:.()!?«»"“”]/).pop() ?? '';
  const folded = fold(before).replace(/[^\p{L}]+/gu, ' ').trim();
  return STATE_BEFORE.find((s) => s.words.test(folded))?.state;
}

/**
 * Whether a claim's count and a source's count may be of the same quantity of a toll: not when their words say two
 * states (the dead and the injured: « plus de 290 personnes ont péri » and « plus de 450 personnes ont été
 * blessées », both counts of « personnes »). A count whose words say no state compares as before.
 */
export function sameCasualtyState(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  const a = casualtyState(claimText, claim);
  const b = a && casualtyState(sourceText, source);
  return a === undefined || b === undefined || a === b;
}

/** Counted nouns of people whose state the words around them say (« personnes », "people", « victimes »), as stems. */
const PEOPLE_UNIT = /^(?:person|personn|peopl|victim)/u;

/**
 * Whether a count of a state (« quatre morts », "12 injured") and a count of people in that state (« la mort de
 * quatre personnes », « 12 personnes ont été blessées ») are the same number of the same toll: the claim's figure
 * is then stated, though its counted noun differs. Either may be the claim's.
 */
export function sameCasualtyCount(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  if (claim.kind !== 'number' || source.kind !== 'number' || !claim.unit || !source.unit || claim.approx || source.approx) return false;
  if (Math.abs(claim.value - source.value) > 1e-9) return false;
  if (PEOPLE_UNIT.test(claim.unit) === PEOPLE_UNIT.test(source.unit)) return false;
  const state = casualtyState(claimText, claim);
  return state !== undefined && state === casualtyState(sourceText, source);
}

/** When a toll was given, as the text says it: a first or earlier one, or the latest one. */
export type TollTime = 'earlier' | 'latest';

/** Words that date a toll, folded (« le premier bilan », « un précédent bilan », « le dernier bilan », "the latest toll"). */
const TOLL_TIMES: readonly { time: TollTime; words: RegExp }[] = [
  { time: 'earlier', words: /(?:^|[^\p{L}])(?:(?:premier|precedent|ancien)\s+bilan|bilan\s+(?:initial|precedent|provisoire)|(?:first|initial|earlier|previous|preliminary)\s+(?:death\s+)?toll)(?:[^\p{L}]|$)/u },
  { time: 'latest', words: /(?:^|[^\p{L}])(?:(?:dernier|nouveau)\s+bilan|bilan\s+(?:definitif|actualise)|(?:latest|new|updated|final)\s+(?:death\s+)?toll)(?:[^\p{L}]|$)/u },
];

/**
 * When the toll a text gives was given, as its words say (« Le premier bilan faisait état de … », « selon le
 * dernier bilan officiel », "the latest toll"); `undefined` when it does not say, or says both (« passant d'un
 * premier bilan de 137 à un nouveau bilan de 207 »).
 */
export function tollTime(text: string): TollTime | undefined {
  const folded = fold(text);
  const times = TOLL_TIMES.filter((t) => t.words.test(folded)).map((t) => t.time);
  return times.length === 1 ? times[0] : undefined;
}

/**
 * Whether a claim's toll and a source's may be compared as of one time: not « le premier bilan » against « le
 * dernier bilan » (news revises a toll as it goes: each is right of its time). Only counts of a toll
 * ({@link casualtyState}); a text that does not date its toll compares as before.
 */
export function sameTollTime(claimText: string, claim: Quantity, sourceText: string, source: Quantity): boolean {
  if (casualtyState(claimText, claim) === undefined || casualtyState(sourceText, source) === undefined) return true;
  const a = tollTime(claimText);
  const b = a && tollTime(sourceText);
  return a === undefined || b === undefined || a === b;
}

/** Stems of the nouns that name a toll (« bilan », « décompte », "toll", "tally"), as an ordinal's key reads them. */
const TOLL_NOUN = /^(?:bilan|decompt|toll|tally)/;

/**
 * Whether what an ordinal ranks is a toll (« le premier bilan », « le dernier bilan », "the first toll"): a toll's
 * rank is its time, and each toll is right of its own time, so « le premier bilan » is no wrong rank for « le
 * dernier bilan ». `key`: the ordinal's folded stem.
 */
export function isTollRank(key: string): boolean {
  return TOLL_NOUN.test(key);
}
