import type { Lang } from '../types';
import type { ClaimAnalysis } from './analyzeClaim';
import type { CorpusReader } from '../backend/corpusReader';
import type { Verdict } from './checkClaim';

/**
 * Plain claims: declarative sentences that hold neither a figure nor a name (« Les familles des victimes ont assisté
 * à l'inauguration du nouveau pont. », "A man was arrested at the scene."). They assert something about the world
 * as much as a sentence with a figure does, and a writer's report is full of them (the subject given by a pronoun,
 * an opposite said in other words, a new fact): they are checked. What keeps a sentence without figure or name out
 * is what it does: a judgement (« reste préoccupante », "one of the most troubling"), a sentence about the draft's
 * own parts (« Les paragraphes qui suivent… », "The sections below…"), or too few words to state anything.
 *
 * Without a name or a figure to anchor it, a passage that shares many of a plain claim's words may still state
 * another fact, so a plain claim is held to more (see {@link plainClaimVerdict}).
 */

/** Fewer content words than this state nothing checkable (« Le procès continue. »). */
const minimumPlainWords = 3;

/**
 * A judgement: a copula or a verb of seeming before a word of evaluation (« reste préoccupante », « est une
 * excellente nouvelle », "remains worrying"), or a ranking among the most or least of something that names no set
 * (« l'une des plus troublantes », "one of the most troubling"). Matched on folded text (lowercase, no accents).
 */
