import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { stem, isStopWord } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { appositionHead } from './appositionHead';
import { classPhraseStart } from './classPhrase';
import { spellsAcronymFrom } from '../text/acronyms';
import { sameThing, type FramePassage } from './frameSlot';
import { nameKey } from './frames';
import { isCalendarName } from './monthNames';
import { isRoleNoun } from './roles';

/**
 * Another name where the claim's name stands, told by the words on either side of it: the claim's name is followed
 * (or preceded) by the same words in the passage as another name is ("The Writers' Guild offered to act as
 * mediator" against "the Actors Guild have offered to act as mediators"; « Jean Dupont, le PDG du groupe laitier »
 * against « Paul Martin, le PDG du groupe Laitia »; "the Welsh 5th seed" against "the Scottish 5th seed"). The
 * prepositional slots of frames.ts cover a name after a predicate word and its preposition; this reads a name in
 * any position: subject, apposition, modifier of a noun phrase.
 *
 * The name's context is the {@link CONTEXT_WORDS} content words (no stop word) right after it, up to the end of
 * its clause, and those right before it; two names are aligned when at least {@link MIN_SHARED} stems of one side
 * of the claim's name are among the stems of the same side of the passage's name, the nearest one the same (or
 * when both sides share that many among their {@link WIDE_CONTEXT_WORDS} nearest, whatever the nearest). The caller's guards hold as for
 * the prepositional slot (frameSlot.ts): the passage states the rest of the claim, writes none of the claim's
 * name, and is tied to its story; the two names are not one thing written otherwise (`sameThing`). Only a passage
 * with one such aligned name is read, and only when no passage as well aligned gives another name.
 */

/** How many content words on each side of a name make its context. */
const CONTEXT_WORDS = 3;
/** How many make its context when both sides are compared, the nearest words not required the same. */
const WIDE_CONTEXT_WORDS = 5;
/** How many of them the two names' contexts must share, on one side. */
const MIN_SHARED = 2;
/** Two passages this close in coverage that give two different names: which one is right is not told (as in frameSlot.ts). */
const RIVAL_MARGIN = 0.1;

/** Forms of address before a name: not the name's own words. */
const HONORIFICS = new Set(['m', 'mr', 'mrs', 'ms', 'miss', 'dr', 'me', 'mme', 'mlle', 'sir', 'lord', 'lady', 'pr']);
/** Lowercase words inside a name phrase, between capitalised words (« Conseil d'État », "Bank of England"). */
const PARTICLES = new Set(['de', 'du', 'des', "d'", 'of']);
/** Marks that end a clause: a name's context does not run past them. */
const CLAUSE_END = /[.;:!?()«»"“”]/u;

/** A name phrase in a text, with its offsets. */
export interface AlignedName {
  start: number;
  end: number;
  text: string;
}

/** The claim's name, the passage's name aligned with it, and the passage. */
export interface AlignedNameConflict {
  claim: AlignedName;
  source: AlignedName;
  passage: FramePassage;
}

/** A capitalised word, or one with a capital second letter ("eBay", "iTunes"); not a run-on word of two ("selletteDes"). */
const isNameWord = (t: Token) => t.kind === 'word' && /^\p{Ll}?\p{Lu}/u.test(t.text);
/** Words that, right after a comma, open another clause: a name's context stops before them ("X, and a …", "X, he said"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'who', 'which', 'where', 'he', 'she', 'they', 'it', 'we', 'et', 'mais', 'ou', 'qui', 'que', 'ou', 'il', 'elle', 'ils', 'elles', 'on', 'alors']);

/** Token index ranges [first, last] of the name phrases of a text: capitalised words in a run, a particle between two of them. */
function nameRuns(text: string, tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  // Spaces, a hyphen, an apostrophe, or a possessive: "United's Tom Reed" is one name phrase.
  const joined = (a: Token, b: Token) => /^(?:[\s-]*|['’]\s*|['’]s\s+)$/u.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let last = i;
    for (;;) {
      const next = tokens[last + 1];
      if (next && isNameWord(next) && joined(tokens[last], next)) last++;
      else if (next && PARTICLES.has(next.norm) && tokens[last + 2] && isNameWord(tokens[last + 2]) && joined(tokens[last], next) && joined(next, tokens[last + 2])) last += 2;
      else break;
    }
    runs.push([i, last]);
    i = last;
  }
  return runs;
}

