import { fold } from './normalize';

/**
 * Acronyms and the names they stand for: news text writes a body's name in full once and its acronym after, often
 * without putting the acronym in brackets ("The International Monetary Fund is to cut …", then "The IMF will …").
 */

/** Words skipped in a name's initials (« Autorité de sûreté nucléaire » → ASN, "Bank of England" → BoE). */
const SKIPPED = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'and', 'et', 'for', 'pour', 'a', 'an', 'un', 'une', 'on', 'in', 'en', 'à', 'a', 'au', 'aux', '&']);

/**
 * Whether `acronym` (two to six letters, all capitals but for linking letters: "IMF", "BoE") is written by the
 * initials of `name`'s words, linking words and articles skipped, in order and all of them ("International Monetary
 * Fund", « Autorité de sûreté nucléaire »), or, all in capitals, by the initials of every word of a name of at most six
 * (« JDD » for « Journal du Dimanche »). A name of one word is no expansion; the comparison ignores case and accents.
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.trim();
  if (!/^\p{Lu}[\p{L}]{1,5}$/u.test(letters) || (letters.match(/\p{Lu}/gu) ?? []).length < 2) return false;
  const all = name.trim().split(/[\s'’-]+/u).filter(Boolean);
  const words = all.filter((w) => !SKIPPED.has(fold(w.toLowerCase())));
  if (words.length < 2) return false;
  const capitals = fold(letters.replace(/\p{Ll}/gu, '').toLowerCase());
  const initials = (ws: readonly string[]) => fold(ws.map((w) => w[0]).join('').toLowerCase());
  // Linking letters written in lowercase ("BoE") are skipped words' initials: the capitals are the content words'.
  // An acronym all in capitals may count a linking word's too (« JDD », le Journal du Dimanche; « BDF », la Banque de France).
  return initials(words) === capitals || (/^\p{Lu}+$/u.test(letters) && all.length <= 6 && initials(all) === capitals);
}

/**
 * Whether the words from `start` on spell out `acronym` in capitals (three letters or more): a run of two to six of
 * them, opening on a capitalised word, that {@link isAcronymOf} reads as its expansion (« Journal du Dimanche » in
 * « une enquête du Journal du Dimanche, … » for « JDD »). `words`: the text's words as written, in order.
 */
export function spellsAcronymAt(acronym: string, words: readonly string[], start: number): boolean {
  if (!/^\p{Lu}{3,6}$/u.test(acronym) || !/^\p{Lu}/u.test(words[start] ?? '')) return false;
  for (let end = start + 2; end <= Math.min(words.length, start + 6); end++) if (isAcronymOf(acronym, words.slice(start, end).join(' '))) return true;
  return false;
}

/** The words of `text` as written, the punctuation around each left out (« (CNPA), » → « CNPA »). */
function wordsOf(text: string): string[] {
  return text.split(/\s+/u).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
}

/** The longest run of words {@link spelledOutIn} reads as an acronym's expansion, linking words included (« Commission nationale du patrimoine et de l'architecture »: seven). */
const LONGEST_EXPANSION = 10;

/**
 * Whether `text` spells out `acronym` (three capitals or more: "CNPA", "ERF"; two capitals name too many people) as a run of its words that opens on a capitalised word and whose
 * initials {@link isAcronymOf} reads as the acronym, the run's inner words in any case (« la Commission nationale du
 * patrimoine et de l'architecture » for « la CNPA »): news text names a body in full once and by its acronym after,
 * and its full name is often not capitalised word by word in French. Runs of up to {@link LONGEST_EXPANSION} words.
 */
