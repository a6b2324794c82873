import { partOfCompoundTitle } from './compoundTitles';
import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { stem } from '../text/stem';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { lowerTitlesBeforeNames } from './titleCase';
import { afterCredit } from './agencyCredit';
import { titleAdjectives } from './titleAdjective';
import { holderAfterBody } from './holderAfterBody';
import { englishBodyStart } from './englishTitleBody';
import { nameAfterRank } from './rankBeforeName';
import { isStopWordInName } from './stopWordName';
import { isParticipleAfterAvoir } from './participleHead';
import { hasSubordinate, isSubordinateBefore, splitSubordinate, titleAfterSubordinate } from './subordinateTitle';

/**
 * Role mentions: a person (or body) named with a role, the commonest way news text states who someone is
 * (« le président du tribunal, Paul Girard », « le préfet de la Sarthe Jean Morel », « Tim Crane, a director
 * of Northgate Holdings », "chief executive Steven Theede"). A claim that names someone with a role states a
 * fact of its own, which a source contradicts by giving that role to another name (the same slot, another
 * name) or that name another role (the same name, another title or another body).
 */

/**
 * Nouns of kinship (folded), in French and English: « le neveu de Vincent, David X », "her brother, Tom X". Not
 * « fils » nor "son", which are other words as well (« son » is a possessive).
 */
export const KINSHIP = `neveu niece frere demi-frere soeur demi-soeur pere mere epouse epoux mari cousin cousine oncle tante grand-pere
  grand-mere petit-fils petite-fille beau-frere belle-soeur gendre beau-pere belle-mere nephew brother half-brother stepbrother sister
  half-sister stepsister daughter father mother wife husband uncle aunt grandson granddaughter grandfather grandmother stepson
  stepdaughter stepfather stepmother brother-in-law sister-in-law son-in-law daughter-in-law`;

/** Nouns of roles and titles (folded), general vocabulary of news text in French and English. */
const ROLE_HEADS = new Set(
  `president presidente vice-president vice-presidente directeur directrice procureur procureure prefet prefete ministre secretaire
  maire adjoint adjointe avocat avocate juge porte-parole depute deputee senateur senatrice chef cheffe patron patronne delegue deleguee
  conseiller conseillere fondateur fondatrice cofondateur cofondatrice dirigeant dirigeante architecte commissaire gouverneur ambassadeur
  ambassadrice pdg dg garde tresorier tresoriere recteur rectrice doyen doyenne eveque archeveque entraineur entraineuse selectionneur
  redacteur redactrice administrateur administratrice gerant gerante responsable rapporteur rapporteure magistrat magistrate
  president chairman chairwoman chair chief director head minister secretary mayor lawyer attorney judge spokesman spokeswoman
  spokesperson analyst founder co-founder governor mp strategist prosecutor boss manager coach captain economist editor officer
  ambassador commissioner chancellor owner adviser advisor counsel treasurer executive leader ceo coordinator coordinateur coordinatrice
  ${KINSHIP}`
    .split(/\s+/)
    .filter(Boolean),
);

/** Titles written as acronyms (folded), in capitals: « PDG », « DG », "CEO", "MP". */
const ACRONYM_HEADS = new Set(['pdg', 'dg', 'ceo', 'mp']);

/**
 * Words that rank a role (« première adjointe », "second-largest"): part of the title, compared as such. Not
 * "vice", which makes another office (subordinateTitle.ts).
 */
const ORDINALS = new Set('premier premiere deuxieme second seconde troisieme quatrieme cinquieme first second third fourth fifth'.split(' '));

/** Words of time before a role (« ancien », "former"): they do not change whose role it is. */
const TIME_WORDS = new Set('ancien ancienne ex former late then actuel actuelle current new nouveau nouvelle futur future'.split(' '));

/** Words that link a role to its body or place (« de », « du », "of", "for", "at"). */
const LINKS = new Set("de du des d' d’ a au aux of for at la le les l' l’ the en".split(' '));

/** Titles that end in « s » in the singular. */
const SINGULAR_IN_S = new Set(['pdg', 'boss']);

