import { sameByAcronym } from '../text/acronyms';
import { fold } from '../text/normalize';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import { isAnaphoricBody } from './anaphoricBody';
import { sameName, type RoleMention } from './roles';

/**
 * The body a person leads: news text says who leads what with a title (« Paul Roy, patron de la CFDT », "Kestrel
 * chairman Ann Lowe"), or with a phrase or a verb of leading (« Paul Roy, à la tête de la CFDT », « Paul Roy, qui
 * dirige la CFDT », "Ann Lowe, who chairs Kestrel", "Ann Lowe heads Kestrel"). A claim that gives a person another
 * body to lead than the passage that states the rest of the claim gives the same person is contradicted.
 */

/** Titles of one who leads a body (folded head words): « patron de X », "chairman of X", "X leader". */
const LEADING_HEADS = new Set(
  `patron patronne chef cheffe dirigeant dirigeante president presidente pdg dg directeur directrice secretaire general generale
  chairman chairwoman chair head leader boss chief executive director ceo`
    .split(/\s+/)
    .filter(Boolean),
);

/** A phrase or verb of leading between a name and its body, with the comma of an apposition or none, and an adverb (« aussi », "also"). */
const LEAD_PHRASE =
  /^\s*(?:,\s*(?:(?:qui|who)\s+)?)?(?:(?:aussi|également|egalement|désormais|toujours|also|now|still)\s+)?(?:(?:est\s+|is\s+)?(?:à\s+la\s+tête\s+(?:de\s+|du\s+|des\s+|d['’])|dirige(?:ait)?\s+|préside(?:ait)?\s+|heads\s+|headed\s+|leads\s+|led\s+|chairs\s+|chaired\s+|runs\s+|ran\s+))(?:(?:aussi|également|egalement|désormais|toujours|also|now|still)\s+)?/iu;

/** A body after a verb or phrase of leading: an article, then capitalised words with linking words, and at most one lowercase word closing it before a mark (« FO pénitentiaire, »). */
const BODY = /^((?:(?:le|la|les|l['’]|the)\s*)?(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|de|du|des|d['’]\p{Lu}[\p{L}\p{N}'’-]*|of|for|and|et|the))*(?:\s+\p{Ll}[\p{L}-]*(?=\s*[,.;:)]|\s*$))?))/u;

/** A person and the body they lead, as a text says it. */
export interface LedBody {
  /** The name: offsets and text, and the folded family name (its last word). */
  name: { start: number; end: number; text: string; key: string };
  /** The body, from its linking word or article (« de FO pénitentiaire », « la CFDT »): offsets, text, stems of its words. */
  body: { start: number; end: number; text: string; stems: string[] };
}

const stemsOfBody = (text: string, lang: Lang) =>
  tokenize(text)
    .filter((t) => t.kind === 'word' && !/^(?:le|la|les|l|de|du|des|d|of|for|and|et|the)$/.test(fold(t.norm).replace(/['’]$/, '')))
    .flatMap((t) => t.lower.split('-'))
    .map((w) => stem(w, lang));

/**
 * The bodies a text says people lead with a phrase or verb of leading after their name (« Paul Roy, à la tête de
 * FO pénitentiaire, », « Paul Roy, qui dirige la CFDT », "Ann Lowe, who chairs Kestrel", "Ann Lowe heads the
 * Kestrel Trust"). Names are runs of one to four capitalised words; the body must start with a capitalised word
 * after its article.
 */
export function ledBodies(text: string, lang: Lang): LedBody[] {
  const found: LedBody[] = [];
  const NAME = /\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+)){0,3}/gu;
  for (let m = NAME.exec(text); m !== null; m = NAME.exec(text)) {
    const end = m.index + m[0].length;
    const phrase = LEAD_PHRASE.exec(text.slice(end));
    if (!phrase) continue;
    const bodyStart = end + phrase[0].length;
    const body = BODY.exec(text.slice(bodyStart));
    if (!body) continue;
    // The full stop that ends the sentence is no part of the body ("heads the IFRA."), an abbreviation's is ("the U.S.").
    const atEnd = !/[\p{L}\p{N}]/u.test(text.slice(bodyStart + body[1].length));
    const written = atEnd && /^[^.]*\.$/u.test(body[1].split(/\s+/u).pop() ?? '') ? body[1].slice(0, -1) : body[1];
    // The body's linking word belongs to it (« de FO », « du Medef »): a fix writes the source's with its own.
    // A whole word only: the end of a verb (« préside ») is no « de ».
    const link = /(?<![\p{L}\p{N}])(?:de\s+|du\s+|des\s+|d['’])$/iu.exec(phrase[0]);
    const start = link ? bodyStart - link[0].length : bodyStart;
    const words = m[0].split(/\s+/);
    found.push({
      name: { start: m.index, end, text: m[0], key: fold(words[words.length - 1]).replace(/['’]s$/, '') },
      body: { start, end: bodyStart + written.length, text: text.slice(start, bodyStart + written.length), stems: stemsOfBody(written, lang) },
    });
  }
  return found;
}

/** The body of a leading title (« patron de l'Ufap-Unsa justice », "Kestrel chairman"), as {@link LedBody}; undefined for another title or no body with a name. */
export function bodyOfTitle(m: RoleMention, text: string, lang: Lang): LedBody | undefined {
  const head = fold(m.head.text.toLowerCase()).split(/\s+/);
  if (!m.complement || m.head.rank || !head.every((w) => LEADING_HEADS.has(w))) return undefined;
  if (!/\p{Lu}/u.test(m.complement.text)) return undefined;
  // « président de cette fondation abritée par la Fondation du patrimoine »: the body refers back, it names none (anaphoricBody.ts).
  if (isAnaphoricBody(m.complement.text)) return undefined;
  return { name: m.name, body: { start: m.complement.start, end: m.complement.end, text: text.slice(m.complement.start, m.complement.end), stems: stemsOfBody(m.complement.text, lang) } };
}

const asRole = (l: LedBody): RoleMention => ({ name: l.name, head: { start: 0, end: 0, text: '', stems: [] } });

/** A body a passage says a person leads, with the passage's sentence and language. */
export interface LedSighting<S> {
  led: LedBody;
  sentence: S;
  text: string;
  lang: Lang;
}

/**
 * The body the passages that state the rest of the claim say the claim's person leads in place of the claim's
 * (`stating`), when no sentence of the documents read (`elsewhere`) says the person leads a body that shares a
 * word with the claim's (the person may lead both), the two bodies share no word and neither is the other's acronym,
 * and claim and source are in one language. The claim's body and the source's, to write in its place.
 */
export function findOtherLedBody<S>(claim: { text: string; lang: Lang }, stating: readonly LedSighting<S>[], elsewhere: readonly LedSighting<unknown>[]): { claim: LedBody; source: LedSighting<S> } | undefined {
  for (const c of ledBodies(claim.text, claim.lang)) {
    // A body and its acronym are one body ("the IFRA", "the International Federation of Radio Amateurs").
    const shares = (l: LedBody) => l.body.stems.some((s) => c.body.stems.includes(s)) || sameByAcronym(c.body.text, l.body.text);
    if (elsewhere.some(({ led, lang }) => lang === claim.lang && sameName(asRole(c), asRole(led)) && shares(led))) continue;
    const source = stating.find(({ led, lang }) => lang === claim.lang && sameName(asRole(c), asRole(led)) && !shares(led));
    if (source) return { claim: c, source };
  }
  return undefined;
}
