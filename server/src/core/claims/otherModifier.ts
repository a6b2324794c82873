import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { isStopWord, stem } from '../text/stem';
import { isNumberWord } from '../text/numberWords';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { isRoleNoun } from './roles';

/**
 * Another modifier of the same noun: a claim that writes a noun with a word that tells which one ("her left
 * shoulder", "assistant coach", "fly-half", « la police scientifique ») is not supported by passages that never
 * write that word while one of them writes the same noun with another word in its place ("her right shoulder",
 * "head coach", "scrum-half", « la police judiciaire »). The rest of the claim being stated, the part that tells
 * the claim's fact from its neighbours is not: the claim is unsure (unsupported), never contradicted on that
 * ground alone, since the two words need not exclude each other.
 *
 * English puts the modifier before its noun (and joins compounds with a hyphen: "fly-half"), French after it
 * (« épaule gauche »). Only lowercase words count, a name before a noun being checked by the name rules; but for
 * a capitalised title before a name ("Economy Minister X"), and for two slots a preposition names: a means after
 * « par », "by", "via" (« par téléphone », « par SMS ») and a complement after "with", « avec », anchored by the
 * word before it ("out of the campaign with a hamstring injury").
 */

/** A modifier and the noun it modifies, as two adjacent words of a text. */
export interface ModifiedNoun {
  /** The modifier's offsets and its folded stem. */
  modifier: { start: number; end: number; text: string; stem: string };
  /** The noun's folded stem; for a slot a preposition names, `par:` or `with:` and the anchor's stem. */
  noun: string;
  /** For a title before a name ("Economy Minister Julio Vega"), the name's first word, folded. */
  name?: string;
}

/**
 * Modifiers that do not tell one thing of a kind from another: time (« ancien », "former", "new"), degree
 * ("very", « très »), focus ("only", « seul »). Folded.
 */
const NOT_DISTINGUISHING = new Set(
  `former ex new then current late future previous recent latest very most more less much also only just still even already again
  ever never now once so too quite rather really such own other another same certain several many few some all each every both
  ancien ancienne anciens anciennes nouveau nouvel nouvelle nouveaux nouvelles actuel actuelle actuels actuelles futur future
  tres plus moins aussi deja encore seulement seul seule seuls seules meme memes autre autres tout toute tous toutes certain certaine
  plusieurs chaque`
    .split(/\s+/)
    .filter(Boolean),
);

interface Part {
  text: string;
  norm: string;
  start: number;
  end: number;
  /** Joined to the part before by a hyphen (inside one written word). */
  hyphened: boolean;
}

/** Words of a text, hyphenated words split into their parts (English compounds: "fly-half"). */
function partsOf(text: string, lang: Lang): Part[] {
  const parts: Part[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') {
      parts.push({ text: token.text, norm: token.norm, start: token.start, end: token.end, hyphened: false });
      continue;
    }
    if (lang !== 'en' || !/[-\u2010\u2011]/.test(token.text)) {
      parts.push({ text: token.text, norm: token.norm, start: token.start, end: token.end, hyphened: false });
      continue;
    }
    let offset = token.start;
    token.text.split(/([-\u2010\u2011])/).forEach((piece, i) => {
      if (i % 2 === 0 && piece) parts.push({ text: piece, norm: fold(piece), start: offset, end: offset + piece.length, hyphened: i > 0 });
      offset += piece.length;
    });
  }
  return parts;
}

const isPlainWord = (p: Part | undefined, lang: Lang): p is Part =>
  p !== undefined &&
  /^\p{Ll}[\p{Ll}\p{M}]+$/u.test(p.text) &&
  !isStopWord(p.norm, lang) &&
  !NOT_DISTINGUISHING.has(p.norm) &&
  // Adverbs ("recently appointed", « récemment nommé ») qualify a verb, not the noun.
  !(lang === 'en' ? /...ly$/ : /...ment$/).test(p.norm);

/** Determiners and possessives that open a noun phrase. Folded. */
const DETERMINERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set('a an the his her its their our my your this that these those'.split(' ')),
  fr: new Set("le la les l' un une des du au aux sa son ses leur leurs ce cet cette ces notre nos votre vos".split(' ')),
};

/**
 * Whether the part at `i` opens a noun phrase: after a determiner or a possessive (« la », "her", "Wales's"), a
 * name ("Wales assistant coach"), or a comma or the start of the text (an apposition: « , banlieue nord de … »).
 */