export function spelledOutIn(acronym: string, text: string): boolean {
  if (!/^\p{Lu}[\p{L}]{2,5}$/u.test(acronym) || (acronym.match(/\p{Lu}/gu) ?? []).length < 3) return false;
  const words = wordsOf(text);
  for (let start = 0; start < words.length; start++) {
    const first = words[start].split(/['’]/u).pop() ?? '';
    if (!/^\p{Lu}/u.test(first)) continue;
    for (let end = start + 2; end <= Math.min(words.length, start + LONGEST_EXPANSION); end++) if (isAcronymOf(acronym, [first, ...words.slice(start + 1, end)].join(' '))) return true;
  }
  return false;
}

/** Whether one of two names is the other's acronym (see {@link isAcronymOf}). */
export function acronymPair(a: string, b: string): boolean {
  return isAcronymOf(a, b) || isAcronymOf(b, a);
}

/**
 * Whether a passage writes the claim's acronym as the claim does, all in capitals ("NOS", "SUD", "LES"): an acronym
 * that spells a stop word of the passage's language (« nos », « sud »… are dropped from its retrieval terms) is
 * still named there. `names`: the passage's capitalised words, folded form to text as written (PassageView.names).
 * Only an acronym of two letters or more, in capitals in both: « Nos » opening a sentence is the French "our".
 */
export function acronymWritten(text: string, norm: string, names: ReadonlyMap<string, string>): boolean {
  return text.length >= 2 && /^\p{Lu}+$/u.test(text) && names.get(norm) === text;
}

/** Two capitalised names joined by an ampersand ("Bradford & Bingley", "Marks & Spencer"): each side one to three words. */
const AMPERSAND_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s*&\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?![\p{L}])/gu;

/**
 * The acronym a name joined by an ampersand is written as, its sides' initials around the ampersand ("Bradford &
 * Bingley" → "B&B", "Marks & Spencer" → "M&S", "Procter & Gamble" → "P&G"), for each such name of `text` that holds
 * [start, end), with the name as written. Business news writes the full name once and the short form after.
 */
export function ampersandAcronymsAt(text: string, start: number, end: number): { acronym: string; name: string }[] {
  const result: { acronym: string; name: string }[] = [];
  for (const match of text.matchAll(AMPERSAND_NAME)) {
    if (match.index > start || match.index + match[0].length < end) continue;
    const initials = (side: string) => side.split(/\s+/u).map((w) => w[0]).join('');
    result.push({ acronym: `${initials(match[1])}&${initials(match[2])}`, name: match[0] });
  }
  return result;
}

/** Whether `text` writes `acronym` ("B&B") as a token of its own, not inside a longer one ("AB&BC"). */
export function writesAcronym(text: string, acronym: string): boolean {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}&])${escaped}(?![\\p{L}\\p{N}&])`, 'u').test(text);
}

/** A run of capitalised words, linking words and articles between them (« Autorité de sûreté nucléaire » aside: its inner words are lowercase). */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|de|du|des|la|le|et|pour|d['’])\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * Whether `text` writes the name an acronym stands for in full, as a run of capitalised words whose initials are the
 * acronym's ({@link isAcronymOf}: "the Football Association" for "FA", "the International Monetary Fund" for
 * "IMF"). A passage that does names the acronym's body: news text writes the name in full where a draft writes it
 * short. Only an acronym as {@link isAcronymOf} reads one, and only a whole run (not "Frank Abbott Smith" for "FA").
 */
export function acronymExpandedIn(acronym: string, text: string): boolean {
  if (!/^\p{Lu}[\p{L}]{1,5}$/u.test(acronym)) return false;
  for (const match of text.matchAll(CAPITALISED_RUN)) if (isAcronymOf(acronym, match[0])) return true;
  return false;
}

/** Articles and linking words that may open a name as written in a sentence (« le », « de la », "of the"). */
const OPENING_LINKS = /^(?:(?:of|the|de|du|des|d['’]|le|la|les|l['’])\s*)+/iu;

/**
 * Whether two names as written (articles and linking words before them allowed: "the IFRA", "of the International
 * Federation of Radio Amateurs", « le JDM ») are one body, one the other's acronym ({@link acronymPair}).
 * A name and its acronym are the same name to any comparison of names, roles or slots.
 */
export function sameByAcronym(a: string, b: string): boolean {
  const bare = (name: string) => name.trim().replace(OPENING_LINKS, '').replace(/[\s.,;:!?…]+$/u, '');
  return acronymPair(bare(a), bare(b));
}

/**
 * Whether the words of `text` from offset `start` on spell out `acronym` (see {@link spellsAcronymAt}): a name read
 * as one capitalised word (« Journal ») may open its expansion, its inner words lowercase (« Journal du matin »
 * for « JDM »). `start`: a character offset in `text`, at the name's first letter.
 */
export function spellsAcronymFrom(acronym: string, text: string, start: number): boolean {
  return spellsAcronymAt(acronym.trim(), wordsOf(text.slice(start)), 0);
}
