import { clauseSpans } from '../text/clauses';
import { isStopWord, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';
import { frenchFor } from './lexicon';

/**
 * Where a sentence turns to another subject with a contrast: a semicolon, "while", "whereas", "but", « alors que »,
 * « tandis que », « mais ». Commas and "and" are left out: they join asides and a second verb of the same subject
 * ("Exports, hit by the lira, fell"; "prices rose and fell"). How this cut differs from the checker's others: text/clauses.ts.
 */
const CONTRAST_SPLIT = /;|\s(?:while|whilst|whereas|but|alors que|alors qu['’]|tandis que|tandis qu['’]|mais)\s/giu;

/** Words that may open a clause before its verb without being its subject (an adverb of time or manner, a pronoun). */
const NO_SUBJECT = /^(?:then|later|since|again|also|still|soon|now|already|ensuite|puis|depuis|encore|aussi|toujours|bientot|déjà|deja|désormais|desormais|il|elle|ils|elles|it|they|he|she|this|that|which|who|qui|que|ce|cela|ceci)$/iu;

interface ContrastClause {
  start: number;
  text: string;
  terms: Set<string>;
}

function contrastClauses(text: string, lang: Lang): ContrastClause[] {
  return clauseSpans(text, CONTRAST_SPLIT).map(({ start, end }) => {
    const piece = text.slice(start, end);
    const terms = termsOf(piece, lang);
    // English words carry their French terms, as the opposite words are looked up (see lexicon.ts).
    return { start, text: piece, terms: new Set(lang === 'en' ? [...terms, ...terms.flatMap((t) => frenchFor(t))] : terms) };
  });
}

/** Whether a clause names a subject of its own before the first of `terms`: a content word that is no adverb or pronoun. */
function ownSubjectBefore(clause: ContrastClause, terms: readonly string[], lang: Lang): boolean {
  const tokens = tokenize(clause.text).filter((t) => t.kind === 'word');
  const at = tokens.findIndex((t) => termsOf(t.text, lang).some((x) => terms.includes(x) || (lang === 'en' && frenchFor(x).some((f) => terms.includes(f)))));
  if (at <= 0) return false;
  return tokens.slice(0, at).some((t) => !isStopWord(t.norm, lang) && !NO_SUBJECT.test(t.norm) && !/ly$/.test(t.norm));
}

/**
 * Whether the passage's words `terms` (a direction or opposite word: "fell", « a chuté ») speak of another subject
 * than the claim's: the passage is cut at its contrasts ("Inflation fell below 10% while exports are up 30%"), the
 * claim's words before `word` (its subject, "Exports have risen") are in some clause, and every clause that writes
 * `terms` names a subject of its own and none of those words. A direction belongs to its own clause: "fell" is
 * inflation's, neither the opposite of "Exports have risen" nor a support of "Exports fell". False (the word counts)
 * when the passage has one clause, the claim writes nothing before the word, the languages differ, or any doubt.
 */
export function directionOfAnotherSubject(analysis: ClaimAnalysis, word: ClaimWord, terms: readonly string[], passage: string, passageLang: Lang): boolean {
  if (analysis.lang !== passageLang || terms.length === 0) return false;
  const subject = analysis.words.filter((w) => w.end <= word.start).flatMap((w) => w.terms);
  if (subject.length === 0) return false;
  const clauses = contrastClauses(passage, passageLang);
  if (clauses.length < 2) return false;
  const writing = clauses.filter((c) => terms.some((t) => c.terms.has(t)));
  if (writing.length === 0) return false;
  const holdsSubject = (c: ContrastClause) => subject.some((t) => c.terms.has(t));
  if (!clauses.some((c) => !writing.includes(c) && holdsSubject(c))) return false;
  return writing.every((c) => !holdsSubject(c) && ownSubjectBefore(c, terms, passageLang));
}

/**
 * A verb or adverb of change right before a figure, with "by" or « de » ("rose 30%", "fell by 2%", « a chuté de 5 % »,
 * "are up 30%"), and the market's verbs of a gain or a loss ("gained 4%", "shed 2%", « a gagné 3 % », « a perdu 2 % »:
 * see {@link GAIN_OR_LOSS}).
 */
const CHANGE_BEFORE =
  /(?:^|[\s(,])(rose|risen|rises|grew|grown|grows|increased|jumped|climbed|soared|surged|gained|gains|advanced|rallied|up|higher|augmenté|augmente|progressé|progresse|grimpé|grimpe|bondi|gagné|gagne|fell|fallen|falls|dropped|declined|decreased|slipped|slumped|plunged|shrank|shrunk|lost|loses|shed|sheds|slid|dipped|sank|tumbled|plummeted|down|lower|baissé|baisse|chuté|chute|reculé|recule|diminué|diminue|perdu|perd)\s+(?:by\s+|de\s+|d['’]environ\s+)?$/iu;
const CHANGE_UP = /^(?:rose|risen|rises|grew|grown|grows|increased|jumped|climbed|soared|surged|gained|gains|advanced|rallied|up|higher|augmenté|augmente|progressé|progresse|grimpé|grimpe|bondi|gagné|gagne)$/iu;

/**
 * Verbs of a gain or a loss that tell a change only before a share, a price or points ("gained 4%", "lost 12p", « a
 * perdu 2 points »): before a count they tell how many were won or lost ("had lost three times to Roddick", « a
 * perdu 300 emplois »), a level, not a change of it.
 */
const GAIN_OR_LOSS = /^(?:gained|gains|advanced|rallied|lost|loses|shed|sheds|gagné|gagne|perdu|perd)$/iu;
/**
 * A share, a price or points written from a figure's start, after the words of its approximation if any ("more than
 * 4%"): "4%", "12p", "3.5 points", « 2 % », « 1,5 point », "$3", "£1.20", "€2".
 */
const SHARE_OR_PRICE = /^(?:[\p{L}'’]+\s+){0,3}(?:[$£€]\s*\d|\d[\d.,\s]*(?:%|p\b|pence\b|cents?\b|points?\b|per\s*cent\b|pour\s*cent\b|€|euros?\b|dollars?\b))/iu;

/** The verb or adverb of change right before a figure starting at `start` (see {@link CHANGE_BEFORE}, {@link GAIN_OR_LOSS}). */
function changeBefore(text: string, start: number): { match: RegExpExecArray; from: number } | undefined {
  const from = Math.max(0, start - 30);
  const match = CHANGE_BEFORE.exec(text.slice(from, start));
  if (!match || (GAIN_OR_LOSS.test(match[1]) && !SHARE_OR_PRICE.test(text.slice(start, start + 25)))) return undefined;
  return { match, from };
}

/** Which way a figure changed, when a verb or adverb of change is written right before it; undefined otherwise. */
export function changeDirectionOf(text: string, start: number): 'up' | 'down' | undefined {
  const match = changeBefore(text, start)?.match;
  if (!match) return undefined;
  return CHANGE_UP.test(match[1]) ? 'up' : 'down';
}

/**
 * Where the verb or adverb of change written right before a figure is (« a chuté » of « a chuté de 5 % », "down" of
 * "are down 30%"): `start`/`end` in `text`, character offsets; undefined when none is (the same words as
 * {@link changeDirectionOf}).
 */
export function changeWordBefore(text: string, start: number): { start: number; end: number } | undefined {
  const found = changeBefore(text, start);
  if (!found) return undefined;
  const { match, from } = found;
  const at = from + match.index + match[0].indexOf(match[1]);
  return { start: at, end: at + match[1].length };
}

/** A verb of change, then "to" or « à », right before a figure: the level it reached and which way ("will fall to $21bn", "should more than double to $21bn", « a chuté à 5 % »). */
const DIRECTION_TO =
  /(?:^|[\s(,])(rise|rises|rose|risen|grow|grows|grew|grown|increase|increases|increased|climb|climbs|climbed|jump|jumps|jumped|double|doubles|doubled|triple|triples|tripled|augmenté|augmentera|grimpé|doublé|doublera|triplé|fall|falls|fell|fallen|drop|drops|dropped|decline|declines|declined|decrease|decreases|decreased|halve|halves|halved|baissé|baissera|chuté|chutera|reculé|reculera|diminué|diminuera)\s+(?:to|à)\s+$/iu;
const DIRECTION_TO_UP = /^(?:rise|rises|rose|risen|grow|grows|grew|grown|increase|increases|increased|climb|climbs|climbed|jump|jumps|jumped|double|doubles|doubled|triple|triples|tripled|augmenté|augmentera|grimpé|doublé|doublera|triplé)$/iu;

/** Which way a level was reached, when a verb of change and "to" or « à » are written right before the figure; undefined otherwise. */
function directionToOf(text: string, start: number): 'up' | 'down' | undefined {
  const match = DIRECTION_TO.exec(text.slice(Math.max(0, start - 30), start));
  if (!match) return undefined;
  return DIRECTION_TO_UP.test(match[1]) ? 'up' : 'down';
}

/**
 * Whether the passage writes the claim's change the other way: the claim's figure follows a verb of change ("Exports
 * fell 30%"), and each equal figure of the passage that follows one follows the opposite ("exports are up 30%"), at
 * least one does. `claimStart`, `sourceStarts`: where the figures start (before any bound word). False when either
 * side writes no direction right before the figure.
 */
export function changeTheOtherWay(claimText: string, claimStart: number, passage: string, sourceStarts: readonly number[]): boolean {
  const mine = changeDirectionOf(claimText, claimStart) ?? directionToOf(claimText, claimStart);
  if (!mine) return false;
  const theirs = sourceStarts.map((s) => changeDirectionOf(passage, s) ?? directionToOf(passage, s)).filter((d) => d !== undefined);
  return theirs.length > 0 && theirs.every((d) => d !== mine);
}

/** Nouns and phrases of change right before a figure ("a rise of 12%", « une hausse de 12 % », « en progression de », "by"). */
const CHANGE_NOUN_BEFORE =
  /(?:^|[\s(,])(?:(?:rise|increase|growth|gain|jump|leap|fall|drop|decline|decrease|loss|cut|up|down)\s+(?:of\s+|by\s+)?|by\s+|(?:hausse|baisse|progression|augmentation|recul|diminution|chute|croissance|repli|bond)\s+(?:de\s+|d['’]\s*)|(?:progressé|progresse|augmenté|augmente|baissé|baisse|reculé|recule|diminué|diminue|chuté|chute|grimpé|grimpe|bondi|crû|cru)\s+(?:\p{L}+\s+)?(?:de\s+|d['’]\s*))$/iu;

/** Whether a figure is written as a change (after a verb or noun of change: "rose 12%", « a progressé de 12 % », "a rise of 12%"), not as a level. */
export function writtenAsChange(text: string, start: number): boolean {
  // A focus adverb between the word of change and its figure ("increased by only 0.6%", « a progressé de seulement 2 % ») leaves it a change.
  const focus = FOCUS_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const at = focus ? start - focus[0].length : start;
  return changeDirectionOf(text, at) !== undefined || CHANGE_NOUN_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

/** A focus adverb right before a figure, with its space: "only", "just", « seulement », « à peine »… */
export const FOCUS_BEFORE = /(?<=\s)(?:only|just|barely|merely|seulement|tout juste|à peine|juste)\s+$/iu;

/**
 * Whether a claim's figure and a passage's are a change and a level, one each: « La part de marché a progressé de
 * 12 % » against « La part du marché … atteint 18 % » (the share's level, not its change). The two measure different
 * things: the source's figure is no value of the claim's fact, and no fix of it. `claimStart`, `sourceStart`: where
 * the figures start (before any bound word).
 */
export function changeAgainstLevel(claimText: string, claimStart: number, passage: string, sourceStart: number): boolean {
  return writtenAsChange(claimText, claimStart) !== writtenAsChange(passage, sourceStart);
}
