import { isFunctionWord } from '../text/functionWords';
import { tokenize, type Token } from '../text/tokenize';
import type { Lang } from '../types';
import { isRoleNoun } from './roles';

/**
 * A claim whose subject names its person by an epithet that holds a name, not by the person's name: « Le logeur
 * de Novaterra a été condamné … », « La patronne de Véloria a annoncé … », "Orbis's chief made no announcement …",
 * "The Acme boss said …". The name inside the epithet describes the person; it is no participant of the fact. A
 * source tells the same fact of the person by a pronoun or by their own name (« Il avait déjà été condamné … »),
 * in an article that writes the epithet's name elsewhere: that name is then the article's, as a name a sentence
 * back is (see checkClaim's score, which counts it as found around the passage).
 */

/** French articles that open an epithet subject. */
const ARTICLE_FR = /^(?:le|la|les|l['’])$/;
/** The link between the epithet's noun and its name: « de », « du », « des », « d' », and an article after « de ». */
const LINK_FR = /^(?:de|du|des|d['’])$/;
const ARTICLE_AFTER_LINK_FR = /^(?:la|l['’]|le|les)$/;

/** The most name words an epithet's name may have (« Météo France », "Electronic Arts"). */
const MAX_NAME_WORDS = 2;

const isCapitalised = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const isLowerNoun = (t: Token | undefined) => t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && !isFunctionWord(t.norm) && t.norm.length >= 3;

/**
 * Endings of nouns of a person by what they do (« logeur », « passeuse », « directrice », « banquier », « militante »,
 * "landlord" aside: "bookmaker", "founder", "investor", "novelist"), on folded words, singular or plural.
 */
const AGENT_ENDING: Record<Lang, RegExp> = {
  fr: /(?:eur|euse|rice|ier|iere|iste|ant|ante|ien|ienne|aire)s?$/,
  en: /(?:er|or|ist|ian|man|woman|men|women)s?$/,
};

/** Whether a token is a noun of a person: a title or role (roles.ts), or a noun of an agent by its ending. */
const isPersonNoun = (t: Token | undefined, lang: Lang) => isLowerNoun(t) && (isRoleNoun(t!.norm) || AGENT_ENDING[lang].test(t!.norm));

/**
 * The [start, end) spans of the name words inside a claim's opening epithet subject (see the module comment), in
 * the claim's text; empty when the claim does not open on one. Read shapes: French « Le/La/L' + noun of a person
 * (+ one more lowercase word) + de/du/des/d' (+ article) + capitalised words »; English "Name's + noun of a person"
 * and "The + Name + noun of a person" followed by a lowercase word (the verb). A noun of a thing (« la prison de
 * Réau », "Capriati's injury") makes no epithet: its name may be the fact's own place or holder.
 */
export function epithetNameSpans(claimText: string, lang: Lang): [number, number][] {
  const tokens = tokenize(claimText).filter((t) => t.kind === 'word' || t.kind === 'elision');
  // At most two name words: a longer run may hold the person's own name after the epithet's (« Le président de la
  // SNCF Jean Dupont »), and the subject is then named.
  const namesFrom = (i: number): [number, number][] => {
    const spans: [number, number][] = [];
    while (isCapitalised(tokens[i])) {
      spans.push([tokens[i].start, tokens[i].end]);
      i++;
    }
    return spans.length <= MAX_NAME_WORDS ? spans : [];
  };
  if (lang === 'fr') {
    if (!tokens[0] || !ARTICLE_FR.test(tokens[0].norm) || !isPersonNoun(tokens[1], 'fr')) return [];
    // One lowercase word may qualify the noun (« Le jeune logeur de … », « La directrice générale d'… »).
    let i = 2;
    if (isLowerNoun(tokens[i]) && LINK_FR.test(tokens[i + 1]?.norm ?? '')) i++;
    if (!LINK_FR.test(tokens[i]?.norm ?? '')) return [];
    i++;
    if (ARTICLE_AFTER_LINK_FR.test(tokens[i]?.norm ?? '')) i++;
    return namesFrom(i);
  }
  // "Microsoft's chief": a possessive name, then a lowercase noun.
  const possessive = /^((?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*)['’]s?\s+(\p{Ll}[\p{L}-]{2,})\s/u.exec(claimText);
  if (possessive && isPersonNoun(tokens.find((t) => t.start === possessive[0].length - possessive[2].length - 1), 'en')) return namesFrom(0).filter(([start]) => start < possessive[1].length).map(([start, end]) => [start, Math.min(end, possessive[1].length)]);
  // "The Acme boss said": the article, the name, a lowercase noun, then a lowercase word (its verb).
  if (tokens[0]?.norm === 'the' && isCapitalised(tokens[1])) {
    const names = namesFrom(1);
    const after = 1 + names.length;
    if (isPersonNoun(tokens[after], 'en') && tokens[after + 1] !== undefined && /^\p{Ll}/u.test(tokens[after + 1].text)) return names;
  }
  return [];
}
