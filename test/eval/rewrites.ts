/**
 * Truth-preserving rewrites of a corpus sentence, the way a writer rewords what a source says: each rewrite states
 * nothing the sentence does not, so the checker must never call it contradicted (nor offer a fix on it). Used by
 * `selfcheck.ts --rewrites`. Every kind here is true by construction on the sentences it accepts; a kind that could
 * produce a false sentence is refused (no reported speech turned into a fact, no rounding that changes a figure
 * beyond « environ »/"about", no « plus de »/"more than" above the figure written).
 */
import { parseQuantities } from '../../server/src/core/text/quantities';

export type Lang = 'fr' | 'en';
export type RewriteKind = 'shortname' | 'pronoun' | 'relative' | 'apposition' | 'fronted' | 'about' | 'morethan' | 'date' | 'noyear' | 'thousands' | 'percent' | 'numberwords' | 'scale' | 'pair' | 'mainclause';
export const REWRITE_KINDS: RewriteKind[] = ['shortname', 'pronoun', 'relative', 'apposition', 'fronted', 'about', 'morethan', 'date', 'noyear', 'thousands', 'percent', 'numberwords', 'scale', 'pair', 'mainclause'];

export interface Rewrite {
  kind: RewriteKind;
  /** The draft text to check: one or two sentences. */
  text: string;
}

