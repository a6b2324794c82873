import type { CorpusReader } from '../backend/corpusReader';
import { boundSplitByNegation } from './negatedBound';
import { wholeBoundedValue } from './boundedFix';
import { formatDate } from '../text/dates';
import { isScore, scoreInClaimOrder } from '../text/scores';
import { clockInClaimStyle, countsHours, writtenWithMeridiem } from './hours';
import { endWithDayPart } from '../text/timesOfDay';
import { caseForPlace } from './fixCase';
import { decimalsOf, durationDays, formatQuantity, isCollective, isTimesWord, parseQuantities, sameUnitOfTime, type Approx, type Quantity } from '../text/quantities';
import { convertedBound } from './conversions';
import type { Lang, Range, Span } from '../types';
import type { Evidence, Verdict } from './checkClaim';
import type { CheckedSentence } from './checkDraft';
import type { DraftSentence } from './draftSentences';
import { commonWordAcrossLanguages } from './crossLanguageFix';
import { fractionBoundStart } from './fractions';
import { dateAsWritten } from './writtenDate';
import { endsRange, qualifierLinksRange } from './timeRanges';
import { oneOfAlternatives } from './alternativeValues';
import { ownTextSpan } from './definedTerms';
import { claimWordsOnly, spansLeftOutText } from './fixRange';

export type FindingCode = 'contradicted-claim' | 'unsupported-claim' | 'unknown-source' | 'miscited-claim';

/** A passage shown as evidence: where it is and what it says. */
export interface EvidenceRef {
  id: string;
  title: string;
  path: string;
  range: Range;
  text: string;
}

/** A text edit a quick fix proposes, in draft offsets. */
export interface Fix {
  title: string;
  span: Span;
  newText: string;
}

/** Something the checker reports on a draft: what, where, why, and how to fix it. */
export interface Finding {
  code: FindingCode;
  /** Draft offsets: the wrong value inside the claim, the claim sentence, or the citation key. */
  span: Span;
  message: string;
  lang: Lang;
  evidence: EvidenceRef[];
  fixes: Fix[];
  /** The claim sentence's span (for edits that act on the whole claim). */
  sentenceSpan?: Span;
  confidence?: number;
  /** The checked sentence the finding is about (its verdict, conflict and analysis): what front ends word it from. */
  about?: CheckedSentence;
  /** unknown-source, miscited-claim: the cited id at fault. */
  citedId?: string;
  /** unknown-source: the corpus id spelled closest to the cited one. */
  closestId?: string;
}

/** Minimum confidence before an unsupported claim is reported. */
export const unsupportedThreshold = 0.55;

/**
 * Minimum confidence of a claim's support by another source before the writer is told their citation is wrong and
 * offered that source's key in its place: the support threshold (0.55) and the margin a contradiction needs over it
 * (0.1). A claim the other source barely supports (names and a topic word shared) is as likely the cited source's
 * fact in other words. Measured on the labelled sets: the 26 true miscitations are supported at 0.67 or more; a fresh
 * user's true claim citing the right article, "supported" at 0.57 by another article sharing only its names, was
 * told to cite that one.
 */
export const miscitationThreshold = 0.65;

const text = {
  fr: {
    says: (quote: string, title: string) => `Le corpus indique « ${quote} » — ${title}`,
    disagree: (quote: string, title: string) => `; mais « ${quote} » selon ${title} : les sources divergent`,
    disagreeing: (stated: string, title: string, other: string, otherTitle: string) => `Les sources divergent : « ${stated} » selon ${title}, « ${other} » selon ${otherTitle}`,
    negation: (title: string) => `Le corpus dit le contraire — ${title}`,
    unsupported: 'Aucune source du corpus n’étaye cette affirmation',
    closest: (title: string) => ` (passage le plus proche : ${title})`,
    unknown: (id: string) => `Source inconnue : aucun document du corpus n’a l’identifiant « ${id} »`,
    didYouMean: (id: string) => ` ; vouliez-vous dire @${id} ?`,
    miscited: (cited: string, right: string, title: string) => `La source citée (@${cited}) n’étaye pas cette affirmation ; @${right} l’étaye — ${title}`,
    replace: (value: string) => `Remplacer par « ${value} » (valeur de la source)`,
    cite: (id: string) => `Citer la source [@${id}]`,
    recite: (from: string, to: string) => `Remplacer @${from} par @${to}`,
    quotation: ' (dans une citation : aucune valeur n’y est réécrite)',
  },
  en: {
    says: (quote: string, title: string) => `The corpus says « ${quote} » — ${title}`,
    disagree: (quote: string, title: string) => `; but « ${quote} » according to ${title}: the sources disagree`,
    disagreeing: (stated: string, title: string, other: string, otherTitle: string) => `The sources disagree: "${stated}" according to ${title}, "${other}" according to ${otherTitle}`,
    negation: (title: string) => `The corpus says the opposite — ${title}`,
    unsupported: 'No source in the corpus supports this claim',
    closest: (title: string) => ` (closest passage: ${title})`,
    unknown: (id: string) => `Unknown source: no corpus document has the id "${id}"`,
    didYouMean: (id: string) => `; did you mean @${id}?`,
    miscited: (cited: string, right: string, title: string) => `The cited source (@${cited}) does not support this claim; @${right} does — ${title}`,
    replace: (value: string) => `Replace with "${value}" (the source's value)`,
    cite: (id: string) => `Cite the source [@${id}]`,
    recite: (from: string, to: string) => `Replace @${from} with @${to}`,
    quotation: ' (in a quotation: no value is rewritten there)',
  },
};

