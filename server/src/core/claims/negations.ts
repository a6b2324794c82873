import { isStopWord, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';

/**
 * Negations that `isNegated` (analyzeClaim.ts) did not read with its short patterns: « ne » far from its negative
 * word because the speaker set an aside between them, and the negative determiners of English ("no arrests have
 * been made"). Each pattern is about the form of the negation, never about what is negated.
 */

/**
 * « ne » … a negative word with an aside between them, within one clause: « Les personnels n'ont de mon point de
 * vue commis aucune erreur », « il n'a selon ses proches jamais quitté ». `isNegated`'s own pattern allows two words
 * between the verb and the negative word; an aside needs more. Up to six words, none of them a subordinating or
 * coordinating word (« que », « qui », « mais », « et »…, where another clause with its own verb begins) and no end
 * of clause (. ; : ! ?) between.
 */
const NEGATION_AFTER_ASIDE_FR =
  /(?:^|[\s'’])(?:ne|n['’])\s*[^\s.;:!?]+(?:\s+(?!(?:que|qu['’]\S*|qui|dont|où|mais|et|ou|car|si|lorsque|quand)(?![\p{L}]))[^\s.;:!?]+){3,6}?\s+["«“‘]?\s*(?:pas|jamais|aucun|aucune|rien|nullement|guère)(?![\p{L}])/iu;

/**
 * « ne » right after an opening quote mark (« ajoutant qu'il "ne pourra pas agir" », « a-t-il dit, "n'avoir jamais
 * vu ça" »): `isNegated`'s pattern wants a space or an apostrophe before « ne ».
 */
const QUOTED_NE_FR = /["«“‘]\s*(?:ne|n['’])\s*\S*(?:\s+\S+){0,2}?\s+(?:pas|jamais|plus(?!\s+(?:que|qu['’]))|aucun|aucune|rien|nullement|guère)(?![\p{L}])/iu;

/**
 * A negative pronoun right before the verb's « ne » (« personne n'a été blessé », « rien n'a changé », « aucun n'a
 * répondu »): `isNegated`'s pattern for a negative subject wants words between them. « personne » after a
 * determiner is the noun (« une personne n'a … »), not the pronoun.
 */
const NEGATIVE_PRONOUN_FR = /(?:^|[\s'’(.,;:"«“])(?<!(?:une|la|cette|chaque|toute|seule|quelle|de|d['’])\s*)(?:personne|rien|aucun|aucune|nul|nulle)\s+(?:ne\s|n['’])/iu;

/**
 * The English negative determiner before a noun: "no arrests have been made", "no one was hurt", and "nobody". Not
 * where "no" does not deny: "no doubt", "no matter", "no fewer/more/less than" (bounds), "no later/sooner/earlier
 * than", "no longer" (read by `isNegated` already); nor "No." before a number, nor a capitalised "No" inside a
 * sentence (a title or a name: `withoutTitleNegations` blanks those first). Not after "with", "at", "for", "of",
 * "by", "to": "rose 5% with no sign of slowing", "at no cost" qualify the clause's fact without denying it ("in no
 * position to" does deny it). Not "nothing" nor "none", which are as
 * often a value ("fell from $17.8bn to virtually nothing", "second to none") as a denial.
 */
const NEGATIVE_DETERMINER_EN =
  /(?:^|[^\p{L}'’.-])(?<!(?:^|[^\p{L}])(?:with|at|for|of|by|to)\s+)(?:no(?=\s+\p{L})(?!\s+(?:doubt|matter|fewer|more|less|later|sooner|earlier|longer|further|wonder)(?![\p{L}]))|nobody)(?![\p{L}'’.-])/iu;

/**
 * « ne » … « ni » (« la loi ne prévoyait ni avocat ni notification », « il n'a ni voiture ni maison »): the verb is
 * denied of each member the « ni » introduce, as « ne … pas » denies it of one. Up to three words between the verb
 * and « ni » (« ne prévoyant alors, par exemple, ni »), no end of clause between.
 */
const NE_NI_FR = /(?:^|[\s'’"«“‘])(?:ne|n['’])\s*[^\s.;:!?]*(?:[\s,]+[^\s.;:!?]+){0,3}?[\s,]+ni(?![\p{L}])/iu;

/**
 * « ni X ni Y » without its « ne » (a heading, a caption, spoken French: « ni avocat ni notification du droit de se
 * taire »): the pair of « ni » denies both members.
 */
const NI_NI_FR = /(?:^|[\s(,;:"«“‘])ni\s[^.;:!?]{1,80}?[\s,]ni(?![\p{L}])/iu;

/**
 * « ni » opening a clause: the coordination goes on denying after the comma that parts it from its « ne » (« n'avait
 * "jamais présenté de difficulté", ni "le moindre signe d'alerte" »), as "nor" does in English ({@link NEITHER_NOR_EN}).
 */
const NI_OPENING_FR = /^[\s"«“‘(]*ni(?![\p{L}])/iu;

/**
 * "neither … nor", and "nor" opening a denied clause ("nor did he sign", "neither side won"): English negative
 * coordination, which denies its verb as "not" does. Lowercase or at the sentence's start; a capitalised word
 * inside a sentence is a title's (`withoutTitleNegations`).
 */
const NEITHER_NOR_EN = /(?:^|[^\p{L}'’-])(?:neither|nor)(?![\p{L}'’-])/iu;

/**
 * Whether `text` (a sentence or a clause, title negations already blanked) is negated by one of the forms above.
 */
export function negatedByOtherForms(text: string, lang: Lang): boolean {
  return lang === 'fr'
    ? NEGATION_AFTER_ASIDE_FR.test(text) || QUOTED_NE_FR.test(text) || NEGATIVE_PRONOUN_FR.test(text) || NE_NI_FR.test(text) || NI_NI_FR.test(text) || NI_OPENING_FR.test(text)
    : NEGATIVE_DETERMINER_EN.test(text) || NEITHER_NOR_EN.test(text);
}

/**
 * The verb of an English negative contraction, which the tokenizer keeps as one token ("don't" → "do", "isn’t" →
 * "is", "won't" → "will", "can't" → "can", "n't" → ""), or undefined for any other token. Straight and curly
 * apostrophes alike.
 */
export function contractedNegationVerb(norm: string): string | undefined {
  const m = /^(\p{L}*)n['’]t$/u.exec(norm);
  if (!m) return undefined;
  const verb = m[1].toLowerCase();
  return verb === 'wo' ? 'will' : verb === 'ca' ? 'can' : verb === 'sha' ? 'shall' : verb;
}

/**
 * Where the English negative determiner of `text` starts ("had no idea", "nobody was hurt": the forms
 * {@link NEGATIVE_DETERMINER_EN} reads), as an offset into `text`; undefined when it has none.
 */
export function negativeDeterminerEnAt(text: string): number | undefined {
  const m = NEGATIVE_DETERMINER_EN.exec(text);
  return m ? m.index + /^[^\p{L}]*/u.exec(m[0])![0].length : undefined;
}

/** Whether an English token negates: "not", "never", or a contraction ("don't", "wasn’t": {@link contractedNegationVerb}). */
export function isEnglishNegationToken(norm: string): boolean {
  return norm === 'not' || norm === 'never' || contractedNegationVerb(norm) !== undefined;
}

/**
 * « ne » + verb, then an aside set off by commas, then the negative word (« la loi ne prévoyant alors, par exemple,
 * ni avocat ni notification », « il n'a, selon ses proches, jamais quitté »): group 1 runs from « ne » to the
 * negative word. At most six words in between, none that opens another clause (as {@link NEGATION_AFTER_ASIDE_FR}).
 */
const NEGATION_ACROSS_COMMAS_FR =
  /(?<=^|[\s'’"«“‘])((?:ne|n['’])\s*[^\s.;:!?,]+(?:(?:\s*,\s*|\s+)(?!(?:que|qu['’]\S*|qui|dont|où|mais|et|ou|car|si|lorsque|quand)(?![\p{L}]))[^\s.;:!?,]+){0,6}?(?:\s*,\s*|\s+))(?=(?:pas|jamais|plus|aucun|aucune|rien|nullement|guère|ni)(?![\p{L}]))/giu;

/**
 * `text` with the commas of an aside between « ne » and its negative word turned into spaces (same length, offsets
 * hold), so that a reading clause by clause keeps the verb with its negation: « la loi ne prévoyant alors, par
 * exemple, ni présence d'un avocat » is one negated clause, not « ne prévoyant alors » and « ni présence … » apart.
 * Other languages' text is returned as is.
 */
export function withNegationAsidesJoined(text: string, lang: Lang): string {
  if (lang !== 'fr') return text;
  return text.replace(NEGATION_ACROSS_COMMAS_FR, (span: string) => (span.includes(',') ? span.replace(/,/g, ' ') : span));
}

/** French and English negation words a claim denies with (« ne … pas », "not", "never", "no"), folded. */
const CLAIM_NEGATION_WORD = /^(?:pas|jamais|plus|aucun|aucune|rien|nullement|guere|ni|not|never|no|neither|nor|n't)$/;
/** « sans », "without" and the words that may stand before their noun: articles, determiners (« sans aucun contrat », "without a written contract"). */
const WITHOUT_NOUN = /(?:^|[^\p{L}])(?:sans|without)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)(?![\p{L}'’-])/giu;

/**
 * Whether a passage says a negated claim's no with « sans », "without" before a noun (« travaillaient sans contrat
 * écrit » for « ne prévoyait pas de contrat écrit », "worked without a written contract" for "did not have a
 * written contract"): a word the claim writes within three content words after its negation is written within
 * four words after « sans ». The passage is then negated as the claim is, and the two agree. Same language only;
 * false when the claim writes no negation word.
 */
export function saysNoWithout(claim: string, passage: string, lang: Lang, passageLang: Lang): boolean {
  if (lang !== passageLang) return false;
  const tokens = tokenize(claim).filter((t) => t.kind === 'word' || t.kind === 'elision');
  const at = tokens.findIndex((t) => CLAIM_NEGATION_WORD.test(t.norm) || /n['’]t$/.test(t.norm));
  if (at < 0) return false;
  const denied = new Set(tokens.slice(at + 1).filter((t) => t.kind === 'word' && !isStopWord(t.norm, lang) && !CLAIM_NEGATION_WORD.test(t.norm)).slice(0, 3).flatMap((t) => termsOf(t.text, lang)));
  if (denied.size === 0) return false;
  for (const match of passage.matchAll(WITHOUT_NOUN)) {
    if (termsOf(match[1], lang).some((term) => denied.has(term))) return true;
  }
  return false;
}

/**
 * Whether a passage denies with « sans », "without" a word that a claim without a negation states (« les
 * saisonniers travaillaient sans contrat écrit » against « le règlement prévoyait un contrat écrit »): one of the
 * first two content words after « sans » is a word of the claim, and the claim writes no « sans », "without" and no
 * negation word itself. Such a passage does not state the claim; it is no contradiction either (« parti sans son
 * passeport » says nothing against « a perdu son passeport »). Same language only.
 */
export function deniesWithout(claim: string, passage: string, lang: Lang, passageLang: Lang): boolean {
  if (lang !== passageLang || /(?:^|[^\p{L}])(?:sans|without)(?![\p{L}])/iu.test(claim)) return false;
  const tokens = tokenize(claim).filter((t) => t.kind === 'word' || t.kind === 'elision');
  if (tokens.some((t) => CLAIM_NEGATION_WORD.test(t.norm) || /n['’]t$/.test(t.norm))) return false;
  const claimTerms = new Set(termsOf(claim, lang));
  for (const match of passage.matchAll(WITHOUT_NOUN)) {
    const words = tokenize(match[1]).filter((t) => t.kind === 'word' && !isStopWord(t.norm, lang)).slice(0, 2);
    if (words.some((t) => termsOf(t.text, lang).some((term) => claimTerms.has(term)))) return true;
  }
  return false;
}