const UPPER = 'A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ';
const LOWER = 'a-zàâäçéèêëîïôöùûüÿœæ';
/** A person's full name at the start: two or three capitalised words ("Jean-Luc Mélenchon", "Keir Starmer"). */
const LEADING_NAME = new RegExp(`^((?:[${UPPER}][${LOWER}-]+ ){1,2}([${UPPER}][${LOWER}-]+))(?= [${LOWER}]|, )`, 'u');
/** Whether the corpus knows a name as a person's (its entity index). */
export type IsPerson = (name: string) => boolean;
/** A name as a whole: every word capitalised (« Chronoplus », "Newcastle Falcons"). */
const isName = (s: string) => new RegExp(`^[${UPPER}][${LOWER}-]+( [${UPPER}][${LOWER}-]+){0,3}$`, 'u').test(s);
/** Name particles: « Marine Le Pen » is not shortened to « Pen ». */
const PARTICLE = /\b(Le|La|De|Du|Des|Van|Von|Del|Da|Di|Al|El|Ben|Mac)\b/;
const FUNCTION_START = /^(Le|La|Les|L’|L'|Un|Une|Des|Ce|Cette|Ces|The|A|An|This|These|Those|Il|Elle|Ils|Elles|He|She|They|It|En|Au|Aux|Dans|Selon|According|In|On|At|For|After|Before|Après|Avant|Depuis|Pour|Mais|But|Since|Lors|During|Pendant|De|Du|Son|Sa|Ses|His|Her|Their|Its|Leur|Leurs|There|Il)\b/;

function leadingPerson(text: string, isPerson: IsPerson): { full: string; last: string } | undefined {
  const m = LEADING_NAME.exec(text);
  if (!m || FUNCTION_START.test(m[1]) || !m[1].includes(' ') || PARTICLE.test(m[1]) || !isPerson(m[1])) return undefined;
  return { full: m[1], last: m[2] };
}

/** « Emmanuel Macron a dit » → « Macron a dit »: the subject's full name replaced by its last name. */
export function shortName(text: string, isPerson: IsPerson): string | undefined {
  const p = leadingPerson(text, isPerson);
  if (!p) return undefined;
  return p.last + text.slice(p.full.length);
}

/**
 * The subject's name replaced by a pronoun, its antecedent given by a sentence before that names it (the
 * corpus sentence itself, verbatim, precedes the rewrite of the next one). Returns the two-sentence draft, or
 * `undefined` when the next sentence does not start with the same person.
 */
export function pronounPair(previous: string, text: string, lang: Lang, feminine: boolean, isPerson: IsPerson): string | undefined {
  const p = leadingPerson(text, isPerson);
  // « Mike Horn et son équipier … » is not « Il et son équipier »: a coordinated subject keeps its name.
  if (!p || !previous.includes(p.full) || /^,? (et|and|ou|or)\b|^,/.test(text.slice(p.full.length))) return undefined;
  const pronoun = lang === 'fr' ? (feminine ? 'Elle' : 'Il') : feminine ? 'She' : 'He';
  return `${previous} ${pronoun}${text.slice(p.full.length)}`;
}

/** « X, qui dirige Y, a fait Z. » → « X a fait Z. » and « X dirige Y. » ("X, who leads Y, did Z."). */
export function relativeClause(text: string, lang: Lang, isPerson: IsPerson): string[] {
  const rel = lang === 'fr' ? 'qui' : '(?:who|which)';
  const m = new RegExp(`^([${UPPER}][^,]{1,40}), ${rel} ([^,;«»"“”()]{8,140}), ([${LOWER}][^«»"“”]{8,})$`, 'u').exec(text);
  if (!m || /\b(et|and|ou|or)\b/.test(m[1])) return [];
  // The subject is a name the corpus knows, or a noun phrase opened by a determiner (« L'écrivain », "The club").
  const determiner = /^(Le|La|Les|L’|L'|The|Ce|Cette|This)\b ?[^ ]*( [^ ]+){0,3}$/.test(m[1]) && !/[.:]/.test(m[1]);
  if (!determiner && !isPerson(m[1]) && !isName(m[1])) return [];
  const end = /[.!?]$/.test(m[2]) ? '' : '.';
  return [`${m[1]} ${m[3]}`, `${m[1]} ${m[2]}${end}`];
}

/**
 * « X, le maire de Y, a fait Z. » → « X est le maire de Y. » and « X a fait Z. » ("X, the mayor of Y, did Z." →
 * "X is the mayor of Y."). Appositions that date the role (« alors », « ancien », "then", "former") keep their
 * words; « à l'époque » or a year in the apposition refuses the present tense, so only the second rewrite is kept.
 */
export function apposition(text: string, lang: Lang, isPerson: IsPerson): string[] {
  const p = leadingPerson(text, isPerson);
  if (!p) return [];
  const rest = text.slice(p.full.length);
  const art = lang === 'fr' ? '(?:le|la|l’|l\'|un|une)' : '(?:the|a|an)';
  const m = new RegExp(`^, (${art} ?[^,;«»"“”()]{4,100}), ([${LOWER}][^«»"“”]{8,})$`, 'u').exec(rest);
  if (!m) return [];
  const out = [`${p.full} ${m[2]}`];
  if (!/\b(alors|époque|then|at the time|\d{4})\b/i.test(m[1])) out.push(`${p.full} ${lang === 'fr' ? 'est' : 'is'} ${m[1]}.`);
  return out;
}

const TIME_WORD = /\d|\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|year|week|month|année|semaine|mois)\b/i;

/**
 * « En 2019, X a fait Z. » → « X a fait Z en 2019. »: a fronted time (a figure, a month, a weekday) or place
 * (« À Nantes », "In Paris") moved to the end of a main clause that has no comma and no other time of its own, so
 * the moved time cannot attach to another event.
 */
export function frontedToEnd(text: string, lang: Lang): string | undefined {
  const lead = lang === 'fr' ? '(?:En|Le|Au|Dans|À|Depuis|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)' : '(?:In|On|At|Since|During|Last)';
  const m = new RegExp(`^(${lead}\\b[^,;«»"“”()]{2,40}), ([^,;«»"“”()]{12,})\\.$`, 'u').exec(text);
  if (!m || /\b(qui|que|dont|who|which|that|où|where|when|quand|lorsque|si|if)\b/i.test(m[1])) return undefined;
  const place = new RegExp(`^(En|À|Au|In|At) [${UPPER}]`, 'u').test(m[1]) && !TIME_WORD.test(m[1]);
  if (!place && !TIME_WORD.test(m[1])) return undefined;
  if (TIME_WORD.test(m[2]) || /\b(et|and)\b/.test(m[2])) return undefined;
  return `${m[2][0].toUpperCase()}${m[2].slice(1)} ${m[1][0].toLowerCase()}${m[1].slice(1)}.`;
}

function numberWritten(n: number, lang: Lang): string {
  return lang === 'fr' ? String(n).replace(/\B(?=(\d{3})+$)/g, '\u202f') : String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * The integer figures a rounding may touch: ≥ 100, no scale word, no decimals, no leading zero, not a year-like
 * bare number (1800–2099 without a unit), not right after a determiner (« les 8 000 tonnes », "the $499 Mac":
 * « les environ … » is not French).
 */
function roundable(text: string, lang: Lang) {
  return parseQuantities(text, lang).filter((q) => {
    const digits = text.slice(q.numberStart, q.numberEnd);
    return (q.kind === 'number' || q.kind === 'money') && !q.approx && !q.words && q.scale === 1 && !q.age && !q.span && q.value >= 100 && Number.isInteger(q.value)
      && /^[1-9][\d\s\u00a0\u202f.,]*$/.test(digits) && !(q.value >= 1800 && q.value < 2100 && !q.unit && q.kind === 'number')
      && !/\b(le|la|les|des|ses|leurs|ces|the|its|their|these|those|années|years)\s*$/i.test(text.slice(0, q.start))
      // a range (« 2034-2035 ») or a model number (« Boeing 737 MAX »)
      && !/[-–\/]$/.test(text.slice(0, q.start)) && !/^[-–\/]/.test(text.slice(q.numberEnd)) && !/\p{Lu}\p{L}*\s$/u.test(text.slice(0, q.start)) && !/^\s\p{Lu}{2}/u.test(text.slice(q.numberEnd));
  });
}

/** « 1 234 personnes » → « environ 1 200 personnes » ("about 1,200 people"): two significant figures, closer than 5 %. */
export function aboutFigure(text: string, lang: Lang): string | undefined {
  const q = roundable(text, lang)[0];
  if (!q) return undefined;
  const mag = 10 ** (Math.floor(Math.log10(q.value)) - 1);
  const rounded = Math.round(q.value / mag) * mag;
  if (rounded === q.value || Math.abs(rounded - q.value) / q.value > 0.05) return undefined;
  const word = lang === 'fr' ? 'environ ' : 'about ';
  const before = lang === 'fr' ? text.slice(0, q.start).replace(/(?<!\p{L})([dq]u?)e $/u, '$1’') : text.slice(0, q.start);
  const inner = text.slice(q.start, q.numberStart) + numberWritten(rounded, lang);
  return before + word + inner + text.slice(q.numberEnd);
}

/** « 1 234 personnes » → « plus de 1 200 personnes » ("more than 1,200 people"): rounded down, so still true. */
export function moreThanFigure(text: string, lang: Lang): string | undefined {
  const q = roundable(text, lang)[0];
  if (!q || /\b(seulement|only|just|moins|less|fewer|jusqu|up to|au plus|at most|maximum|from|to|de|du|à|entre|between|et|and)\s*$/i.test(text.slice(Math.max(0, q.start - 25), q.start))
    || /\b(seulement|only|just|moins|less|fewer|jusqu|up to|au plus|at most|maximum)\b/i.test(text.slice(Math.max(0, q.start - 25), q.start))) return undefined;
  const mag = 10 ** (Math.floor(Math.log10(q.value)) - 1);
  const rounded = Math.floor(q.value / mag) * mag;
  if (rounded === q.value) return undefined;
  const word = lang === 'fr' ? 'plus de ' : 'more than ';
  return text.slice(0, q.start) + word + text.slice(q.start, q.numberStart) + numberWritten(rounded, lang) + text.slice(q.numberEnd);
}

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** « le 14 mars 2019 » → « le 14/03/2019 »; "March 14, 2019" or "14 March 2019" → "14 March 2019" / "March 14, 2019". */
export function dateFormat(text: string, lang: Lang): string | undefined {
  if (lang === 'fr') {
    const m = new RegExp(`\\b(1er|\\d{1,2}) (${FR_MONTHS.join('|')}) ((?:19|20)\\d\\d)\\b`, 'u').exec(text);
    if (!m) return undefined;
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    const month = FR_MONTHS.indexOf(m[2]) + 1;
    return text.slice(0, m.index) + `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${m[3]}` + text.slice(m.index + m[0].length);
  }
  const us = new RegExp(`\\b(${EN_MONTHS.join('|')}) (\\d{1,2}),? ((?:19|20)\\d\\d)\\b`).exec(text);
  if (us) return text.slice(0, us.index) + `${us[2]} ${us[1]} ${us[3]}` + text.slice(us.index + us[0].length);
  const uk = new RegExp(`\\b(\\d{1,2}) (${EN_MONTHS.join('|')}) ((?:19|20)\\d\\d)\\b`).exec(text);
  if (uk) return text.slice(0, uk.index) + `${uk[2]} ${uk[1]}, ${uk[3]}` + text.slice(uk.index + uk[0].length);
  return undefined;
}

/** Thousands written another way: « 12 000 » → « 12000 », "12,000" → "12000", « 2 500 000 » → « 2,5 millions ». */
export function thousands(text: string, lang: Lang): string | undefined {
  const q = parseQuantities(text, lang).find((x) => (x.kind === 'number' || x.kind === 'money') && x.groupSeparator && x.scale === 1 && Number.isInteger(x.value) && x.value >= 1000);
  if (!q) return undefined;
  let written = String(q.value);
  if (q.value >= 1e6 && q.value % 1e5 === 0) {
    const m = q.value / 1e6;
    written = lang === 'fr' ? `${String(m).replace('.', ',')} million${m >= 2 ? 's' : ''}` : `${m} million`;
  }
  let after = text.slice(q.numberEnd);
  if (/^\s*(millions?|milliards?|million|billion|bn|m)\b/i.test(after)) return undefined;
  if (lang === 'fr' && /million/.test(written)) {
    const noun = /^ ([a-zàâäçéèêëîïôöùûüÿœæ]+)/u.exec(after);
    if (!noun || /^(de|d)$/.test(noun[1])) return undefined;
    after = /^[aeiouyéèêh]/.test(noun[1]) ? ` d’${after.slice(1)}` : ` de${after}`;
  }
  return text.slice(0, q.numberStart) + written + after;
}

/** « le 14 mars 2019 » → « le 14 mars », "on 14 March 2019" → "on 14 March": the year left for the article's date to give. */
export function dateWithoutYear(text: string, lang: Lang): string | undefined {
  const months = (lang === 'fr' ? FR_MONTHS : EN_MONTHS).join('|');
  const m = new RegExp(lang === 'fr' ? `\\b((?:1er|\\d{1,2}) (?:${months})) ((?:19|20)\\d\\d)\\b` : `\\b((?:\\d{1,2} (?:${months}))|(?:(?:${months}) \\d{1,2})),? ((?:19|20)\\d\\d)\\b`, 'u').exec(text);
  // Only when the sentence has no other year: two dates, one without its year, could be read in another year.
  if (!m || (text.match(/\b(19|20)\d\d\b/g) ?? []).length > 1) return undefined;
  return text.slice(0, m.index) + m[1] + text.slice(m.index + m[0].length);
}

/** « 45 % » → « 45 pour cent », "45%" → "45 per cent". */
export function percentWords(text: string, lang: Lang): string | undefined {
  const m = /(\d)(\s?)%/.exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index + 1) + (lang === 'fr' ? ' pour cent' : ' per cent') + text.slice(m.index + m[0].length);
}

const FR_WORDS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small count written in words: « 3 blessés » → « trois blessés », "7 people" → "seven people" (2 to 10, counts of a noun only). */
export function numberWords(text: string, lang: Lang): string | undefined {
  const q = parseQuantities(text, lang).find((x) => x.kind === 'number' && x.unit && !x.words && !x.age && Number.isInteger(x.value) && x.value >= 2 && x.value <= 10 && /^\d+$/.test(text.slice(x.numberStart, x.numberEnd)));
  if (!q || /[\d,.:/-]$/.test(text.slice(0, q.numberStart)) || !/^\s/.test(text.slice(q.numberEnd)) || /\p{Lu}\s$/u.test(text.slice(0, q.numberStart))) return undefined;
  return text.slice(0, q.numberStart) + (lang === 'fr' ? FR_WORDS : EN_WORDS)[q.value] + text.slice(q.numberEnd);
}

/** The scale word spelt out: "$2.5bn" → "$2.5 billion", "£40m" → "£40 million", « 3 Md€ » → « 3 milliards d'euros ». */
export function scaleWords(text: string, lang: Lang): string | undefined {
  if (lang === 'en') {
    const m = /([$£€]\d+(?:\.\d+)?)(bn|m)\b/.exec(text);
    if (!m) return undefined;
    return text.slice(0, m.index) + m[1] + (m[2] === 'bn' ? ' billion' : ' million') + text.slice(m.index + m[0].length);
  }
  const m = /(\d+(?:,\d+)?) ?(Md|M|Mds) ?€/.exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index) + m[1] + (m[2] === 'M' ? ' millions d’euros' : ' milliards d’euros') + text.slice(m.index + m[0].length);
}

