import { fold } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * A stance the claim gives someone: "X welcomed the decision", "Y criticised the plan", « Z a salué la
 * réforme ». The verb of stance is what the claim says of X; a passage that tells the rest (X, the decision)
 * without saying how X took it does not state the claim, and one that says X took it the other way ("expressed
 * disappointment", "dubbed it an abuse of power") states the opposite. Either way the claim is not supported;
 * it is left unsupported (the passage's words of the other stance are too many and too loose to contradict on).
 *
 * The claim's verbs are a short list of unambiguous verbs of stance (not "support", which is a noun as often,
 * nor « condamner », a court's verb as often); a passage states a stance by those verbs or by the words of
 * feeling the press uses for it ("was delighted", "expressed disappointment", « s'est réjoui »).
 */

export type Stance = 'for' | 'against';

/** Verbs of stance a claim gives its subject, by the start of their folded forms. */
const CLAIM_VERBS: Record<Lang, Record<Stance, RegExp>> = {
  en: {
    for: /^(?:welcom(?:e|ed|es|ing)|prais(?:e|ed|es|ing)|hail(?:ed|s|ing)?|applaud(?:ed|s|ing)?|endors(?:e|ed|es|ing)|approv(?:e|ed|es|ing)|commend(?:ed|s|ing)?|lauded)$/,
    against: /^(?:criticis(?:e|ed|es|ing)|criticiz(?:e|ed|es|ing)|condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing)|reject(?:ed|s|ing)?|slamm(?:ed|ing)|slams|deplor(?:e|ed|es|ing)|attacked)$/,
  },
  fr: {
    for: /^(?:salu(?:e|ent|er|é|ée|és|ées|ait|aient)|approuv(?:e|ent|er|é|ée|és|ées|ait|aient)|applaudi(?:t|ssent|r|ssait)?|félicit(?:e|ent|er|é|ée|és|ait)|réjoui(?:t|ssent|r|ssait|e|s)?)$/,
    against: /^(?:critiqu(?:e|ent|er|é|ée|és|ées|ait|aient)|dénonc(?:e|ent|er|é|ée|és|ées|ait|aient)|dénonç(?:ait|aient)|rejet(?:é|ée|és|ées|er|ait|aient)|rejett(?:e|ent)|déplor(?:e|ent|er|é|ait|aient)|fustig(?:e|ent|er|é|ée|és|eait))$/,
  },
};

/** Words by which a passage states a stance: the claim verbs' and the words of feeling the press writes for them. */
const PASSAGE_WORDS: Record<Lang, Record<Stance, RegExp>> = {
  en: {
    for: /^(?:welcom|prais|hail|applaud|endors|approv|commend|laud|delight|pleas|happy|glad|thrill|back(?:ed|ing)$|support|favour|favor|celebrat|accept|agree|embrac)/,
    against: /^(?:critic|condemn|denounc|reject|slam|deplor|attack|oppos|object|disappoint|anger|angry|furious|dismay|concern|unhapp|abuse|outrage|protest|refus|blast|dismiss|regret|fear|warn)/,
  },
  fr: {
    for: /^(?:salu|approuv|applaud|felicit|rejoui|satisf|content|heureu|favorable|soutien|soutenu|accept|accueill|ravi)/,
    against: /^(?:critiqu|denonc|rejet|rejett|deplor|fustig|condamn|oppos|regrett|decep|decu|colere|indign|inquiet|refus|protest|desapprouv|reproch|foudres?$|deni)/,
  },
};

/** The first verb of stance of a claim: its stance and offsets. Undefined when the claim has none. */
export function stanceOf(text: string, lang: Lang): { stance: Stance; start: number; end: number } | undefined {
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    const lower = token.lower;
    for (const stance of ['for', 'against'] as const) {
      if (CLAIM_VERBS[lang][stance].test(lower)) return { stance, start: token.start, end: token.end };
    }
  }
  return undefined;
}

/** A French passage's « se disent pour », « sont pour »: the stance « pour » after a verb of saying or being. */
const FRENCH_FOR = /(?:^|\s)(?:se\s+(?:dit|disent|declare|declarent|prononce|prononcent|montre|montrent)|est|sont|etait|etaient)\s+(?:(?:plutot|majoritairement|egalement|aussi|tres)\s+)?(?:pour|favorables?)(?=[\s,.;]|$)/;

/** Clause bounds of a sentence: semicolons, colons, and "but", "while", « mais », « alors que » with or without a comma. */
const CLAUSE_BOUND = /[;:]|,?\s+(?:but|while|whereas|mais|tandis\s+que|alors\s+que)\s+/iu;

/**
 * Whether a passage writes a word of `stance` ({@link PASSAGE_WORDS}): a verb of it or a word of the feeling. With
 * `names` (folded name words of the claim), only the clauses that name one of them count when the passage names
 * one: "X are happy to support it, but the Dragons have expressed disappointment" gives the Dragons no welcome.
 */
export function statesStance(passage: string, lang: Lang, stance: Stance, names: readonly string[] = []): boolean {
  const clauses = passage.split(CLAUSE_BOUND);
  const naming = clauses.filter((c) => tokenize(c).some((t) => t.kind === 'word' && names.includes(t.norm)));
  return (naming.length > 0 ? naming : clauses).some(
    (clause) =>
      tokenize(clause).some((t) => t.kind === 'word' && PASSAGE_WORDS[lang][stance].test(fold(t.lower))) ||
      (lang === 'fr' && stance === 'for' && FRENCH_FOR.test(fold(clause.toLowerCase()))),
  );
}