/** Words that end a title's complement: the sentence's verb or a relative pronoun comes next (« … du magasin n'a pas »). */
const COMPLEMENT_STOPS = new Set("a ont est sont etait etaient avait avaient sera seront va vont doit n' ne qui que dont is was are were has have had will would said says who which that".split(' '));

/** Prepositions before a name that make it a complement, not a subject. */
const PREPOSITIONS = new Set("of in at to from into by with for on de du des à au aux en dans pour par vers sur chez avec contre selon après".split(' '));

/** Words of office an English title may carry before its noun ("finance chief", "deputy chairman"). */
const PRE_MODIFIERS = new Set('finance financial operating marketing legal technical commercial deputy acting interim senior joint general executive managing'.split(' '));

/**
 * Portfolios an English title names before its noun ("tourism minister", "health secretary"): the body of the
 * role, like a French « ministre du Tourisme ». General vocabulary of government in news text.
 */
export const PORTFOLIOS = new Set(
  `finance tourism foreign home defence defense health education culture interior justice trade industry energy environment
  transport agriculture labour labor economy sports sport housing treasury immigration communications information`
    .split(/\s+/)
    .filter(Boolean),
);

/** Particles written with a capital inside a family name (« Jean-Yves Le Drian », "Ursula von der Leyen" aside: lowercase). */
const NAME_PARTICLES = new Set(['le', 'la', 'de', 'du', 'des', 'van', 'von', 'di', 'da', 'del', 'della', 'dos', 'das', 'ben', 'al', 'el']);

const honorifics = new Set(['m', 'mr', 'mrs', 'ms', 'miss', 'dr', 'me', 'mme', 'mlle', 'sir', 'pr']);

/** A role given to a name in a text. */
export interface RoleMention {
  /** The name: its offsets and text, and the folded word that identifies it (its last word, the family name). */
  name: { start: number; end: number; text: string; key: string };
  /** The role noun with its rank (« première adjointe », "chief executive"): offsets, text, stems. */
  head: { start: number; end: number; text: string; stems: string[]; rank?: string };
  /** The body or place of the role (« du tribunal », "of Northgate Holdings", "WorldCom financial"): offsets, text, stems. */
  complement?: { start: number; end: number; text: string; stems: string[] };
}

const isCapitalised = (t: Token) => t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase() && !/^\d/.test(t.text);
// A plural title (« les députés PS X, Y », "ministers") names several people: no one name to pair it with.
const isHead = (t: Token) => {
  // A title written as its acronym (« le PDG de la compagnie, X », "CEO X") is the title, in capitals anywhere.
  if (t.kind === 'word' && ACRONYM_HEADS.has(t.norm) && t.text === t.text.toUpperCase()) return true;
  if (t.kind !== 'word' || t.text[0] !== t.text[0].toLowerCase()) return false;
  // A subordinate word glued to a title is a title (« sous-préfet », "vice-chairman": subordinateTitle.ts).
  const norm = titleAfterSubordinate(t.norm.replace(/^ex-/, ''), (x) => ROLE_HEADS.has(x)) ?? t.norm.replace(/^ex-/, '');
  return ROLE_HEADS.has(norm) && !(norm.endsWith('s') && ROLE_HEADS.has(norm.slice(0, -1)) && !SINGULAR_IN_S.has(norm));
};
const isLink = (t: Token) => LINKS.has(t.norm);

/** Words of a title written with capitals before a name: a role noun or a word of office ("Chief Executive", "Deputy"). */
const isTitleWord = (norm: string) => ROLE_HEADS.has(norm) || PRE_MODIFIERS.has(norm) || isSubordinateBefore(norm);

