import { fold } from '../text/normalize';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { englishFor, frenchFor } from './lexicon';
import { isRoleNoun, type RoleMention } from './roles';
import { SUBORDINATE } from './subordinateTitle';

/**
 * A title written each language's way: an English claim's "minister", "director", "prosecutor" and a French
 * source's « ministre », « directrice », « procureure » name one role, not two. Role heads are compared by their
 * stems in one language (roles.ts), so across languages the same title would read as another role and its
 * source's word as the fix ("minister" → « ministre »). Here a pair of heads is one title when the glossary
 * translates one into the other (lexicon.ts), or when they are written alike and one is a role noun (cognates: "senator",
 * « sénatrice »; "secretary", « secrétaire »).
 */

/** French feminine endings of titles and their masculine (« directrice » → « directeur », « conseillère » → « conseiller »). */
const FEMININE_ENDINGS: [RegExp, string][] = [
  [/trice$/, 'teur'],
  [/euse$/, 'eur'],
  [/ere$/, 'er'],
  [/ete$/, 'et'],
  [/e$/, ''],
];

/**
 * Shortest common start of an English and a French role noun written alike, folded (« senat » of "senator" and
 * « senatrice »): five letters, as the shortest title pairs of the two languages share no more ("mayor", « maire »
 * are in the glossary).
 */
const cognatePrefix = 5;

/** The folded words of a role head, its rank and words of time left out (compared by {@link RoleMention.head.rank}). */
function headWords(m: RoleMention): string[] {
  const rank = m.head.rank ? fold(m.head.rank.toLowerCase()) : undefined;
  return tokenize(m.head.text)
    .filter((t) => t.kind === 'word')
    .map((t) => fold(t.lower).replace(/^ex-/, ''))
    .filter((w) => w !== rank);
}

/** The French stems a French title word may be read by: its own, and its masculine's. */
function frenchStems(word: string): string[] {
  const forms = new Set([word]);
  for (const [ending, masculine] of FEMININE_ENDINGS) if (ending.test(word)) forms.add(word.replace(ending, masculine));
  return [...forms].map((f) => stem(f, 'fr'));
}

/** Whether an English title word and a French one name the same role (see the module's comment). */
export function sameTitleWord(english: string, french: string): boolean {
  const en = fold(english.toLowerCase());
  const fr = fold(french.toLowerCase());
  const enKeys = new Set([stem(en, 'en'), en]);
  const frKeys = frenchStems(fr);
  const translated = [...frenchFor(stem(en, 'en')), ...frenchFor(en)];
  if (frKeys.some((k) => translated.includes(k) || englishFor(k).some((e) => enKeys.has(e)))) return true;
  let common = 0;
  while (common < Math.min(en.length, fr.length) && en[common] === fr[common]) common++;
  return common >= cognatePrefix && (isRoleNoun(en) || isRoleNoun(fr));
}

/**
 * Whether two role mentions of texts in two languages have one head (see {@link sameTitleWord}): the same rank or
 * none, and each word of one head the other language's spelling of a word of the other. False for two texts of
 * one language (roles.ts's `sameHead` compares those).
 */
export function sameHeadAcrossLanguages(a: RoleMention, aLang: Lang, b: RoleMention, bLang: Lang): boolean {
  if (aLang === bLang) return false;
  if (fold((a.head.rank ?? '').toLowerCase()) !== fold((b.head.rank ?? '').toLowerCase())) return false;
  const [en, fr] = aLang === 'en' ? [headWords(a), headWords(b)] : [headWords(b), headWords(a)];
  if (en.length === 0 || fr.length === 0) return false;
  return en.every((e) => fr.some((f) => sameTitleWord(e, f))) && fr.every((f) => en.some((e) => sameTitleWord(e, f)));
}


/**
 * Whether one role head is the other written more fully, in one language or two ("prosecutor" and "chief
 * prosecutor", « directeur » and « directeur général », "director" and « directrice générale »): every word of the
 * shorter head is a word of the longer (the same stem, or {@link sameTitleWord} across languages), and the longer's
 * other words make no lower office ({@link SUBORDINATE}) nor another rank. The shorter title says less, not
 * another thing: no conflict (at most, the claim's fuller title is unsupported).
 */
export function sameTitleWrittenMoreFully(a: RoleMention, aLang: Lang, b: RoleMention, bLang: Lang): boolean {
  if (fold((a.head.rank ?? '').toLowerCase()) !== fold((b.head.rank ?? '').toLowerCase())) return false;
  const x = headWords(a);
  const y = headWords(b);
  if (x.length === 0 || y.length === 0 || x.length === y.length) return false;
  const [short, shortLang, long, longLang] = x.length < y.length ? [x, aLang, y, bLang] : [y, bLang, x, aLang];
  const same = (s: string, l: string) => (shortLang === longLang ? stem(s, shortLang) === stem(l, longLang) : shortLang === 'en' ? sameTitleWord(s, l) : sameTitleWord(l, s));
  if (!short.every((s) => long.some((l) => same(s, l)))) return false;
  return long.filter((l) => !short.some((s) => same(s, l))).every((l) => !SUBORDINATE.has(l));
}