function evidenceRef(evidence: Evidence): EvidenceRef {
  return { id: evidence.doc.id, title: evidence.doc.title, path: evidence.doc.path, range: evidence.sentence.range, text: evidence.sentence.text };
}

/** Maps a span of a sentence's text to draft offsets. */
export function draftSpan(sentence: DraftSentence, start: number, end: number): Span {
  const s = sentence.offsets[Math.max(0, Math.min(start, sentence.offsets.length - 1))];
  const lastChar = Math.max(start, end - 1);
  const e = sentence.offsets[Math.min(lastChar, sentence.offsets.length - 2)] + 1;
  return { start: s, end: Math.max(s, Math.min(e, sentence.span.end)) };
}

/** Where a citation for this sentence goes: before its final punctuation, in draft offsets. */
export function citationInsertOffset(sentence: DraftSentence): number {
  const match = /[\s]*[.!?…]+["»”’)]*\s*$/.exec(sentence.text);
  const at = match ? match.index : sentence.text.length;
  return at >= sentence.text.length ? sentence.span.end : sentence.offsets[at];
}

/**
 * The findings of a checked draft: contradicted and unsupported claims, unknown and wrong citations,
 * each with its evidence and quick fixes. Pure: the LSP layer and the CLI present them.
 */
export function findingsOf(results: readonly CheckedSentence[], index: CorpusReader): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < results.length; i++) {
    const { sentence, analysis, verdict } = results[i];
    const lang = analysis.lang;
    const t = text[lang];
    const citedIds = sentence.citations.flatMap((c) => c.keys);
    for (const key of citedIds) {
      if (!index.documentById(key.id)) {
        const likely = index.sources().closest(key.id);
        const idSpan = { start: key.span.start + 1, end: key.span.end };
        findings.push({
          code: 'unknown-source',
          span: key.span,
          message: t.unknown(key.id) + (likely ? t.didYouMean(likely.id) : ''),
          lang,
          evidence: [],
          fixes: likely ? [{ title: t.recite(key.id, likely.id), span: idSpan, newText: likely.id }] : [],
          about: results[i],
          citedId: key.id,
          closestId: likely?.id,
        });
      }
    }
    if (verdict.label === 'contradicted') {
      findings.push({ ...contradiction(sentence, verdict, lang), about: results[i] });
    } else if (verdict.label === 'unsupported' && (verdict.confidence >= unsupportedThreshold || verdict.disagreement !== undefined)) {
      // Two sources that give the claim's fact two values are told to the writer however much of the claim they state
      // (the claim's own, or two others: disagreeingSources.ts's disagreementDecided).
      const closest = verdict.evidence[0];
      const disagreeing = closest && verdict.disagreement?.statedText !== undefined ? verdict.disagreement : undefined;
      const shown = closest && (closest.coverage >= 0.3 || disagreeing);
      findings.push({
        code: 'unsupported-claim',
        span: sentence.span,
        sentenceSpan: sentence.span,
        message: disagreeing ? t.disagreeing(disagreeing.statedText!, closest.doc.title, disagreeing.sourceText, disagreeing.evidence.doc.title) : t.unsupported + (shown ? t.closest(closest.doc.title) : ''),
        lang,
        evidence: shown ? [evidenceRef(closest), ...(disagreeing ? [evidenceRef(disagreeing.evidence)] : [])] : [],
        fixes: [],
        confidence: verdict.confidence,
        about: results[i],
      });
    } else if (verdict.label === 'supported') {
      const known = citedIds.filter((k) => index.documentById(k.id));
      const backing = new Set(verdict.evidence.map((e) => e.doc.id.toLowerCase()));
      if (known.length > 0 && !known.some((k) => backing.has(k.id.toLowerCase())) && verdict.confidence >= miscitationThreshold) {
        const right = verdict.evidence[0];
        const wrong = known[0];
        findings.push({
          code: 'miscited-claim',
          span: wrong.span,
          sentenceSpan: sentence.span,
          message: t.miscited(wrong.id, right.doc.id, right.doc.title),
          lang,
          evidence: [evidenceRef(right)],
          fixes: [{ title: t.recite(wrong.id, right.doc.id), span: { start: wrong.span.start + 1, end: wrong.span.end }, newText: right.doc.id }],
          confidence: verdict.confidence,
          about: results[i],
          citedId: wrong.id,
        });
      }
    }
  }
  return findings;
}