/** Whether a folded word is a singular noun of role or title (« ministre », "minister", "coach"): see ROLE_HEADS. */
export function isRoleNoun(norm: string): boolean {
  return ROLE_HEADS.has(norm);
}
/** A title that opens the text, written with the sentence's capital ("Chairman Freddy Ross described …"). */
const isOpeningHead = (tokens: Token[], text: string, h: number) =>
  h === 0 && tokens[0].kind === 'word' && /^[\s"“«'‘(]*$/.test(text.slice(0, tokens[0].start)) && isHead({ ...tokens[0], text: tokens[0].text.toLowerCase() });

/** The run of name tokens starting at i (honorifics skipped at its start), at most four words. */
function nameRun(tokens: Token[], text: string, i: number, direction: 1 | -1): [number, number] | undefined {
  let first = i;
  let last = i;
  const ok = (t: Token | undefined) => t !== undefined && isCapitalised(t) && !isFunctionWord(t.norm) && !isHead(t);
  // A capitalised particle between two words of a name belongs to it (« Jean-Yves Le Drian »), never at its ends.
  const particle = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.kind === 'word' && isCapitalised(t) && NAME_PARTICLES.has(t.norm) && ok(tokens[k - 1]) && ok(tokens[k + 1]) && /^\s+$/.test(text.slice(tokens[k - 1].end, t.start)) && /^\s+$/.test(text.slice(t.end, tokens[k + 1].start));
  };
  // A lowercase « de », « du », "van", "von" between a first name and a family name (« Roland de Barbentane »): after one capitalised word only.
  const lowParticle = (k: number) => {
    const t = tokens[k];
    return direction === 1 && k === first + 1 && t !== undefined && t.kind === 'word' && /^(?:de|du|van|von|da|di|del|della|dos|das)$/.test(t.text) && ok(tokens[k + 1]) && !ok(tokens[k + 2]) && /^\s+$/.test(text.slice(tokens[k - 1].end, t.start)) && /^\s+$/.test(text.slice(t.end, tokens[k + 1].start));
  };
  // A middle initial (« Robert S. Trump »): one capital and its full stop between two words of a name.
  const initial = (k: number) => tokens[k] !== undefined && /^\p{Lu}$/u.test(tokens[k].text) && ok(tokens[k - 1]) && ok(tokens[k + 1]) && /^\.\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start));
  // A name spelt like a stop word next to another word of the name ("Theresa May", "Li Deshui": stopWordName.ts).
  const stopName = (k: number, neighbour: number) => !NAME_PARTICLES.has(tokens[k]?.norm ?? '') && !honorifics.has(tokens[k]?.norm ?? '') && tokens[k] !== undefined && !isHead(tokens[k]) && isStopWordInName(tokens, text, k, neighbour, ok);
  const inName = (k: number, from: number) => ok(tokens[k]) || particle(k) || lowParticle(k) || initial(k) || stopName(k, from);
  // Spaces or a hyphen join a name's words, and the full stop of a middle initial (« Robert S. Trump »).
  const joinsName = (a: number, b: number) => {
    const between = text.slice(tokens[a].end, tokens[b].start);
    return /^[\s-]*$/.test(between) || (/^\.\s+$/.test(between) && initial(a));
  };
  if (direction === 1) {
    while (tokens[first] && honorifics.has(tokens[first].norm) && isCapitalised(tokens[first])) first++;
    if (!ok(tokens[first]) && !stopName(first, first + 1)) return undefined;
    last = first;
    while (last + 1 < tokens.length && last - first < 3 && inName(last + 1, last) && joinsName(last, last + 1)) last++;
  } else {
    if (!ok(tokens[last]) && !stopName(last, last - 1)) return undefined;
    first = last;
    while (first - 1 >= 0 && last - first < 3 && inName(first - 1, first) && joinsName(first - 1, first)) first--;
    while (first <= last && honorifics.has(tokens[first].norm)) first++;
    if (first > last) return undefined;
  }
  // An agency credited before a person's name (« a déclaré à l'AFP Jean-François Thony »): not part of the name (agencyCredit.ts).
  first = afterCredit(tokens, first, last);
  return [first, last];
}

/**
 * A role noun with no article that opens a « que » / "that" clause is the verb of saying it is spelt like
 * (« Alain Morel, juge qu'on a moins de moyens », "X, judge that …"), not a title in apposition; « le juge que
 * la cour a nommé » keeps its article and stays a title.
 */
