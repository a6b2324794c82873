import damerauLevenshtein from 'damerau-levenshtein';
import { fold } from '../../core/text/normalize';
import type { Evidence, Verdict } from '../../core/claims/checkClaim';
import type { CheckedSentence } from '../../core/claims/checkDraft';
import type { EvidenceRef, Finding } from '../../core/claims/findings';
import { termsOf, termsOfTokens } from '../../core/text/stem';
import type { Quantity } from '../../core/text/quantities';
import type { Lang, Span } from '../../core/types';
import { canonicalNumber } from '../../core/text/numbers';
import { tokenize } from '../../core/text/tokenize';
import { endWithDayPart } from '../../core/text/timesOfDay';
import { evidenceSpan, excerptText, shortClaim } from './excerpt';
import { textWithInTextCitations } from '../../core/claims/inTextCitations';
import { messages } from './messages';

/** A finding as a writer reads it: one line, the fixes titled and in the order offered, each evidence passage labelled. */
export interface PresentedFinding {
  message: string;
  fixes: { title: string; span: Span; newText: string }[];
  evidence: { ref: EvidenceRef; label: string }[];
}

/** What a claim states against its best passage: the claim's wrong part and the source's value, as written. */
export interface ConflictValues {
  claim: string;
  source: string;
}

/**
 * The wrong part of a contradicted claim and what the source says instead, as each writes it (« 25 fois »,
 * « 17 fois »); undefined for a negation (the whole claim is at fault) or a claim not contradicted.
 */
export function conflictValues(checked: CheckedSentence): ConflictValues | undefined {
  const conflict = checked.verdict.conflict;
  if (!conflict || conflict.kind === 'negation') return undefined;
  const claim = conflict.claimQuantity;
  const source = conflict.sourceQuantity;
  if (claim && source && conflict.others?.length) {
    // Several wrong values (see Conflict.others): each, in the claim's order, and the source's for each.
    const all = [conflict, ...conflict.others].filter((c) => c.claimQuantity && c.sourceQuantity).sort((a, b) => a.claimStart - b.claimStart);
    const passage = checked.verdict.evidence[0].sentence.text;
    return { claim: all.map((c) => withQualifier(checked.sentence.text, c.claimQuantity!)).join(' … '), source: all.map((c) => withQualifier(passage, c.sourceQuantity!)).join(' … ') };
  }
  if (claim && source) return { claim: withQualifier(checked.sentence.text, claim), source: withQualifier(checked.verdict.evidence[0].sentence.text, source) };
  const claimText = checked.sentence.text.slice(conflict.claimStart, conflict.claimEnd);
  // « de Lille » against « d'Amiens »: the source's value is the name, not the preposition elided onto it.
  return { claim: claimText, source: ELIDED_DE.test(claimText) ? conflict.sourceText : conflict.sourceText.replace(ELIDED_DE, '') };
}