const BOUNDS: ReadonlySet<Approx | undefined> = new Set(['more-than', 'less-than', 'at-least', 'at-most']);
/** Each language's words for a qualifier, for a fix written across languages. */
const QUALIFIER_WORDS: Record<Lang, Record<Approx, string>> = {
  fr: { about: 'environ', 'more-than': 'plus de', 'less-than': 'moins de', 'at-least': 'au moins', 'at-most': 'jusqu’à' },
  en: { about: 'about', 'more-than': 'more than', 'less-than': 'less than', 'at-least': 'at least', 'at-most': 'up to' },
};

/**
 * A figure's bound (« plus de », "less than", « au moins ») is part of what it says: where the claim and the source
 * bound the figure differently, and one of them bounds it, the fix writes the source's qualifier with the figure in
 * place of the claim's qualifier and figure (« moins de 1 000 lots » for « plus de 1 300 lots » → « plus de 1 300 »,
 * never « moins de 1 300 »; « 1 000 lots » → « plus de 1 300 »; « au moins 40 » for « 35 » → « 35 »). A source's
 * approximation written in words (« près de 200 », "about 200") is written too in place of a claim's bare figure.
 * `figureAt` is the claim's replaced figure in the sentence's text, `figure` the source's figure as
 * the claim writes it, `passage` the text the source quantity was read in. The source's qualifier as written, or
 * across languages the claim language's words for it (« plus de 29 régions » → "more than 29"). Returns undefined
 * when the bounds agree or neither is a bound (the figure alone is replaced), else the edit.
 */
function withSourceBound(sentence: DraftSentence, figureAt: Span, claim: Quantity, source: Quantity, passage: string, figure: string, lang: Lang, sourceLang: Lang): { span: Span; newText: string } | undefined {
  // A conversion in brackets is bounded as the amount it converts ("up to $50,000 (£29,000)", conversions.ts).
  const converted = convertedBound(passage, source, parseQuantities(passage, sourceLang));
  const approx = source.approx ?? converted?.approx;
  // « près de 200 » for a claim's bare « 300 »: the source's « près de » goes with its figure, as a bound does.
  const writtenAbout = approx === 'about' && claim.approx === undefined && source.approxStart !== undefined;
  if (claim.approx === approx || (!BOUNDS.has(claim.approx) && !BOUNDS.has(approx) && !writtenAbout)) return undefined;
  const written = source.approxStart !== undefined && source.approx ? passage.slice(source.approxStart, source.start).replace(/^\s+/, '') : converted?.written ?? '';
  const qualifier = !approx || sourceLang === lang ? written : `${QUALIFIER_WORDS[lang][approx]} `;
  const from = claim.approxStart ?? claim.start;
  // What stands between the claim's qualifier and its figure (a currency sign: "less than $1,000") stays.
  let newText = qualifier + sentence.text.slice(claim.start, figureAt.start) + figure;
  const first = sentence.text[from];
  if (first && first !== first.toLowerCase()) newText = newText[0].toUpperCase() + newText.slice(1);
  else if (first) newText = newText[0].toLowerCase() + newText.slice(1);
  return { span: draftSpan(sentence, from, figureAt.end), newText };
}