/** A name run less its leading function words and forms of address (« Le », "The", « M. »); undefined when nothing is left. */
function trimmed(tokens: readonly Token[], run: [number, number]): [number, number] | undefined {
  let first = run[0];
  while (first <= run[1] && (isFunctionWord(tokens[first].norm) || HONORIFICS.has(tokens[first].norm))) first++;
  return first <= run[1] ? [first, run[1]] : undefined;
}

/** The stems of the content words on one side of token span [first, last], nearest first, within its clause ({@link WIDE_CONTEXT_WORDS} at most). */
function contextOf(text: string, tokens: readonly Token[], first: number, last: number, side: 'before' | 'after', lang: Lang): string[] {
  const found: string[] = [];
  const step = side === 'after' ? 1 : -1;
  let prev = tokens[side === 'after' ? last : first];
  for (let i = (side === 'after' ? last : first) + step; i >= 0 && i < tokens.length && found.length < WIDE_CONTEXT_WORDS; i += step) {
    const t = tokens[i];
    const between = side === 'after' ? text.slice(prev.end, t.start) : text.slice(t.end, prev.start);
    if (CLAUSE_END.test(between)) break;
    if (side === 'after' && between.includes(',') && CLAUSE_OPENERS.has(t.norm)) break;
    prev = t;
    if (t.kind === 'symbol' || t.kind === 'elision' || isStopWord(t.norm, lang)) continue;
    found.push(t.kind === 'number' ? t.norm : stem(t.lower, lang));
  }
  return found;
}

/** Whether two contexts of one side share at least {@link MIN_SHARED} stems; `adjacent`: and start with the same word. */
function aligned(claim: readonly string[], source: readonly string[], adjacent: boolean): boolean {
  const [a, b] = adjacent ? [claim.slice(0, CONTEXT_WORDS), source.slice(0, CONTEXT_WORDS)] : [claim, source];
  return a.length >= MIN_SHARED && (!adjacent || a[0] === b[0]) && a.filter((s) => b.includes(s)).length >= MIN_SHARED;
}

/**
 * Whether a name run goes on, on one side, in lowercase words that may be its own: after it, a content word right
 * against it (« l'Agence européenne ») or a particle and a lowercase word (« l'Organisation de l'aviation civile »);
 * before it, a noun and a particle (« la cour d'appel de Paris »: the name is the noun's complement). Where the
 * name ends is then unsure, or the name is not the slot's filler; on the side its context aligns, it is neither.
 */
function openOn(text: string, tokens: readonly Token[], first: number, last: number, side: 'before' | 'after', lang: Lang): boolean {
  const i = side === 'after' ? last + 1 : first - 1;
  const t = tokens[i];
  if (!t || !/^\s+$/u.test(side === 'after' ? text.slice(tokens[last].end, t.start) : text.slice(t.end, tokens[first].start))) return false;
  if (side === 'after') {
    const next = tokens[i + 1];
    if (t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isStopWord(t.norm, lang)) return true;
    return PARTICLES.has(t.norm) && next !== undefined && (next.kind === 'elision' || /^\p{Ll}/u.test(next.text));
  }
  const noun = tokens[i - 1];
  return PARTICLES.has(t.norm) && noun !== undefined && /^\s+$/u.test(text.slice(noun.end, t.start)) && /^\p{Ll}/u.test(noun.text) && !isStopWord(noun.norm, lang);
}

/**
 * The side on which two names' contexts align, or undefined: one side's with the same nearest word, or both sides'
 * with other words between ("sent off for head-butting X" and "the sending off of Y for head-butting X", both after
 * "a match punctuated by fouls"). A name whose other side is open (see {@link openOn}) aligns on neither. Else
 * 'apposition' when both names stand in an apposition of the same head noun (« Son avocat, Me X » and « Me Y,
 * l'avocat de Z »: appositionHead.ts), which {@link alignedIn} reads only where the passage's article does not
 * write the claim's name.
 */