/** French « de » elided onto a capitalised name (« d'Amiens », « D’Orsay » stays when the claim writes it so). */
const ELIDED_DE = /^d['’](?=\p{Lu})/u;

/** A quantity as written with its qualifier (« plus de 29 régions »), from the text it was read in. */
function withQualifier(text: string, quantity: Quantity): string {
  const written = text.slice(quantity.approxStart ?? quantity.start, quantity.end);
  // A time's part of the day is part of its value (« 5h30 du matin »: timesOfDay.ts).
  return (written.endsWith(quantity.raw) ? written : quantity.raw) + text.slice(quantity.end, endWithDayPart(text, quantity));
}

/**
 * Where a passage states a checked claim's words and figures (see evidenceSpan): the words an excerpt of it is
 * centred on, so that a long source sentence is shown where it says what the claim says, not from its start.
 * `lang` is the passage's language.
 */
export function claimWordsSpan(checked: CheckedSentence, passage: string, lang: Lang): Span | undefined {
  const terms = new Set(checked.analysis.words.flatMap((w) => w.terms));
  const numbers = new Set(tokenize(checked.sentence.text).flatMap((t) => (t.kind === 'number' ? [canonicalNumber(t.text, checked.analysis.lang) ?? t.norm] : [])));
  return evidenceSpan(passage, (token) =>
    token.kind === 'number' ? numbers.has(canonicalNumber(token.text, lang) ?? token.norm) : termsOfTokens([token], lang).some((t) => terms.has(t)),
  );
}

/** The language of an evidence passage of a checked claim (its document's), else the claim's. */
function passageLang(checked: CheckedSentence, ref: EvidenceRef): Lang {
  const evidence = [...checked.verdict.evidence, ...(checked.verdict.disagreement ? [checked.verdict.disagreement.evidence] : [])];
  return evidence.find((e) => e.doc.path === ref.path)?.doc.lang ?? checked.analysis.lang;
}

/** Share (0–1) of a claim's content words that the closest passage's sentence itself must state to be shown. */
const closeShare = 0.6;

/**
 * The passage of an unsupported claim close enough to show, with the word to centre its excerpt on: its sentence
 * itself (not its neighbours or title, which the checker's coverage counts) states at least 60 % of the claim's
 * content words and most of its names. Undefined when the closest passage is about something else. Measured on the
 * 45 claims labelled unsupported of the eval sets (dev, rail, real-dev fr and en) that the checker reports: its
 * closest passage was shown for all those of coverage ≥ 0.3, often unrelated (« Baidu a ouvert un centre… à Paris »
 * ↦ a sentence on efficiency); with this rule 12 are shown, each naming the claim's subject; below 0.6 they were
 * mostly unrelated.
 */
export function closePassage(checked: CheckedSentence): { evidence: Evidence; focus?: string } | undefined {
  const closest = checked.verdict.label === 'unsupported' ? checked.verdict.evidence[0] : undefined;
  if (!closest) return undefined;
  const terms = new Set(termsOf(closest.sentence.text, closest.doc.lang));
  const words = checked.analysis.words;
  const stated = words.filter((w) => w.terms.some((t) => terms.has(t)));
  if (words.length === 0 || stated.length / words.length < closeShare) return undefined;
  const names = words.filter((w) => w.isName);
  const named = stated.filter((w) => w.isName && closest.sentence.text.includes(w.text));
  if (named.length * 2 <= names.length && names.length > 0) return undefined;
  return { evidence: closest, focus: named[0]?.text };
}

/**
 * Words a finding for the Problems panel, the CLI and the hovers, in its draft's language: the wrong part and
 * the source's value first, the source by its citation key; the unknown-citation fixes offer the source that
 * supports the sentence before a spelling (which would cite a source that does not support it). `draft` is the
 * draft's text (for the words a fix replaces), `lang` its language: a sentence in another language is still
 * spoken of in the draft's. Findings without their checked sentence keep the core's wording.
 */
export function presentFinding(finding: Finding, draft: string, lang: Lang): PresentedFinding {
  const l = messages[lang];
  const about = finding.about;
  const fixes = finding.fixes.map((fix) => ({ ...fix }));
  if (!about) return { message: finding.message, fixes, evidence: finding.evidence.map((ref) => ({ ref, label: l.quote(excerptText(ref.text)) })) };
  const centre = (ref: EvidenceRef) => claimWordsSpan(about, ref.text, passageLang(about, ref));
  const evidence = finding.evidence.map((ref) => ({ ref, label: l.quote(excerptText(ref.text, undefined, undefined, centre(ref))) }));
  const verdict = about.verdict;
  switch (finding.code) {
    case 'contradicted-claim': {
      const best = verdict.evidence[0];
      const values = conflictValues(about);
      let message = (values ? l.sourceSays(values.claim, values.source) : l.opposite) + (verdict.disagreement && dayOf(best.doc, lang) ? l.fromDated(best.doc.id, dayOf(best.doc, lang)!) : l.from(best.doc.id));
      // Two sources disagree: each named with its date, which often tells which one is later.
      if (verdict.disagreement) message += l.alsoSays(verdict.disagreement.sourceText, documentLabel(verdict.disagreement.evidence.doc, lang));
      // A block quote is someone's words: its values are never rewritten (see findings.ts), and the message says why.
      if (about.sentence.blockKind === 'blockquote') message += l.quoted;
      for (const fix of fixes) fix.title = l.replace(draft.slice(fix.span.start, fix.span.end), fix.newText);
      const focus = [values?.source, verdict.disagreement?.sourceText];
      return { message, fixes, evidence: finding.evidence.map((ref, i) => ({ ref, label: l.quote(excerptText(ref.text, focus[i], undefined, centre(ref))) })) };
    }
    case 'unsupported-claim': {
      const disagreement = verdict.disagreement;
      if (disagreement?.statedText !== undefined && finding.evidence.length === 2) {
        // Two sources give the claim's fact two values: each passage, its document and value; the one that states the claim's first.
        const stated = verdict.evidence[0];
        const focus = [disagreement.statedText, disagreement.sourceText];
        return {
          message: l.disagreeing(
            valueInMessage(disagreement.statedText, stated.sentence.text),
            documentLabel(stated.doc, lang),
            valueInMessage(disagreement.sourceText, disagreement.evidence.sentence.text),
            documentLabel(disagreement.evidence.doc, lang),
          ),
          fixes,
          evidence: finding.evidence.map((ref, i) => ({ ref, label: l.quote(excerptText(ref.text, focus[i], undefined, centre(ref))) })),
        };
      }
      const close = closePassage(about);
      const shown = close ? finding.evidence.filter((ref) => ref.path === close.evidence.doc.path && ref.text === close.evidence.sentence.text) : [];
      return {
        // The claim as written, its in-text citations kept (« Selon @key, … »: inTextCitations.ts).
        message: l.unsupported(shortClaim(textWithInTextCitations(about.sentence))),
        fixes,
        evidence: shown.map((ref) => ({ ref, label: l.closestPassage(excerptText(ref.text, close?.focus, undefined, centre(ref))) })),
      };
    }
    case 'unknown-source': {
      const cited = finding.citedId ?? '';
      const supporting = meantFirst(cited, supportingIds(verdict));
      const idSpan = finding.fixes[0]?.span ?? citedIdSpan(about, cited);
      const offered = idSpan ? supporting.map((id) => ({ title: l.citeSupporting(id), span: idSpan, newText: id })) : [];
      // A spelling that cites a source the sentence is not supported by would be flagged at once (miscited).
      const spelling = finding.closestId && (supporting.length === 0 ? fixes[0] : undefined);
      if (spelling) offered.push({ ...spelling, title: l.respell(spelling.newText) });
      const message =
        l.unknownSource(cited) + (supporting.length > 0 && !spelledLike(cited, supporting, 0) ? l.supportedBy(supporting[0]) : supporting.length > 0 ? l.didYouMean(supporting[0]) : finding.closestId ? l.didYouMean(finding.closestId) : '');
      return { message, fixes: offered, evidence };
    }
    case 'miscited-claim': {
      const right = verdict.evidence[0];
      for (const fix of fixes) fix.title = l.recite(finding.citedId ?? '', fix.newText);
      return { message: l.miscited(finding.citedId ?? '', right.doc.id), fixes, evidence };
    }
  }
}

/**
 * Edit steps (Damerau–Levenshtein, case and accents folded) from a cited id to a corpus id, or Infinity past a
 * quarter of the longer one's length: the bound FuzzyNames.closest uses for a typo.
 */
function spellingSteps(cited: string, id: string): number {
  const a = fold(cited);
  const b = fold(id);
  const { steps } = damerauLevenshtein(a, b);
  return steps <= Math.floor(Math.max(a.length, b.length) / 4) ? steps : Infinity;
}

/** Whether `ids[at]` is, alone, the one spelled closest to the cited id (a typo's: @a-2077 for @a-20772, not @a-20774 as well). */
function spelledLike(cited: string, ids: readonly string[], at: number): boolean {
  const steps = ids.map((id) => spellingSteps(cited, id));
  return Number.isFinite(steps[at]) && steps.every((s, i) => i === at || s > steps[at]);
}

/** Supporting ids with the one the writer probably meant first (see {@link spelledLike}); else as given. */
function meantFirst(cited: string, ids: readonly string[]): string[] {
  const meant = ids.findIndex((_, i) => spelledLike(cited, ids, i));
  return meant <= 0 ? [...ids] : [ids[meant], ...ids.filter((_, i) => i !== meant)];
}

/**
 * A source document as a finding names it: its citation key, with its front matter's date (a day at least, ISO
 * 8601) in the draft's language; the key alone when the document has no date or one that does not read as a day.
 */
export function documentLabel(doc: { id: string; date?: string }, lang: Lang): string {
  return messages[lang].document(doc.id, dayOf(doc, lang));
}

/** A document's front matter date as the draft's language writes a day; undefined when it has none that reads as a day. */
function dayOf(doc: { date?: string }, lang: Lang): string | undefined {
  const day = doc.date?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) ? messages[lang].date(day) : undefined;
}

/** A value as a passage writes it, in lower case at its start when it opens the passage's sentence (« Plus de 300 personnes »). */
function valueInMessage(value: string, passage: string): string {
  return passage.startsWith(value) && value.length > 1 && value[1] === value[1].toLowerCase() ? value[0].toLowerCase() + value.slice(1) : value;
}

/** The sources that support a sentence, best first, each once (at most two); none unless it is supported. */
function supportingIds(verdict: Verdict): string[] {
  if (verdict.label !== 'supported') return [];
  return [...new Set(verdict.evidence.map((e) => e.doc.id))].slice(0, 2);
}

/** The draft span of a cited id (without its @) in a checked sentence. */
function citedIdSpan(checked: CheckedSentence, id: string): Span | undefined {
  const key = checked.sentence.citations.flatMap((c) => c.keys).find((k) => k.id === id);
  return key && { start: key.span.start + 1, end: key.span.end };
}
