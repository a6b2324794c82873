import { fold } from '../text/normalize';

/**
 * Polarity: which statements say no. What `isNegated` (analyzeClaim.ts) and the antonym lexicon (lexicon.ts) read,
 * put together so that one "no" is counted once.
 */

/**
 * French stems of the opposite words that the negation reading already reads as a no when they govern a verb
 * (« refuser de payer », « renoncer à »: see `refusalFr` in analyzeClaim.ts). An antonym of the claim's word
 * among them (« refuser » for « accepter ») must not flip the passage a second time.
 */
const REFUSAL_STEMS: ReadonlySet<string> = new Set(['refus', 'renonc']);

/** Whether an opposite word found in a passage (a French stem) is a refusal, read as a negation already where it governs a verb. */
export function isRefusal(frenchStem: string): boolean {
  return REFUSAL_STEMS.has(frenchStem);
}

/**
 * Whether a passage that says the opposite of the claim by its words (`antonym`: an opposite word found; `refusalOnly`:
 * every opposite word found is a refusal) and whose stating clause is `negated` says the claim the other way:
 * « Leetchi a indiqué refuser de payer » against « Leetchi a accepté de payer » is one no (the refusal), not two
 * that cancel out.
 */
export function passageFlipped(negated: boolean, antonym: boolean, refusalOnly: boolean): boolean {
  if (antonym && refusalOnly && negated) return true;
  return negated !== antonym;
}

/** A dash set off by spaces: the press's mark around an aside ("Mr K - who has been in jail for a year - pleaded"). */
const ASIDE_DASH = /\s[-–—]\s/gu;

/**
 * The span between the two spaced dashes around [start, end) in `text` (an aside: "Mr K - who has been in jail for
 * more than a year - pleaded not guilty"), or undefined when [start, end) is not inside one. A negation outside an
 * aside is not the aside's ("pleaded not guilty" says nothing of the year in jail).
 */
export function asideAround(text: string, start: number, end: number): { start: number; end: number } | undefined {
  let open: number | undefined;
  for (const match of text.matchAll(ASIDE_DASH)) {
    const dashEnd = match.index + match[0].length;
    if (dashEnd <= start) open = dashEnd;
    else if (match.index >= end) return open === undefined ? undefined : { start: open, end: match.index };
    else return undefined;
  }
  return undefined;
}

/**
 * Phrases that say the person named after them opposed what the clause tells: "against the wishes of", "over the
 * objections of", "despite the opposition of", « contre l'avis de », « contre la volonté de », « malgré
 * l'opposition de ». Group 1 is the text after the phrase, where the person is named.
 */
const OPPOSED_BY =
  /(?:\bagainst\s+the\s+(?:wishes|will|advice|wish)\s+of|\bover\s+the\s+objections?\s+of|\bdespite\s+(?:the\s+)?(?:opposition|objections?)\s+(?:of|from)|(?<!\p{L})contre\s+(?:l['’]avis|la\s+volonté|le\s+gré|les\s+souhaits?)\s+(?:de|du|des|d['’])|(?<!\p{L})malgré\s+l['’]opposition\s+(?:de|du|des|d['’]))\s*([^.;:]{0,80})/iu;

/** Verbs of support and wish, folded (their opposite is "against the wishes of"): supported, backed, wanted, « a soutenu », « souhaitait ». */
const SUPPORT_WORD = /^(?:support|back(?:ed|s|ing)?$|favou?r|endors|want|wish|approv|soutien|soutenu|soutenir|soutenai|souhait|voul|approuv|favorabl|appuy)/;

/** Whether a folded word of a claim says that its subject supported or wanted something. */
export function isSupportWord(norm: string): boolean {
  return SUPPORT_WORD.test(norm);
}

/**
 * Whether `passage` says that a person among `names` (folded name words of the claim) opposed what it tells:
 * "were voted out, against the wishes of chief executive David Gill" against "David Gill supported the removal".
 */