function opensNounPhrase(parts: readonly Part[], text: string, i: number, lang: Lang): boolean {
  const before = parts[i - 1];
  const gap = text.slice(before ? before.end : 0, parts[i].start);
  if (!before) return /^[\s"“«(]*$/.test(gap);
  if (/[,;:(«"“]/.test(gap)) return true;
  if (!/^\s+$/.test(gap)) return false;
  if (DETERMINERS[lang].has(before.norm.replace(/[’]/g, "'"))) return true;
  if (lang === 'en' && /['’]s?$/.test(before.text)) return true;
  // A name right before a title and the name it gives ("Wales assistant coach Scott Johnson"): not a subject and
  // its verb ("Baikal passed control").
  const after = parts[i + 2];
  return lang === 'en' && /^\p{Lu}/u.test(before.text) && !isStopWord(before.norm, lang) && after !== undefined && /^\p{Lu}/u.test(after.text) && /^\s+$/.test(text.slice(parts[i + 1].end, after.start));
}

/**
 * The modifier–noun pairs of a text that open a noun phrase (see {@link opensNounPhrase}): in English a
 * lowercase word and the noun right after it ("her left shoulder", "Wales fly-half"), in French a noun and the
 * lowercase word right after it (« la banlieue sud »). Both words are plain: no stop word, no name, no number,
 * no adverb, no word of time or degree ({@link NOT_DISTINGUISHING}).
 */
export function modifiedNouns(text: string, lang: Lang): ModifiedNoun[] {
  const parts = partsOf(text, lang);
  const pairs: ModifiedNoun[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i];
    const b = parts[i + 1];
    // Number words count, not modify (« les deux dernières piles »); a compound's part is no number ("fly-half").
    if (!isPlainWord(a, lang) || !isPlainWord(b, lang) || isNumberWord(a.norm, lang) || (isNumberWord(b.norm, lang) && !b.hyphened)) continue;
    // Adjacent: only spaces between, or the hyphen of a compound.
    if (!b.hyphened && !/^\s+$/.test(text.slice(a.end, b.start))) continue;
    // The noun ends its phrase in English (no noun after it: "the tax credit" is no "tax" modified by "credit").
    if (lang === 'en' && isPlainWord(parts[i + 2], lang) && !isFunctionWord(parts[i + 2].norm) && /^[\s-]+$/.test(text.slice(b.end, parts[i + 2].start))) continue;
    if (!opensNounPhrase(parts, text, i, lang)) continue;
    // A French noun is no function word (« , puis interpellé »); an English one is no verb after its subject ("its revenue rose").
    if (lang === 'fr' && isFunctionWord(a.norm)) continue;
    if (lang === 'en' && !b.hyphened && looksLikeVerb(b.norm)) continue;
    const [modifier, noun] = lang === 'en' ? [a, b] : [b, a];
    pairs.push({ modifier: { start: modifier.start, end: modifier.end, text: modifier.text, stem: stem(modifier.text.toLowerCase(), lang) }, noun: stem(noun.text.toLowerCase(), lang) });
  }
  if (lang === 'en') pairs.push(...titlesBeforeNames(parts, text));
  pairs.push(...meansOf(parts, text, lang), ...accompanimentsOf(parts, text, lang));
  return pairs;
}

/** Prepositions of accompaniment or cause (« avec », "with"). Folded. */
const WITH = new Set(['with', 'avec']);

/**
 * What a text writes after "with" or « avec », where the word before the preposition anchors it ("ruled out of the
 * campaign with a hamstring injury" and "… of the campaign with a broken thumb"): the first plain word after the
 * preposition (past a determiner) is the modifier of a slot named by the preposition and the word before it.
 */
function accompanimentsOf(parts: readonly Part[], text: string, lang: Lang): ModifiedNoun[] {
  const pairs: ModifiedNoun[] = [];
  for (let i = 1; i + 1 < parts.length; i++) {
    const [anchor, p] = [parts[i - 1], parts[i]];
    if (!WITH.has(p.norm) || !isPlainWord(anchor, lang) || !/^\s+$/.test(text.slice(anchor.end, p.start))) continue;
    let j = i + 1;
    if (parts[j] && DETERMINERS[lang].has(parts[j].norm.replace(/[’]/g, "'")) && /^\s+$/.test(text.slice(p.end, parts[j].start))) j++;
    const n = parts[j];
    if (!isPlainWord(n, lang) || isNumberWord(n.norm, lang) || isFunctionWord(n.norm) || !/^\s+$/.test(text.slice(parts[j - 1].end, n.start))) continue;
    pairs.push({ modifier: { start: n.start, end: n.end, text: n.text, stem: stem(n.text.toLowerCase(), lang) }, noun: `${p.norm}:${stem(anchor.text.toLowerCase(), lang)}` });
  }
  return pairs;
}

/** Prepositions of means before a bare noun (« par téléphone », "by phone", "via email"). Folded. */
const MEANS = new Set(['par', 'by', 'via']);

/**
 * The means a text writes with a bare noun after « par », "by" or "via" (« confirmé par SMS », "told by phone"):
 * the preposition stands as the noun and the bare noun as its modifier, so that « par téléphone » and « par SMS »
 * are two modifiers of one slot. A determiner after the preposition makes it an agent (« par la police »), not a means.
 */
function meansOf(parts: readonly Part[], text: string, lang: Lang): ModifiedNoun[] {
  const pairs: ModifiedNoun[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const [p, n] = [parts[i], parts[i + 1]];
    if (!MEANS.has(p.norm) || !/^\s+$/.test(text.slice(p.end, n.start))) continue;
    const bare = (isPlainWord(n, lang) && !isFunctionWord(n.norm) && !isNumberWord(n.norm, lang)) || /^\p{Lu}{2,5}$/u.test(n.text);
    if (!bare) continue;
    pairs.push({ modifier: { start: n.start, end: n.end, text: n.text, stem: stem(n.text.toLowerCase(), lang) }, noun: `${p.norm}:` });
  }
  return pairs;
}

/**
 * English titles written capitalised before a name, with the word that tells which one ("Economy Minister Julio
 * Vega", "Planning Minister Julio Vega"): the word before a noun of role (roles.ts) that a name follows. The pair
 * keeps the name's first word: only the same name's title is compared.
 */
function titlesBeforeNames(parts: readonly Part[], text: string): ModifiedNoun[] {
  const pairs: ModifiedNoun[] = [];
  for (let i = 0; i + 2 < parts.length; i++) {
    const [a, b, name] = [parts[i], parts[i + 1], parts[i + 2]];
    if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text) || !/^\p{Lu}/u.test(name.text)) continue;
    if (!/^\s+$/.test(text.slice(a.end, b.start)) || !/^\s+$/.test(text.slice(b.end, name.start))) continue;
    if (!isRoleNoun(b.norm) || isRoleNoun(a.norm) || isStopWord(a.norm, 'en') || NOT_DISTINGUISHING.has(a.norm) || isRoleNoun(name.norm)) continue;
    pairs.push({ modifier: { start: a.start, end: a.end, text: a.text, stem: stem(a.text.toLowerCase(), 'en') }, noun: stem(b.text.toLowerCase(), 'en'), name: name.norm });
  }
  return pairs;
}

/**
 * The claim's modifier that no support states, where `passageText` writes the claim's noun with another
 * modifier: "left" in "her left shoulder" against a passage's "her right shoulder". `stated` tells whether a
 * support's own sentence states a claim word (its terms or synonyms); `strict` asks it of the supports that name the
 * claim's names, for the complement of a slot named by a preposition ("with a hamstring injury"). The passage's modifier must be no word
 * of the claim (nor one of its synonyms): "a knee injury" against "an injury to her knee" is no other modifier.
 * Undefined when there is none, or across languages (the glossary cannot tell two modifiers apart).
 */
export function otherModifier(
  claimText: string,
  claimLang: Lang,
  words: readonly ClaimWord[],
  stated: (word: ClaimWord, strict: boolean) => boolean,
  passageText: string,
  passageLang: Lang,
): { claim: ModifiedNoun; passage: ModifiedNoun } | undefined {
  if (claimLang !== passageLang) return undefined;
  const claimTerms = new Set(words.flatMap((w) => w.terms));
  const claimStems = new Set(modifiedNouns(claimText, claimLang).flatMap((p) => [p.modifier.stem, p.noun]));
  const passagePairs = modifiedNouns(passageText, passageLang);
  for (const claim of modifiedNouns(claimText, claimLang)) {
    const word = words.find((w) => w.start <= claim.modifier.start && claim.modifier.end <= w.end);
    // A capitalised word of a title before a name ("Economy Minister X") is read as a name, but modifies the title.
    // So is an acronym of means (« par SMS »).
    // The complement of a slot named by a preposition (« par », "with") is asked of the supports that name the claim's names: `strict`.
    if (!word || (word.isName && claim.name === undefined && !claim.noun.endsWith(':')) || stated(word, claim.noun.includes(':'))) continue;
    const passage = passagePairs.find(
      (p) =>
        p.noun === claim.noun &&
        p.name === claim.name &&
        p.modifier.stem !== claim.modifier.stem &&
        !claimTerms.has(p.modifier.stem) &&
        !claimStems.has(p.modifier.stem) &&
        // Another form of the same word, which the stemmer leaves apart (« correspondait », « correspondent »).
        !sameWordAnotherForm(claim.modifier.text, p.modifier.text),
    );
    if (passage) return { claim, passage };
  }
  return undefined;
}

/** Words that share their first five letters, folded: forms of one word (« correspondait », « correspondent »). */
function sameWordAnotherForm(a: string, b: string): boolean {
  const x = fold(a.toLowerCase());
  const y = fold(b.toLowerCase());
  return x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5);
}

/** Irregular past tenses and third persons the press writes after a subject ("sales rose", "the club sold"). */
const IRREGULAR_VERBS = new Set(
  `rose fell grew won lost said made took gave came went saw left beat hit cut put set led paid sold bought told met ran began broke
  brought built chose drove flew held kept knew meant sent spent stood struck wrote rises falls grows wins says makes takes gives
  comes goes sees leads pays sells buys tells meets runs begins breaks brings builds holds keeps sends spends stands strikes writes
  became become becomes remains remained`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether an English word reads as a verb after its subject: a past tense in "-ed" or a common irregular form. */
function looksLikeVerb(norm: string): boolean {
  return IRREGULAR_VERBS.has(norm) || (norm.length > 4 && norm.endsWith('ed'));
}
