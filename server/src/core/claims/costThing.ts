import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import type { Quantity } from '../text/quantities';
import { tokenize } from '../text/tokenize';
import type { ClaimAnalysis, ClaimWord } from './analyzeClaim';
import { clauseAround } from './alignment';

/**
 * The thing a claim's cost is of. A sum is the cost of one thing (« La construction du nouveau pont a coûté 202
 * millions », "The new stadium cost $500m", « le coût de la rénovation de la gare s'élève à … »); a passage that
 * gives a sum of the same measure with the same cost words (« évoquant un coût de deux millions d'euros » of a
 * boat) but never names the claim's thing, neither in its sentence nor around it, gives another thing's cost: its
 * sum is no value of the claim's fact, and no fix.
 */

/** Words of cost, folded: the verb (« coûter », "to cost") and the nouns (« coût », « prix », "price"…). */
const COST_VERB = /^(?:cout(?:e|es|ent|ait|aient|era|eront|erait|eraient|er|ant)?|coute|coutee|coutes|coutees|costs?|costing)$/u;
const COST_NOUN = /^(?:couts?|prix|montants?|budgets?|factures?|costs?|prices?|bills?)$/u;
/** The preposition that opens what a cost noun is of (« coût de », "cost of"). */
const OF = /^(?:de|du|des|d|of)$/u;
/** Words that state the sum of a cost noun rather than name the thing (« le coût de X s'élève à », "the cost of X was estimated at"). */
const SUM_VERB = /^(?:s|se|elev\w*|estim\w*|evalu\w*|chiffr\w*|atteint\w*|atteign\w*|monte\w*|est|sont|etait|etaient|sera|seront|serait|a|ont|avait|is|was|were|will|would|has|had|be|been|estimated|put|reached|amount\w*|total\w*|stood|came|rose|fell)$/u;
/** How many words before the value a verb of cost may govern it from (as the governor of alignment.ts). */
const REACH = 4;

/**
 * The content words that name what a claim value is the cost of, when a cost word governs the value: the
 * subject before the verb (« La construction du nouveau pont a coûté 202 millions »: « pont »), or what follows
 * « coût de », "cost of" before the sum. A noun of process or part written first and followed by « de »/"of"
 * (« la construction du … », "the renovation of …") is left out when other words follow: it is shared by costs of
 * many things, and so are adjectives of age, size or order (« nouveau », "new"). What is kept is the thing's head
 * noun (first in French, last before a preposition in English) and the names written against it. `undefined` when
 * the value is no cost or the claim does not say of what.
 */
export function costThingOf(claimText: string, claim: Quantity, analysis: ClaimAnalysis): ClaimWord[] | undefined {
  if (claim.kind !== 'money') return undefined;
  const clause = clauseAround(claimText, claim.start, claim.end);
  const tokens = tokenize(claimText).filter((t) => t.start >= clause.start && t.end <= (claim.approxStart ?? claim.start) && (t.kind === 'word' || t.kind === 'elision'));
  // The verb governs the value from nearby (« a coûté 202 millions »); the noun may be further, before the verb
  // that gives its sum (« le coût de la rénovation du gymnase s'élève à 2 millions »).
  let costAt = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const norm = fold(tokens[i].text.toLowerCase());
    if ((i >= tokens.length - REACH && COST_VERB.test(norm)) || COST_NOUN.test(norm)) {
      costAt = i;
      break;
    }
  }
  if (costAt < 0) return undefined;
  const cost = tokens[costAt];
  const next = tokens[costAt + 1];
  const nounForm = next !== undefined && OF.test(fold(next.text.toLowerCase()).replace(/['’]$/u, ''));
  let from: number;
  let to: number;
  if (nounForm) {
    from = next.end;
    const sumVerb = tokens.slice(costAt + 2).find((t) => SUM_VERB.test(fold(t.text.toLowerCase()).replace(/['’]$/u, '')));
    to = sumVerb ? sumVerb.start : (claim.approxStart ?? claim.start);
  } else {
    from = clause.start;
    to = cost.start;
  }
  // Words of the long stop lists (« nouveau », "new") name no thing.
  const words = analysis.words.filter((w) => w.start >= from && w.end <= to && !w.isUnit && !isFunctionWord(w.norm));
  const followedByOf = (w: ClaimWord) => OF.test(fold(claimText.slice(w.end).trimStart().split(/[\s'’]/u)[0].toLowerCase()));
  if (words.length > 1 && followedByOf(words[0])) words.shift();
  const common = words.filter((w) => !w.isName && !QUALITY.has(w.norm));
  if (common.length === 0) return words.length > 0 ? words : undefined;
  // The head noun: first in French (« silo de la coopérative »), last before a preposition in English ("the new grain silo of the cooperative").
  let head = common[0];
  if (analysis.lang === 'en') {
    const chunk = common.filter((w) => !/\b(?:of|in|at|for|on|from|to|with|by|near)\s/iu.test(claimText.slice(common[0].start, w.start)));
    head = chunk[chunk.length - 1] ?? head;
  }
  // A name written against the head is the thing's own (« le pont Lasalle », "the Wembley stadium"); one after a
  // preposition is of someone else (« le silo de la coopérative de Treignac »).
  const against = (a: ClaimWord, b: ClaimWord) => a.end <= b.start && /^[\s-]*$/u.test(claimText.slice(a.end, b.start));
  return [head, ...words.filter((w) => w.isName && (against(head, w) || against(w, head)))];
}

/** Adjectives of age, size and order written before a noun (« le nouveau pont », "the old stadium"): they name no thing. */
const QUALITY = new Set([
  'nouveau', 'nouvel', 'nouvelle', 'nouveaux', 'nouvelles', 'ancien', 'ancienne', 'anciens', 'anciennes', 'grand', 'grande', 'grands', 'grandes',
  'petit', 'petite', 'petits', 'petites', 'premier', 'premiere', 'premiers', 'premieres', 'dernier', 'derniere', 'derniers', 'dernieres',
  'vieux', 'vieil', 'vieille', 'futur', 'future', 'futurs', 'futures', 'gros', 'grosse', 'seul', 'seule',
  'new', 'old', 'former', 'future', 'first', 'last', 'big', 'large', 'small', 'main', 'whole', 'entire', 'total',
]);

/**
 * Whether a passage may give the cost of the claim's thing (see {@link costThingOf}): some word of that thing
 * is among `terms` (the passage sentence's and its context's). True when the claim's value is no cost of a
 * named thing.
 */
export function costThingFound(thing: readonly ClaimWord[] | undefined, terms: (term: string) => boolean): boolean {
  if (!thing) return true;
  return thing.some((w) => w.terms.some(terms) || (w.parts.length > 1 && w.parts.every(terms)));
}