const judgementFr =
  /\b(?:est|sont|reste|restent|demeure|demeurent|semble|semblent|parait|paraissent|etait|etaient|sera|seront)\s+(?:(?:tres|trop|particulierement|extremement|assez|plutot|bien|fort|profondement|toujours|encore|une?|des)\s+)*(?:preoccupant|inquietant|troublant|excellent|remarquable|regrettable|deplorable|scandaleu|rassurant|encourageant|decevant|alarmant|dramatique|catastrophique|admirable|formidable|navrant|choquant|exemplaire|injuste|absurde|honteu|prometteu)\p{L}*|\b(?:l'une?|un|une)\s+des\s+(?:plus|moins)\s+(?:preoccupant|inquietant|troublant|marquant|remarquable|importan|grav|sombre|tragique|dramatique|belle|beau|emouvant|difficile|complexe|fascinant|etonnant|surprenant|spectaculaire|celebre|connu)\p{L}*/u;
const judgementEn =
  /\b(?:is|are|remains?|seems?|appears?|was|were|will be)\s+(?:(?:very|too|particularly|extremely|deeply|rather|quite|still|an?)\s+)*(?:worrying|troubling|excellent|remarkable|regrettable|deplorable|scandalous|reassuring|encouraging|disappointing|alarming|dramatic|catastrophic|admirable|shocking|exemplary|unfair|absurd|shameful|promising|concerning)\b|\bone of the (?:most|least) (?:worrying|troubling|striking|remarkable|important|serious|tragic|dramatic|moving|difficult|complex|fascinating|surprising|spectacular|famous|memorable)\b/;

/**
 * A sentence about the draft's own parts (« Les paragraphes qui suivent reprennent… », « Les sections ci-dessous… »,
 * "The following sections…", "The paragraphs below…"), or a summary naming the writer's document by a word the
 * signposting rule of analyzeClaim does not list ("This briefing sums up…", « Ce tour d'horizon… »).
 */
const draftPartsFr = /\b(?:les|ces|la|cette|le|ce)\s+(?:paragraphes?|sections?|lignes|pages?|parties?|chapitres?)\s+(?:qui suiv\p{L}*|suivant\p{L}*|ci-dessous|ci-apres|precedent\p{L}*|qui preced\p{L}*)|^(?:ce|cet|cette)\s+(?:tour d'horizon|panorama|resume|bilan ecrit|compte rendu|point d'etape)\b/u;
const draftPartsEn = /\bthe (?:following|next|previous|preceding) (?:paragraphs?|sections?|pages?|parts?|chapters?)\b|\bthe (?:paragraphs?|sections?|pages?|parts?|chapters?) (?:below|above|that follows?)\b|^this (?:briefing|overview|summary|review|roundup|round-up|digest|explainer|timeline)\b/;

/** A line that only says what follows is about, with no clause of its own (« À propos de la cagnotte de l'ex-boxeur. »). */
const aboutOnlyFr = /^(?:a propos|au sujet|s'agissant) (?:de|du|des)\b[^,;:]*$/;

/**
 * Why a sentence with neither a figure nor a name is no claim, or `undefined` when it is a plain claim to check.
 * `folded`: the sentence folded (lowercase, no accents, straight apostrophes); `contentWords`: its content words
 * (analyzeClaim's words). 'no-fact' for a judgement or too few words, 'signposting' for the draft's own parts.
 */
export function plainSentenceReason(folded: string, contentWords: number, lang: Lang): 'no-fact' | 'signposting' | undefined {
  if (lang === 'fr' ? draftPartsFr.test(folded) || aboutOnlyFr.test(folded) : draftPartsEn.test(folded)) return 'signposting';
  if (contentWords < minimumPlainWords) return 'no-fact';
  if (lang === 'fr' ? judgementFr.test(folded) : judgementEn.test(folded)) return 'no-fact';
  return undefined;
}

/** Whether an analysed claim is a plain claim: checked, with neither a figure nor a name. */
export function isPlainClaim(analysis: ClaimAnalysis): boolean {
  return analysis.isClaim && analysis.quantities.length === 0 && !analysis.words.some((w) => w.isName);
}

/** A personal pronoun as the subject that opens a sentence (« Il savait… », « Elles ont… », "It plans…"). */
const PRONOUN_SUBJECT = /^(?:il|elle|ils|elles|on|he|she|it|they)\s/i;

/**
 * Coverage a passage must reach to support a plain claim (the checker's own bar is 0.55). Measured on the labelled
 * sets (real-dev … real-dev10): passages of another fact supported wrong plain claims at 0.60 and 0.63, while 17 of
 * 18 true plain claims were supported at 0.73 or more.
 */
export const plainSupportThreshold = 0.7;

/**
 * The verdict on a plain claim `claimText` (see {@link isPlainClaim}), from the checker's verdict on it: `verdict` unchanged
 * for any other claim. A plain claim is:
 * - not checked ('none') when the corpus has no passage in its language: across languages only names and figures
 *   are found (TEXT-STACK.md), so its words would match nothing or the wrong passage;
 * - supported only by a passage in its language that states at least {@link plainSupportThreshold} of it;
 * - not supported when one of its words is written nowhere in the corpus (no passage holds any of its terms): the
 *   corpus does not know that thing (« des traces de cannabis » where the sources found « des traces de
 *   somnifères »), as a name no passage writes leaves a claim unsupported;
 * - never contradicted: with no value or name to align, the passage that seems to deny it may tell another fact
 *   (precision first); it is left unsupported, with that passage as the closest;
 * - when its subject is a personal pronoun (« Il savait que… », "It plans to…") and no passage supports it, not
 *   reported ('none'): what it is about is named in an earlier sentence, so its own words are too little to say that
 *   the corpus does not state it. Measured on the dev sets: of the plain claims left unsupported, the 2 with a
 *   pronoun subject were true paraphrases (real-dev7 en7-007, real-dev10 fr10-020); the 9 wrong ones all name their
 *   subject.
 */
export function plainClaimVerdict(verdict: Verdict, claimText: string, analysis: ClaimAnalysis, index: Pick<CorpusReader, 'passagesIn' | 'idf'>): Verdict {
  if (!isPlainClaim(analysis) || verdict.label === 'none') return verdict;
  if (index.passagesIn(analysis.lang) === 0) return { label: 'none', confidence: 1, evidence: [] };
  const best = verdict.evidence[0];
  // idf 0: no passage holds the term (Bm25Index.idf).
  const unknownWord = analysis.words.some((w) => w.terms.length > 0 && w.terms.every((t) => index.idf(t) === 0) && !(w.parts.length > 0 && w.parts.every((p) => index.idf(p) > 0)));
  const weakSupport = verdict.label === 'supported' && (!best || best.coverage < plainSupportThreshold || best.doc.lang !== analysis.lang || unknownWord);
  if (verdict.label === 'supported' && !weakSupport) return verdict;
  if (PRONOUN_SUBJECT.test(claimText.trimStart())) return { label: 'none', confidence: 1, evidence: verdict.evidence.slice(0, 3) };
  if (verdict.label === 'unsupported') return verdict;
  return { label: 'unsupported', confidence: 1 - (best?.coverage ?? 0) / 2, evidence: verdict.evidence.slice(0, 3) };
}

/**
 * Whether prose was cut out from inside a draft sentence (TeX math, inline code, an image, a link's target): more
 * than two source characters skipped between two characters of its text, outside its citations (Markdown markup
 * such as `**` or `_` skips two at most). What was cut out may be what the sentence states (« Le rapport vaut
 * $r = 90/12$ selon le modèle. »), so a plain claim with a cut is not checked on the words left around it.
 * `offsets`: the source offset of each character of the sentence's text (DraftSentence.offsets); `citations`:
 * the source spans of its citations.
 */
export function cutInside(offsets: Int32Array, citations: readonly { start: number; end: number }[]): boolean {
  // The last character is left out: what follows the sentence's text is no cut inside it.
  for (let i = 0; i + 2 < offsets.length; i++) {
    const from = offsets[i] + 1;
    const to = offsets[i + 1];
    if (to - from > 2 && !citations.some((c) => c.start < to && c.end > from)) return true;
  }
  return false;
}