function alignedSide(claim: ContextedName, source: ContextedName): 'before' | 'after' | 'both' | 'apposition' | undefined {
  if (aligned(claim.after, source.after, false) && aligned(claim.before, source.before, false)) return 'both';
  const side = aligned(claim.after, source.after, true) ? 'after' : aligned(claim.before, source.before, true) ? 'before' : undefined;
  // The same head noun of an apposition, on either side of each name (appositionHead.ts).
  if (!side) return claim.head !== undefined && claim.head === source.head ? 'apposition' : undefined;
  const other = side === 'after' ? 'before' : 'after';
  return claim.open[other] || source.open[other] ? undefined : side;
}

/** A name with its context words on both sides and whether it is open on each (see {@link openOn}). */
interface ContextedName {
  name: AlignedName;
  before: string[];
  after: string[];
  open: { before: boolean; after: boolean };
  /** The stem of the head noun of the apposition the name stands in (appositionHead.ts). */
  head?: string;
}

/** {@link ContextedName} of the name at token span [first, last]. */
function contexted(text: string, tokens: readonly Token[], first: number, last: number, lang: Lang): ContextedName {
  // A class phrase before the name (« le groupe de formation Orvia », « l'île de Chypre ») is the name's: its context
  // is read before the phrase, and a place noun's « de » does not leave the name open (classPhrase.ts).
  const head = classPhraseStart(text, tokens, first);
  return {
    name: { start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end) },
    before: contextOf(text, tokens, head ?? first, last, 'before', lang),
    after: contextOf(text, tokens, first, last, 'after', lang),
    open: { before: head === undefined && openOn(text, tokens, first, last, 'before', lang), after: openOn(text, tokens, first, last, 'after', lang) },
    head: appositionHead(text, tokens[first].start, tokens[last].end, lang),
  };
}

/** Whether a text writes `name` as a whole name phrase, not as a part of a longer one. */
function writesAsName(text: string, name: string): boolean {
  const tokens = tokenize(text);
  return nameRuns(text, tokens).some((run) => {
    const span = trimmed(tokens, run);
    return span !== undefined && text.slice(tokens[span[0]].start, tokens[span[1]].end) === name;
  });
}

/** Whether a name is one word naming a month or a weekday. */
const calendar = (name: string) => isCalendarName(fold(name));

/**
 * The passage's name aligned with the claim's uncovered name (see the file's TSDoc), or undefined. `claimNames`:
 * the folded words of every name of the claim, which the passage's name may not write (it would be a name of the
 * claim's own, in another place).
 */
