import type { Lang } from '../types';
import type { Quantity } from '../text/quantities';
import type { Verdict } from './checkClaim';
import { frontedTime } from './frontedTime';
import { participleParts } from './participleParts';
import { trailingParts } from './trailingParts';

/**
 * A claim that joins two facts in one sentence, cut into one text per fact, each a claim of its own that keeps the
 * subject it needs:
 * - a fronted participle or state (« Inaugurée en 2011, la prison de Réau n'avait pas… », « À l'arrêt depuis six
 *   mois, le site a repris… », "Founded in 1990, the firm employs…"): the main clause, and the fronted phrase with
 *   the subject (« Inaugurée en 2011, la prison de Réau. »);
 * - a noun phrase in apposition after a name (« Jean Dupont, le maire de Y, a déclaré… »): the name with the main
 *   clause, and the name with the apposition as predicate (« Jean Dupont est le maire de Y. »);
 * - a relative clause between commas after the subject (« Une intérimaire, qui a travaillé sur le site en 2016,
 *   raconte… », "Mr Hale, who founded the firm, said…"): the subject with the main clause, and the subject with the
 *   relative clause;
 * - a past participle phrase between commas after the subject (« Une marche, partie de la gare, a rassemblé… »,
 *   "The mill, built in 1820, employs…"): as a relative clause (participleParts.ts);
 * - two clauses joined by « , et », « , tandis que », « ; », ", and", ", but", ", while" with a subject of their own (a name or a determiner), or
 *   by « et » / "and" before an auxiliary that shares the first clause's subject (« La centrale a été inaugurée en
 *   1977 et a fonctionné 43 ans »).
 * Returns `undefined` when the claim is not of one of these shapes, or a part would have no subject that a
 * passage can state (a pronoun: "he", « il »), so that a fact is never checked without what it is about.
 */
export function factParts(text: string, lang: Lang): string[] | undefined {
  return cutOf(text.trim(), lang)?.parts;
}

/**
 * How a claim is cut into facts: `after-main` when after its main clause (trailingParts.ts) or at two fronted times
 * (one event's: the same article must tell both parts), `participle` when at a participle phrase after its subject
 * (participleParts.ts: the phrase may tell which of several the subject is, "the fourth try, scored by X", so a
 * part is never contradicted without it), `clauses` for any other cut.
 */
interface Cut {
  parts: string[];
  by: 'after-main' | 'participle' | 'clauses';
}

function cutOf(sentence: string, lang: Lang): Cut | undefined {
  const fronted = frontedTime(sentence, lang);
  if (fronted) return cutAfterTime(fronted.time, fronted.rest, lang);
  const clauses = frontedParts(sentence, lang) ?? relativeParts(sentence, lang);
  if (clauses) return { parts: clauses, by: 'clauses' };
  const participle = participleParts(sentence, lang, (subject) => isSubjectPhrase(subject, lang));
  if (participle) return { parts: participle, by: 'participle' };
  const others = appositionParts(sentence, lang) ?? coordinatedParts(sentence, lang);
  if (others) return { parts: others, by: 'clauses' };
  // A relative clause, apposition or participle after the main clause's last comma (trailingParts.ts).
  const trailing = trailingParts(sentence, lang, (clause) => openingSubject(clause, lang));
  return trailing && { parts: trailing, by: 'after-main' };
}

/**
 * The cut of a claim that opens on a time set off by a comma (frontedTime.ts), made in the clause after it: the
 * time dates the main clause's part, and both clauses of two joined ones (« Le 3 mars, X a …, et Y a … »); a
 * relative clause, an apposition or a fact after the main clause is told of the subject without it (« Le jeudi 3
 * octobre 2019, Jean Dupont, un ingénieur de 45 ans, a … »: he was not 45 on that day only). A second time fronted
 * after the first (« Le dimanche 5 juillet 2020, peu avant 19 heures, … ») dates the clause as the first does: one
 * part with each. `undefined` when the clause after the time is one fact.
 */
function cutAfterTime(time: string, rest: string, lang: Lang): Cut | undefined {
  const dated = (part: string) => `${time}, ${/^\p{Ll}/u.test(rest) ? part.charAt(0).toLowerCase() + part.slice(1) : part}`;
  const second = frontedTime(rest, lang);
  if (second) return { parts: [dated(second.rest), `${capitalised(second.time)}, ${second.rest}`], by: 'after-main' };
  const clause = capitalised(rest);
  const joined = coordinatedParts(clause, lang);
  if (joined) return { parts: joined.map(dated), by: 'clauses' };
  const cut = cutOf(clause, lang);
  return cut && { ...cut, parts: [dated(cut.parts[0]), ...cut.parts.slice(1)] };
}