/**
 * A sentence's main clause without the participle clause that closes it: « X a fermé l'usine, invoquant des pertes. »
 * → « X a fermé l'usine. », "X closed the plant, saying it lost money." → "X closed the plant." Not when the
 * sentence opens with a quotation or attribution, nor when what is dropped could bound the rest (« sauf », "unless").
 */
export function mainClause(text: string, lang: Lang): string | undefined {
  const participle = lang === 'fr' ? /, ((?:en )?[a-zàâçéèêëîïôûù]{3,}ant)\b/u : /, ([a-z]{3,}ing)\b/u;
  const m = participle.exec(text);
  if (!m || m.index < 25 || /^(during|according|including|excluding|following|nothing|something|being|morning|evening|king|thing|bring|spring)$/i.test(m[1]) || /^(pendant|maintenant|cependant|durant|avant|suivant|notamment|moyennant|étant|sachant|néanmoins|puissant|important|restant|suffisant)$/i.test(m[1])) return undefined;
  const head = text.slice(0, m.index);
  if (/["«»“”;]/.test(head) || /\b(selon|according|sauf|unless|except|si|if)\b/i.test(head) || /\b(où|que|qui|et|ou|and|or|to|of|de|à|where|which|who)$/i.test(head)) return undefined;
  return `${head}.`;
}