function alignedIn(passage: FramePassage, claim: ContextedName, claimNames: ReadonlySet<string>, kindOf: (name: string) => string | undefined): AlignedName | undefined {
  const text = passage.text;
  const tokens = tokenize(text);
  const hits: AlignedName[] = [];
  for (const run of nameRuns(text, tokens)) {
    const span = trimmed(tokens, run);
    if (!span) continue;
    const [first, last] = span;
    // A capitalised first word of a sentence may be any word, unless a name of several words; a title word is no name.
    if (first === last && (first === 0 || /[.!?]\s*$/u.test(text.slice(0, tokens[first].start)))) continue;
    if (first === last && isRoleNoun(tokens[first].norm)) continue;
    if (tokens.slice(first, last + 1).some((t) => claimNames.has(t.norm))) continue;
    const source = contexted(text, tokens, first, last, passage.lang);
    // A month or weekday is a time: it stands against another time only ("the March anniversary" is no meeting's place).
    if (calendar(claim.name.text) !== calendar(source.name.text)) continue;
    const side = alignedSide(claim, source);
    if (!side || sameThing(claim.name.text, source.name.text, kindOf)) continue;
    // Aligned by an apposition's head alone, the two names may be two holders of one title (two lawyers of a case):
    // the claim's name written anywhere in the passage's article is then the article's own.
    if (side === 'apposition' && (passage.article === undefined || fold(passage.article).includes(fold(claim.name.text)))) continue;
    hits.push(source.name);
  }
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The claim's name that the best aligned passage replaces, by the words around it, with another name (see the
 * file's TSDoc), or undefined. The claim's uncovered name words must all lie in one name phrase; the passages are
 * read as in {@link findFrameSlotConflict} (aligned, of the claim's language, tied to its story).
 * `kindOf` gives the corpus's kind of entity for a name (undefined when unknown).
 */
export function findAlignedNameConflict(claimText: string, claimLang: Lang, passages: readonly FramePassage[], kindOf: (name: string) => string | undefined): AlignedNameConflict | undefined {
  const tokens = tokenize(claimText);
  const runs = nameRuns(claimText, tokens).map((r) => trimmed(tokens, r)).filter((r): r is [number, number] => r !== undefined);
  const claimNames = new Set(runs.flatMap(([a, b]) => tokens.slice(a, b + 1)).filter((t) => !isFunctionWord(t.norm) && !HONORIFICS.has(t.norm)).map((t) => t.norm));
  const found: AlignedNameConflict[] = [];
  for (const passage of passages) {
    if (!passage.aligned || passage.lang !== claimLang || passage.uncovered.length === 0) continue;
    const run = runs.find(([a, b]) => passage.uncovered.every((u) => u.start >= tokens[a].start && u.end <= tokens[b].end));
    if (!run) continue;
    // The name in question is the run's uncovered stretch: the passage writes the words around it (« à Bercy Jean Dupont »).
    const first = tokens.findIndex((t, i) => i >= run[0] && passage.uncovered.some((u) => u.start < t.end && u.end > t.start));
    const last = tokens.findLastIndex((t, i) => i <= run[1] && passage.uncovered.some((u) => u.start < t.end && u.end > t.start));
    // The rest of the run is another name only if the passage writes it as a name of its own (« Bercy »); else it is
    // the same name's, which the passage writes in part (« Philippe » of « Philippe Vignes »): no name stands apart.
    const rest = [claimText.slice(tokens[run[0]].start, tokens[first].start), claimText.slice(tokens[last].end, tokens[run[1]].end)].map((r) => r.replace(/^[\s'’-]+|[\s'’-]+$/gu, '')).filter((r) => r !== '' && !isFunctionWord(fold(r)));
    if (rest.some((r) => !writesAsName(passage.text, r))) continue;
    const claim = contexted(claimText, tokens, first, last, claimLang);
    const name = claim.name;
    if (!(passage.tied || passage.named.some((n) => n.end <= name.start || n.start >= name.end))) continue;
    if (passage.text.toLowerCase().includes(nameKey(name.text))) continue;
    const source = alignedIn(passage, claim, claimNames, kindOf);
    // One name read short of its lowercase words (« le Journal du matin » for « le JDM »): the acronym spelled out.
    if (source && !spellsAcronymFrom(source.text, claimText, name.start) && !spellsAcronymFrom(name.text, passage.text, source.start)) found.push({ claim: name, source, passage });
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => b.passage.coverage - a.passage.coverage);
  const best = found[0];
  const rival = found.find((f) => (f.claim.start !== best.claim.start || nameKey(f.source.text) !== nameKey(best.source.text)) && f.passage.coverage >= best.passage.coverage - RIVAL_MARGIN);
  return rival ? undefined : best;
}

/** A French word that elides « de » before it: a vowel first (an h may or may not: left as written). */
const ELIDING = /^[aeiouyàâäéèêëîïôöùûü]/iu;

/**
 * The fix of an aligned-name conflict: the passage's name over the claim's, with the French preposition before it
 * elided or not as the new name needs (« de Saint-Malo » → « d'Auray », « d'Auray » → « de Saint-Malo »). Offsets
 * are in the claim; `sourceText` is what the passage writes, `sourceName` what the fix writes.
 */
export function alignedFix(claimText: string, conflict: AlignedNameConflict, lang: Lang): { claimStart: number; claimEnd: number; sourceText: string; sourceName: string } {
  const source = conflict.source.text;
  const plain = { claimStart: conflict.claim.start, claimEnd: conflict.claim.end, sourceText: source, sourceName: source };
  if (lang !== 'fr') return plain;
  const before = claimText.slice(0, conflict.claim.start);
  const full = /(?:^|[\s(])(de\s+)$/u.exec(before);
  if (full && ELIDING.test(source)) return { ...plain, claimStart: conflict.claim.start - full[1].length, sourceName: `d'${source}` };
  const elided = /(?:^|[\s(])(d['’])$/u.exec(before);
  if (elided && !ELIDING.test(source) && !/^h/iu.test(source)) return { ...plain, claimStart: conflict.claim.start - elided[1].length, sourceName: `de ${source}` };
  return plain;
}
