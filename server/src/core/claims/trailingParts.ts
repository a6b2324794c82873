import type { Lang } from '../types';

/**
 * A claim whose main clause is followed, after its last comma, by a second fact about it: a relative clause of
 * the last noun (« …, un appareil du même modèle, qui assurait le vol 12 », "…the Hale dam, which was designed to
 * produce 900 MW"), a noun phrase in apposition to the whole event ("Wales ran in six tries, their first away win
 * for four years", « …, une mission qui lui avait valu une médaille »), or a present participle ("…, turning a 6-15
 * deficit into a lead", « …, faisant 12 morts »). Cut into the main clause and the trailing fact, each a claim of its
 * own: the relative clause keeps its antecedent (« deux autres amis, qui étaient partis… »), the apposition or
 * participle the main clause's subject or, failing one, its names, so that no part is checked without what it is
 * about.
 * Returns `undefined` when no comma opens such a fact, or the main clause or the trailing fact is too short to be
 * a claim (fewer than four words, fewer than three), or the trailing fact has nothing to be said of.
 * `subjectOf`: the subject noun phrase that opens a clause, or `undefined` (see factParts.ts openingSubject).
 */
export function trailingParts(sentence: string, lang: Lang, subjectOf: (clause: string) => string | undefined): string[] | undefined {
  const body = sentence.replace(/[.!?…]+$/u, '');
  for (const match of body.matchAll(/, /gu)) {
    const at = match.index;
    const main = body.slice(0, at);
    const tail = body.slice(at + 2);
    const opener = TAIL_OPENER[lang].exec(tail);
    // A fronted adverbial (« Après ce premier incendie, la cathédrale… ») is no main clause: the clause after it is.
    if (!opener || (OPENS_ADVERBIAL[lang].test(main) && main.split(/\s+/).length <= 5)) continue;
    // A noun with a verb of its own after it is the main clause after a fronted phrase (« Selon le procureur, l'incendie a été… »).
    if (opener.groups?.relative === undefined && !PARTICIPLE[lang].test(tail) && opensClause(tail, lang)) continue;
    if (main.split(/\s+/).length < 4 || tail.split(/\s+/).length < 4 || REPORTED[lang].test(tail)) return undefined;
    // The subject of the main clause's last clause (after a fronted « En 2005, », "In her report,"), else its names.
    const lastClause = main.slice(main.lastIndexOf(', ') + 1).trim();
    const subject = [subjectOf(lastClause), subjectOf(main)].find((s) => s !== undefined && !OPENS_ADVERBIAL[lang].test(s));
    // A relative clause, or an apposition right after a name (« …à Vendin-le-Vieil, une prison de haute sécurité »),
    // is said of the noun before the comma; an apposition or participle after a common noun, of the whole clause.
    // A possessive (« leur première victoire », "their first win") is said of the subject, not of a place before it.
    const ofLastNoun = opener.groups?.relative !== undefined || (ARTICLE[lang].test(tail) && /\p{Lu}[\p{L}\p{N}'’-]*$/u.test(main));
    const holder = ofLastNoun ? antecedentOf(main, lang) : (subject ?? namesOf(main));
    if (!holder) return undefined;
    return [`${main}.`, `${capitalised(holder)}, ${tail}.`];
  }
  return undefined;
}

/** What opens a trailing fact: a relative pronoun (group `relative`), a determiner of a noun in apposition, or a present participle. */
const TAIL_OPENER: Record<Lang, RegExp> = {
  fr: /^(?:(?<relative>qui|dont|où)\s|(?:un|une|le|la|les|l['’]|soit|son|sa|ses|leur|leurs)\s*\p{L}|(?:en\s+)?\p{Ll}{3,}ant\s)/u,
  en: /^(?:(?<relative>which|who|whose|where)\s|(?:a|an|the|their|its|his|her|part\s+of|one\s+of)\s+\p{L}|\p{Ll}{3,}ing\s)/u,
};

/** A trailing attribution ("…, the mayor said", « …, a précisé le maire »): who told the fact, not a fact. */
const REPORTED: Record<Lang, RegExp> = {
  fr: /(?:^|\s)(?:a|ont|avait)\s+(?:déclaré|indiqué|précisé|affirmé|expliqué|annoncé|ajouté|souligné)(?:\s|$)|(?:^|\s)(?:selon|d['’]après)\s/iu,
  en: /\s(?:said|says|told|added|explained|announced|reported)$|(?:^|\s)according\s+to\s/iu,
};
/** A capitalised preposition that opens an adverbial, not a subject (« En 2005 », "In her report", "After the match"). */
const OPENS_ADVERBIAL: Record<Lang, RegExp> = {
  fr: /^(?:en|à|au|aux|dans|après|avant|depuis|pendant|selon|lors|sur|sous|pour|par|avec|alors)(?:\s|$)/iu,
  en: /^(?:in|at|on|after|before|since|during|for|by|with|under|from|to|as|when|while)(?:\s|$)/iu,
};

/** A present participle that opens a trailing fact (« faisant », "turning"). */
const PARTICIPLE: Record<Lang, RegExp> = { fr: /^(?:en\s+)?\p{Ll}{3,}ant\s/u, en: /^\p{Ll}{3,}ing\s/u };
/** Finite auxiliaries and copulas, and the relative pronouns after which a verb is no longer the noun's own. */
const FINITE: Record<Lang, RegExp> = {
  fr: /^(?:n['’])?(?:a|ont|avait|avaient|aura|auront|est|sont|était|étaient|sera|seront|fut|furent|reste|restait|demeure)$/iu,
  en: /^(?:has|have|had|is|are|was|were|will|would|remains|remained)$/iu,
};
const RELATIVE_WORD: Record<Lang, RegExp> = { fr: /^(?:qui|que|qu['’]\p{L}*|dont|où)$/iu, en: /^(?:who|which|that|whose|where)$/iu };

/** Whether a text opens with a noun phrase followed by a finite verb of its own, within nine words and before any relative pronoun. */
function opensClause(text: string, lang: Lang): boolean {
  for (const word of text.split(/\s+/).slice(1, 9)) {
    if (RELATIVE_WORD[lang].test(word)) return false;
    if (FINITE[lang].test(word)) return true;
  }
  return false;
}

/** An article that opens a noun in apposition to the name before it (« Vendin, une prison… », "Leeds, a city…"). */
const ARTICLE: Record<Lang, RegExp> = { fr: /^(?:(?:un|une|le|la|les)\s|l['’])/iu, en: /^(?:a|an|the)\s/iu };

/** Determiners and numbers that open the noun phrase a relative clause is said of. */
const OPENS_NOUN_PHRASE: Record<Lang, RegExp> = {
  fr: /^(?:le|la|les|l['’]\p{L}+|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d[\d\s.,]*)$/iu,
  en: /^(?:the|a|an|this|these|its|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/iu,
};
/** Words that never stand inside the noun phrase a relative clause is said of (verbs, links). */
const NOT_IN_NOUN_PHRASE: Record<Lang, RegExp> = {
  fr: /^(?:a|ont|avait|avaient|est|sont|était|étaient|et|ou|que|qui|avec|par|pour|dans|sur|en|à|au|aux)$/iu,
  en: /^(?:has|have|had|is|are|was|were|and|or|that|who|which|with|by|for|in|on|at|to|from)$/iu,
};

/**
 * The noun phrase a relative clause after the main clause is said of: the last words of the main clause from a
 * determiner or number (« deux autres amis », "the Hale dam"), or a run of capitalised words ("Jane Roe"), at
 * most six words; `undefined` when a verb or link stands between them and the comma.
 */
function antecedentOf(main: string, lang: Lang): string | undefined {
  const words = main.split(/\s+/);
  let name: number | undefined;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 6); i--) {
    if (NOT_IN_NOUN_PHRASE[lang].test(words[i])) break;
    if (OPENS_NOUN_PHRASE[lang].test(words[i])) return i === words.length - 1 ? undefined : words.slice(i).join(' ');
    if (name === undefined && words.slice(i).every((w) => /^\p{Lu}/u.test(w)) && !/^\p{Lu}/u.test(words[i - 1] ?? '')) name = i;
  }
  return name === undefined ? undefined : words.slice(name).join(' ');
}

/** The capitalised words of a clause but its first (names: « Rome », "Wales"), joined; `undefined` when it has none. */
function namesOf(main: string): string | undefined {
  const names = main
    .split(/\s+/)
    .slice(1)
    .filter((w) => !OPENS_ADVERBIAL.en.test(w) && !OPENS_ADVERBIAL.fr.test(w))
    .map((w) => w.replace(/^[«"“(]+|[»"”),;:]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
  return names.length > 0 ? names.join(' ') : undefined;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