export function opposedBy(passage: string, names: readonly string[]): boolean {
  const match = OPPOSED_BY.exec(passage);
  if (!match || names.length === 0) return false;
  const after = fold(match[1]);
  return names.some((name) => new RegExp(`(?:^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(after));
}

/**
 * Comparatives and the way they go, folded: a dimension and a sign. "cheaper" and "dearer" are one dimension the two
 * ways, as « moins cher » and « plus cher » are; "more X" and "less X" (« plus X », « moins X ») go the two ways of X.
 */
const COMPARATIVE_WORDS: ReadonlyMap<string, readonly [string, 1 | -1]> = new Map(
  (
    [
      ['cost', 1, 'dearer costlier pricier'],
      ['cost', -1, 'cheaper'],
      ['level', 1, 'higher'],
      ['level', -1, 'lower'],
      ['size', 1, 'larger bigger greater'],
      ['size', -1, 'smaller lesser'],
      ['speed', 1, 'faster quicker'],
      ['speed', -1, 'slower'],
      ['length', 1, 'longer'],
      ['length', -1, 'shorter'],
      ['age', 1, 'older'],
      ['age', -1, 'younger'],
      ['strength', 1, 'stronger'],
      ['strength', -1, 'weaker'],
      ['wealth', 1, 'richer'],
      ['wealth', -1, 'poorer'],
      ['weight', 1, 'heavier'],
      ['weight', -1, 'lighter'],
      ['level', 1, 'superieur superieure superieurs superieures'],
      ['level', -1, 'inferieur inferieure inferieurs inferieures'],
    ] as const
  ).flatMap(([dimension, sign, words]) => words.split(' ').map((w): [string, readonly [string, 1 | -1]] => [w, [dimension, sign]])),
);
/** Adjectives that "more"/"less" (« plus »/« moins ») may go with that name the same dimension as a comparative word above. */
const COMPARATIVE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['expensive', 'cost'], ['costly', 'cost'], ['cher', 'cost'], ['chere', 'cost'], ['chers', 'cost'], ['cheres', 'cost'], ['couteux', 'cost'], ['couteuse', 'cost'],
]);
const MORE_LESS_AFTER = /^\s*(more|less|plus|moins)\s+([\p{L}-]+)/u;
const WORD_AFTER = /^\s*([\p{L}-]+)/u;

/**
 * The comparative right after a value ("50% cheaper", "50% more expensive", « 30 % moins cher », "10% higher"):
 * its dimension and sign; undefined when none follows the value.
 */
export function comparativeAfter(text: string, end: number): { dimension: string; sign: 1 | -1 } | undefined {
  const after = fold(text.slice(end, end + 40));
  const moreLess = MORE_LESS_AFTER.exec(after);
  if (moreLess) {
    const word = moreLess[2];
    const sign = moreLess[1] === 'more' || moreLess[1] === 'plus' ? 1 : -1;
    const known = COMPARATIVE_ADJECTIVES.get(word);
    // « 30 % plus de gaz », "more than": no adjective, no comparative.
    if (known) return { dimension: known, sign };
    if (word.length < 4 || ['than', 'que', 'qu', 'de', 'des', 'du', 'd', 'of', 'the', 'les'].includes(word)) return undefined;
    return { dimension: word, sign };
  }
  const word = WORD_AFTER.exec(after)?.[1];
  const known = word !== undefined ? COMPARATIVE_WORDS.get(word) : undefined;
  return known ? { dimension: known[0], sign: known[1] } : undefined;
}

/** Whether two values are compared the opposite ways on one dimension ("50% dearer" and "50% cheaper", « plus cher » and « moins cher »). */
export function oppositeComparatives(claimText: string, claimEnd: number, sourceText: string, sourceEnd: number): boolean {
  const claim = comparativeAfter(claimText, claimEnd);
  const source = claim && comparativeAfter(sourceText, sourceEnd);
  return claim !== undefined && source !== undefined && claim.dimension === source.dimension && claim.sign !== source.sign;
}

/** An opening quote mark right after a word: the quotation goes on with the clause (« les analyses "n'ont rien montré" »). */
const INLINE_QUOTE = /(?<=[\p{L}\p{N}'’]\s+)["“«]\s*([^"“”«»]{1,200}?)\s*["”»]/gu;

/**
 * `text` with the quote marks of a quotation that continues its clause turned into spaces (same length, offsets
 * hold): the press quotes a predicate within its sentence (« les analyses de sang réalisées une semaine après
 * "n'ont rien montré d'anormal" »), and its negation is the clause's. A quotation after a colon or a comma is left
 * alone: it is a statement of its own.
 */
export function withInlineQuotesJoined(text: string): string {
  return text.replace(INLINE_QUOTE, (match) => match.replace(/["“”«»]/gu, ' '));
}

/** A negation word written with a capital and then lowercase, after a word or a comma (so not a sentence's first word). */
const CAPITALISED_NEGATION = /(?<=[\p{L}\p{N},'’]\s+)(?:Not|Never|Neither|Nor|No|Cannot|Nothing|Ne|Ni|N['’]|Pas|Jamais|Plus|Rien|Aucun|Aucune)(?![\p{L}])/gu;

/**
 * `text` with the negation words that are part of a name blanked out (same length, so offsets hold): a negation
 * word written with a capital inside a sentence belongs to the title of a song, a book or a film ("Grief Never Grows
 * Old was written by Mike Read", "It's Now or Never slipped 13 places", « Ne Me Quitte Pas ») or to a name ("the No
 * campaign"), and says no about nothing. A sentence's first word ("Never before had …"), a negation in lowercase and
 * one written in capitals for emphasis ("did NOT") are read as before.
 */
export function withoutTitleNegations(text: string): string {
  return text.replace(CAPITALISED_NEGATION, (word) => ' '.repeat(word.length)).replace(QUOTED_NAME_NEGATION, (word) => ' '.repeat(word.length));
}

/**
 * A capitalised negation word that opens a short quotation inside a clause: after a word, and closed before the
 * clause goes on with a word (« le mouvement « Ni putes ni soumises » a été fondé », 'the "Not In My Name" march
 * drew'): the quoted name's first word. Quoted speech ends its clause or is set off by punctuation (« a-t-il lancé
 * « Ne comptez pas sur moi ». », 'he said: "Not now"'), and keeps its negation.
 */
const QUOTED_NAME_NEGATION = /(?<=[\p{L}\p{N}]\s+["«“]\s*)(?:Not|Never|Neither|Nor|No|Ne|Ni|N['’]|Pas|Jamais|Rien|Aucun|Aucune)(?![\p{L}])(?=[^"“”«»\n.;:!?]{0,60}["”»]\s+\p{L})/gu;