/** Auxiliaries and common finite verbs that end a subject noun phrase, folded to lower case. */
const VERB_AFTER_SUBJECT: Record<Lang, RegExp> = {
  fr: /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|n['’]|ne|va|vont|allait|doit|doivent|devait|devaient|peut|peuvent|pouvait|compte|comptait|reste|restait|demeure|raconte|affirme|assure|explique|indique|précise|estime|déclare|dit)$/u,
  en: /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do|said|says|told|added|explained|remains|remained)$/u,
};
/** Subjects that name nothing a passage can be matched on. */
const PRONOUN: Record<Lang, RegExp> = {
  fr: /^(?:il|elle|ils|elles|on|nous|vous|je|j['’]|tu|ce|c['’]|cela|ça|celui-ci|celle-ci|ceux-ci|celles-ci)$/iu,
  en: /^(?:he|she|it|they|we|you|i|this|that|these|those|there)$/iu,
};
/** Determiners that open a subject noun phrase. */
const DETERMINER: Record<Lang, RegExp> = {
  fr: /^(?:le|la|les|l['’]\p{L}+|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs)$/iu,
  en: /^(?:the|a|an|this|these|its|his|her|their)$/iu,
};

/**
 * The subject noun phrase that opens a clause (« la prison de Réau » of « la prison de Réau n'avait pas… »): the
 * words before the first auxiliary or common verb, at most eight, opening on a determiner or a capitalised name;
 * `undefined` for a pronoun or when no verb ends it.
 */
export function openingSubject(clause: string, lang: Lang): string | undefined {
  const words = clause.split(/\s+/);
  const first = words[0] ?? '';
  if (PRONOUN[lang].test(first)) return undefined;
  if (!DETERMINER[lang].test(first) && !/^\p{Lu}/u.test(first)) return undefined;
  for (let i = 1; i < Math.min(words.length, 9); i++) {
    const word = words[i].toLowerCase();
    const elided = /^(n['’])/u.exec(word)?.[1];
    if (VERB_AFTER_SUBJECT[lang].test(elided ?? word)) {
      const subject = words.slice(0, i).join(' ');
      // A comma inside is an apposition or a list: not a plain subject.
      return /[,;:()«»"“”]/u.test(subject) ? undefined : subject;
    }
  }
  return nounPhraseBeforeVerb(words, lang);
}

const PREPOSITION: Record<Lang, RegExp> = { fr: /^(?:de|du|des)$/iu, en: /^of$/iu };
/** Words after a noun phrase that do not start its verb (links, prepositions). */
const NOT_VERB: Record<Lang, RegExp> = {
  fr: /^(?:et|ou|à|au|aux|en|sur|pour|avec|dans|par|qui|que|dont|de|du|des|d['’].*)$/iu,
  en: /^(?:and|or|to|in|on|at|with|for|by|from|who|which|that|of)$/iu,
};

/**
 * A subject with no auxiliary after it (« l'usine appartient … », « la prison de Réau abrite … », "the firm
 * employs …"): a determiner and its noun, or a name, with complements of names (« de Réau », "of Leeds"), then a
 * lowercase word that is no link or preposition; `undefined` otherwise.
 */
function nounPhraseBeforeVerb(words: readonly string[], lang: Lang): string | undefined {
  const capitalised = (w: string | undefined) => w !== undefined && /^\p{Lu}/u.test(w);
  let end: number;
  if (lang === 'fr' && /^l['’]\p{L}+$/iu.test(words[0])) end = 1;
  else if (DETERMINER[lang].test(words[0])) end = 2;
  else if (capitalised(words[0])) end = 1;
  else return undefined;
  while (capitalised(words[end])) end++;
  while (words[end] !== undefined && (PREPOSITION[lang].test(words[end]) || (lang === 'fr' && /^d['’]\p{Lu}/u.test(words[end])))) {
    if (/^d['’]/u.test(words[end])) end++;
    else if (capitalised(words[end + 1])) end += 2;
    else return undefined;
    while (capitalised(words[end])) end++;
  }
  const next = words[end];
  if (next === undefined || end > 6 || capitalised(next) || NOT_VERB[lang].test(next) || !/^\p{Ll}+$/u.test(next)) return undefined;
  const subject = words.slice(0, end).join(' ');
  return /[,;:()«»"“”]/u.test(subject) ? undefined : subject;
}

/** A past participle that opens a fronted phrase (« Inaugurée », « Construit », « Élu », "Founded", "Built"). */
const FRONTED_PARTICIPLE: Record<Lang, RegExp> = {
  fr: /^(?=\p{L}{3})\p{Lu}\p{Ll}*(?:é|ée|és|ées|it|ite|its|ites|u|ue|us|ues|is|ise|ises)$/u,
  en: /^\p{Lu}\p{Ll}+(?:ed|en|lt|ught)$/u,
};
/** A state since a time that opens a fronted phrase (« À l'arrêt depuis », « En grève depuis », "Out of service since"). */
const FRONTED_STATE: Record<Lang, RegExp> = {
  fr: /^(?:à|au|aux|en)\s+(?:l['’]|la\s+|le\s+|les\s+)?\p{L}+\s+depuis\s/iu,
  en: /^(?:out\s+of|on|in)\s+\p{L}+\s+since\s/iu,
};
/** Fronted words that are not participles though they end like one (nouns, prepositions). */
const NOT_PARTICIPLE = /^(?:côté|été|année|journée|entrée|soirée|matinée|arrivée|idée|seven|eleven|garden|children|women|men|often|then|when|even)$/iu;

function frontedParts(sentence: string, lang: Lang): string[] | undefined {
  const comma = sentence.indexOf(', ');
  if (comma < 0 || comma > 120) return undefined;
  const fronted = sentence.slice(0, comma);
  const firstWord = fronted.split(/\s+/)[0];
  const participle = FRONTED_PARTICIPLE[lang].test(firstWord) && !NOT_PARTICIPLE.test(firstWord);
  if (!participle && !FRONTED_STATE[lang].test(fronted)) return undefined;
  const rest = sentence.slice(comma + 2);
  const subject = openingSubject(rest, lang);
  if (!subject) return undefined;
  return [capitalised(rest), `${fronted}, ${subject}.`];
}

const RELATIVE: Record<Lang, RegExp> = {
  fr: /^([^,]{3,80}), ((?:qui|dont|où) [^,]{5,160}), (.+)$/u,
  en: /^([^,]{3,80}), ((?:who|which|whose|where) [^,]{5,160}), (.+)$/u,
};

/** Whether words before a comma are a subject noun phrase: a determiner or a name first, not a pronoun, and no verb in it (not a clause). */
function isSubjectPhrase(subject: string, lang: Lang): boolean {
  const words = subject.split(/\s+/);
  if (PRONOUN[lang].test(words[0]) || (!DETERMINER[lang].test(words[0]) && !/^\p{Lu}/u.test(words[0]))) return false;
  return !words.some((w) => VERB_AFTER_SUBJECT[lang].test(w.toLowerCase()));
}

function relativeParts(sentence: string, lang: Lang): string[] | undefined {
  const match = RELATIVE[lang].exec(sentence);
  if (!match) return undefined;
  const [, subject, relative, rest] = match;
  if (!isSubjectPhrase(subject, lang)) return undefined;
  const main = `${subject} ${rest}`;
  const related = `${subject}, ${relative}.`;
  return [main, related];
}

const APPOSITION: Record<Lang, RegExp> = {
  fr: /^([^,]{3,60}), ((?:le|la|les|l['’]|un|une) [^,]{5,160}), (.+)$/u,
  en: /^([^,]{3,60}), ((?:the|a|an) [^,]{5,160}), (.+)$/u,
};
const COPULA: Record<Lang, string> = { fr: 'est', en: 'is' };

/**
 * A noun phrase between commas after a name (« Jean Dupont, le maire de Y, a déclaré… », "Thailand, the first of
 * the ten nations hit to cut its forecast, now expects…"): the name with the main clause, and the name with the
 * apposition as its predicate (« Jean Dupont est le maire de Y. »).
 */
function appositionParts(sentence: string, lang: Lang): string[] | undefined {
  const match = APPOSITION[lang].exec(sentence);
  if (!match) return undefined;
  const [, subject, apposition, rest] = match;
  const words = subject.split(/\s+/);
  // A name: every word capitalised but for a particle (« de », "of"), at most five.
  if (words.length > 5 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|d['’]|la|le|von|van|of|the|al|el|ben)$/iu.test(w))) return undefined;
  if (apposition.split(/\s+/).some((w) => VERB_AFTER_SUBJECT[lang].test(w.toLowerCase()))) return undefined;
  return [`${subject} ${rest}`, `${subject} ${COPULA[lang]} ${apposition}.`];
}

/**
 * Two clauses of their own: one cut, at the first comma before a conjunction or semicolon with 12 characters on each
 * side, into two texts that are checked as claims. A bare "and" / « et » joins two verbs of one subject
 * ({@link SHARED_SUBJECT}); the other cuts of the checker are compared in text/clauses.ts.
 */
const JOINED_CLAUSES: Record<Lang, RegExp> = {
  fr: /^(.{12,}?)(?:, et |, mais |, tandis que |; )(.{12,})$/u,
  en: /^(.{12,}?)(?:, and |, but |, while |, whereas |; )(.{12,})$/u,
};
const SHARED_SUBJECT: Record<Lang, RegExp> = {
  fr: /^(.{12,}?) et ((?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront) .{8,})$/u,
  en: /^(.{12,}?) and ((?:has|have|had|is|are|was|were|will) .{8,})$/u,
};

/** A count in digits and its noun or « autres » / "others" that open a clause as its subject (« 38 des 48 salariés », "14 others"), the first clause's or the second's. */
const COUNT_SUBJECT = /^\d[\d\s.,]*\s+(?:\p{L}{3,}|d['’]entre)/u;

function coordinatedParts(sentence: string, lang: Lang): string[] | undefined {
  const joined = JOINED_CLAUSES[lang].exec(sentence);
  if (joined) {
    const [, first, second] = joined;
    const secondFirst = second.split(/\s+/)[0];
    // A count opens a clause of its own as a subject does (« , et 38 des 48 salariés ont repris », ", and 14 others were missing").
    if (PRONOUN[lang].test(secondFirst) || (!DETERMINER[lang].test(secondFirst) && !/^\p{Lu}/u.test(secondFirst) && !COUNT_SUBJECT.test(second))) return undefined;
    if (!openingSubject(first, lang) && !/^\p{Lu}/u.test(first) && !COUNT_SUBJECT.test(first)) return undefined;
    return [`${first}.`, capitalised(second)];
  }
  const shared = SHARED_SUBJECT[lang].exec(sentence);
  if (!shared) return undefined;
  const [, first, second] = shared;
  const subject = openingSubject(first, lang);
  if (!subject) return undefined;
  return [`${first}.`, `${subject} ${second}`];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The verdict on a claim of two facts (see {@link factParts}) from its parts, or `undefined` when the claim has no
 * parts or they decide nothing:
 * - supported when every part is supported, each by its own passage, with every part's evidence;
 * - contradicted when one part gives a figure or year that a passage contradicts (kind 'quantity' or 'year', one
 *   value) while every other part is supported by a passage of the same document (the same article tells both
 *   facts: the contradicted one is of the claim's subject), with the conflict's offsets moved to the claim's
 *   text (the wrong value written once in the claim, else no verdict).
 * Any other mix (a part unsupported, two contradicted, a name or a negation contradicted) leaves the verdict of the
 * whole sentence. `check`: the checker of one claim text.
 */
export function verdictOfParts(claimText: string, lang: Lang, check: (text: string) => Verdict): Verdict | undefined {
  const cut = cutOf(claimText.trim(), lang);
  if (!cut) return undefined;
  const parts = cut.parts;
  const verdicts = parts.map(check);
  if (verdicts.every((v) => v.label === 'supported')) {
    // A fact after the main clause is told of that clause's event: the article that states one part states the other.
    if (cut.by === 'after-main' && !verdicts[1].evidence.some((e) => verdicts[0].evidence.some((m) => m.doc === e.doc))) return undefined;
    return { label: 'supported', confidence: Math.min(...verdicts.map((v) => v.confidence)), evidence: verdicts.flatMap((v) => v.evidence) };
  }
  if (cut.by === 'participle') return undefined;
  const wrong = verdicts.filter((v) => v.label === 'contradicted');
  if (wrong.length !== 1 || !verdicts.every((v) => v === wrong[0] || v.label === 'supported')) return undefined;
  const verdict = wrong[0];
  const conflict = verdict.conflict;
  const q = conflict?.claimQuantity;
  if (!conflict || !q || (conflict.kind !== 'quantity' && conflict.kind !== 'year') || conflict.others?.length || verdict.evidence.length === 0) return undefined;
  const documents = new Set(verdicts.filter((v) => v !== verdict).flatMap((v) => v.evidence.map((e) => e.doc)));
  if (!documents.has(verdict.evidence[0].doc)) return undefined;
  const partText = parts[verdicts.indexOf(verdict)];
  const from = q.approxStart ?? q.start;
  if (conflict.claimStart < from || conflict.claimEnd > q.end) return undefined;
  const written = partText.slice(from, q.end);
  const at = claimText.indexOf(written);
  if (at < 0 || claimText.indexOf(written, at + 1) >= 0) return undefined;
  const delta = at - from;
  const claimQuantity: Quantity = {
    ...q,
    start: q.start + delta,
    end: q.end + delta,
    numberStart: q.numberStart + delta,
    numberEnd: q.numberEnd + delta,
    ...(q.approxStart !== undefined ? { approxStart: q.approxStart + delta } : {}),
  };
  return { ...verdict, conflict: { ...conflict, claimStart: conflict.claimStart + delta, claimEnd: conflict.claimEnd + delta, claimQuantity } };
}
