import { fold } from '../text/normalize';
import type { Lang } from '../types';

/**
 * The measured thing a claim names for its value: "market share rose 12%" is not stated by "sales rose 12%", though
 * the figure and the verb are. The press writes a company's or a country's figures in a few nouns (sales, profit,
 * market share, debt, exports, unemployment…), several of them in one article, often side by side; a passage that
 * gives the claim's value to another of them, and names the claim's nowhere in its sentence, tells another figure.
 *
 * The groups below join the nouns the press uses for one measure ("sales", "revenue", "turnover", « chiffre
 * d'affaires »): a claim and a passage that use two words of one group name the same measure.
 */
const GROUPS: Record<Lang, Record<string, RegExp>> = {
  en: {
    revenue: /\b(?:sales|revenues?|turnover)\b/,
    profit: /\b(?:profits?|earnings|net income)\b/,
    share: /\bmarket shares?\b/,
    // A share of stock, singular or plural ("Yukos share jumped", the press's singular), not a market share.
    price: /\b(?:share price|stock price|(?<!market )shares?|prices?)\b/,
    debt: /\bdebts?\b/,
    output: /\b(?:output|production)\b/,
    exports: /\bexports\b/,
    imports: /\bimports\b/,
    unemployment: /\bunemployment\b/,
    inflation: /\binflation\b/,
    growth: /\bgrowth\b/,
    spending: /\b(?:spending|expenditure)\b/,
    costs: /\bcosts\b/,
    dividend: /\bdividends?\b/,
  },
  fr: {
    revenue: /(?:\bventes\b|chiffre d['’]affaires|\brecettes\b)/,
    profit: /\b(?:benefices?|resultat net)\b/,
    share: /\bparts? de marche\b/,
    price: /\b(?:cours de (?:l['’])?action|prix)\b/,
    debt: /\bdettes?\b/,
    output: /\bproduction\b/,
    exports: /\bexportations\b/,
    imports: /\bimportations\b/,
    unemployment: /\bchomage\b/,
    inflation: /\binflation\b/,
    growth: /\bcroissance\b/,
    spending: /\bdepenses\b/,
    costs: /\bcouts\b/,
    dividend: /\bdividendes?\b/,
  },
};

/**
 * English measure nouns that are verbs too ("Varnia imports", "it costs"): read as the verb after a name or a
 * pronoun, its subject.
 */
const ALSO_VERBS = /(?:^|[^\p{L}])(?:(?!(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Oo]ur|[Tt]otal|[Nn]et)\s)\p{Lu}[\p{L}'’-]*|it|they|he|she|which|who|that)\s+(?:also\s+)?(exports|imports|costs)(?![\p{L}])/gu;

/** The measures (group names of {@link GROUPS}) a text names. */
export function measuresIn(text: string, lang: Lang): Set<string> {
  const cleaned = lang === 'en' ? text.replace(ALSO_VERBS, (m, verb: string) => m.slice(0, m.length - verb.length) + ' '.repeat(verb.length)) : text;
  const folded = fold(cleaned.toLowerCase());
  return new Set(Object.entries(GROUPS[lang]).flatMap(([group, re]) => (re.test(folded) ? [group] : [])));
}

/**
 * Whether a passage gives the claim's figures to another measure: the claim names a measure that `passage` does
 * not name, and `passage` (or `around`, the sentences next to it, where its figure may sit) names a measure the
 * claim does not. Only for a claim that names exactly one measure (a claim of several leaves the pairing open).
 */
export function anotherMeasure(claimText: string, claimLang: Lang, passage: string, around: readonly string[], passageLang: Lang): boolean {
  if (claimLang !== passageLang) return false;
  const claim = measuresIn(claimText, claimLang);
  if (claim.size !== 1) return false;
  const own = measuresIn(passage, passageLang);
  if ([...claim].some((m) => own.has(m))) return false;
  const others = [own, ...around.map((t) => measuresIn(t, passageLang))].flatMap((s) => [...s]);
  return others.some((m) => !claim.has(m));
}