function contradiction(sentence: DraftSentence, verdict: Verdict, lang: Lang): Finding {
  const t = text[lang];
  const conflict = verdict.conflict!;
  const best = verdict.evidence[0];
  let message = conflict.kind === 'negation' ? t.negation(best.doc.title) : t.says(conflict.sourceText, best.doc.title);
  if (verdict.disagreement) message += t.disagree(verdict.disagreement.sourceText, verdict.disagreement.evidence.doc.title);
  // The claim's words only: no punctuation after them, nor the citation before the full stop (fixRange.ts).
  let span = conflict.kind === 'negation' ? sentence.span : draftSpan(sentence, ...claimWordsOnly(sentence.text, conflict.claimStart, conflict.claimEnd));
  const fixes: Fix[] = [];
  if (conflict.sourceQuantity && conflict.claimQuantity) {
    const source = conflict.sourceQuantity;
    const claim = conflict.claimQuantity;
    const claimEnd = endWithDayPart(sentence.text, claim);
    const sourceEnd = endWithDayPart(best.sentence.text, source);
    let newText: string | undefined;
    // The source's date as the source writes it: no day the parser supplied to a month alone (writtenDate.ts).
    if (source.date && claim.date) newText = formatDate(dateAsWritten(source)!, claim, lang);
    // A match's score: the source's, in the claim's order (scores.ts).
    else if (isScore(claim) && isScore(source)) newText = scoreInClaimOrder(claim, source);
    else if (claim.fraction || source.fraction) {
      // A share in words (« le tiers des additifs »): the source's expression as written, in the claim's language only.
      if (lang === best.doc.lang && claim.fraction) {
        // A bound goes with its fraction (« plus de la moitié », "more than half"): "more than 38.4%" would be wrong again.
        span = draftSpan(sentence, fractionBoundStart(claim) ?? claim.start, claim.end);
        newText = source.raw;
      } else if (!claim.fraction) newText = formatQuantity(Math.round(source.value), claim, lang);
    }
    else if (source.scaleWord && !claim.scaleWord && source.unit === claim.unit && lang === best.doc.lang) {
      // A figure written out where the source uses a scale word (« 300 000 euros », « 300 millions d'euros »): the
      // source's expression as written, in place of the claim's.
      span = draftSpan(sentence, claim.start, claim.end);
      newText = source.raw;
    } else if (claim.scaleWord && isCollective(claim.scaleWord)) {
      // « une quinzaine de coups »: no figure reads right in a collective numeral's place; the source's expression.
      if (lang === best.doc.lang) {
        span = draftSpan(sentence, claim.start, claim.end);
        newText = source.raw;
      }
    } else if (claim.unit !== source.unit && durationDays(claim) !== undefined && durationDays(source) !== undefined && !sameUnitOfTime(claim, source)) {
      // (The same unit of time in two languages, "years" and « ans », is no other unit: the general case writes the figure.)
      // Another unit of time (« cinq mois », « cinq ans »): the source's figure and unit as written, or no fix across languages.
      if (lang === best.doc.lang) {
        span = draftSpan(sentence, claim.start, claim.end);
        newText = source.raw;
      }
    } else if (source.words && source.value === 1 && claim.value !== 1 && source.unit !== undefined && source.unit === claim.unit) {
      // One unit written with its article (« plus d'un an », "more than a year"): the source's words as written, as
      // the claim's figure with the plural unit would not read ("more than one years"); no fix across languages.
      if (lang === best.doc.lang) {
        span = draftSpan(sentence, claim.start, claim.end);
        newText = source.raw;
      }
    } else if (claim.scaleWord && !source.scaleWord && source.unit === claim.unit && lang === best.doc.lang && Math.abs(source.value) < 1e6) {
      // A scale word in the claim where the source writes the figure out (« 430 millions d'euros », « 430.000
      // euros »): no scale word reads right below a million (« 430 mille d'euros »), so the source's expression.
      span = draftSpan(sentence, claim.start, claim.end);
      newText = source.raw;
    } else if (countsHours(claim) && countsHours(source) && (!Number.isInteger(claim.value) || !Number.isInteger(source.value) || writtenWithMeridiem(claim) || writtenWithMeridiem(source) || claim.clockWritten || source.clockWritten || claimEnd > claim.end || sourceEnd > source.end)) {
      // Hours and minutes (« 16 h 10 », « 16h10 », « 4 heures et 20 minutes »): no figure of hours reads right
      // (« 16,166667 »), nor one of a time with its half of the day ("23pm" for "11pm"); the source's expression
      // as written, or no fix across languages (hours.ts). So for a time whose figure is not its value (« cinq
      // heures du soir », "0400 GMT": timesOfDay.ts).
      // A part of the day goes with its time, the claim's replaced and the source's written (« 6 heures du matin »
      // for « 18h00 », « 5h30 du matin » for « 5 h 30 du soir »): timesOfDay.ts.
      if (lang === best.doc.lang) {
        span = draftSpan(sentence, claim.start, claimEnd);
        // « 23h50 » for « 22 h 50 »: written in the claim's style, « 23 h 50 » (hours.ts).
        newText = sourceEnd > source.end ? best.sentence.text.slice(source.start, sourceEnd) : (source.approx ? undefined : clockInClaimStyle(claim, source)) ?? source.raw;
      }
    } else if (claim.kind === 'multiplier' && source.kind === 'multiplier' && (isTimesWord(claim) || isTimesWord(source))) {
      // "twice" for "three times" and back: the source's words as written in place of the claim's (no "three before", "two times"); no fix across languages.
      if (lang === best.doc.lang) {
        span = draftSpan(sentence, claim.start, claim.end);
        newText = source.raw;
      }
    } else {
      newText = formatQuantity(source.value, claim, lang, source.scale === 1 && source.scale === claim.scale ? decimalsOf(source) : 0);
      // « de 19 heures jusqu'à 3 heures »: « jusqu'à » links a range, it is no bound to replace (see timeRanges.ts).
      // So is « jusqu'à » before the end of the source's range (« ouvert jusqu'à 3 heures » for « de 19 heures à 2 heures »).
      const rangeEnd = qualifierLinksRange(sentence.text, claim) || (claim.approx === 'at-most' && endsRange(best.sentence.text, source));
      const bounded = rangeEnd ? undefined : withSourceBound(sentence, { start: conflict.claimStart, end: conflict.claimEnd }, claim, source, best.sentence.text, newText, lang, best.doc.lang);
      if (bounded) ({ span, newText } = bounded);
    }
    // The source's expression written as is carries its bound or qualifier with it, in place of the claim's (boundedFix.ts).
    const whole = newText !== undefined && newText === source.raw && lang === best.doc.lang ? wholeBoundedValue(sentence.text, claim, source, best.sentence.text) : undefined;
    if (whole) ({ span, newText } = { span: draftSpan(sentence, whole.from, claimEnd), newText: whole.text });
    // « 11 ou 12 dossiers », "two or three times": the source gives no single value to write (alternativeValues.ts),
    // unless the claim writes a pair of its own (« 2010-2014 » for « 2011-2014 »: each value is fixed by its own).
    if (newText !== undefined && !source.date && !isScore(source) && oneOfAlternatives(best.sentence.text, source, best.doc.lang) && !oneOfAlternatives(sentence.text, claim, lang)) newText = undefined;
    // A bound the claim writes with « ne … pas » around its verb (« ne pesait pas plus de 19 tonnes »): no span holds it to replace (negatedBound.ts).
    if (newText !== undefined && boundSplitByNegation(sentence.text, claim, lang)) newText = undefined;
    // The source's words in the case of their place in the claim's sentence (« Une trentaine » mid-sentence: fixCase.ts).
    if (newText !== undefined) newText = caseForPlace(newText, sentence.text, sentence.offsets.indexOf(span.start), best.sentence.text, source.approxStart ?? source.start);
    if (newText !== undefined) fixes.push({ title: t.replace(newText), span, newText });
  } else if (conflict.kind === 'attribution' && conflict.sourceName && !/['’]s$/i.test(conflict.sourceName)) {
    // A possessive ("Germany's central bank") qualifies the name that follows it: it is no name to write in. The
    // source's punctuation around its words is no part of them ("Alexander Shadrin." at a sentence's end).
    // Nor are figures the source writes after the name ("Germany 6-4 6-4": the match's score, not the country; "Ann
    // Lee, 45": her age). A lone figure joined to the name by a space ends the name ("Channel 4", « France 2 »): the
    // fix writes the whole name the message quotes (droppedFigures).
    const name = droppedFigures(conflict.sourceName.replace(/[\s.,;:!?»"”’)\]]+$/u, '').replace(/^[\s«"“‘(\[]+/u, ''));
    // Never a common word of the passage's language written into a claim of another (crossLanguageFix.ts).
    if (name && !commonWordAcrossLanguages(name, lang, best.doc.lang, best.sentence.text)) fixes.push({ title: t.replace(name), span, newText: name });
  }
  if (conflict.others?.length) {
    // Several values of the claim wrong against one passage: one fix writes them all, or no value is written (a fix
    // of one would leave the draft stating what the source does not, as "$800m (£800m)" for "$424m (£800m)").
    const all = allValuesFix(sentence, verdict, lang, fixes[0] ? { ...fixes[0], span } : undefined);
    fixes.splice(0, fixes.length, ...(all ? [all] : []));
    if (all) span = all.span;
    message = t.says([conflict, ...conflict.others].map((c) => c.sourceText).join(' », « '), best.doc.title);
    if (verdict.disagreement) message += t.disagree(verdict.disagreement.sourceText, verdict.disagreement.evidence.doc.title);
  }
  // A block quote is someone's words: the finding says so, and no fix rewrites them.
  if (sentence.blockKind === 'blockquote') {
    fixes.length = 0;
    message += t.quotation;
  }
  // A definition checked with its term first (definedTerms.ts): the range stays on the definition's own text.
  if (sentence.definition) {
    const own = ownTextSpan(span, sentence.span);
    if (own.moved) {
      span = own.span;
      fixes.length = 0;
    }
  }
  // A fix never deletes what the sentence's text leaves out (a citation, markup) inside its range.
  for (let i = fixes.length - 1; i >= 0; i--) if (spansLeftOutText(sentence, fixes[i].span)) fixes.splice(i, 1);
  const evidence = [evidenceRef(best)];
  if (verdict.disagreement) evidence.push(evidenceRef(verdict.disagreement.evidence));
  return { code: 'contradicted-claim', span, sentenceSpan: sentence.span, message, lang, evidence, fixes, confidence: verdict.confidence };
}

/**
 * One fix that writes the source's value over each wrong value of a claim (the first conflict's fix and one per
 * {@link Conflict.others}), as one edit from the first to the last; `undefined` when one of them has no fix, or when
 * the draft's text between two of them is not the sentence's as read (markup, escapes), which the edit would lose.
 */
function allValuesFix(sentence: DraftSentence, verdict: Verdict, lang: Lang, first: Fix | undefined): Fix | undefined {
  if (!first) return undefined;
  const edits = [first];
  for (const other of verdict.conflict?.others ?? []) {
    const fix = contradiction(sentence, { ...verdict, conflict: { ...other, others: undefined }, disagreement: undefined }, lang).fixes[0];
    if (!fix) return undefined;
    edits.push(fix);
  }
  edits.sort((a, b) => a.span.start - b.span.start);
  // Sentence indices of draft offsets: a fix's span starts and ends on characters of the sentence.
  const at = (offset: number) => sentence.offsets.indexOf(offset);
  let newText = '';
  for (let i = 0; i < edits.length; i++) {
    newText += edits[i].newText;
    if (i === edits.length - 1) break;
    const from = at(edits[i].span.end - 1) + 1;
    const to = at(edits[i + 1].span.start);
    if (from <= 0 || to < from) return undefined;
    for (let k = from; k < to; k++) if (sentence.offsets[k + 1] !== sentence.offsets[k] + 1) return undefined;
    if (sentence.offsets[from] !== edits[i].span.end) return undefined;
    newText += sentence.text.slice(from, to);
  }
  return { title: text[lang].replace(newText), span: { start: edits[0].span.start, end: edits[edits.length - 1].span.end }, newText };
}

/** The quick fix that cites the source of a supported claim that cites nothing yet. */
export function citeFix(checked: CheckedSentence): Fix | undefined {
  const { sentence, verdict, analysis } = checked;
  if (verdict.label !== 'supported' || sentence.citations.length > 0) return undefined;
  const id = verdict.evidence[0].doc.id;
  const at = citationInsertOffset(sentence);
  return { title: text[analysis.lang].cite(id), span: { start: at, end: at }, newText: ` [@${id}]` };
}

/**
 * A source's name with the figures written after it that are not part of it: a run of scores or ranges ("6-4 6-4",
 * "2004/05") and figures set off by a comma ("Ann Lee, 45"). A single figure joined by a space is kept: it ends the
 * name ("Channel 4", « France 2 », "Formula 1").
 */
function droppedFigures(name: string): string {
  return name.replace(/(?:(?:\s*,\s*|\s+)\d+(?:[-–/]\d+)+|\s*,\s*\d+)+$/u, '');
}