function saysThat(tokens: Token[], headFirst: number, headLast: number): boolean {
  const next = tokens[headLast + 1];
  if (!next || !/^(?:que|qu'|that)$/.test(next.norm)) return false;
  const before = tokens[headFirst - 1];
  return !before || !/^(?:le|la|l'|les|un|une|du|des|au|the|a|an)$/.test(before.norm);
}

const stemsOf = (tokens: Token[], lang: Lang) =>
  tokens.filter((t) => t.kind === 'word' && !isLink(t) && !isFunctionWord(t.norm) && !TIME_WORDS.has(t.norm)).flatMap((t) => splitSubordinate([t.lower.replace(/^ex-/, '')])).map((w) => stem(w, lang));

/**
 * The role mentions of a text: « ROLE [complement][,] NAME » and « NAME, [article] ROLE [complement][,] », in
 * French and English ("Texas Judge Letitia Clark", "Tim Crane, a director of Northgate Holdings", « le préfet
 * de la Sarthe Jean Morel »). A complement is what follows the role noun up to a comma, a bracket, the name or
 * a verb-like break; when a run of capitalised words follows a linking word (« de la Sarthe Jean Morel »), its
 * last two words are the name and the rest the complement.
 */
export function roleMentions(text: string, lang: Lang): RoleMention[] {
  // A title written with capitals before a name ("Planning Minister X") is read as in lowercase (titleCase.ts).
  const tokens = tokenize(lowerTitlesBeforeNames(text, lang, isTitleWord)).filter((t) => t.kind !== 'symbol');
  const mentions: RoleMention[] = [];
  const gap = (a: Token, b: Token) => text.slice(a.end, b.start);
  for (let h = 0; h < tokens.length; h++) {
    if (!isHead(tokens[h]) && !isOpeningHead(tokens, text, h)) continue;
    // « a jugé », « a délégué »: a verb after « avoir », spelt as a role noun (participleHead.ts).
    if (isParticipleAfterAvoir(tokens, h, lang)) continue;
    // The head: the role noun, with a rank before it and a second role word right after (« directeur général », "chief executive").
    let headFirst = h;
    let headLast = h;
    let rank: string | undefined;
    if (h > 0 && ORDINALS.has(tokens[h - 1].norm) && /^[\s-]*$/.test(gap(tokens[h - 1], tokens[h]))) {
      headFirst = h - 1;
      rank = tokens[h - 1].norm;
    }
    // A subordinate word before the title is part of it: another office ("deputy leader", "vice chairman": subordinateTitle.ts).
    if (headFirst === h && h > 0 && isSubordinateBefore(tokens[h - 1].norm) && /^[\s-]+$/.test(gap(tokens[h - 1], tokens[h]))) headFirst = h - 1;
    while (headLast + 1 < tokens.length && /^\s+$/.test(gap(tokens[headLast], tokens[headLast + 1])) && (isHead(tokens[headLast + 1]) || /^(?:general|generale|adjoint|adjointe|financial|executive|operating)$/.test(tokens[headLast + 1].norm))) headLast++;
    if (headLast > h) h = headLast;
    if (saysThat(tokens, headFirst, headLast)) continue;
    // Pre-modifiers in English ("former WorldCom financial chief"): capitalised or lowercase words right before the head.
    let preFirst = headFirst;
    if (lang === 'en') {
      // Names ("LSE chief executive", "Deutsche's chairman") and a few words of office ("finance chief"), not any word before ("met").
      const modifier = (t: Token) => t.kind === 'word' && !honorifics.has(t.norm) && !TIME_WORDS.has(t.norm) && ((isCapitalised(t) && !isFunctionWord(t.norm)) || PRE_MODIFIERS.has(t.norm) || PORTFOLIOS.has(t.norm));
      while (preFirst - 1 >= 0 && /^(?:\s+|['’]s\s+)$/.test(gap(tokens[preFirst - 1], tokens[preFirst])) && modifier(tokens[preFirst - 1])) preFirst--;
      // A body with "of" in its name, common nouns after a possessor, an acronym ("Bank of England governor", "China's tax chief": englishTitleBody.ts).
      preFirst = englishBodyStart(tokens, text, preFirst, modifier, isFunctionWord, (norm) => honorifics.has(norm) || TIME_WORDS.has(norm) || isHead({ ...tokens[0], text: norm, norm }));
    }
    // The name before the role: « NAME, [article] ROLE », "NAME, WorldCom's ex-head", "NAME is the ROLE".
    let nameBefore: [number, number] | undefined;
    let b = preFirst - 1;
    while (b >= 0 && !isCapitalised(tokens[b]) && (isFunctionWord(tokens[b].norm) || TIME_WORDS.has(tokens[b].norm) || tokens[b].kind === 'elision') && preFirst - b <= 3) b--;
    if (b >= 0 && isCapitalised(tokens[b])) {
      const between = text.slice(tokens[b].end, tokens[preFirst].start);
      const possessive = /^['’]s\s+$/.test(between) ? nameRun(tokens, text, b, -1) : undefined;
      if (possessive) {
        // "Cynthia Cooper, WorldCom's ex-head of …": the possessive is the role's body, the name comes before it.
        const p = possessive[0] - 1;
        if (p >= 0 && /^\s*,\s*$/.test(text.slice(tokens[p].end, tokens[possessive[0]].start))) nameBefore = nameRun(tokens, text, p, -1);
      } else if (
        /^\s*,\s*(?:(?:now|currently|désormais|actuellement)\s+)?(?:(?:le|la|l['’]|les|the|a|an|un|une|son|sa|its|his|her)\s*)?(?:(?:ancien|ancienne|former|ex)[\s-]+)?$/iu.test(between) ||
        /^\s+(?:is|was|being|est|était|étant)\s+(?:(?:the|a|an|le|la|l['’])\s*)?$/iu.test(between)
      ) {
        nameBefore = nameRun(tokens, text, b, -1);
      }
      // A name governed by a preposition is no subject set in apposition ("run out of London, the mayor of …").
      let p = nameBefore ? nameBefore[0] - 1 : -1;
      while (p >= 0 && /^(?:la|le|les|l'|the)$/.test(tokens[p].norm)) p--;
      if (nameBefore && p >= 0 && PREPOSITIONS.has(tokens[p].norm)) nameBefore = undefined;
    }
    // The complement: linking words and words up to a comma, bracket, full stop or the end.
    let c = headLast + 1;
    const complementTokens: Token[] = [];
    // A hyphen joins words (« Saint-Féliu »); a dash with a space on one side opens an incise (« de la conductrice
    // -mise en examen pour … - »), which is no part of the role.
    const joins = (g: string) => /^[\s'’-]*$/.test(g) && !(/-/.test(g) && /\s/.test(g));
    // French adjectives after the title's noun open its complement (« ministre britannique des Affaires étrangères »: titleAdjective.ts).
    const adjectives = lang === 'fr' ? titleAdjectives(tokens, c, text, isLink) : 0;
    for (let a = 0; a < adjectives; a++) complementTokens.push(tokens[c++]);
    while (c < tokens.length && joins(gap(tokens[c - 1], tokens[c])) && complementTokens.length < 8) {
      const t = tokens[c];
      if (COMPLEMENT_STOPS.has(t.norm)) break;
      if (complementTokens.length === 0 && !isLink(t) && !(lang === 'fr' && /^(?:charge|chargee|en)$/.test(t.norm))) break;
      // A capitalised word right after the title's adjectives is its name (« le procureur antiterroriste François Molins »).
      if (adjectives > 0 && c === headLast + 1 + adjectives && isCapitalised(t)) break;
      // Without a name before the role, a capitalised word after the complement's name starts the role's name (« de Paris Rémy Heitz »).
      if (!nameBefore && isCapitalised(t) && !isLink(tokens[c - 1]) && complementTokens.some(isCapitalised)) break;
      // After a name in the complement, two lowercase words in a row are the sentence going on ("of Frankfurt has raised").
      const next = tokens[c + 1];
      if (complementTokens.some(isCapitalised) && !isCapitalised(t) && !isLink(t) && next && !isCapitalised(next) && !isLink(next) && next.kind === 'word' && /^\s+$/.test(gap(t, next))) break;
      complementTokens.push(t);
      c++;
    }
    // A trailing run of capitalised words after the complement's linking word may hold the name (« de la Sarthe Jean Morel »).
    let nameAfter: [number, number] | undefined;
    // A person's name closing the body is the title's holder, not the name before the comma (« Beyrouth, le ministre des Travaux publics Michel Najjar »: holderAfterBody.ts).
    const holderWords = nameBefore ? holderAfterBody(complementTokens, text, isLink, isFunctionWord) : 0;
    if (holderWords > 0) {
      nameAfter = [headLast + complementTokens.length - holderWords + 1, headLast + complementTokens.length];
      complementTokens.splice(complementTokens.length - holderWords);
      nameBefore = undefined;
    }
    const runStart = complementTokens.findIndex(isCapitalised);
    if (!nameBefore && !nameAfter && runStart >= 0) {
      const run = complementTokens.slice(runStart).filter(isCapitalised);
      if (run.length >= 3 && complementTokens.slice(runStart).every(isCapitalised)) {
        const firstName = headLast + 1 + complementTokens.length - 2;
        nameAfter = [firstName, headLast + complementTokens.length];
        complementTokens.splice(complementTokens.length - 2);
      }
    }
    while (complementTokens.length > 0 && (isLink(complementTokens[complementTokens.length - 1]) || !isCapitalised(complementTokens[complementTokens.length - 1]) && isFunctionWord(complementTokens[complementTokens.length - 1].norm))) complementTokens.pop();
    let afterRole = headLast + 1 + complementTokens.length;
    if (!nameBefore && !nameAfter && afterRole < tokens.length) {
      let between = gap(tokens[afterRole - 1], tokens[afterRole]);
      // A bracket between the role and the name (« de la police nationale (DGPN), Éric Morvan »).
      if (/^\s*\($/.test(between)) {
        while (afterRole < tokens.length && !/\)/.test(gap(tokens[afterRole - 1], tokens[afterRole]).slice(1)) && !/\)/.test(text.slice(tokens[afterRole].end, tokens[afterRole + 1]?.start ?? text.length))) afterRole++;
        afterRole++;
        between = afterRole < tokens.length ? text.slice(text.indexOf(')', tokens[afterRole - 1].end - 1) + 1, tokens[afterRole].start) : '';
      }
      // The name right after the role, with or without a comma (« le président du tribunal, Paul Girard »).
      if (afterRole < tokens.length && /^\s*,?\s*$/.test(between)) nameAfter = nameRun(tokens, text, afterRole, 1);
      // An article and a rank between the comma and the name (« des pompiers, le général Laurent Ferlay »: rankBeforeName.ts).
      const ranked = !nameAfter && /^\s*,\s*$/.test(between) ? nameAfterRank(tokens, text, afterRole) : undefined;
      if (ranked !== undefined) nameAfter = nameRun(tokens, text, ranked, 1);
      // A linking word right before a single capitalised run is the complement's, not a name.
      if (nameAfter && complementTokens.length === 0 && isLink(tokens[afterRole - 1])) nameAfter = undefined;
      // A capitalised run glued to the complement's name, then a comma and a name (« de Flixbus France, Yvan
      // Lefranc-Morin »): the run ends the complement, the name is the one after the comma.
      if (nameAfter && complementTokens.some(isCapitalised) && /^\s+$/.test(between) && nameAfter[1] + 1 < tokens.length && /^\s*,\s*$/.test(gap(tokens[nameAfter[1]], tokens[nameAfter[1] + 1]))) {
        const after = nameRun(tokens, text, nameAfter[1] + 1, 1);
        if (after) {
          complementTokens.push(...tokens.slice(nameAfter[0], nameAfter[1] + 1));
          nameAfter = after;
        }
      }
    }
    const preTokens = tokens.slice(preFirst, headFirst);
    const complementAll = [...preTokens, ...complementTokens];
    const complement = complementAll.length
      ? {
          start: (complementTokens[0] ?? preTokens[0]).start,
          end: (complementTokens[complementTokens.length - 1] ?? preTokens[preTokens.length - 1]).end,
          text: complementTokens.length ? text.slice(complementTokens[0].start, complementTokens[complementTokens.length - 1].end) : text.slice(preTokens[0].start, preTokens[preTokens.length - 1].end),
          stems: stemsOf(complementAll, lang),
        }
      : undefined;
    const head = { start: tokens[headFirst].start, end: tokens[headLast].end, text: text.slice(tokens[headFirst].start, tokens[headLast].end), stems: stemsOf(tokens.slice(headFirst, headLast + 1), lang).filter((x) => !rank || x !== stem(rank, lang)), ...(rank ? { rank } : {}) };
    const name = nameBefore ?? nameAfter;
    if (!name) continue;
    const [nf, nl] = name;
    const key = fold(tokens[nl].text).replace(/['’]s$/, '');
    mentions.push({ name: { start: tokens[nf].start, end: tokens[nl].end, text: text.slice(tokens[nf].start, tokens[nl].end), key }, head, ...(complement ? { complement } : {}) });
  }
  return mentions;
}

/**
 * Whether two role mentions name the same person or body: the same family name (last word), folded; or one
 * name is the other's first words (« Tampa Bay Buccaneers » in "the Tampa Bay Buccaneers American football team":
 * a capitalised word after a name, "American", « Français », does not make it another name).
 */
export function sameName(a: RoleMention, b: RoleMention): boolean {
  if (a.name.key === b.name.key) return true;
  const words = (m: RoleMention) => fold(m.name.text.toLowerCase()).split(/[\s'’-]+/).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.length < long.length && short.every((w, i) => w === long[i]);
}

/** Whether two heads are the same role: the same stems (« présidente » and « président ») and no other rank. */
export function sameHead(a: RoleMention, b: RoleMention): boolean {
  if (a.head.rank && b.head.rank && a.head.rank !== b.head.rank) return false;
  return a.head.stems.length > 0 && a.head.stems.every((s) => b.head.stems.includes(s)) && b.head.stems.every((s) => a.head.stems.includes(s));
}

/** Titles that say only that someone leads (« patron », « dirigeant », "boss", "head"): any leading title may stand for them. */
const LOOSE_HEADS = new Set('patron patronne dirigeant dirigeante chef cheffe boss head leader chief'.split(' '));

/**
 * Whether two heads may name one role: the same role (see {@link sameHead}), or one is a loose title standing
 * alone, without rank (« le patron de Worldcom » for its « président-directeur général », "Worldcom boss" for its
 * "chief executive"): the press writes either for the same person, so neither contradicts the other. Or one is a
 * compound title that holds the other (« PDG », « président »).
 */
export function compatibleHeads(a: RoleMention, b: RoleMention): boolean {
  const loose = (m: RoleMention) => !m.head.rank && LOOSE_HEADS.has(fold(m.head.text.toLowerCase()));
  // A loose title does not stand for a lower office ("leader" for a "deputy leader": subordinateTitle.ts).
  const subordinate = (m: RoleMention) => hasSubordinate(fold(m.head.text.toLowerCase()).split(/\s+/));
  // A compound title holds its parts (« PDG », « président »: compoundTitles.ts).
  return sameHead(a, b) || partOfCompoundTitle(a.head.text, b.head.text) || (subordinate(a) === subordinate(b) && (loose(a) || loose(b)));
}

/** Whether two complements name the same body: each one's words are all in the other's. */
export function sameComplement(a: RoleMention, b: RoleMention): boolean {
  const x = a.complement?.stems ?? [];
  const y = b.complement?.stems ?? [];
  return x.length > 0 && y.length > 0 && x.every((s) => y.includes(s)) && y.every((s) => x.includes(s));
}

/**
 * Whether the words in which two complements differ are all common words (« gendarmerie » and « police », a
 * portfolio written capitalised as « Numérique »), no names or acronyms (`isName`: the corpus writes the word as a name).
 */
export function differInCommonWords(a: RoleMention, b: RoleMention, text: { claim: string; source: string }, isName: (norm: string) => boolean): boolean {
  const words = (m: RoleMention, t: string) => (m.complement ? tokenize(t.slice(m.complement.start, m.complement.end)).filter((x) => x.kind === 'word' && !isLink(x) && !isFunctionWord(x.norm)) : []);
  const x = words(a, text.claim);
  const y = words(b, text.source);
  const xs = new Set(x.map((w) => stem(w.lower, 'fr')));
  const ys = new Set(y.map((w) => stem(w.lower, 'fr')));
  const onlyX = x.filter((w) => !ys.has(stem(w.lower, 'fr')));
  const onlyY = y.filter((w) => !xs.has(stem(w.lower, 'fr')));
  return onlyX.length > 0 && onlyY.length > 0 && [...onlyX, ...onlyY].every((w) => !isCapitalised(w) || !isName(w.norm));
}
