import { acronymPair } from '../text/acronyms';
import { isFunctionWord } from '../text/functionWords';
import { termsOfTokens } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { Lang } from '../types';
import type { ClaimWord } from './analyzeClaim';
import { openingSubject, type OtherSubject } from './subjectHolder';
import { pronounOrArticleSpeaker, reportedSpan, titledSpeaker } from './reportSpeaker';

/**
 * Who said it: a claim that opens on a name and quotes words ("Ann Roe described the rise as \"sudden and
 * overdue\"", « Paul Roy a jugé la décision "injuste et tardive" ») where a passage quotes the same words and
 * names another speaker right after the quotation ("\"The rise was sudden and overdue,\" said Tom Ives of
 * Northbank"). Words quoted are one person's: the passage gives them to another speaker.
 */

/** A quotation of fewer claim words than this is a phrase many may use (« historique », "a good deal"). */
const QUOTED_WORDS = 4;
/** At most this many lowercase words between a quotation's end and its speaker ("said", « a déclaré », "told the BBC" aside). */
const VERB_WORDS = 3;
/** A reported clause of this many claim words or more may have one of them written otherwise in the passage's quotation. */
const REPORTED_WORDS_ONE_OFF = 6;

const QUOTE = /["“”«»]/g;

/** The quoted spans of a text: [start, end) between quotation marks, in order. */
function quotedSpans(text: string): [number, number][] {
  const marks = [...text.matchAll(QUOTE)].map((m) => m.index!);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) spans.push([marks[i] + 1, marks[i + 1]]);
  return spans;
}

/**
 * The speaker a passage's sentence (`sourceText`) gives the words a claim quotes, when another than the name the
 * claim opens on (see the module comment). Undefined unless the claim quotes {@link QUOTED_WORDS} claim words or
 * more, the sentence states none of the claim's opening name's words (`inSentence`), quotes every one of those
 * words in one quotation, and writes after it, past a comma or full stop and at most {@link VERB_WORDS} lowercase
 * words, a capitalised name that is none of the claim's.
 */
export function otherSpeakerOfQuote(claimText: string, claimLang: Lang, words: readonly ClaimWord[], sourceText: string, sourceLang: Lang, inSentence: (w: ClaimWord) => boolean): OtherSubject | undefined {
  if (claimLang !== sourceLang) return undefined;
  const opening = openingSubject(claimText, words);
  if (!opening) return undefined;
  const { start, end, subject } = opening;
  if (subject.length === 0 || subject.some(inSentence)) return undefined;
  // A claim that reports the words without quotation marks ("X said the market was slowing …"): its reported clause (reportSpeaker.ts).
  const reported = reportedSpan(claimText, claimLang, end);
  const claimQuotes = reported ? [reported] : quotedSpans(claimText);
  const quoted = words.filter((w) => claimQuotes.some(([a, b]) => w.start >= a && w.end <= b));
  if (quoted.length < QUOTED_WORDS) return undefined;
  for (const [a, b] of quotedSpans(sourceText)) {
    const terms = new Set(termsOfTokens(tokenize(sourceText.slice(a, b)), sourceLang));
    // A reported clause is the speaker's words in the writer's: one word of six or more may be another ("keep" for "continue": reportSpeaker.ts).
    const unquoted = quoted.filter((w) => !(w.terms.some((t) => terms.has(t)) || (w.parts.length > 0 && w.parts.every((t) => terms.has(t))))).length;
    if (unquoted > (reported && quoted.length >= REPORTED_WORDS_ONE_OFF ? 1 : 0)) continue;
    // The speaker after the quotation: « ", a déclaré Paul Roy », "," said Tom Ives".
    const after = tokenize(sourceText.slice(b + 1)).filter((t) => t.kind !== 'symbol');
    if (!/^\s*[,.]?\s*$/.test(sourceText.slice(b + 1, b + 1 + (after[0]?.start ?? 0)).replace(/^[,.]/, ''))) continue;
    let k = 0;
    while (k < after.length && k < VERB_WORDS && after[k].kind === 'word' && !/^\p{Lu}/u.test(after[k].text)) k++;
    if (k === 0 || k >= after.length || !/^\p{Lu}/u.test(after[k].text) || isFunctionWord(after[k].norm)) continue;
    // A subject pronoun before the name is the speaker ("…," he told the Kestrel court), an article makes the name a description ("…," said the Briton): reportSpeaker.ts.
    if (pronounOrArticleSpeaker(after.slice(0, k).map((t) => t.norm))) continue;
    // A title before or after the speaker's name ("Northbank analyst Tom Ives", "Tom Ives, analyst at …"): the person's name (reportSpeaker.ts).
    const titled = titledSpeaker(sourceText.slice(b + 1), sourceLang, after[k].start);
    let last = k;
    while (last + 1 < after.length && /^\p{Lu}/u.test(after[last + 1].text) && !isFunctionWord(after[last + 1].norm) && /^[\s-]+$/.test(sourceText.slice(b + 1 + after[last].end, b + 1 + after[last + 1].start))) last++;
    const name = titled ? sourceText.slice(b + 1 + titled.start, b + 1 + titled.end) : sourceText.slice(b + 1 + after[k].start, b + 1 + after[last].end);
    if (words.some((w) => w.isName && name.toLowerCase().includes(w.text.toLowerCase()))) continue;
    if (acronymPair(claimText.slice(start, end), name)) continue;
    return { claimStart: start, claimEnd: end, sourceText: name, fixable: true };
  }
  return undefined;
}
