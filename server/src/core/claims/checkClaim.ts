import { wordsStatedWithValue } from './valueWords';
import { placeSlotAcrossLanguagesAt } from './crossLanguageSlot';
import { findFrameSlotConflict, slotFix, type FramePassage } from './frameSlot';
import { alignedFix, findAlignedNameConflict, type AlignedNameConflict } from './alignedName';
import { tiedByOwnWords, type TieCandidate } from './frameTie';
import { exonymIn } from '../text/exonyms';
import { valueOfAnotherListedMeasure } from './listedMeasure';
import { lazyFields } from './lazyFields';
import { claimValueStatedMoreFully } from './valueStatedElsewhere';
import { elidedUnit } from './elidedNoun';
import { changeAgainstLevelOf } from './agentBy';
import { boundBySibling } from './siblingValue';
import { governedBySameWord } from './governedTime';
import { governedByAnotherNoun, otherMeasureValue } from './otherMeasureValue';
import { writtenAsIdentifier } from './identifierNumber';
import { alignedBySentence } from './sentenceAlignment';
import { sameChange } from './changeAlignment';
import { ownPredicatePolarityText } from './ownPredicatePolarity';
import damerauLevenshtein from 'damerau-levenshtein';
import type { CorpusDocument, Sentence } from '../corpus/document';
import { isRemote, type CorpusReader } from '../backend/corpusReader';
import type { Antecedent } from './draftAntecedents';
import { withReferentVerdict } from './referentSubject';
import { monthOfYear } from '../text/calendarDate';
import { datedByDocument, documentDay, monthYearByDocument, parseDates, sameDate, weekdaysDatedByDocument } from '../text/dates';
import { inUniversalTime, sameHourUnit, sameMinute } from './hours';
import { durationDays, parseQuantities, sameQuantity, sameUnitOfTime, withDates, type Quantity } from '../text/quantities';
import { isFunctionWord } from '../text/functionWords';
import { fold } from '../text/normalize';
import { isStopWord, stem, termsOf } from '../text/stem';
import { tokenize } from '../text/tokenize';
import { countOfAnotherPredicate, valueOfClaimPredicate } from './predicateValue';
import { valueOfAnotherEvent } from './anotherEventValue';
import type { Lang } from '../types';
import { analyzeClaim, isNegated, type ClaimAnalysis, type ClaimWord } from './analyzeClaim';
import { verdictOfParts } from './factParts';
import { joinedWithNeighbours, sentencesJoined } from './neighbourPassages';
import { valueConflictAcrossPair } from './neighbourConflict';
import { wholeOrPartOfClaim } from './partAndWhole';
import { valuesToldApart } from './articleValues';
import { sameCountAcrossAdjectives, sameCountAcrossNounModifier } from './adjectivesBeforeNoun';
import { valueOfAnotherHolder, type OtherHolder } from './holderValues';
import { rivalItemValue, valueOfAnotherItem } from './itemHolders';
import { valueOfClaimsOtherHolder } from './claimsOtherHolder';
import { atAnotherStage } from './stages';
import { wholeOfPartedTerm } from './sentenceParts';
import { frontedPlaceConflict } from './frontedPlace';
import { align, claimFrame, clauseAround, heldByAnother, heldByUnnamedHolder, isAligned, MONTH_WORDS, isFronted, isShortName, measuredThingNamed, namesSameSubject, polarityText, sameFact, sameSubject, sourceWindow, subjectFound, valueContext, type Alignment } from './alignment';
import { antonymsOf, frenchFor, termsForStem, termsForWord } from './lexicon';
import { costThingFound, costThingOf } from './costThing';
import { isCapitalisedInside, plainTermsOf } from './titleWords';
import { negativePrefixTerms } from './prefixOpposites';
import { conversionPartner, convertedAmountElsewhere } from './conversions';
import { changeOfFigureAgainst } from './figureChange';
import { changeToldOtherWay, changeToldOtherWayElsewhere } from './changeOtherWay';
import { weekdayConflict } from './weekdays';
import { boundToAnotherMeasure, measureOfSwappedValue, swappedMeasure } from './boundMeasures';
import { numberRanksOf } from './rankNumbers';
import { oppositeIsTimePosition } from './timePosition';
import { figureOfAnotherPossessor, figureOfClaimsOtherHolder, figuresOfSwappedHolders } from './possessiveHolder';
import { holdersOfOtherKinds } from './holderKinds';
import { exactShareOfFraction } from './fractions';
import { sameRangeBound } from './timeRanges';
import { casualtyState, isTollRank, sameCasualtyCount, sameCasualtyState, sameTollTime } from './casualties';
import { withoutRevisedConflicts } from './revisedValues';
import { withoutFormerExpectations } from './formerExpectation';
import { misspeltName } from './misspeltName';
import { kinshipNotCompared, sameKinship } from './kinship';
import { changeOf, swappedChange } from './swappedChange';
import { holdsTheSuperlative } from './superlatives';
import { openingSubjectStated } from './subjectNoun';
import { yearsOfAnotherNoun } from './ageOfAnotherNoun';
import { scoreOfAnotherMatch } from './otherMatchScore';
import { ageAgainstSpan } from '../text/yearMeasures';
import { ageAgainstOtherDuration, ageOfNamesake, agesOfOthers, ageWordsOf, frontedAge, takenAsBareNumber } from './ages';
import { sameMatchScore } from './matchScores';
import { yearPairedInList } from './listPairs';
import { sameThingDated } from './namedDates';
import { negationOnAnotherValue } from './relativeNegation';
import { namesOnlyAround, writesAClaimValue, writesAllClaimValues } from './ownValues';
import { otherTarget } from './targets';
import { negatedPredicateElsewhere } from './predicateClause';
import { oppositeAspectAt } from './aspect';
import { deniesQuantified, quantifiedNoun } from './existential';
import { undoneAction } from './undone';
import { doneWithout } from './without';
import { changeTheOtherWay, changeWordBefore, directionOfAnotherSubject } from './directionClause';
import { oppositeChangesOfOtherValues } from './changeNounAfter';
import { orderOfAnotherEvent } from './eventOrder';
import { saysNotInOtherWords } from './avoidance';
import { negationInRelativeClauseOnly } from './relativeClauseNegation';
import { negationInPurposeClauseOnly } from './purposeNegation';
import { nearTitleOfName, titlesOfOtherBodies } from './ownTitle';
import { articleOnlyDifference } from './placeArticle';
import { otherMultiple } from './multipliers';
import { isRefusal, isSupportWord, opposedBy, oppositeComparatives, passageFlipped, withInlineQuotesJoined, withoutTitleNegations } from './polarity';
import { axisWordStands, sameWayTerms } from './polarAxes';
import { oppositeOfAnotherSubject } from './oppositeSubject';
import { opposesUnstatedWord } from './opposedWord';
import { restrictsInOtherWords } from './restrictedPassage';
import { deniesAnySubject, subjectOnlyAround } from './negatedSubject';
import { citedWritesName } from './citedName';
import { valueNamedForAnother } from './anotherHolder';
import { compatibleHeads, differInCommonWords, roleMentions, sameComplement, sameHead, sameName, type RoleMention } from './roles';
import { withWholeTitle } from './wholeTitle';
import { findOtherTitle, findTitleHolder, type TitleSighting } from './otherTitle';
import { bodiesBeforeDiffer, titleHolderStatingAsFully } from './titleHeldByOther';
import { isWiderPlaceApposition, widerPlaceAfter } from './widerPlace';
import { statesWholeFrame, supportsByParts } from './namesOnlySupport';
import { bodyOfTitle, findOtherLedBody, ledBodies, type LedSighting } from './ledBody';
import { otherPortfolio } from './portfolioConflict';
import { sameHeadAcrossLanguages, sameTitleWrittenMoreFully } from './crossLanguageTitle';
import { ministerAndSecretaryOfOnePortfolio } from './ministerSecretary';
import { pronounSubject } from './pronounHolder';
import { holderOnlyInContext } from './holderInContext';
import { otherSpeakerOfQuote } from './quoteSpeaker';
import { otherSubjectBeforeApposition } from './appositiveSubject';
import { otherSubjectIn, type OtherSubject } from './subjectHolder';
import { anotherSubjectInSlot } from './subjectSlot';
import { negatedPredicateOnly } from './negatedPredicate';
import { withoutRestrictivePlusFr } from './restrictionFr';
import { otherPossessorSlot } from './possessorSlot';
import { titleOfOtherCountry } from './titleCountry';
import { possessedBodyEnd } from './rolePhrase';
import { statesNoPredicateWord, statesOneNameOnly } from './predicateStated';
import { valueOfOtherSide } from './valueClause';
import { disjointBounds, sameMeasureByWords } from './measures';
import { overlappingBounds } from './negatedBound';
import { countOfHeadNoun } from './headNoun';
import { dayInClaimMonth } from './dayOfMonth';
import { monthSlotConflict, type LoneMonth } from './months';
import { swappedRoles } from './swappedRoles';
import { forAnotherCause, namePhraseStart, otherBodyNamed, othersNamedAsSubjectBefore, otherTimeSlot, reportedContentShare, reportedContentStated, slotWithDescriptor, slotWithPlaceNoun, qualifiesPlaceNoun, withoutDateBeforeLink } from './slots';
import { writtenOnlyInLowerCase } from './nameCase';
import { withEnglishTerms, withFirstWordForFrench } from './englishSources';
import { isWeekday, monthIn, writesMonth } from './monthNames';
import { anotherValueDiffers, comparableRanks } from './anotherFact';
import { isAnaphoricBody } from './anaphoricBody';
import { onWordBounds } from './wordBounds';
import { contractedNegationVerb, deniesWithout, isEnglishNegationToken, negativeDeterminerEnAt, saysNoWithout, withNegationAsidesJoined } from './negations';
import { saysNoSinceByFirstTime } from './firstTimeSince';
import { withoutSameTextConflict } from './sameTextConflict';
import { negationOnAnotherNoun } from './deniedNoun';
import { ordersOwnEvents, writesWordElsewhere } from './sequenceOrdinals';
import { personStatingPredicate } from './predicateHolder';
import { valueOfAnotherThing } from './otherThingValue';
import { acronymExpandedIn, acronymPair, acronymWritten, ampersandAcronymsAt, spellsAcronymAt, spellsAcronymFrom, writesAcronym } from '../text/acronyms';
import { countryAndOtherPlace, sameCountry, samePlace } from '../text/demonyms';
import { unanchoredContradiction } from './unanchoredClaim';
import { possessorBody, roleBodyMismatch, roleOfBody } from './roleBody';
import { withOtherLocaleReading } from './localeReading';
import { withoutCrossedPair } from './pairedValues';
import { withoutOtherTermKind } from './sentenceTerm';
import { otherRangeBound } from './rangeBounds';
import { otherInclusion } from './inclusionQualifier';
import { tiedToAnotherListedPlace } from './listedPlaces';
import { heldByAnotherListedHolder, ownListedValues } from './listedHolder';
import { valueOfOtherEventItem } from './eventItem';
import { isSpeed } from './speeds';
import { citedSourceGivesMeasure } from './citedMeasure';
import { citedWritesClaimValues } from './citedValueStated';
import { citedValueOfFact } from './citedValues';
import { adjacentPairs } from './citedAdjacent';
import { roundsTo } from './roundedValues';
import { citedCoversAsWell } from './citedCoverage';
import { insideLongerName, wholeNameFrom } from './multiWordNames';
import { beforeHolderName, holderNamesOf } from './holderAfterName';
import { disagreementDecided, sourceOfClaimValue, statesFactAsFully, sourceRoundingClaimValue, valueOfSameHolder } from './disagreeingSources';
import { otherModifier } from './otherModifier';
import { stanceOf, statesStance } from './stance';
import { cleftFocus } from './cleftFocus';
import { anotherMeasure } from './measureNoun';
import { plainClaimVerdict } from './plainClaims';
import { valueOfComparedHolder } from './comparedHolder';
import { sentenceOfAnotherNamedSubject } from './openingSubject';
import { claimBoundMet, valuesMeetingBound } from './boundMet';
import { capitalisedNotName } from './capitalisedWord';
import { listedMember } from './listMember';
import { oneSourceValueForSeveral } from './oneSourceValue';
import { inferredYearAgainstWritten } from './inferredYear';
import { claimYearInPassageDate, dateInClaimYear } from './yearOfDate';
import { claimMonthInAnotherDate } from './claimMonthElsewhere';
import { differenceAgainstLevel } from './differences';
import { compareDurations } from '../text/durationRanges';
import { figureOfAnotherTime } from './timePairedValues';
import { valueOfAnotherRespectiveHolder } from './respectively';
import { countOtherwise, isPresupposedCount } from './presupposedCounts';
import { attributeOfAnotherName } from './parentheticalAttribute';
import { valueOfOneHolderOnly } from './sharedValue';
import { doneOnlyExpected, onlyExpected } from './expectedFact';
import { epithetNameSpans } from './epithetSubject';
import { citedNearSupport } from './citedNearSupport';

export type VerdictLabel = 'supported' | 'contradicted' | 'unsupported' | 'none';

/** A corpus sentence weighed as evidence for a claim. */
export interface Evidence {
  doc: CorpusDocument;
  sentence: Sentence;
  /** Share (0–1) of the claim's content, weighted by rarity, that the passage states. */
  coverage: number;
}

/** Why a passage contradicts a claim, and what it says instead. */
export interface Conflict {
  kind: 'quantity' | 'year' | 'attribution' | 'negation';
  /** The wrong part of the claim, as offsets into the claim text. */
  claimStart: number;
  claimEnd: number;
  /** What the source says, as written there ("3,57 millions d'ingénieurs"). */
  sourceText: string;
  /** The source quantity, for figure conflicts (to rewrite in the writer's style). */
  sourceQuantity?: Quantity;
  claimQuantity?: Quantity;
  /** The source's name, for attribution conflicts. */
  sourceName?: string;
  /**
   * The claim's other values to which the same passage gives another value, each of its own fact ("$424m (£800m)"
   * where the source says "£424m ($800m)"): a fix writes all of them or none (see findings.ts).
   */
  others?: Conflict[];
}

/** The checker's answer for one claim. */
export interface Verdict {
  label: VerdictLabel;
  /** 0–1: how sure the checker is of the label. */
  confidence: number;
  /** Best evidence first: the supporting or contradicting passage, or the closest one for unsupported claims. */
  evidence: Evidence[];
  conflict?: Conflict;
  /** When another passage states a different figure for the same fact: the corpus disagrees with itself. */
  disagreement?: {
    evidence: Evidence;
    sourceText: string;
    /** For an unsupported claim: the claim's value as the first evidence passage (the one that states it) writes it. */
    statedText?: string;
  };
}

/** Checker thresholds (coverage shares). */
const supportThreshold = 0.55;
const contradictionThreshold = 0.5;
const negationThreshold = 0.7;
const contradictionMargin = 0.1;
/**
 * How much less of the claim the cited source's passage may state than an uncited passage that states the claim's
 * value, for the cited source's other value to contradict: a passage with another value misses the claim's value
 * term itself, about one term in eight of a claim (0.125), and a margin of 0.1 on top (as for contradictions).
 */
const citedConflictMargin = 0.125 + 0.1;
/**
 * The coverage a passage joined from two neighbouring sentences needs to support a claim: above the single
 * sentence's (0.55), as two sentences hold more of any claim's words. Measured on the dev sets: true claims so
 * supported had 0.56–0.89, wrong claims (another organisation, role or event) 0.55–0.61 where no other condition
 * held them back.
 */
const joinedSupportThreshold = 0.65;
/** How much of the claim besides names a passage must state for another name in the claim's prepositional slot to contradict it (frameSlot.ts), as for an attribution. */
const frameRestShare = 0.75;
/** Headings state less than sentences: as evidence they count for a little less. */
const headingFactor = 0.92;
const candidateCount = 30;
/** How many of an unsupported claim's closest articles are read whole for values told in different sentences (articleValues.ts). */
const articleValuesDocuments = 3;

interface PassageView {
  terms: Set<string>;
  quantities: Quantity[];
  /**
   * The figures before dates are read (parseQuantities alone): every value of {@link quantities} that is no date is
   * one of them, so a figure that is no time is sought here first (see {@link hasFigureOf}), without reading dates.
   */
  numbers: Quantity[];
  /** The sentence's clauses, each with its terms, whether it is negated, and its main and subordinate parts. */
  clauses: ClauseView[];
  /** Folded words written capitalised, with their original form. */
  names: Map<string, string>;
  /** For an English passage, the French stems its words stand for (the glossary's), where opposite words are listed. */
  frenchTerms?: Set<string>;
}

const views = new WeakMap<Sentence, PassageView>();

function viewOf(sentence: Sentence, doc: CorpusDocument): PassageView {
  let view = views.get(sentence);
  if (!view) {
    const lang = doc.lang;
    // Each part is computed when first read: most views are read for their terms alone (lazyFields.ts).
    const lazy: PassageView = lazyFields<PassageView>({
      terms: () => new Set(termsOf(sentence.text, lang)),
      // A day and month the article dates by itself (« le 22 février dernier ») take their year from its date.
      quantities: () => withDates(lazy.numbers, datedByDocument(parseDates(sentence.text, lang), sentence.text, doc.date)),
      numbers: () => parseQuantities(sentence.text, lang),
      clauses: () => clausesOf(sentence.text, lang),
      names: () => {
        const names = new Map<string, string>();
        for (const token of tokenize(sentence.text)) {
          if (token.kind === 'word' && token.text[0] !== token.text[0].toLowerCase()) names.set(token.norm, token.text);
        }
        return names;
      },
      frenchTerms: () => (lang === 'en' ? new Set([...lazy.terms].flatMap((t) => frenchFor(t))) : undefined),
    });
    view = lazy;
    views.set(sentence, view);
  }
  return view;
}

const stretches = new WeakMap<CorpusDocument, Int32Array>();

/**
 * The stretch of each sentence of a document: sentences glued to the one before (no space between, as scraped
 * news writes « 4.000 euros.Les émanations » or a sub-heading run into the text) share the stretch of that one.
 * Neighbouring sentences are counted in stretches, so that the context a passage reads is the text around it
 * whether its article was scraped with spaces or without.
 */
function stretchesOf(doc: CorpusDocument): Int32Array {
  let result = stretches.get(doc);
  if (!result) {
    result = new Int32Array(doc.sentences.length);
    for (let i = 1; i < doc.sentences.length; i++) {
      result[i] = result[i - 1] + (doc.sentences[i].span.start === doc.sentences[i - 1].span.end ? 0 : 1);
    }
    stretches.set(doc, result);
  }
  return result;
}

/** The sentences of the stretches from `before` stretches back to `after` stretches on, around a passage's own (see {@link stretchesOf}). */
function sentencesAround(doc: CorpusDocument, sentence: Sentence, before: number, after: number): Sentence[] {
  const stretch = stretchesOf(doc);
  const own = stretch[sentence.index];
  const result: Sentence[] = [];
  for (let i = sentence.index - 1; i >= 0 && stretch[i] >= own - before; i--) result.unshift(doc.sentences[i]);
  for (let i = sentence.index + 1; i < doc.sentences.length && stretch[i] <= own + after; i++) result.push(doc.sentences[i]);
  return result;
}

/** Terms of the sentences around a passage, and of its document's title (names and topics often sit a sentence back). */
function contextTerms(doc: CorpusDocument, sentence: Sentence): ReadonlySet<string> {
  // The same for every claim that reads this passage: gathered once per passage (as its view is).
  let terms = contexts.get(sentence);
  if (terms) return terms;
  terms = new Set<string>();
  for (const other of sentencesAround(doc, sentence, 2, 1)) viewOf(other, doc).terms.forEach((t) => terms!.add(t));
  titleTermsOf(doc).forEach((t) => terms!.add(t));
  contexts.set(sentence, terms);
  return terms;
}

const contexts = new WeakMap<Sentence, Set<string>>();

/** The sentence before a passage (its stretch: see {@link stretchesOf}) and its document's title: where a pronoun of the passage finds what it stands for. */
function antecedentsOf(doc: CorpusDocument, sentence: Sentence): string {
  const before = sentencesAround(doc, sentence, 1, 0).filter((s) => s.index < sentence.index);
  return `${before.map((s) => s.text).join(' ')} ${doc.title}`;
}

/**
 * Whether a claim's name word stands alone, no capitalised word right before or after it: a place ("in Lisbon", "the
 * Lisbon bridge"), not part of a person's name ("Mr Rossi", "Paolo Rossi"), whose spelling in another language is
 * the same and whose other spelling is another person's (« Rosso »).
 */
function nameAlone(claimText: string, word: ClaimWord): boolean {
  return !/\p{Lu}[\p{L}.'’-]*\s+$/u.test(claimText.slice(Math.max(0, word.start - 40), word.start)) && !/^\s+\p{Lu}/u.test(claimText.slice(word.end, word.end + 3));
}

/** Whether the sentences around a passage or its document's title name a place by the exonym of a claim's name word (see exonyms.ts). */
function exonymInContext(norm: string, doc: CorpusDocument, sentence: Sentence): boolean {
  return sentencesAround(doc, sentence, 2, 1).some((other) => exonymIn(norm, viewOf(other, doc).names.keys())) || exonymIn(norm, tokenize(doc.title).filter((t) => t.kind === 'word').map((t) => t.norm));
}

const titleTerms = new WeakMap<CorpusDocument, string[]>();

function titleTermsOf(doc: CorpusDocument): string[] {
  let terms = titleTerms.get(doc);
  if (!terms) {
    terms = termsOf(doc.title, doc.lang);
    titleTerms.set(doc, terms);
  }
  return terms;
}

interface Scored {
  evidence: Evidence;
  namesCovered: boolean;
  uncoveredNames: ClaimWord[];
  matched: Quantity[];
  /** Some matched value is, in the passage, the value of another fact than the claim's (its words disagree). */
  incidental: boolean;
  /** The matched values that make the passage {@link Scored.incidental} (disagreeingSources.ts reads them one by one). */
  incidentalValues: Quantity[];
  conflicts: { claim: Quantity; source: Quantity }[];
  view: PassageView;
  /**
   * Whether the claim's clause that this passage's stating clause matches is negated: a claim of several clauses
   * is compared clause with clause ("…her chances are not that great, said Mr Gant, who predicted…").
   */
  claimNegated: boolean;
  /** Whether the clause of the passage that states the claim is negated, or says the opposite word ("interdite" for "autorisée"). */
  negated: boolean;
  /** Share of the claim's word pairs found as such in the passage: a tie-breaker between equal passages. */
  surface: number;
  /** Coverage if the uncovered names had been found: how well the rest of the claim matches. */
  coverageBesideNames: number;
  /** Names of the claim that the passage sentence itself does not have (they may be in its context). */
  namesOutsideSentence: ClaimWord[];
  /** The claim's words that the passage sentence itself states. */
  wordsInSentence: Set<ClaimWord>;
  /** The claim's words that the passage sentence states by their opposite (among {@link Scored.wordsInSentence}). */
  opposedWords: Set<ClaimWord>;
}

/** What a claim is checked with besides its text. */
export interface ClaimContext {
  /** The citation keys the writer gave the claim (`[@id]`): their documents are read in full, and their passages come first as evidence. */
  cited?: readonly string[];
  /** The path of the draft the claim is written in, when the corpus may hold it: its passages are never evidence. */
  draftPath?: string;
  /** The names of the draft's sentences before the claim that its subject pronoun may stand for (draftAntecedents.ts). */
  antecedents?: readonly Antecedent[];
}

/**
 * Checks one claim against the corpus: retrieves candidate passages (and reads the documents the claim cites),
 * weighs how much of the claim each states, compares figures, years, names and negation, and decides supported,
 * contradicted or unsupported. A passage that states the claim wins over one that gives its fact another value
 * (the corpus then disagrees with itself: see {@link Verdict.disagreement}). Among passages that do the same, the
 * cited documents' come first. Claims the analysis says are not claims get 'none'. A claim left unsupported that
 * joins two facts is supported when each fact is, by its own passage, and contradicted when one fact's figure is
 * while the other is stated by the same article (see {@link verdictOfParts}).
 */
export function checkClaim(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext = {}): Verdict {
  const verdict = checkClaimAsWritten(claimText, analysis, index, context);
  // A claim whose subject is a pronoun, read again with the name it stands for in the draft (referentSubject.ts).
  return withReferentVerdict(claimText, verdict, context.antecedents, (text) => checkClaimAsWritten(text, analyzeClaim(text, analysis.lang, index.names), index, context));
}

/** {@link checkClaim} of the claim's own words. */
function checkClaimAsWritten(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext): Verdict {
  // A conflict whose span cuts a word was read from a misparse: never a contradiction (wordBounds.ts).
  // A claim with neither a figure nor a name is held to more (plainClaims.ts).
  // A figure contradicted only by how the claim's language reads its separator ("4.500 people" in English): localeReading.ts.
  const checked = withOtherLocaleReading(claimText, plainClaimVerdict(onWordBounds(claimText, checkWholeClaim(claimText, analysis, index, context)), claimText, analysis, index), (text) => {
    const other = analyzeClaim(text, analysis.lang, index.names);
    return plainClaimVerdict(onWordBounds(text, checkWholeClaim(text, other, index, context)), text, other, index);
  });
  // A count paired with the measure a passage gives the other count of a pair (pairedValues.ts).
  // A prison term of one kind that the passage gives as the other, « ferme » and « avec sursis » (sentenceTerm.ts).
  // Two sources that give the claim's fact two values never contradict it, unless the one that does is cited (disagreeingSources.ts).
  const citedPaths = new Set((context.cited ?? []).flatMap((id) => index.documentById(id)?.path ?? []));
  // An attribution that would give the claim's slot the words it already has is none (sameTextConflict.ts).
  const verdict = withoutSameTextConflict(claimText, disagreementDecided(withoutOtherTermKind(claimText, analysis.quantities, withoutCrossedPair(claimText, analysis.quantities, checked)), citedPaths));
  // A cited document that states the claim across two adjacent sentences backs it too (citedAdjacent.ts).
  if (verdict.label !== 'unsupported') return withoutPartOfTotal(withCitedAdjacentSupport(claimText, analysis, index, context, verdict), analysis.lang);
  // A sentence that joins two facts, each checked against its own passage (factParts.ts).
  const parts = verdictOfParts(claimText, analysis.lang, (part) => {
    const partAnalysis = analyzeClaim(part, analysis.lang, index.names);
    return plainClaimVerdict(onWordBounds(part, checkWholeClaim(part, partAnalysis, index, context)), part, partAnalysis, index);
  });
  // A claim that an article tells in two sentences running on from each other (neighbourPassages.ts).
  // A claim whose values one article tells in different sentences (articleValues.ts).
  // Else a figure of the claim's fact that two such sentences give another value (neighbourConflict.ts).
  return withoutPartOfTotal((parts && disagreementDecided(parts, citedPaths)) ?? neighbourSupport(claimText, analysis, index, context, verdict) ?? articleValuesSupport(claimText, analysis, index, context, verdict) ?? neighbourConflict(claimText, analysis, index, context, verdict) ?? verdict, analysis.lang);
}

/**
 * A contradiction on a figure that the passage splits into parts: the passage's values of the claim value's measure
 * (two or more) add up to the claim's value ("agreed to pay $28.5m" against "It agreed to pay $13m in criminal
 * penalties, as well as $15.5m to settle a civil lawsuit"). The claim gives their total, which is no other value of
 * the fact: unsupported, with the same evidence. Other verdicts as they are.
 */
export function withoutPartOfTotal(verdict: Verdict, lang: Lang): Verdict {
  const claimQuantity = verdict.label === 'contradicted' && verdict.conflict?.kind === 'quantity' ? verdict.conflict.claimQuantity : undefined;
  const evidence = verdict.evidence[0];
  if (!claimQuantity || !evidence) return verdict;
  const parts = viewOf(evidence.sentence, evidence.doc).quantities.filter((v) => sameMeasure(claimQuantity, v, lang, evidence.doc.lang));
  if (parts.length < 2) return verdict;
  const total = parts.reduce((sum, v) => sum + v.value, 0);
  // The parts as written add up to the total as written, to the rounding of its last figure (a hundredth at most).
  if (Math.abs(total - claimQuantity.value) > Math.abs(claimQuantity.value) * 0.01) return verdict;
  return { label: 'unsupported', confidence: verdict.confidence, evidence: verdict.evidence };
}

/**
 * Whether a sentence of an article writes the claim value `q` itself as the value of the claim's fact: the same
 * measure and value, the governing word or measured noun by it the claim's (alignment.ts sameFact, as for a
 * duration told a sentence away), and not told of another holder.
 */
function statesValueOfFact(q: Quantity, claimText: string, analysis: ClaimAnalysis, doc: CorpusDocument, sentence: Sentence): boolean {
  if (!hasFigureOf(q, sentence, doc, analysis.lang)) return false;
  const quantities = viewOf(sentence, doc).quantities;
  const frame = claimFrame(claimText, q, analysis);
  const claimContext = valueContext(claimText, q, analysis.quantities, analysis.lang);
  const claimTerms = new Set(analysis.words.flatMap((w) => w.terms));
  return quantities.some((s) => {
    if (!sameMeasure(q, s, analysis.lang, doc.lang) || !sameValue(q, s) || heldByAnother(claimText, q, analysis, sentence.text, s, quantities)) return false;
    const context = valueContext(sentence.text, s, quantities, doc.lang);
    if (context.governor === undefined && context.measure === undefined) return false;
    // A value the claim fronts or sets apart (« Le 4 mars, la procureure a ouvert … ») has no word of its own to
    // compare: the passage's governing word or measure noun must then be a word of the claim (« a ouvert jeudi 4
    // mars », not « a réagi vendredi 5 mars », another fact of that day).
    if (claimContext.governor === undefined && claimContext.measure === undefined && ![...(context.governor ?? []), ...(context.measure ?? [])].some((t) => claimTerms.has(t))) return false;
    return sameFact(claimContext, frame.words, context, { stating: true, window: sourceWindow(sentence.text, s, doc.lang) });
  });
}

/**
 * The verdict on an unsupported claim whose values one of its closest articles states in different sentences (see
 * {@link valuesToldApart}): supported when the article's sentence that tells the claim supports it once the values
 * it leaves out are set aside (judged as any passage, on that article's sentences), and each of those values is
 * stated, aligned with the claim's fact, by another sentence of the article; `undefined` otherwise. Only a support
 * is taken from it, never a contradiction.
 */
function articleValuesSupport(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext, verdict: Verdict): Verdict | undefined {
  if (!analysis.isClaim || verdict.label !== 'unsupported') return undefined;
  const checkable = checkableOf(claimText, analysis);
  if (checkable.length === 0) return undefined;
  // Only an article with a passage that states enough of the claim to be its main sentence is read (each read costs a
  // score of its sentences that may state a claim value or are among the closest).
  const closest = verdict.evidence.filter((e) => e.doc.lang === analysis.lang && e.doc.path !== context.draftPath);
  const docs = [...new Set(closest.filter((e) => e.coverage >= supportThreshold).map((e) => e.doc))].slice(0, articleValuesDocuments);
  const cited = new Set((context.cited ?? []).flatMap((id) => index.documentById(id)?.path ?? []).filter((p) => p !== context.draftPath));
  for (const doc of docs) {
    const near = new Set(closest.filter((e) => e.doc === doc).map((e) => e.sentence));
    // The closest sentences (the main one is among them), and those that write a value of a claim value's measure:
    // the others can neither state a left-out value nor give it another value.
    const read = doc.sentences.filter((s) => !s.heading && (near.has(s) || viewOf(s, doc).quantities.some((v) => checkable.some((q) => sameMeasure(q, v, analysis.lang, doc.lang)))));
    const readings = read.map((sentence) => {
      const s = score(claimText, analysis, checkable, doc, sentence, index);
      return { sentence: s, matched: s.matched, conflicts: s.conflicts, namesCovered: s.namesCovered, coverage: s.evidence.coverage, negated: s.negated, claimNegated: s.claimNegated };
    });
    const apart = valuesToldApart(checkable, readings, supportThreshold, {
      statesValue: (q, s) => statesValueOfFact(q, claimText, analysis, doc, s.evidence.sentence),
      writesMeasure: (q, s) => s.view.quantities.some((v) => sameMeasure(q, v, analysis.lang, doc.lang)),
    });
    if (!apart) continue;
    const rest: ClaimAnalysis = { ...analysis, quantities: analysis.quantities.filter((q) => !apart.unmatched.includes(q)) };
    const candidates = doc.sentences.filter((s) => !s.heading).map((sentence) => ({ doc, sentence }));
    const main = plainClaimVerdict(onWordBounds(claimText, judge(claimText, rest, index, candidates, cited)), claimText, rest, index);
    if (main.label !== 'supported' || main.evidence[0]?.sentence !== apart.main.evidence.sentence) continue;
    return { label: 'supported', confidence: main.confidence, evidence: [main.evidence[0], ...apart.stating.map((s) => s.evidence)] };
  }
  return undefined;
}

/**
 * The verdict on an unsupported claim against its closest passages each joined with the sentence before or after
 * it (see {@link joinedWithNeighbours}): only a support is taken from them, never a contradiction; `undefined` otherwise.
 */
function neighbourSupport(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext, verdict: Verdict): Verdict | undefined {
  if (!analysis.isClaim) return undefined;
  const closest = verdict.evidence.filter((e) => e.doc.lang === analysis.lang && e.doc.path !== context.draftPath);
  const joined = joinedWithNeighbours(closest, 3);
  if (joined.length === 0) return undefined;
  const cited = new Set((context.cited ?? []).flatMap((id) => index.documentById(id)?.path ?? []).filter((p) => p !== context.draftPath));
  const wider = plainClaimVerdict(onWordBounds(claimText, judge(claimText, analysis, index, joined, cited)), claimText, analysis, index);
  const evidence = wider.evidence[0];
  const pair = evidence && sentencesJoined(evidence.sentence);
  if (wider.label !== 'supported' || !pair || evidence.coverage < joinedSupportThreshold) return undefined;
  // A figure or date ties the two sentences to the claim's one fact: one sentence states every value and name of the
  // claim with words of its own, the other adds words, never what ties the claim to its fact (a name of one sentence
  // with the figure of the next is two facts of the article, not the claim's); each states some of the claim, and
  // neither gives a value of it another value. A claim without a figure or date is not joined across sentences.
  const checkable = checkableOf(claimText, analysis);
  if (checkable.length === 0) return undefined;
  const singles = pair.map((sentence) => score(claimText, analysis, checkable, evidence.doc, sentence, index));
  if (singles.some((s) => s.conflicts.length > 0 || s.wordsInSentence.size < 2)) return undefined;
  // Each figure in the sentence of its own holder, not of the claim's other holder (possessiveHolder.ts).
  if (figuresOfSwappedHolders(analysis.words.filter((w) => w.isName), checkable, pair.map((sentence, i) => ({ text: sentence.text, quantities: singles[i].view.quantities })))) return undefined;
  if (!singles.some((s) => s.namesCovered && s.namesOutsideSentence.length === 0 && s.matched.length === checkable.length)) return undefined;
  return wider;
}

/**
 * The contradiction of an unsupported claim by its closest passages each joined with the sentence before or after
 * it (see {@link valueConflictAcrossPair}): they are judged together with the closest passages themselves, so that
 * a passage that states the claim's value, or a fuller one that gives it, still decides; `undefined` otherwise.
 */
function neighbourConflict(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext, verdict: Verdict): Verdict | undefined {
  const checkable = checkableOf(claimText, analysis);
  if (!analysis.isClaim || checkable.length === 0) return undefined;
  const closest = verdict.evidence.filter((e) => e.doc.lang === analysis.lang && e.doc.path !== context.draftPath).map((e) => ({ doc: e.doc, sentence: e.sentence }));
  const joined = joinedWithNeighbours(closest, 3);
  if (joined.length === 0) return undefined;
  const cited = new Set((context.cited ?? []).flatMap((id) => index.documentById(id)?.path ?? []).filter((p) => p !== context.draftPath));
  const verdictWith = (passages: { doc: CorpusDocument; sentence: Sentence }[]) => plainClaimVerdict(onWordBounds(claimText, judge(claimText, analysis, index, [...passages, ...joined], cited)), claimText, analysis, index);
  const names = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
  if (!valueConflictAcrossPair(verdictWith(closest), sentencesJoined, names, (n) => index.names.isName(n))) return undefined;
  // Then with every retrieved passage, as the claim was judged: a passage that states the claim's value still decides.
  const own = withoutDraft(retrieve(analysis, index), context.draftPath).filter((c) => c.doc.lang === analysis.lang);
  return valueConflictAcrossPair(verdictWith(withCitedPassages(ownBest(own, analysis, index), analysis, index, cited)), sentencesJoined, names, (n) => index.names.isName(n));
}

/**
 * `verdict` with the passage of a document the claim cites added to its evidence, when the verdict is supported by
 * other documents only and that cited document states the claim across two adjacent sentences of one paragraph,
 * judged as one passage by the same rules as any passage (see {@link adjacentPairs}). The claim is then rightly
 * cited: the two sentences join the evidence after the verdict's own, so no other source is offered in the cited
 * one's place. Documents in another language than the claim's are not read so. Any other verdict is returned as is.
 */
function withCitedAdjacentSupport(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext, verdict: Verdict): Verdict {
  if (verdict.label !== 'supported' || !context.cited?.length) return verdict;
  const docs = [...new Set(context.cited.flatMap((id) => index.documentById(id) ?? []))].filter((d) => d.path !== context.draftPath && d.lang === analysis.lang);
  if (docs.length === 0 || verdict.evidence.some((e) => docs.includes(e.doc))) return verdict;
  for (const doc of docs) {
    const pairs = adjacentPairs(doc);
    if (pairs.length === 0) continue;
    const joined = judge(claimText, analysis, index, pairs.map((p) => ({ doc, sentence: p.joined })), new Set([doc.path]));
    const best = joined.label === 'supported' ? joined.evidence[0] : undefined;
    const pair = best && pairs.find((p) => p.joined === best.sentence);
    if (pair) return { ...verdict, evidence: [...verdict.evidence, { doc, sentence: pair.first, coverage: best.coverage }, { doc, sentence: pair.second, coverage: best.coverage }] };
  }
  // Or across its paragraphs, as fully as the supporting passage of another document (citedCoverage.ts): its
  // passage that states most of the claim joins the evidence, so no swap of the citation is offered.
  const proposed = verdict.evidence[0];
  if (!proposed) return verdict;
  const checkable = checkableOf(claimText, analysis);
  const proposedWords = score(claimText, analysis, checkable, proposed.doc, proposed.sentence, index).wordsInSentence;
  for (const doc of docs) {
    const sentences = doc.sentences.filter((s) => !s.heading).map((sentence) => ({ sentence, view: viewOf(sentence, doc) }));
    const read = sentences.map(({ sentence, view }) => ({ writes: (w: ClaimWord) => found(w, view.terms), quantities: view.quantities, negated: isNegated(sentence.text, doc.lang) }));
    if (!citedCoversAsWell(analysis.words, proposedWords, checkable, read, sameValue)) continue;
    const best = sentences.map(({ sentence }) => score(claimText, analysis, checkable, doc, sentence, index)).filter((s) => s.conflicts.length === 0).sort(byCoverage)[0];
    if (best) return { ...verdict, evidence: [...verdict.evidence, best.evidence] };
  }
  return verdict;
}

/** {@link checkClaim} of the whole sentence, before it is split into facts. */
function checkWholeClaim(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext): Verdict {
  // An English claim's first word is no name for a French corpus that merely never writes it (see withFirstWordForFrench).
  const verdict = checkClaimByOwnTerms(claimText, withFirstWordForFrench(analysis, index) ?? analysis, index, context);
  // A French claim left unsupported, or decided by an English passage read with its names and figures alone, is read
  // again against the English passages in its words' English terms.
  const english = verdict.label === 'unsupported' || verdict.evidence[0]?.doc.lang === 'en' ? withEnglishTerms(analysis, index) : undefined;
  if (!english) return verdict;
  const cited = new Set((context.cited ?? []).flatMap((id) => index.documentById(id)?.path ?? []).filter((p) => p !== context.draftPath));
  const found = withoutDraft(retrieve(english, index), context.draftPath).filter((c) => c.doc.lang === 'en');
  const candidates = withCitedPassages(found.slice(0, candidateCount), english, index, cited).filter((c) => c.doc.lang === 'en');
  const wider = judge(claimText, english, index, candidates, cited);
  if (verdict.label === 'unsupported') return wider.label === 'unsupported' ? verdict : wider;
  return wider;
}

/** {@link checkClaim} with the claim words' own terms (for a French claim, French ones only). */
function checkClaimByOwnTerms(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, context: ClaimContext = {}): Verdict {
  if (!analysis.isClaim) return { label: 'none', confidence: 1, evidence: [] };
  // The documents the citation keys resolve to, by path: with duplicate ids in a corpus, a copy that carries the
  // key without owning it is not the cited source (see CorpusReader.documentById).
  const cited = new Set((context.cited ?? []).flatMap((id) => index.documentById(id)?.path ?? []).filter((p) => p !== context.draftPath));
  const found = withoutDraft(retrieve(analysis, index), context.draftPath);
  // Passages in the claim's language first, so that documents in another language added to the corpus change
  // nothing a same-language source decides; the others are read only when those leave the claim unsupported.
  const own = found.filter((c) => c.doc.lang === analysis.lang);
  if (own.length > 0 && index.passagesIn(analysis.lang) > 0) {
    const verdict = judge(claimText, analysis, index, withCitedPassages(ownBest(own, analysis, index), analysis, index, cited), cited);
    if (verdict.label !== 'unsupported' || own.length === found.length) return verdict;
    const wider = judge(claimText, analysis, index, withCitedPassages(found.slice(0, candidateCount), analysis, index, cited), cited);
    return wider.label === 'unsupported' ? verdict : wider;
  }
  return judge(claimText, analysis, index, withCitedPassages(found.slice(0, candidateCount), analysis, index, cited), cited);
}

/**
 * The {@link candidateCount} best of the retrieved passages in the claim's language, ranked with BM25 over the
 * passages of that language only (term rarity by {@link languageIdf}, one occurrence per term, a fixed average
 * length), so that the choice does not move with documents in another language.
 */
/** The candidates that are not passages of the draft itself (see {@link ClaimContext.draftPath}). */
function withoutDraft(found: { doc: CorpusDocument; sentence: Sentence }[], draftPath: string | undefined): { doc: CorpusDocument; sentence: Sentence }[] {
  return draftPath === undefined ? found : found.filter((c) => c.doc.path !== draftPath);
}

function ownBest(own: { doc: CorpusDocument; sentence: Sentence }[], analysis: ClaimAnalysis, index: CorpusReader): { doc: CorpusDocument; sentence: Sentence }[] {
  if (own.length <= candidateCount) return own;
  const passages = index.passagesIn(analysis.lang);
  const weights = new Map<string, number>();
  for (const word of analysis.words) for (const term of word.terms) weights.set(term, Math.max(weights.get(term) ?? 0, word.isName ? 2 : 1));
  for (const q of analysis.quantities) {
    const key = numberTerm(q);
    if (key) weights.set(key, 1.5);
  }
  const idf = new Map([...weights.keys()].map((t) => [t, languageIdf(index, t, analysis.lang, passages)]));
  const k1 = 1.2;
  const b = 0.75;
  const averageTerms = 20;
  const scoreOf = (c: { doc: CorpusDocument; sentence: Sentence }) => {
    const terms = viewOf(c.sentence, c.doc).terms;
    const norm = k1 * (1 - b + (b * terms.size) / averageTerms);
    let sum = 0;
    for (const [term, weight] of weights) if (terms.has(term)) sum += idf.get(term)! * weight * ((k1 + 1) / (1 + norm));
    return sum;
  };
  return own
    .map((c, rank) => ({ c, rank, score: scoreOf(c) }))
    .sort((x, y) => y.score - x.score || x.rank - y.rank)
    .slice(0, candidateCount)
    .map((x) => x.c);
}

/** The verdict on a claim from its candidate passages (see {@link checkClaim}). */
/** A relative pronoun and the comma of an incise right before a time (« qui, le 20 mai, », "which, in 2003,"). */
const RELATIVE_INCISE_BEFORE = /(?:^|\s)(?:qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles|which|who|that)\s*,\s*(?:(?:le|la|l['’]|en|au|dès|on|in|the)\s+)?$/iu;

/** `cited`: the paths of the documents the claim's citation keys resolve to. */
function judge(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, candidates: { doc: CorpusDocument; sentence: Sentence }[], cited: ReadonlySet<string>): Verdict {
  const verdict = judgeCandidates(claimText, analysis, index, candidates, cited);
  // A claim that names nothing is not contradicted by a passage of a source it does not cite that states at most one
  // of its words, with the sentence before it where its pronoun finds what it stands for (unanchoredClaim.ts).
  const best = verdict.evidence[0];
  if (verdict.label !== 'contradicted' || !best || cited.has(best.doc.path) || analysis.words.some((w) => w.isName)) return verdict;
  const stated = score(claimText, analysis, checkableOf(claimText, analysis), best.doc, best.sentence, index).wordsInSentence;
  const before = best.doc.sentences[best.sentence.index - 1];
  const statedBefore = (w: ClaimWord) => before !== undefined && !before.heading && found(w, viewOf(before, best.doc).terms);
  if (!unanchoredContradiction(analysis.words, (w) => stated.has(w) || statedBefore(w))) return verdict;
  return { label: 'unsupported', confidence: 1 - best.coverage / 2, evidence: verdict.evidence.slice(0, 3) };
}

function judgeCandidates(claimText: string, analysis: ClaimAnalysis, index: CorpusReader, candidates: { doc: CorpusDocument; sentence: Sentence }[], cited: ReadonlySet<string>): Verdict {
  if (candidates.length === 0) return { label: 'unsupported', confidence: 0.9, evidence: [] };
  const checkable = checkableOf(claimText, analysis);
  // In document and sentence order: passages that tie are then taken in the same order whatever retrieval ranked first.
  const ordered = [...candidates].sort((a, b) => (a.doc.path < b.doc.path ? -1 : a.doc.path > b.doc.path ? 1 : a.sentence.index - b.sentence.index));
  // A value one passage states is not contradicted by another passage's value of the same fact (see revisedValues.ts).
  let scored = withoutRevisedConflicts(ordered.map((c) => score(claimText, analysis, checkable, c.doc, c.sentence, index)), (q) => casualtyState(claimText, q) !== undefined);
  // Nor by a value the passage gives as a former expectation or hypothesis (formerExpectation.ts).
  scored = withoutFormerExpectations(scored, claimText, analysis.lang);
  const isCited = (s: { evidence: Evidence }) => cited.has(s.evidence.doc.path);
  const subject = subjectOf(analysis);
  const standsAlone = (norm: string) => index.names.standsAlone(norm);
  // The cited documents' passages first among those that qualify, then by coverage.
  const citedFirst = (a: Scored, b: Scored) => Number(isCited(b)) - Number(isCited(a)) || byCoverage(a, b);

  // Passages that state the claim with another name in its opening subject's slot (subjectSlot.ts): no support, and
  // a support that states clearly less of the claim than one of them is no statement of the claim's fact either.
  const inSubjectSlot = new Set(scored.filter((s) => s.conflicts.length === 0 && s.evidence.coverage >= supportThreshold && anotherSubjectInSlot(claimText, analysis.lang, analysis.words, s.evidence.sentence.text, s.evidence.doc.lang, (w) => s.wordsInSentence.has(w))));
  const claimTerms = new Set(analysis.words.flatMap((w) => w.terms));
  const slotValues: { scored: Scored; pair: { claim: Quantity; source: Quantity } }[] = [];
  const attributeSlots: { scored: Scored; claimStart: number; claimEnd: number; source: string }[] = [];
  const outranked = (s: Scored) => [...inSubjectSlot].some((o) => o.evidence.coverage > s.evidence.coverage + contradictionMargin);
  const supports = scored
    .filter((s) => s.namesCovered && s.evidence.coverage >= supportThreshold && s.matched.length === checkable.length && s.conflicts.length === 0)
    .filter((s) => !attributionIn(claimText, analysis, s, standsAlone, cited))
    .filter((s) => (reportedContentStated(claimText, analysis.words, (w) => s.wordsInSentence.has(w), s.matched) ?? 1) >= reportedContentShare)
    .filter((s) => s.negated === s.claimNegated || s.evidence.coverage < negationThreshold)
    // Nor a passage that writes a word the claim says was done as expected or failed only ("is expected to announce", "failing to announce" for "announced": expectedFact.ts).
    .filter((s) => s.evidence.doc.lang !== analysis.lang || !doneOnlyExpected(claimText, analysis.words, s.evidence.sentence.text, analysis.lang))
    // Nor does a passage that writes the negated claim's word as only expected ("is expected to announce" for "made no announcement": expectedFact.ts).
    .filter((s) => s.negated === s.claimNegated || !s.claimNegated || !deniedWordOnlyExpected(claimText, analysis.lang, s.evidence.sentence.text, s.evidence.doc.lang))
    // Below the coverage of a contradiction too, a passage that says the claim's fact the other way does not state it.
    .filter((s) => !negationBlocksSupport(s, analysis))
    // « sans contrat écrit » does not state « prévoyait un contrat écrit » (negations.ts).
    .filter((s) => !deniesWithout(claimText, s.evidence.sentence.text, analysis.lang, s.evidence.doc.lang))
    // "more than triple" is not stated by "more than double" (multipliers.ts).
    .filter((s) => !otherMultiple(claimText, analysis.lang, s.evidence.sentence.text, s.evidence.doc.lang))
    // A change whose two values the claim gives the other way round, or its verb against them (swappedChange.ts).
    .filter((s) => !swappedChange(changeOf(claimText, analysis.quantities), changeOf(s.evidence.sentence.text, s.view.quantities)))
    // Another name in the slot of the claim's opening subject: another holder's fact (subjectSlot.ts).
    .filter((s) => !inSubjectSlot.has(s) && !outranked(s))
    // The claim's figure given by the sentence to another possessor ("Brightco's net income fell 33%" for "Halvo's profits fell 33%": possessiveHolder.ts).
    .filter((s) => !figureOfAnotherPossessor(claimText, analysis.lang, analysis.words.filter((w) => w.isName).map((w) => w.text), s.evidence.sentence.text, s.evidence.doc.lang))
    // Two of the claim's names in the other order around the same predicate: their roles swapped (swappedRoles.ts).
    .filter((s) => s.evidence.doc.lang !== analysis.lang || !swappedRoles(claimText, analysis.words, s.evidence.sentence.text, analysis.lang))
    // A claim without figures is not stated by its names alone (predicateStated.ts).
    .filter((s) => checkable.length > 0 || s.evidence.doc.lang !== analysis.lang || !statesNoPredicateWord(analysis.words, (w) => s.wordsInSentence.has(w)))
    // Nor across languages by one name alone (predicateStated.ts).
    .filter((s) => checkable.length > 0 || s.evidence.doc.lang === analysis.lang || !statesOneNameOnly(analysis.words, (w) => s.wordsInSentence.has(w)))
    // The claim's value written only on the other side of a contrast, another holder's (valueClause.ts).
    // A claim of one value only: a claim of two sets its own sides (« dix pour cent en Guyane, mais seulement 0,4 % en Île-de-France »).
    .filter((s) => checkable.length !== 1 || s.matched.length === 0 || s.evidence.doc.lang !== analysis.lang || !valueOfOtherSide(analysis.words, s.matched, s.evidence.sentence.text, s.view.quantities, (text) => new Set(termsOf(text, s.evidence.doc.lang))))
    // The claim's value given « respectivement » to another holder of the passage's list (respectively.ts), or tied
    // by the passage to another time while the claim's time has another figure (timePairedValues.ts): kept apart,
    // the passage's value of the claim's slot contradicts the claim when nothing states it.
    .filter((s) => {
      const pair = s.matched.length === 0 ? undefined : valueOfAnotherRespectiveHolder(analysis.quantities, claimTerms, s.evidence.sentence.text, s.view.quantities, s.evidence.doc.lang, sameValue, claimText) ?? figureOfAnotherTime(claimText, analysis.quantities, s.evidence.sentence.text, s.view.quantities, sameValue);
      if (pair) slotValues.push({ scored: s, pair });
      return pair === undefined;
    })
    // A count the claim presupposes (« les six auditions ») that the passage writes otherwise only (presupposedCounts.ts):
    // the passage's count of the same set is the claim's slot value.
    .filter((s) => {
      const count = countOtherwise(claimText, analysis.quantities, s.evidence.sentence.text, s.view.quantities, sameValue);
      if (count?.source) slotValues.push({ scored: s, pair: { claim: count.claim, source: count.source } });
      return count === undefined;
    })
    // A name's attribute in parentheses that the passage gives another name (parentheticalAttribute.ts).
    .filter((s) => {
      const attribute = s.evidence.doc.lang === analysis.lang ? attributeOfAnotherName(claimText, s.evidence.sentence.text, analysis.lang) : undefined;
      if (attribute?.source) attributeSlots.push({ scored: s, claimStart: attribute.claimStart, claimEnd: attribute.claimEnd, source: attribute.source });
      return attribute === undefined;
    })
    // The claim's one value of two names it joins, given by the passage to one of them only (sharedValue.ts).
    .filter((s) => s.matched.length === 0 || !valueOfOneHolderOnly(claimText, analysis.quantities, s.evidence.sentence.text, s.view.quantities, sameValue))
    .sort(citedFirst);
  const citedPassages = scored.filter(isCited).map((s) => ({ coverage: s.evidence.coverage, namesCovered: s.namesCovered, text: s.evidence.sentence.text, quantities: s.view.quantities }));
  const quantityConflicts = scored
    .filter((s) => s.namesCovered && s.evidence.coverage >= contradictionThreshold && s.conflicts.length > 0)
    .filter((s) => openingSubjectStated(claimText, analysis, s.evidence.sentence.text, s.wordsInSentence))
    // A passage that gives another of the claim's values a different value too tells another fact (anotherFact.ts).
    .filter((s) => !tellsAnotherFact(s, checkable, analysis.lang))
    // Nor a value its sentence tells of another name, the claim's names only around it (anotherHolder.ts).
    .filter((s) => !s.conflicts.every((c) => valueNamedForAnother(s.evidence.sentence.text, c.source, namesOnlyAround(analysis.words, s.namesOutsideSentence), (n) => index.names.isName(n))))
    // A claim value a fuller passage states as its own value is no value to fix from a less full one (valueStatedElsewhere.ts).
    .filter((s) => !claimValueStatedMoreFully(s, scored, contradictionMargin))
    // Nor is a claim's change figure that a passage as full writes the other way (« up 6.2% » for « fell 6.2% »): the opposite reading, no fix (changeOtherWay.ts).
    .filter((s) => !changeToldOtherWayElsewhere(claimText, s, scored, sameValue))
    // One passage value against several different claim values is none of their facts' value (oneSourceValue.ts).
    .filter((s) => !oneSourceValueForSeveral(s.conflicts, sameValue))
    // Nor is a date of another month when another date of the passage writes the claim's month (claimMonthElsewhere.ts).
    .filter((s) => !claimMonthInAnotherDate(s.conflicts, s.evidence.sentence.text, s.view.quantities))
    // Nor a value of a passage tied to nothing of the claim's story, another article giving the measure a third value (anotherEventValue.ts).
    .filter((s) => !valueOfAnotherEvent(s, scored, analysis.words, analysis.quantities, (r) => isCited(r as Scored) || valuesTieFact(claimText, r as Scored), analysis.lang))
    // Nor another article's value where a cited passage as full gives the claim value's measure a value of its own: the cited source decides (citedMeasure.ts).
    // Nor another article's value for a claim value the cited source writes itself (citedValueStated.ts).
    .filter((s) => isCited(s) || !citedWritesClaimValues(s.conflicts.map((p) => p.claim), citedPassages, contradictionThreshold, sameValue))
    .filter((s) => isCited(s) || !citedSourceGivesMeasure({ coverage: s.evidence.coverage }, s.conflicts.map((p) => p.claim), citedPassages, (q, v, text) => sameMeasure(q, v) && isSpeed(claimText, q) === isSpeed(text, v)))
    .sort(citedFirst);
  const negations = scored
    // The opposite statement of the same fact: its figures are the claim's (else it is another fact, as « perdre 2 millions » and « gagner 100.000 »).
    // Not a sentence that names someone else with part of the claim subject's name (« Paul Renard » for « Paul Jacquet »).
    .filter((s) => s.namesCovered && !partlyNamed(subject, s) && s.evidence.coverage >= negationThreshold && s.negated !== s.claimNegated && s.conflicts.length === 0 && s.matched.length === checkable.length)
    // A negated claim is not contradicted by a sentence that negates too, in another clause than the one matched best.
    .filter((s) => !(analysis.negated && isNegated(s.evidence.sentence.text, s.evidence.doc.lang)))
    // A claim that says "not" with a verb of avoidance (« échappent au contrôle obligatoire ») against a passage's « n'est pas obligatoire »: unsure (avoidance.ts).
    .filter((s) => !(s.negated && !s.claimNegated && saysNotInOtherWords(claimText, analysis.lang)))
    // Nor a negated claim against a passage that denies or restricts in other words ("failed to trim", "only in the minor categories": restrictedPassage.ts).
    .filter((s) => !(s.claimNegated && !s.negated && restrictsInOtherWords(s.evidence.sentence.text, s.evidence.doc.lang)))
    // Nor a negated claim against a passage whose sentence leaves the claim's subject to its context, or that denies any subject ("No other title won twice": negatedSubject.ts).
    .filter((s) => !(s.claimNegated && !s.negated && (deniesAnySubject(claimText, analysis.lang) || subjectOnlyAround(analysis.words[0]?.isName ? subject : [], (w) => s.wordsInSentence.has(w)))))
    // The passage's negation bears on a word of the claim (« ce n'est pas l'échec du président … a défendu » denies an
    // « échec », not the claim's « a défendu »).
    .filter((s) => negationBearsOnClaim(s.evidence.sentence.text, s.evidence.doc.lang, analysis))
    // A negative determiner denies its noun, not the claim: « aucun survivant parmi les 157 occupants » (deniedNoun.ts).
    .filter((s) => !negationOnAnotherNoun(s.evidence.sentence.text, s.evidence.doc.lang, new Set(analysis.words.flatMap((w) => w.terms))))
    // A negated claim is denied only by a passage that states its negated word: « l'alerte a été levée » says nothing
    // against « l'alerte n'a pas été maintenue » (the same fact in other words), « l'alerte a été maintenue » does;
    // "is expected to announce" does not deny "made no announcement" (expectedFact.ts).
    .filter((s) => !s.claimNegated || s.negated || (negatedWordStated(claimText, analysis.lang, s.evidence.sentence.text, s.evidence.doc.lang) && !deniedWordOnlyExpected(claimText, analysis.lang, s.evidence.sentence.text, s.evidence.doc.lang)))
    // A sentence that writes neither the claim's values nor its names, which the sentences around it write, tells
    // another fact of the story: its opposite word is no denial (see writesAClaimValue).
    .filter((s) => writesAClaimValue(checkable, s.view.quantities) || !namesOnlyAround(analysis.words, s.namesOutsideSentence))
    .sort(byCoverage);
  // Another name in the claim's slot contradicts only in a passage that states the claim's figures: else the passage tells another fact.
  // Not another document's name in a slot whose name the cited document writes itself ("the LA ceremony" for "held in Los Angeles": citedName.ts).
  const citedTexts = [...new Set(candidates.filter((c) => cited.has(c.doc.path)).map((c) => c.doc))].map((d) => d.text);
  const attributions = findAttributions(claimText, analysis, scored.filter((s) => s.matched.length === checkable.length), standsAlone, cited).filter((a) => isCited(a.scored) || !citedWritesName(claimText, a.word.start, citedTexts));

  const bestSupport = supports[0];
  const bestConflict = quantityConflicts[0];
  // A contradiction wins over a support only when its passage states clearly more of the claim.
  const beatsSupport = (coverage: number) => !bestSupport || coverage > bestSupport.evidence.coverage + contradictionMargin;
  // Another value of the claim's fact does not win over the claim's value stated as the value of that fact by the
  // cited source or by two sources: at most, the sources disagree. Else the passage that states more of the claim wins.
  const stating = supports.filter((s) => !s.incidental);
  const statedBySources = stating.some(isCited) || new Set(stating.map((s) => s.evidence.doc)).size >= 2;
  // The claim's value stated only by sources it does not cite, while the source it cites gives that fact another
  // value as fully: the citation's own source contradicts it (the others' value is kept as a disagreement).
  const citedConflict = bestSupport && !stating.some(isCited) ? quantityConflicts.find((s) => isCited(s) && s.evidence.coverage >= bestSupport.evidence.coverage - citedConflictMargin) : undefined;
  if (citedConflict) {
    const pair = pickConflict(citedConflict);
    if (sameMeasure(pair.claim, pair.source) && !roughlyEqual(pair.claim, pair.source)) {
      return {
        label: 'contradicted',
        confidence: citedConflict.evidence.coverage,
        evidence: [citedConflict.evidence],
        conflict: withOtherValues(valueConflict(pair), citedConflict),
        // The other source's value as it writes it (« plus de 30 ans »), as for citedValues' conflicts below.
        disagreement: { evidence: bestSupport.evidence, sourceText: equalValueText(bestSupport, pair.claim) ?? claimText.slice(pair.claim.numberStart, pair.claim.numberEnd) },
      };
    }
  }
  // So does the cited source's value of the claim's fact in other words than the claim's, which the alignment of
  // uncited passages does not tie to it (citedValues.ts): never a swap of the citation to a source of the claim's value.
  // With no passage stating the claim and none in conflict with it, the cited passage must state a little more of it
  // (a contradiction's coverage and its margin): no other source tells that the claim's fact is the one it states.
  const citedOther = bestSupport
    ? !stating.some(isCited) ? citedValueConflict(claimText, analysis, checkable, scored.filter((s) => isCited(s) && s.evidence.coverage >= Math.max(contradictionThreshold, bestSupport.evidence.coverage - citedConflictMargin))) : undefined
    : !bestConflict && cited.size > 0 ? citedValueConflict(claimText, analysis, checkable, scored.filter((s) => isCited(s) && s.evidence.coverage >= contradictionThreshold + contradictionMargin)) : undefined;
  if (citedOther) {
    return {
      label: 'contradicted',
      confidence: citedOther.scored.evidence.coverage,
      evidence: [citedOther.scored.evidence],
      conflict: valueConflict(citedOther.pair),
      ...(bestSupport ? { disagreement: { evidence: bestSupport.evidence, sourceText: equalValueText(bestSupport, citedOther.pair.claim) ?? claimText.slice(citedOther.pair.claim.numberStart, citedOther.pair.claim.numberEnd) } } : {}),
    };
  }
  const slotValue = bestSupport ? undefined : slotValues.sort((a, b) => byCoverage(a.scored, b.scored))[0];
  if (slotValue && (!bestConflict || slotValue.scored.evidence.coverage >= bestConflict.evidence.coverage)) {
    return { label: 'contradicted', confidence: slotValue.scored.evidence.coverage, evidence: [slotValue.scored.evidence], conflict: valueConflict(slotValue.pair) };
  }
  const attributeSlot = bestSupport ? undefined : attributeSlots.sort((a, b) => byCoverage(a.scored, b.scored))[0];
  if (attributeSlot && beatsSupport(attributeSlot.scored.evidence.coverage) && (!bestConflict || attributeSlot.scored.evidence.coverage >= bestConflict.evidence.coverage)) {
    const { scored: a, claimStart, claimEnd, source } = attributeSlot;
    return { label: 'contradicted', confidence: a.evidence.coverage, evidence: [a.evidence], conflict: { kind: 'attribution', claimStart, claimEnd, sourceText: source, sourceName: source } };
  }
  if (bestConflict && !statedBySources && beatsSupport(bestConflict.evidence.coverage)) {
    const pair = pickConflict(bestConflict);
    // Another source states the claim's value of that fact: the sources disagree, and the claim is not contradicted nor fixed (disagreeingSources.ts).
    // Not a toll's count (casualties.ts and revisedValues.ts decide which toll is whose), nor a value the other source
    // only gives roughly (« une douzaine » does not state « onze »).
    // Among passages whose own view writes that value: a passage that states it only through a neighbour sentence
    // or a title must not hide, by a higher coverage, one that writes it (the second figure of a claim moved it ahead).
    const stated = pair.claim.kind === 'number' && casualtyState(claimText, pair.claim) === undefined ? sourceOfClaimValue(scored.filter((s) => s.view.quantities.some((v) => sameValue(pair.claim, v))), pair.claim, bestConflict) : undefined;
    const statedValue = stated?.view.quantities.find((v) => sameValue(pair.claim, v));
    // Or states the figure the claim rounds at the precision it writes (disagreeingSources.ts, roundedValues.ts); not
    // against a source the claim cites, which decides its value.
    const rounded = !stated && !isCited(bestConflict) && casualtyState(claimText, pair.claim) === undefined ? sourceRoundingClaimValue(scored, pair.claim, bestConflict, (v) => sameMeasure(pair.claim, v, analysis.lang, bestConflict.evidence.doc.lang), { isCited, sameValue }) : undefined;
    if (rounded && sameMeasure(pair.claim, pair.source) && !roundsTo(pair.claim, pair.source) && pair.claim.value !== pair.source.value) {
      return { label: 'unsupported', confidence: 1 - rounded.passage.evidence.coverage / 2, evidence: [rounded.passage.evidence, bestConflict.evidence], disagreement: { evidence: bestConflict.evidence, sourceText: bestConflict.evidence.sentence.text.slice(pair.source.approxStart ?? pair.source.start, pair.source.end), statedText: rounded.value.raw } };
    }
    if (stated && statedValue && (statedValue.approx !== 'about' || pair.claim.approx === 'about') && sameMeasure(pair.claim, pair.source) && !roughlyEqual(pair.claim, pair.source)) {
      return { label: 'unsupported', confidence: 1 - stated.evidence.coverage / 2, evidence: [stated.evidence, bestConflict.evidence], disagreement: { evidence: bestConflict.evidence, sourceText: bestConflict.evidence.sentence.text.slice(pair.source.approxStart ?? pair.source.start, pair.source.end), statedText: equalValueText(stated, pair.claim) ?? statedValue.raw } };
    }
    const verdict: Verdict = {
      label: 'contradicted',
      confidence: bestConflict.evidence.coverage,
      evidence: quantityConflicts.map((s) => s.evidence),
      conflict: withOtherValues(valueConflict(pair), bestConflict),
    };
    const other = quantityConflicts.find((s) => s.evidence.doc !== bestConflict.evidence.doc && s.evidence.coverage >= 0.7);
    if (other) {
      const otherPair = pickConflict(other);
      // Two values of the claim value's own fact, not of another figure of the claim.
      // Only a value told of the claim's holder is a disagreement to name (disagreeingSources.ts).
      // Nor one of a passage that states fewer of the claim's other values: another time's or event's (disagreeingSources.ts).
      if (otherPair.claim === pair.claim && sameMeasure(otherPair.source, pair.source) && !roughlyEqual(otherPair.source, pair.source) && valueOfSameHolder(other, claimNameTexts(analysis), otherPair.source) && statesFactAsFully(other, bestConflict)) {
        verdict.disagreement = { evidence: other.evidence, sourceText: otherPair.source.raw };
      }
    }
    return verdict;
  }
  // A role given to another name, or another role to the name, in the passage that states the rest of the claim.
  // Roles are compared in passages that state the claim's figures: else they tell another fact (another speaker, another quote).
  // Over the whole title, or no fix, unless the source writes the title's modifier the conflict keeps (wholeTitle.ts).
  const role = withWholeTitle(findRoleConflict(claimText, analysis, scored.filter((s) => s.matched.length === checkable.length), (norm) => index.names.isName(norm)), () => roleMentions(claimText, analysis.lang), claimText);
  if (role) {
    return {
      label: 'contradicted',
      confidence: role.scored.evidence.coverage,
      evidence: [{ ...role.scored.evidence, sentence: role.sentence }],
      conflict: { kind: 'attribution', claimStart: role.claimStart, claimEnd: role.claimEnd, sourceText: role.sourceText.trim(), ...(role.noFix ? {} : { sourceName: role.sourceText }) },
    };
  }
  // Another holder of the fact the claim gives the name it opens on (subjectHolder.ts).
  // Only a holder of the claim's kind, when the corpus's entities are ready (holderKinds.ts).
  const holder = findSubjectHolder(claimText, analysis, scored.filter((s) => s.matched.length === checkable.length), index.hasEntities === false ? undefined : (name) => index.entities().lookup(name)?.kind);
  if (holder) {
    return {
      label: 'contradicted',
      confidence: holder.scored.evidence.coverage,
      evidence: [holder.scored.evidence],
      conflict: { kind: 'attribution', claimStart: holder.claimStart, claimEnd: holder.claimEnd, sourceText: holder.sourceText, ...(holder.fixable ? { sourceName: holder.sourceText } : {}) },
    };
  }
  // Another place fronted in the claim's slot by the passage that supports it best, no support about as full naming the claim's (frontedPlace.ts).
  const fronted = bestSupport && frontedPlaceConflict(claimText, bestSupport.evidence.doc, bestSupport.evidence.sentence);
  if (fronted && !supports.some((s) => s.evidence.coverage >= bestSupport.evidence.coverage - contradictionMargin && s.evidence.sentence.text.toLowerCase().includes(claimText.slice(fronted.claimStart, fronted.claimEnd).toLowerCase()))) {
    return {
      label: 'contradicted',
      confidence: bestSupport.evidence.coverage,
      evidence: [bestSupport.evidence],
      conflict: { kind: 'attribution', claimStart: fronted.claimStart, claimEnd: fronted.claimEnd, sourceText: fronted.sourceName, sourceName: fronted.sourceName },
    };
  }
  const ordinal = findOrdinalConflict(claimText, analysis, scored);
  // The claim's rank neither stated nor contradicted by its holder's own figure in a list of ranks: unsure.
  if (ordinal && !ordinal.source) return { label: 'unsupported', confidence: 1 - ordinal.scored.evidence.coverage / 2, evidence: [ordinal.scored.evidence] };
  if (ordinal?.source) {
    return {
      label: 'contradicted',
      confidence: ordinal.scored.evidence.coverage,
      evidence: [ordinal.scored.evidence],
      conflict: { kind: 'attribution', claimStart: ordinal.claim.start, claimEnd: ordinal.claim.end, sourceText: ordinal.source.text, sourceName: ordinal.source.text },
    };
  }
  // A wrong weekday with the right date (« mardi 18 novembre » for « lundi 18 novembre »), in a passage that states the rest of the claim (weekdays.ts).
  // A weekday written with a capital ("Wednesday") is read as a name the passage may not write: it is the slot in question.
  const weekday = firstDefined([...scored].filter((s) => (s.namesCovered || (s.uncoveredNames.length > 0 && s.uncoveredNames.every((w) => isWeekday(w.text)))) && s.evidence.coverage >= supportThreshold && s.conflicts.length === 0 && s.matched.length === checkable.length && s.negated === s.claimNegated).sort(byCoverage), (s) => {
    const found = weekdayConflict(claimText, analysis.lang, checkable, s.evidence.sentence.text, s.view.quantities, (d) => /\d{4}/.test(d.raw));
    return found && { scored: s, ...found };
  });
  if (weekday) {
    return {
      label: 'contradicted',
      confidence: weekday.scored.evidence.coverage,
      evidence: [weekday.scored.evidence],
      conflict: { kind: 'attribution', claimStart: weekday.claimStart, claimEnd: weekday.claimEnd, sourceText: weekday.sourceText, sourceName: weekday.sourceText },
    };
  }
  // Another month written alone in the place of the claim's, in a passage that states the rest of the claim. A
  // passage that supports the claim without its month (« décembre » weighs little) and gives another is no support of it.
  const month = findMonthConflict(claimText, scored, checkable.length);
  if (month && (beatsSupport(month.scored.evidence.coverage) || monthSlotConflict(claimText, bestSupport!.evidence.sentence.text) !== undefined)) {
    return {
      label: 'contradicted',
      confidence: month.scored.evidence.coverage,
      evidence: [month.scored.evidence],
      // The source's month in the claim's language (« avril » is "April" in an English claim).
      conflict: { kind: 'attribution', claimStart: month.claim.start, claimEnd: month.claim.end, sourceText: month.source.text, sourceName: monthIn(month.source.text, analysis.lang) },
    };
  }
  const attribution = attributions[0];
  // Two passages as close to the claim that put two other people, named in full, in its slot (« le ministre de
  // l'Intérieur Gérard Collomb », « … Christophe Castaner »): the office changed hands, and which one is right the
  // claim does not say. (A place and a wider one, "in Houston" and "in the US", are no rivals.)
  const fullName = (a: Attribution) => /^\p{Lu}\S*\s+\p{Lu}/u.test(a.sourceText);
  const rival = attribution && fullName(attribution) && attributions.find((a) => fullName(a) && a.sourceText.toLowerCase() !== attribution.sourceText.toLowerCase() && a.scored.evidence.coverage >= attribution.scored.evidence.coverage - contradictionMargin);
  // The claim's values written, as fully, by another passage that names neither the attribution's holder nor any of
  // the claim's names (« 200.000 euros » of « Jean-Philippe Seta » and of « l'Agence de sécurité du médicament », for
  // « contre l'ANSM »): the value is not that holder's alone, and the claim's holder may be the other's (unsure: unsupported).
  const sharedValue =
    attribution &&
    // Only to say unsure (unsupported): never to let a weaker support through.
    !bestSupport &&
    scored.some(
      (s) =>
        s !== attribution.scored &&
        s.evidence.coverage >= contradictionThreshold &&
        s.matched.length === checkable.length &&
        writesAllClaimValues(checkable, s.view.quantities) &&
        !s.evidence.sentence.text.toLowerCase().includes(attribution.sourceText.toLowerCase()) &&
        // It names none of the claim's names either: who holds the value there is not told by a name the claim shares.
        analysis.words.every((w) => !w.isName || !s.wordsInSentence.has(w)) &&
        writesAllClaimValues(checkable, attribution.scored.view.quantities),
    );
  // Supports that state the claim's place or its other words, not both, lose to the passage that writes its other words with another place in the slot (namesOnlySupport.ts).
  const byNamesOnly = attribution !== undefined && supportsByParts(claimText, analysis.words, attribution.word, supports.map((s) => (w: ClaimWord) => s.wordsInSentence.has(w)), (w) => attribution.scored.wordsInSentence.has(w));
  // A claim with one name whose frame two passages write with two other names in its slot (« … in Kent », « … in
  // Devon »): the same words tell two facts, and which one the claim's is, they do not say.
  const frameRival = attribution !== undefined && analysis.words.filter((w) => w.isName).length === 1 && attributions.some((a) => a.sourceText.toLowerCase() !== attribution.sourceText.toLowerCase() && a.scored.evidence.coverage >= attribution.scored.evidence.coverage - contradictionMargin);
  if (attribution && !rival && !frameRival && !sharedValue && (beatsSupport(attribution.scored.evidence.coverage) || byNamesOnly)) {
    return {
      label: 'contradicted',
      confidence: attribution.scored.evidence.coverage,
      evidence: [attribution.scored.evidence],
      conflict: {
        kind: 'attribution',
        claimStart: attribution.word.start,
        claimEnd: attribution.word.end,
        sourceText: attribution.sourceText,
        ...(attribution.sourceName ? { sourceName: attribution.sourceName } : {}),
      },
    };
  }
  const negation = negations[0];
  // Two neighbouring sentences of one article, the one that states the claim's predicate the other way and at
  // least as fully: the article says the opposite (« La société Lubrizol ne s'y est pas opposée » after the
  // sentence that tells the designation).
  const besideSupport = (s: Scored) =>
    bestSupport !== undefined && s.evidence.doc === bestSupport.evidence.doc && Math.abs(s.evidence.sentence.index - bestSupport.evidence.sentence.index) <= 2 && s.evidence.coverage >= bestSupport.evidence.coverage;
  // Or when it is of the best support's article and writes the opposite of a claim word that no support writes (opposedWord.ts).
  const wordsOf = (s: Scored) => ({ doc: s.evidence.doc, coverage: s.evidence.coverage, wordsInSentence: s.wordsInSentence, opposedWords: s.opposedWords });
  if (negation && (beatsSupport(negation.evidence.coverage) || besideSupport(negation) || opposesUnstatedWord(wordsOf(negation), wordsOf(bestSupport!), supports.map(wordsOf), contradictionMargin, (w) => analysis.words.filter((o) => o.start >= w.end)))) {
    return {
      label: 'contradicted',
      confidence: negation.evidence.coverage,
      evidence: [negation.evidence],
      conflict: { kind: 'negation', claimStart: 0, claimEnd: claimText.length, sourceText: negation.evidence.sentence.text },
    };
  }
  // None of what the claim quantifies (« il n'y a pas eu d'enfant malade » for « plusieurs enfants étaient tombés
  // malades »: existential.ts), in a passage that names the claim's names and states its figures; only when no passage supports it.
  // The claim's count of that noun (« trois personnes ») is what the passage denies: it need not state it.
  const deniedCount = bestSupport ? undefined : quantifiedNoun(claimText, analysis)?.count;
  const denial = bestSupport
    ? undefined
    : scored
        // The subject named by its surname after a title (« M. Leclerc » for « Michel-Édouard Leclerc ») is the subject, not a namesake.
        .filter((s) => s.namesCovered && (!partlyNamed(subject, s) || surnameAfterTitle(subject, s)) && s.evidence.coverage >= contradictionThreshold)
        .filter((s) => s.conflicts.every((c) => c.claim === deniedCount) && checkable.every((q) => q === deniedCount || s.matched.includes(q)))
        .filter((s) => deniesQuantified(claimText, analysis, s.evidence.sentence.text, s.evidence.doc.lang))
        .sort(byCoverage)[0];
  if (denial) {
    return {
      label: 'contradicted',
      confidence: denial.evidence.coverage,
      evidence: [denial.evidence],
      conflict: { kind: 'negation', claimStart: 0, claimEnd: claimText.length, sourceText: denial.evidence.sentence.text },
    };
  }
  // An action the passage says was agreed and then not done ("He agreed to apologise … He didn't do this": undone.ts),
  // against a claim that it was done; the passage states the claim as fully as the best support, names and figures.
  const claimTermSet = new Set(analysis.words.flatMap((w) => w.terms));
  const undone = analysis.negated
    ? undefined
    : scored
        .filter((s) => s.namesCovered && s.evidence.doc.lang === analysis.lang && s.evidence.coverage >= Math.max(contradictionThreshold, (bestSupport?.evidence.coverage ?? 0) - contradictionMargin) && s.conflicts.length === 0 && s.matched.length === checkable.length)
        .sort(byCoverage)
        .map((s) => ({ s, denial: undoneAction(claimText, claimTermSet, analysis.lang, s.evidence.sentence, s.evidence.doc.sentences[s.evidence.sentence.index + 1]) }))
        .find((u) => u.denial !== undefined);
  if (undone) {
    return {
      label: 'contradicted',
      confidence: undone.s.evidence.coverage,
      evidence: undone.denial === undone.s.evidence.sentence ? [undone.s.evidence] : [{ ...undone.s.evidence, sentence: undone.denial! }, undone.s.evidence],
      conflict: { kind: 'negation', claimStart: 0, claimEnd: claimText.length, sourceText: `${undone.s.evidence.sentence.text} ${undone.denial === undone.s.evidence.sentence ? '' : undone.denial!.text}`.trim() },
    };
  }
  // A modifier of a claim noun that no support writes, another one a passage about the claim writes with that noun ("left shoulder", "right shoulder": otherModifier.ts): unsure.
  // The complement of a slot (strict) is stated only by supports that name the claim's names in their own sentence, when there are some (another's "with a hamstring injury" is not the claim subject's).
  const naming = supports.filter((p) => p.namesOutsideSentence.length === 0);
  const modifierStated = (w: ClaimWord, strict: boolean) => (strict && naming.length > 0 ? naming : supports).some((p) => p.wordsInSentence.has(w));
  if (bestSupport && scored.some((s) => s.namesCovered && s.evidence.coverage >= contradictionThreshold && otherModifier(claimText, analysis.lang, analysis.words, modifierStated, s.evidence.sentence.text, s.evidence.doc.lang))) {
    const closest = [...scored].sort(byCoverage);
    return { label: 'unsupported', confidence: 1 - bestSupport.evidence.coverage / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
  }
  // A claim's verb of stance ("welcomed", « a critiqué ») that no support states, by that verb, its synonyms or a word of the feeling (stance.ts): unsure.
  const stance = bestSupport && stanceOf(claimText, analysis.lang);
  const stanceWord = stance ? analysis.words.find((w) => w.start <= stance.start && stance.end <= w.end) : undefined;
  // Only supports that name the claim's names in their own sentence tell their stance (another's "praised" is not theirs).
  const stanceSupports = stance ? supports.filter((s) => s.namesOutsideSentence.length === 0) : [];
  if (stance && (stanceSupports.length > 0 ? stanceSupports : [bestSupport]).every((s) => s.evidence.doc.lang === analysis.lang && !(stanceWord && s.wordsInSentence.has(stanceWord)) && !statesStance(s.evidence.sentence.text, s.evidence.doc.lang, stance.stance, analysis.words.filter((w) => w.isName).map((w) => w.norm)))) {
    const closest = [...scored].sort(byCoverage);
    return { label: 'unsupported', confidence: 1 - bestSupport.evidence.coverage / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
  }
  // A title the claim gives a name (« Y, architecte en chef », "minister X") that no support gives it, while a passage gives that name another title: unsure.
  if (bestSupport && anotherTitleOnly(claimText, analysis, supports, scored)) {
    const closest = [...scored].sort(byCoverage);
    return { label: 'unsupported', confidence: 1 - bestSupport.evidence.coverage / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
  }
  // The person a cleft claim puts forward (« C'est X qui … », "It was X who …") named by no support in its own sentence (cleftFocus.ts): unsure.
  const focus = bestSupport && cleftFocus(claimText, analysis.lang);
  const focusWords = focus ? analysis.words.filter((w) => w.start >= focus.start && w.end <= focus.end) : [];
  if (focusWords.length > 0 && !supports.some((s) => focusWords.every((w) => s.wordsInSentence.has(w)))) {
    const closest = [...scored].sort(byCoverage);
    return { label: 'unsupported', confidence: 1 - bestSupport!.evidence.coverage / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
  }
  // A claim with figures whose measure ("market share") no support names, each giving its figure to another measure ("sales") in or next to its sentence (measureNoun.ts): unsure.
  if (bestSupport && checkable.length > 0 && supports.every((s) => anotherMeasure(claimText, analysis.lang, s.evidence.sentence.text, sentencesAround(s.evidence.doc, s.evidence.sentence, 1, 1).map((n) => n.text), s.evidence.doc.lang))) {
    const closest = [...scored].sort(byCoverage);
    return { label: 'unsupported', confidence: 1 - bestSupport.evidence.coverage / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
  }
  // A claim whose predicate is a title (« X est le président de Y », "X is the chairman of Y") is stated only by a
  // passage that gives X that title, in its sentence or next to it: names shared are not the title.
  if (bestSupport && !titleStated(claimText, analysis, supports)) {
    const closest = [...scored].sort(byCoverage);
    return { label: 'unsupported', confidence: 1 - bestSupport.evidence.coverage / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
  }
  if (bestSupport) {
    // A cited source that states most of the claim, about as fully as the support (within twice the margin a
    // contradiction needs), is a right citation, kept among the evidence (citedNearSupport.ts).
    const nearCited = supports.some(isCited) || cited.size === 0 ? undefined : citedNearSupport(scored, checkable.length, Math.max(contradictionThreshold, bestSupport.evidence.coverage - 2 * contradictionMargin), isCited);
    const verdict: Verdict = { label: 'supported', confidence: bestSupport.evidence.coverage, evidence: [...supports.map((s) => s.evidence), ...(nearCited ? [nearCited.evidence] : [])] };
    const conflict = [...quantityConflicts].sort(byCoverage)[0];
    if (conflict && conflict.evidence.coverage >= 0.7 && conflict.evidence.doc !== bestSupport.evidence.doc) {
      const pair = conflict.conflicts[0];
      if (sameMeasure(pair.claim, pair.source) && !roughlyEqual(pair.claim, pair.source) && valueOfSameHolder(conflict, claimNameTexts(analysis), pair.source)) {
        verdict.disagreement = { evidence: conflict.evidence, sourceText: pair.source.raw };
      }
    }
    return verdict;
  }
  // No support: another name of the same kind in the claim's prepositional slot, the rest of its frame aligned (frameSlot.ts).
  const framed = frameSlotConflictIn(claimText, analysis, scored, checkable.length, index, cited);
  if (framed) return framed;
  const closest = [...scored].sort(byCoverage);
  return { label: 'unsupported', confidence: 1 - (closest[0]?.evidence.coverage ?? 0) / 2, evidence: closest.slice(0, 3).map((s) => s.evidence) };
}

/** The contradiction of {@link findFrameSlotConflict} over the scored passages that state the rest of the claim, as a verdict. */
function frameSlotConflictIn(claimText: string, analysis: ClaimAnalysis, scored: readonly Scored[], checkableCount: number, index: CorpusReader, cited: ReadonlySet<string>): Verdict | undefined {
  const candidates = scored.map((s) => ({ doc: s.evidence.doc.path, text: s.evidence.sentence.text, coverage: s.evidence.coverage, restShare: s.coverageBesideNames }));
  const passages = scored.map((s) => ({
    text: s.evidence.sentence.text,
    lang: s.evidence.doc.lang,
    coverage: s.evidence.coverage,
    uncovered: s.uncoveredNames,
    article: s.evidence.doc.text,
    tied: cited.has(s.evidence.doc.path) || valuesTieFact(claimText, s) || ownWordsTie(claimText, s, candidates),
    named: analysis.words.filter((w) => w.isName && !s.uncoveredNames.includes(w)),
    aligned: s.evidence.coverage >= contradictionThreshold && s.coverageBesideNames >= frameRestShare && s.conflicts.length === 0 && s.matched.length === checkableCount && s.negated === s.claimNegated,
    scored: s,
  }));
  // The corpus's entities are read only for a slot filled otherwise (their first build is the corpus's, and costly:
  // 40 s on a 36,000-article archive). While they are being built (the server's start, a changed corpus) the rule
  // waits rather than build them in a claim's check, or compare names of unknown kinds.
  if (index.hasEntities === false) return undefined;
  const kindOf = (name: string) => index.entities().lookup(name)?.kind;
  const found = findFrameSlotConflict(claimText, analysis.lang, passages, kindOf);
  // Else another name where the claim's stands, told by the words on either side of it (alignedName.ts).
  if (!found) return alignedNameConflictIn(claimText, analysis.lang, findAlignedNameConflict(claimText, analysis.lang, passages, kindOf));
  const s = (found.passage as (typeof passages)[number]).scored;
  const fix = slotFix(claimText, found);
  return {
    label: 'contradicted',
    confidence: s.evidence.coverage,
    evidence: [s.evidence],
    conflict: { kind: 'attribution', claimStart: fix.claimStart, claimEnd: fix.claimEnd, sourceText: fix.sourceText, ...(fix.sourceName ? { sourceName: fix.sourceName } : {}) },
  };
}

/** Whether a passage is tied to the claim by its words besides the one name it does not write (frameTie.ts). */
function ownWordsTie(claimText: string, s: Scored, candidates: readonly TieCandidate[]): boolean {
  if (s.uncoveredNames.length === 0) return false;
  const name = claimText.slice(Math.min(...s.uncoveredNames.map((w) => w.start)), Math.max(...s.uncoveredNames.map((w) => w.end)));
  return tiedByOwnWords([name], { doc: s.evidence.doc.path, text: s.evidence.sentence.text, coverage: s.evidence.coverage, restShare: s.coverageBesideNames }, candidates);
}

/** The contradiction of {@link findAlignedNameConflict}, as a verdict: the passage's name over the claim's. */
function alignedNameConflictIn(claimText: string, lang: Lang, found: AlignedNameConflict | undefined): Verdict | undefined {
  if (!found) return undefined;
  const s = (found.passage as FramePassage & { scored: Scored }).scored;
  return {
    label: 'contradicted',
    confidence: s.evidence.coverage,
    evidence: [s.evidence],
    conflict: { kind: 'attribution', ...alignedFix(claimText, found, lang) },
  };
}

function byCoverage(a: { evidence: Evidence; surface?: number }, b: { evidence: Evidence; surface?: number }): number {
  return b.evidence.coverage - a.evidence.coverage || (b.surface ?? 0) - (a.surface ?? 0);
}

/** Figures that can be compared: all but bare small numbers with no unit ("trois éléments" keeps its unit). */
function isCheckable(q: Quantity): boolean {
  return !(q.kind === 'number' && !q.unit && q.value < 10);
}


/**
 * The claim's figures that it states and that must be compared: the {@link isCheckable} ones, but for a small
 * count after a definite determiner (« Les deux réacteurs de Fessenheim ont été mis en service en 1980 »), which
 * names what the claim is about rather than saying how many there are.
 */
/** Words that deny the value after them in the claim's own sentence (« …, et non 5 253 », "rather than $5bn"). */
const DENIED_BEFORE = /(?:(?:^|[\s,;(])(?:et non|non pas|et pas|au lieu de|au lieu d['’]|plutôt que|plutôt qu['’])|(?:,|\band)\s+not|\brather than|\binstead of)\s*$/iu;

/**
 * The claim's values to compare: checkable ones, less a small count after a possessive (« ses 2 réacteurs »),
 * an identifier (« le scénario 1 ») and a value the claim itself denies (« et non 5 253 »: the claim says nothing
 * of which fact it is, only that it is not this one's).
 */
function checkableOf(claimText: string, analysis: ClaimAnalysis): Quantity[] {
  return analysis.quantities.filter((q) => {
    if (DENIED_BEFORE.test(claimText.slice(Math.max(0, (q.approxStart ?? q.start) - 20), q.approxStart ?? q.start))) return false;
    // A fraction in words restated by an exact share beside it ("a third of them, 38.4%,"): the share is checked.
    if (exactShareOfFraction(claimText, q, analysis.quantities)) return false;
    if (!isCheckable(q) || q.kind !== 'number') return isCheckable(q);
    const before = claimText.slice(Math.max(0, (q.approxStart ?? q.start) - 40), q.approxStart ?? q.start);
    return !isPresupposedCount(claimText, q) && !isIdentifier(q, before);
  });
}

/** A noun with its article right before a number: the number names which one (« le scénario 1 », "the Reactor 2"). */
const NAMING_NOUN = /(?:^|[\s(])(?:(?:le|la|les|du|au|aux|the|of)\s+|l['’]\s*)([\p{L}][\p{L}-]*)\s+$/iu;
/** Words between an article and a count that qualify the count (« les derniers 18 mois », "the next 27 months"). */
const COUNT_QUALIFIERS = new Set(
  'next last past final full first top coming previous remaining other same whole entire latest following additional extra further initial total its his her their our my your prochains prochaines derniers dernieres premiers premieres memes autres seuls seules ses son sa leur leurs nos notre vos votre mes mon ma'.split(' '),
);

/**
 * Whether a figure is a number that names which one rather than how many (« le scénario 1 prévoit… », "the
 * Reactor 2 was"): after a noun and its article, with no plural noun counted after it ("the next 27 months" counts).
 */
function isIdentifier(q: Quantity, before: string): boolean {
  const noun = NAMING_NOUN.exec(before)?.[1];
  if (!noun || COUNT_QUALIFIERS.has(fold(noun)) || isStopWord(fold(noun), 'fr') || isStopWord(fold(noun), 'en') || q.scaleWord || q.decimalSeparator || q.words || q.value >= 1000) return false;
  return !q.unit || !/[sx]$/i.test(q.raw.trim());
}

/**
 * The retrieved passages, and every passage of the cited documents that shares a term with the claim: a cited
 * source is read in full, so that a citation is never called wrong for a passage retrieval missed. `cited`: the
 * paths of the cited documents.
 */
function withCitedPassages(found: { doc: CorpusDocument; sentence: Sentence }[], analysis: ClaimAnalysis, index: CorpusReader, cited: ReadonlySet<string>): { doc: CorpusDocument; sentence: Sentence }[] {
  if (cited.size === 0) return found;
  const seen = new Set(found.map((c) => c.sentence));
  const terms = analysis.words.flatMap((w) => w.terms);
  const all = [...found];
  for (const citedPath of cited) {
    const doc = index.documentByPath(citedPath);
    if (!doc) continue;
    for (const sentence of doc.sentences) {
      if (seen.has(sentence)) continue;
      const view = viewOf(sentence, doc);
      if (terms.some((t) => view.terms.has(t))) all.push({ doc, sentence });
    }
  }
  return all;
}

function retrieve(analysis: ClaimAnalysis, index: CorpusReader): { doc: CorpusDocument; sentence: Sentence }[] {
  const terms: string[] = [];
  const weights = new Map<string, number>();
  for (const word of analysis.words) {
    for (const term of word.terms) {
      terms.push(term);
      if (word.isName) weights.set(term, 2);
    }
  }
  for (const q of analysis.quantities) {
    const key = numberTerm(q);
    if (key) {
      terms.push(key);
      weights.set(key, 1.5);
    }
  }
  return index.searchTerms(terms, 2 * candidateCount, weights);
}

/** The retrieval term of a quantity's numeral, as the index has it ("3.57", "2018"). */
function numberTerm(q: Quantity): string | undefined {
  if (q.date) return q.date.day !== undefined ? String(q.date.day) : undefined;
  return Number.isFinite(q.mantissa) ? String(Number(q.mantissa.toPrecision(12))) : undefined;
}

function score(claimText: string, analysis: ClaimAnalysis, checkable: readonly Quantity[], doc: CorpusDocument, sentence: Sentence, index: CorpusReader): Scored {
  const view = viewOf(sentence, doc);
  const context = contextTerms(doc, sentence);
  let total = 0;
  let got = 0;
  const uncoveredNames: ClaimWord[] = [];
  let missingNames = 0;
  const namesOutsideSentence: ClaimWord[] = [];
  let antonymFlip = false;
  let refusalOnly = true;
  const crossLanguage = analysis.lang !== doc.lang;
  const wordsInSentence = new Set<ClaimWord>();
  const opposedWords = new Set<ClaimWord>();
  const attributed = attributedWords(claimText, analysis);
  const epithet = epithetWords(claimText, analysis);
  const ageWords = ageWordsOf(analysis);
  const monthWords = monthsOfYears(claimText, analysis);
  const ownTerms = new Set(analysis.words.flatMap((w) => w.terms));
  // What each claim word added to `got`: a word stated later by a figure's change (see the direction below) gets the rest.
  const credited = new Map<ClaimWord, number>();
  for (const word of analysis.words) {
    const weight = wordWeight(word, index, crossLanguage, analysis.lang);
    total += weight;
    // An acronym that spells a stop word ("NOS") is named by the same capitals (acronyms.ts).
    // An acronym is named by its body's name written in full ("the Football Association" for "FA": acronyms.ts).
    // A name joined by an ampersand is named by its initials around it ("B&B" for "Bradford & Bingley": acronyms.ts),
    // in an article that writes the name in full (other names have the same initials).
    let inSentence = found(word, view.terms) || (word.isName && (fuzzyName(word.norm, view) || initialsIn(word, claimText, view.names) || acronymWritten(word.text, word.norm, view.names) || acronymExpandedIn(word.text, sentence.text) || ampersandAcronymsAt(claimText, word.start, word.end).some((a) => writesAcronym(sentence.text, a.acronym) && doc.text.includes(a.name))));
    // Across languages, a name the passage writes only as a common word (« au nord de » for "the Nord") is not named there (see nameCase.ts).
    const commonWordOnly = (texts: readonly string[]) => crossLanguage && word.isName && writtenOnlyInLowerCase(word.norm, texts);
    if (inSentence && commonWordOnly([sentence.text])) inSentence = false;
    // Across languages, a place the passage names by its name in the passage's language ("Beirut", « Beyrouth »: exonyms.ts).
    if (!inSentence && crossLanguage && word.isName && nameAlone(claimText, word) && exonymIn(word.norm, view.names.keys())) inSentence = true;
    // A direction word of another clause's subject ("Inflation fell … while exports are up") is not the claim's (directionClause.ts).
    if (inSentence && !word.isName && word.terms.some((t) => antonymsOf(t, analysis.lang).length > 0) && directionOfAnotherSubject(analysis, word, word.terms, sentence.text, doc.lang)) inSentence = false;
    // The month of a month and year ("June 2002", « septembre 2019 ») is compared with the year, as a date: a passage
    // that dates the same year by a month states that word's part of the claim, whichever month it names.
    const year = monthWords.get(word.start);
    if (!inSentence && year !== undefined && view.quantities.some((s) => s.kind === 'year' && s.value === year && monthOfYear(sentence.text, s))) inSentence = true;
    // "years old" of an age the passage writes as an apposition ("Mr Ebbers, 63, is accused").
    if (!inSentence && ageWords.has(word) && view.quantities.some((s) => s.age)) inSentence = true;
    // "X supported …" where the passage tells it "against the wishes of X": the opposite predicate of the same person.
    if (!inSentence && !word.isName && isSupportWord(word.norm) && opposedBy(sentence.text, analysis.words.filter((w) => w.isName && w.end <= word.start).map((w) => w.norm))) {
      inSentence = true;
      antonymFlip = true;
      refusalOnly = false;
    }
    // Opposite words are read outside names and titles, on either side (a song "Grief Never Grows Old" says no "grew").
    // An opposite word the claim writes itself is no opposition ("won their doubles rubber, but … lost the tie").
    const plain = plainTermsOf(sentence, sentence.text, doc.lang);
    // A word that tells the change of a claim figure the passage writes as a change too is compared by the two
    // changes' directions, not by opposite words found elsewhere in the passage (figureChange.ts). The same way does
    // not state the word ("rise" of another's sales): it only leaves no opposite.
    const way = word.isName ? undefined : changeOfFigureAgainst(claimText, checkable, word, sentence.text, view.quantities);
    if (way === 'opposite') {
      inSentence = true;
      antonymFlip = true;
      refusalOnly = false;
    }
    let opposite = way === undefined && !inSentence && !word.isName && !isCapitalisedInside(claimText, word.start) ? word.terms.flatMap((t) => antonymsOf(t, analysis.lang).filter((a) => (plain.terms.has(a) || plain.frenchTerms?.has(a)) && !ownTerms.has(a))) : [];
    // The claim's word with a negative prefix or without it (« occupé » / « inoccupé »: prefixOpposites.ts).
    if (way === undefined && !inSentence && !word.isName && !crossLanguage && !isCapitalisedInside(claimText, word.start)) opposite.push(...negativePrefixTerms(word.text.toLowerCase(), analysis.lang).filter((a) => plain.terms.has(a) && !ownTerms.has(a)));
    if (opposite.length > 0 && directionOfAnotherSubject(analysis, word, opposite, sentence.text, doc.lang)) opposite = [];
    // « A avant B » says « après A, B »: an order word is opposed only about the same event (eventOrder.ts).
    if (opposite.length > 0 && orderOfAnotherEvent(claimText, word.start, analysis.lang, sentence.text, doc.lang)) opposite = [];
    // "the start of 2004", « fin mars » place a time: no opposite of an event's verb ("ended"): timePosition.ts.
    if (opposite.length > 0 && oppositeIsTimePosition(claimText, word.start, opposite, sentence.text, doc.lang)) opposite = [];
    // The claim's direction said in another word of its way beside the opposite one: another step of the story (polarAxes.ts).
    if (opposite.length > 0 && word.terms.some((t) => sameWayTerms(t, analysis.lang).some((s) => plain.terms.has(s) || plain.frenchTerms?.has(s)))) opposite = [];
    // "Ahead of the vote" says no going ahead; "X said the plan was rejected" rejects the plan, not X's welcome (oppositeSubject.ts).
    if (opposite.length > 0 && (!axisWordStands(claimText, word.start, word.end) || oppositeOfAnotherSubject(analysis.words.filter((w) => w.end <= word.start).flatMap((w) => w.terms), analysis.lang, sentence.text, doc.lang, opposite, claimText.slice(0, word.start)))) opposite = [];
    if (opposite.length > 0) {
      // The source says the opposite word: it speaks of the same thing, and flips the claim.
      inSentence = true;
      opposedWords.add(word);
      // Several opposite words say one opposition ("fell … dropping" for "jumped … climbing"), not two that cancel out.
      antonymFlip = true;
      if (!opposite.every(isRefusal)) refusalOnly = false;
    }
    const inContext =
      !inSentence &&
      ((found(word, context) && !commonWordOnly([...sentencesAround(doc, sentence, 2, 1).map((n) => n.text), doc.title])) ||
        // Who the claim says the fact is according to (« Selon Frédéric Henry, … ») is named anywhere in the article that reports them.
        (word.isName && attributed.has(word) && found(word, termsOfDocument(doc))) ||
        // The name inside the claim's epithet subject (« Le trésorier de Novaterra ») is the article's wherever it writes it (epithetSubject.ts).
        (word.isName && !crossLanguage && epithet.has(word) && found(word, termsOfDocument(doc))) ||
        (crossLanguage && word.isName && nameAlone(claimText, word) && exonymInContext(word.norm, doc, sentence)) ||
        (word.isName && (shortFormOf(word, analysis, view, context, doc) || [...context].some((t) => isShortName(word.norm, t)) || firstNameOf(word, analysis, sentence.text, doc) || placedBesideInArticle(word, analysis, claimText, view, context, doc) || spelledOutNear(word, claimText, doc, sentence))));
    if (word.isName && !inSentence) namesOutsideSentence.push(word);
    if (inSentence) {
      got += weight;
      wordsInSentence.add(word);
    }
    else if (inContext) got += weight * (word.isName ? 0.8 : 0.5);
    credited.set(word, inSentence ? weight : inContext ? weight * (word.isName ? 0.8 : 0.5) : 0);
    if (word.isName && !inSentence && !inContext) {
      uncoveredNames.push(word);
      missingNames += weight;
    }
  }
  // « est reparti sans payer », "left without paying" for « a payé », "paid": the claim's verb denied (without.ts).
  if (!crossLanguage && doneWithout(claimText, ownTerms, sentence.text, doc.lang)) {
    antonymFlip = true;
    refusalOnly = false;
  }
  // The weighted share of the claim's words the sentence itself writes (sentenceAlignment.ts).
  // Over the words that are no names: the names are asked of the sentence apart (namesInSentence), and their rarity would outweigh the predicate's words.
  const predicateWords = analysis.words.filter((w) => !w.isName);
  const predicateWeight = predicateWords.reduce((sum, w) => sum + wordWeight(w, index, crossLanguage, analysis.lang), 0);
  const sentenceShare = predicateWeight > 0 ? predicateWords.reduce((sum, w) => sum + (wordsInSentence.has(w) ? wordWeight(w, index, crossLanguage, analysis.lang) : 0), 0) / predicateWeight : 0;
  const matched: Quantity[] = [];
  // Matched values that the passage states as the correction of a value it denies (« ce n'est plus X … mais Y »).
  let corrected = 0;
  // A matched value that the passage gives another fact (« 1.800 agriculteurs touchés » for « indemniser 1 800 agriculteurs »).
  let incidental = false;
  const incidentalValues: Quantity[] = [];
  const conflicts: { claim: Quantity; source: Quantity }[] = [];
  let directionFlip = false;
  const weight = (word: ClaimWord) => wordWeight(word, index, crossLanguage, analysis.lang);
  const claimSide = { text: claimText, quantities: analysis.quantities, lang: analysis.lang };
  for (const q of checkable) {
    // A year a list pairs with the name of the claim's item is that item's own year, not an equal year of another item (listPairs.ts).
    const listed = yearPairedInList(claimText, analysis.quantities, q, sentence.text, view.quantities);
    if (listed) {
      if (sameValue(q, listed)) matched.push(q);
      else conflicts.push({ claim: q, source: listed });
      continue;
    }
    const head = countOfHeadNoun(claimText, q, analysis.lang);
    // Two counts that each count the noun of the value they are joined to (« … péri et 500 ont été blessées »: elidedNoun.ts).
    const claimElided = elidedUnit(claimText, q, analysis.quantities);
    const sameElidedNoun = (s: Quantity) => claimElided !== undefined && sameMeasure({ ...q, unit: claimElided }, { ...s, unit: elidedUnit(sentence.text, s, view.quantities) }, analysis.lang, doc.lang);
    const comparable = view.quantities.filter(
      (s) =>
        // A rank, a count whose noun is written before it, a part of a set named before with the claim's verb: the
        // words around the two values say they measure the same thing (see measures.ts).
        (sameMeasureByWords(claimText, q, analysis.lang, sentence.text, s, doc.lang) || ((sameMeasure(q, s, analysis.lang, doc.lang) || (head !== undefined && sameMeasure(head, s, analysis.lang, doc.lang)) || sameElidedNoun(s)) &&
        // A part of a count the sentence states before it ("15 world records, three of which") is no total; a
        // count of a noun named before (« Huit d'entre elles ont été hospitalisées ») is of the claim's fact only
        // when the words after the two say it (« Douze personnes ont été hospitalisées », not « 224 personnes se
        // sont présentées »).
        // A part of a count compares with a part of the same count (« 16 blessés, dont onze » and « dont neuf »), never with a total.
        !(s.partitive && !(q.partitive && q.unit !== undefined && s.unit !== undefined) && (view.quantities.some((o) => o.end <= s.start && o.kind === 'number' && o.unit !== undefined) || !predicateShared(claimText, q, analysis.lang, sentence.text, s, doc.lang))) &&
        !(q.partitive && q.unit !== undefined && !s.partitive))) &&
        sameBase(q, claimText, s, sentence.text, analysis.lang, doc.lang) &&
        // A time relative to another event (« trois mois après », « il y a deux jours », "two years ago") places
        // its sentence's fact; it compares only with the same unit of time, as before durations met across units.
        // (The same unit in two languages, "days" and « jours », is the same unit: see sameUnitOfTime.)
        !(q.unit !== s.unit && !sameUnitOfTime(q, s) && (isRelativeTime(claimText, q) || isRelativeTime(sentence.text, s))) &&
        // A speed (« 15 km/h ») is no distance (« à 72 km de … »), nor the other way round (speeds.ts).
        isSpeed(claimText, q) === isSpeed(sentence.text, s),
    );
    const frame = claimFrame(claimText, q, analysis);
    const claimContext = valueContext(claimText, q, analysis.quantities, analysis.lang);
    // The same value states the claim only as the value of its fact (« 1.800 agriculteurs touchés » is not « indemniser 1 800 agriculteurs »).
    const states = (s: Quantity) =>
      sameFact(claimContext, frame.words, valueContext(sentence.text, s, view.quantities, doc.lang), { stating: true, window: sourceWindow(sentence.text, s, doc.lang) }) &&
      sameSubject(claimText, q, analysis, sentence.text, s, view.quantities) &&
      subjectFound(claimText, q, analysis, sentence.text, antecedentsOf(doc, sentence), doc.lang);
    // A year the claim dates by its month ("sold in July 2004", « en mai 2008 »: read as a year) is stated only by a
    // passage that names that month too; else the passage tells the year alone, or another month of it.
    const month = q.kind === 'year' ? monthBefore(claimText, q) : undefined;
    // The month in the passage's language (« juin » for "June": monthNames.ts).
    if (month && !writesMonth(sentence.text, month, doc.lang)) {
      const other = monthConflict(claimText, q, analysis, doc, sentence, view, weight);
      if (other) conflicts.push(other);
      continue;
    }
    // An age of a namesake ("Mr Nogar, who died aged 72" for "Stephen Nogar is 72", his son being 57 a sentence away).
    const namesakeAge = (s: Quantity) =>
      q.age === true && s.age === true && ageOfNamesake(claimText, q, analysis.quantities, sentence.text, s, view.quantities, sentencesAround(doc, sentence, 3, 3).map((n) => ({ text: n.text, quantities: viewOf(n, doc).quantities })));
    // The claim's value told for another cause (« … à 5 ans de prison ferme pour blanchiment » for a claim « Pour fraude fiscale, … cinq ans »): neither stated nor in conflict.
    const otherCause = (s: Quantity) => sameValue(q, s) && forAnotherCause(claimSide, { text: sentence.text, quantities: view.quantities, lang: doc.lang }, s);
    // Bounds the other way round that no value meets (« plus de 12 heures », « moins de 12 heures ») are no equal values.
    const sameValues = comparable.filter((s) => sameValue(q, s) && !disjointBounds(q, s));
    // A claim's bound that every value of its measure in the passage meets is stated (« plus de 2 000 » for « 2 600 »: boundMet.ts),
    // by a value that states the claim's fact (not "sentenced to nine years" for "in jail for more than three years").
    if (sameValues.length === 0) sameValues.push(...valuesMeetingBound(q, comparable).filter(states));
    // A value a list pairs with another holder (« 15,6 % en Italie, 10,3 % en Suisse » for « 15,6 % … en Suisse »:
    // holderValues.ts), read once per value: the first such pairing gives the claim's holder's own values.
    const itemPairings = new Map<Quantity, OtherHolder>();
    const pairings = new Map(sameValues.flatMap((s) => {
      // Or another item of parallel items, by the words that tell the items apart (itemHolders.ts).
      const byName = valueOfAnotherHolder(claimText, sentence.text, s, view.quantities);
      const byItem = byName ? undefined : valueOfAnotherItem({ text: claimText, lang: analysis.lang, quantities: analysis.quantities, value: q }, { text: sentence.text, lang: doc.lang, quantities: view.quantities, value: s });
      if (byItem) itemPairings.set(s, byItem);
      const paired = byName ?? byItem;
      return paired ? [[s, paired] as const] : [];
    }));
    const pairing = pairings.values().next().value;
    // A value of the other holder of a comparison ("X, priced at £99, costs less than Y" for a claim of Y: comparedHolder.ts) is not the claim's.
    const equal = sameValues.filter((s) => !heldByAnother(claimText, q, analysis, sentence.text, s, view.quantities) && !otherCause(s) && !namesakeAge(s) && !pairings.has(s) && !valueOfComparedHolder(claimText, sentence.text, s))
      // Another item's value in a list of measures that gives the claim's noun its own (« 12 jours de grève et 3 jours de négociations »: listedMeasure.ts).
      .filter((s) => !valueOfAnotherListedMeasure(claimContext, frame.words, sentence.text, s, view.quantities, doc.lang))
      // Nor the figure of another measure a word binds it to (« 6 mètres de large » for « long de 6 mètres »: boundMeasures.ts).
      .filter((s) => !boundToAnotherMeasure(claimText, q, sentence.text, s));
    const unwritten = view.quantities.filter((s) => sameValueUnitUnwritten(q, s) || sameCountOfComplement(claimText, q, s, analysis.lang, doc.lang) || sameCountNamedElsewhere(q, analysis, s, sentence.text, doc.lang) || sameCountAcrossAdjectives(q, s, sentence.text, doc.lang) || sameCountAcrossNounModifier(q, s, sentence.text, doc.lang) || sameCasualtyCount(claimText, q, sentence.text, s) || dayInClaimMonth(claimText, q, s) || dateInClaimYear(q, s, view.quantities))
      // A number that names a thing (« le hangar numéro 12 ») counts nothing: it states no count of the claim's (identifierNumber.ts).
      .filter((s) => !writtenAsIdentifier(sentence.text, s));
    // The same figure as another bound of a range, or beyond its end (« cinq à dix ans », « dix à quinze ans »): neither stated nor in conflict (rangeBounds.ts).
    const stating = [...equal, ...unwritten];
    if (stating.length > 0 && stating.every((s) => otherRangeBound(claimSide, q, { text: sentence.text, quantities: view.quantities }, s))) continue;
    // The same figure told with a part where the claim says without it (« 80 mètres sans sa flèche », « avec la flèche »): inclusionQualifier.ts.
    if (stating.length > 0 && stating.every((s) => otherInclusion(claimSide, q, { text: sentence.text, lang: doc.lang }, s))) continue;
    // The claim's figure written only as another measure's (« une charge de 26 g »), the claim's measure given another (« pèse 190 g »): otherMeasureValue.ts.
    // Not a time (a passage dates several facts), nor one of the claim's several values of a measure (which is which, their order tells).
    // And only when each equal value is governed by a noun the claim never writes (« une charge de 26 g »), not by one of its own (« trois nuits de 10 heures ou cinq de 6 heures »).
    const otherMeasure = unwritten.length === 0 && q.kind !== 'year' && q.kind !== 'date' && !analysis.quantities.some((o) => o !== q && sameMeasure(o, q, analysis.lang, analysis.lang)) && equal.every((s) => governedByAnotherNoun(valueContext(sentence.text, s, view.quantities, doc.lang).governor, ownTerms)) ? otherMeasureValue(equal, comparable.filter((s) => !sameValue(q, s) && !analysis.quantities.some((o) => o !== q && sameValue(o, s))), states, (s) => isAligned(align(frame, sourceWindow(sentence.text, s, doc.lang), weight))) : undefined;
    // Not when the equal figure is the claim's change told the other way, the rival nearer only by the word of change (changeOtherWay.ts).
    if (otherMeasure && !changeToldOtherWay(claimText, q, frame, sentence.text, equal, otherMeasure, (f, s) => align(f, sourceWindow(sentence.text, s, doc.lang), weight).share)) {
      conflicts.push({ claim: q, source: otherMeasure });
      continue;
    }
    if (equal.length > 0 || unwritten.length > 0) {
      matched.push(q);
      // The qualifier of an approximate figure and the hour of a time are stated with the figure, as the value of the claim's fact (valueWords.ts).
      for (const w of wordsStatedWithValue(q, [...equal, ...unwritten], analysis.words).filter((w) => !wordsInSentence.has(w))) {
        got += weight(w) - (credited.get(w) ?? 0);
        wordsInSentence.add(w);
      }
      if ([...equal, ...unwritten].some((s) => correctedValue(sentence.text, s, doc.lang))) corrected++;
      if (![...equal, ...unwritten].some(states)) {
        incidental = true;
        incidentalValues.push(q);
      }
      // The same change the other way ("up 3.75p" where the source says "down 3.75p"): the opposite statement.
      const claimDirection = directionOf(claimText, q);
      const source = equal[0];
      const sourceDirection = source ? directionOf(sentence.text, source) : undefined;
      // Not again when an opposite word already says it (« en baisse de 12 % » for « en hausse de 12 % »: « baisse » / « hausse »): one opposition, not two that cancel out.
      if (claimDirection && sourceDirection && claimDirection !== sourceDirection && !antonymFlip) directionFlip = true;
      // The same change told with verbs the other way ("Exports fell 30%" where the passage says "exports are up 30%": directionClause.ts).
      if (!antonymFlip && changeTheOtherWay(claimText, q.approxStart ?? q.start, sentence.text, equal.map((s) => s.approxStart ?? s.start))) {
        directionFlip = true;
        // The claim's verb of change is stated, the other way, by the passage's word of change before the same figure
        // ("fell" by "are up"): a word the stemmer drops ("up") or that another clause's subject holds ("Inflation fell") still says it.
        const change = changeWordBefore(claimText, q.approxStart ?? q.start);
        for (const w of change ? analysis.words.filter((w) => w.start >= change.start && w.end <= change.end && !wordsInSentence.has(w)) : []) {
          got += weight(w) - (credited.get(w) ?? 0);
          wordsInSentence.add(w);
        }
      }
      // The same figure compared the other way ("50% dearer" where the source says "50% cheaper", « plus cher » / « moins cher »).
      if (source && oppositeComparatives(claimText, q.end, sentence.text, source.end)) directionFlip = true;
      // The claim's time given to the opposite verb (« a interrompu vendredi sa grève … entamée lundi » for « a entamé vendredi »: aspect.ts).
      if (source && oppositeAspectAt(claimText, q, analysis.lang, sentence.text, source, doc.lang)) directionFlip = true;
      continue;
    }
    // A different value conflicts only when it is the value of the same fact (see alignment.ts). A time is the
    // time of the fact the claim's other figures state: it conflicts only in a passage that states them too.
    const isTime = q.kind === 'date' || q.kind === 'year';
    const others = checkable.filter((o) => o !== q && o.kind !== 'date' && o.kind !== 'year');
    if (isTime && !others.every((o) => view.quantities.some((s) => sameQuantity(o, s) || sameValueUnitUnwritten(o, s)))) continue;
    // Read in the value's own predicate, as the passage's values are below (ownPredicatePolarity.ts).
    const predicateTerms = new Set(frame.words.flatMap((w) => w.terms));
    const claimNegated = isNegated(ownPredicatePolarityText(claimText, q.start, q.end, polarityText(claimText, q.start, q.end), predicateTerms, analysis.lang), analysis.lang);
    const base = percentBase(q, claimText, analysis.lang);
    // One value per fact: a source value that another claim value states is that value's, not this one's
    // (« un homme de 44 ans … Floyd, 46 ans »: a claim's « 66 ans » is not compared with Floyd's 46).
    // A fraction restated by the exact share beside it takes no value: the share is the claim's value (see fractions.ts).
    // Not by a claim value a word binds to another measure than the passage value's, this one's being bound to it (measures given the other way round: boundMeasures.ts).
    const taken = (s: Quantity) => analysis.quantities.some((o) => o !== q && isCheckable(o) && !exactShareOfFraction(claimText, o, analysis.quantities) && sameMeasure(o, s, analysis.lang, doc.lang) && sameValue(o, s) && !swappedMeasure(claimText, q, o, sentence.text, s));
    // An amount's conversion in parentheses is that amount ("$1.1m (£600,000)"): taken when another claim value states the amount.
    const takenConverted = (s: Quantity) => {
      const partner = conversionPartner(sentence.text, s, view.quantities);
      // Not by the claim value's own conversion ("$11m (£5.3m)" against the source's "$10m (£5.3m)": the dollars still differ).
      const own = conversionPartner(claimText, q, analysis.quantities);
      return partner !== undefined && analysis.quantities.some((o) => o !== q && o !== own && isCheckable(o) && sameMeasure(o, partner, analysis.lang, doc.lang) && sameValue(o, partner));
    };
    // An age fronted before the name it is told of names its holder too (« Âgée de 32 ans, Léa Morel … »: ages.ts).
    const namedAge = q.age === true && (analysis.words.some((w) => w.isName && w.end <= q.start) || frontedAge(claimText, q)?.holder !== undefined);
    // An age told of another person than the claim's (« Guy Joao, l'homme de 69 ans » for « Xavier Dupont de Ligonnès était âgé de 58 ans »).
    const othersAge = (s: Quantity) => q.age === true && s.age === true && agesOfOthers(claimText, q, analysis.quantities, sentence.text, s, view.quantities);
    // The passage sentence restates the claim as a whole, its one value of this measure the claim value's fact's (sentenceAlignment.ts).
    const bySentence = (s: Quantity) =>
      !isTime &&
      sameTime(analysis, q, sentence.text, view.quantities, s, doc.date) &&
      alignedBySentence({
        sentenceShare,
        namesInSentence: namesOutsideSentence.length === 0,
        rivals: comparable.filter((o) => !taken(o)),
        claimRivals: checkable.filter((o) => o !== q && sameMeasure(o, q, analysis.lang, analysis.lang) && !view.quantities.some((v) => sameValue(o, v))),
        frame,
        window: sourceWindow(sentence.text, s, doc.lang),
        sameLanguage: !crossLanguage,
        claimValue: q,
        sourceValue: s,
        claimContext,
        sourceContext: valueContext(sentence.text, s, view.quantities, doc.lang),
      });
    // The claim's other value of one phrase with it (« dont seize enfants », "to 2015") stated beside the source value by the same link (siblingValue.ts).
    const bySibling = (s: Quantity) => sameTime(analysis, q, sentence.text, view.quantities, s, doc.date) && boundBySibling(claimText, q, analysis.quantities, sentence.text, s, view.quantities, (c, v) => isCheckable(c) && sameMeasure(c, v, analysis.lang, doc.lang) && sameValue(c, v));
    // A date or year governed by the same word as the claim's (« interpellées le 11 novembre », « interpellées mardi 11 décembre »: governedTime.ts).
    const byGovernor = (s: Quantity) => sameTime(analysis, q, sentence.text, view.quantities, s, doc.date) && governedBySameWord(q, claimContext, s, valueContext(sentence.text, s, view.quantities, doc.lang));
    // The same change the same way in other words of change (changeAlignment.ts).
    const byChange = (s: Quantity) => sameTime(analysis, q, sentence.text, view.quantities, s, doc.date) && sameChange(claimText, q, frame, sentence.text, s, sourceWindow(sentence.text, s, doc.lang));
    // A figure the passage binds to the claim value's measure word while it binds the claim's figure to another (measures given the other way round: boundMeasures.ts).
    const byMeasureWord = (s: Quantity) => measureOfSwappedValue(claimText, q, sentence.text, s, comparable.filter((o) => sameValue(q, o)));
    const aligned = comparable
      // A claim bound the source's value meets (« plus de 200 » and « quelque 250 »: boundMet.ts) is no conflict.
      .filter((s) => !claimBoundMet(q, s))
      // Bounds the other way round that some value meets (« au plus 50 tonnes », « plus de 40 tonnes »): no conflict (negatedBound.ts).
      .filter((s) => !overlappingBounds(q, s))
      // A figure a word binds to another measure than the claim's (« 155 mètres de long » for « large de 155 mètres »: boundMeasures.ts).
      .filter((s) => !boundToAnotherMeasure(claimText, q, sentence.text, s))
      // A range of days (« du 29 au 30 juin ») is no single day to write in place of the claim's.
      .filter((s) => !withinSourceBound(q, s) && !taken(s) && !takenAsBareNumber(q, s, analysis.quantities) && !takenConverted(s) && !othersAge(s) && !s.date?.until && !q.date?.until && !otherCause(s))
      // Nor the claim's other figure of a part and its whole (« trois articles, sur huit » for « huit articles »: partAndWhole.ts).
      .filter((s) => !wholeOrPartOfClaim(claimText, q, analysis.quantities, s))
      // Nor a person's age against a term in another unit of time (« un homme de 47 ans », « six mois de prison »: ages.ts).
      .filter((s) => !ageAgainstOtherDuration(q, s))
      // A number of years told of another common noun (« un cycliste de 17 ans » for « Le conducteur … avait 41 ans »: ageOfAnotherNoun.ts).
      .filter((s) => !yearsOfAnotherNoun({ ...claimSide, value: q }, { text: sentence.text, lang: doc.lang, quantities: view.quantities, value: s }))
      // A score against another side than the claim's ("a 17-0 win over Romania" for "beat Portugal 41-3") is another match's (otherMatchScore.ts).
      .filter((s) => !scoreOfAnotherMatch(claimText, q, sentence.text, s))
      // A named holder's share (« Me X, qui représente 2.600 parties civiles ») the claim does not name is another fact.
      .filter((s) => !heldByUnnamedHolder(analysis, sentence.text, s, view.quantities))
      // A value against another target (« contre quatre autres sociétés » for « contre la maison-mère ») is another party's.
      .filter((s) => !otherTarget(claimText, q, analysis.lang, sentence.text, s, doc.lang))
      // A value of another thing the article compares with its own (« le cratère d'un essai nucléaire au Nevada »: otherThingValue.ts).
      .filter((s) => !valueOfAnotherThing(new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm)), doc.title, sentence.text, s, () => doc.sentences.map((x) => ({ text: x.text, quantities: viewOf(x, doc).quantities })), (o) => sameMeasure(q, o, analysis.lang, doc.lang) && sameMeasure(s, o, doc.lang, doc.lang)))
      // A value of a list tied to another place (« 134 km/h à Roissy …, 147 km/h à Cambrai » for « 157 km/h à Cambrai »).
      .filter((s) => !tiedToAnotherPlace(claimText, q, sentence.text, s))
      // So is a value of a list whose place is not the one the claim names elsewhere (« … mesurées à Lille »: listedPlaces.ts).
      .filter((s) => !tiedToAnotherListedPlace(claimText, sentence.text, s, view.quantities))
      // Nor a value a list gives another holder, the claim's holder having its own in the list (listedHolder.ts).
      .filter((s) => !heldByAnotherListedHolder({ text: claimText, quantities: analysis.quantities, at: q.start }, { text: sentence.text, quantities: view.quantities, start: s.start, end: s.end, kind: s.kind, unit: s.unit }))
      // A universal time (« 18H42 GMT ») is compared with a universal time, a local one with a local one (hours.ts).
      .filter((s) => inUniversalTime(claimText, q) === inUniversalTime(sentence.text, s))
      // Nor the value of another event of parallel items (« le désamarrage … à 19H34 et l'amerrissage à 14H42 »: eventItem.ts).
      .filter((s) => !valueOfOtherEventItem({ ...claimSide, value: q }, { text: sentence.text, lang: doc.lang, quantities: view.quantities, value: s }))
      // A change is not a level (« a progressé de 12 % » and « atteint 18 % »: directionClause.ts).
      // (A count after a passive "by", "heard by seven law lords", is a level: agentBy.ts.)
      .filter((s) => isTime || !changeAgainstLevelOf(claimText, q, sentence.text, s))
      // Nor are two changes told the opposite way with different values ("plunged 33%", "a 15% rise"): no value to fix (changeNounAfter.ts).
      .filter((s) => isTime || !oppositeChangesOfOtherValues(claimText, q, sentence.text, s))
      // A difference is not a level (« supérieure de 12 millions à celle de Lanq » and « une offre de 52 millions »: differences.ts).
      .filter((s) => !differenceAgainstLevel(claimText, q, sentence.text, s))
      // A duration a writer's rounding away in another unit (« 12 semaines », « trois mois ») is neither stated nor in conflict (durationRanges.ts).
      .filter((s) => compareDurations(q, s) !== 'near')
      // The claim's value being another holder's in the list, only the claim's holder's own value is its fact's (holderValues.ts).
      .filter((s) => !pairing || pairing.ownValues.includes(s))
      // Nor is the value a comparison gives the holder compared with the claim's (comparedHolder.ts).
      .filter((s) => !valueOfComparedHolder(claimText, sentence.text, s))
      // Nor a value of a sentence that opens on another name, the claim's names told only around it (openingSubject.ts).
      .filter(() => !sentenceOfAnotherNamedSubject(namesOnlyAround(analysis.words, namesOutsideSentence), sentence.text))
      // The value the claim itself gives another holder, told of that holder (« Y et ses 11 » for « X, avec 14 »: claimsOtherHolder.ts).
      .filter((s) => !valueOfClaimsOtherHolder(claimText, q, analysis.quantities, sentence.text, s))
      // A value told at another stage of the case than the claim's (« en première instance » for « en appel »: stages.ts).
      .filter(() => !atAnotherStage(claimText, sentence.text))
      // The whole term a source splits into parts (« quatre ans de prison, dont deux ferme ») is not the claim's part (« deux ans ferme »: sentenceParts.ts).
      .filter((s) => !wholeOfPartedTerm(claimText, q, sentence.text, s))
      // The end of a span (« de 18 heures jusqu'à 4 heures ») is compared with the source's end, not its start (see timeRanges.ts).
      .filter((s) => sameRangeBound(claimText, q, analysis.quantities, sentence.text, s, view.quantities))
      // A toll's dead are not its injured (« 290 personnes ont péri » and « 450 personnes ont été blessées »), its first toll not its latest (see casualties.ts).
      .filter((s) => sameCasualtyState(claimText, q, sentence.text, s) && sameTollTime(claimText, q, sentence.text, s))
      // A superlative both write (« le tribut le plus lourd ») has one holder's value: the others' are no fix (see superlatives.ts).
      .filter((s) => holdsTheSuperlative(claimText, q, sentence.text, s, view.quantities))
      // A cost of another thing than the claim names (« les coûts de la démolition » for « la construction … a coûté »).
      .filter((s) => isTime || measuredThingNamed(analysis.words, sentence.text, s, doc.lang))
      // A cost of a thing the passage and its context never name (« la construction du nouveau pont a coûté » and « un coût de deux millions » of a boat).
      .filter(() => costThingFound(costThingOf(claimText, q, analysis), (t) => view.terms.has(t) || context.has(t)))
      // A time set between commas after a relative pronoun dates the relative clause's fact, not the sentence's
      // (« a cassé la décision de la cour d'appel qui, le 20 mai, avait ordonné … »).
      .filter((s) => !(isTime && RELATIVE_INCISE_BEFORE.test(sentence.text.slice(Math.max(0, (s.approxStart ?? s.start) - 30), s.approxStart ?? s.start))))
      // A year the passage does not write, inferred from its article's date, is no value against the year the claim writes (inferredYear.ts).
      .filter((s) => !inferredYearAgainstWritten(q, s, sentence.text))
      // Nor is another year against the claim's year that a date of the passage writes in full (yearOfDate.ts).
      .filter(() => !claimYearInPassageDate(q, view.quantities))
      .map((s) => ({ s, window: sourceWindow(sentence.text, s, doc.lang) }))
      // A share written without its base (« Mr Glazer owns 28.1%. ») is of the claim's base when its subject is the claim's, named.
      .filter(({ s, window }) => !base || percentBase(s, sentence.text, doc.lang) !== undefined || base.some((t) => window.has(t)) || namesSameSubject(claimText, q, analysis, sentence.text, s, view.quantities))
      // Read in the value's own predicate: a negation of the predicate before a coordination, or of a subordinate clause after the value, is another's (ownPredicatePolarity.ts).
      .filter(({ s }) => isNegated(ownPredicatePolarityText(sentence.text, s.start, s.end, polarityText(sentence.text, s.start, s.end), predicateTerms, doc.lang), doc.lang) === claimNegated)
      // A figure compared the other way is no value of the claim's comparison: its value would be no fix.
      .filter(({ s }) => !oppositeComparatives(claimText, q.end, sentence.text, s.end))
      .map(({ s, window }) => ({ s, alignment: frontedTimes(claimText, q, sentence.text, s, align(frame, window, weight)) }))
      // Two ages of the same person are one fact whatever the words around them ("Mr Ebbers, 63, has" and "Mr Ebbers is 65 years old"),
      // when the claim names whose age it is (« Un homme de 42 ans a été interpellé » names no one: its words decide).
      // So are two counts of people named before with the same verb after them (« et douze ont été hospitalisées », « Huit d'entre elles ont été hospitalisées »).
      // And two years of one named thing ("the 1994 Energy Charter Treaty", "The Energy Charter Treaty dates from 1998").
      // And two scores, each its sentence's only one, of the same moment of a match (matchScores.ts).
      .filter((a) => (namedAge && a.s.age) || sameElidedCount(claimText, q, analysis.lang, sentence.text, a.s, doc.lang) || sameThingDated(claimText, q, analysis.words, sentence.text, a.s) || sameMatchScore(q, analysis.quantities, claimText, a.s, view.quantities, sentence.text, namesOutsideSentence.length) || (isAligned(a.alignment) && sameTime(analysis, q, sentence.text, view.quantities, a.s, doc.date)) || bySentence(a.s) || byChange(a.s) || bySibling(a.s) || byGovernor(a.s) || byMeasureWord(a.s))
      // (Across languages, two counts of one noun need no governing verbs that meet: see sameFact's countedNounAcrossLanguages.)
      .filter((a) => (namedAge && a.s.age) || sameMatchScore(q, analysis.quantities, claimText, a.s, view.quantities, sentence.text, namesOutsideSentence.length) || sameElidedCount(claimText, q, analysis.lang, sentence.text, a.s, doc.lang) || sameThingDated(claimText, q, analysis.words, sentence.text, a.s) || sameFact(claimContext, frame.words, valueContext(sentence.text, a.s, view.quantities, doc.lang), { window: sourceWindow(sentence.text, a.s, doc.lang), countedNounAcrossLanguages: analysis.lang !== doc.lang && frame.countedNoun }) || bySentence(a.s) || byChange(a.s) || bySibling(a.s) || byGovernor(a.s) || byMeasureWord(a.s))
      .filter((a) => sameSubject(claimText, q, analysis, sentence.text, a.s, view.quantities) && subjectFound(claimText, q, analysis, sentence.text, antecedentsOf(doc, sentence), doc.lang));
    // The claim's value stating its fact in one item of parallel items, the words of the claim binding it to another
    // item: that item's one value of the measure is the claim's holder's own (itemHolders.ts).
    const rival = aligned.length === 0 ? rivalItemValue(itemPairings, (s) => sameSubject(claimText, q, analysis, sentence.text, s, view.quantities) && subjectFound(claimText, q, analysis, sentence.text, antecedentsOf(doc, sentence), doc.lang), comparable.filter((s) => !taken(s) && isNegated(polarityText(sentence.text, s.start, s.end), doc.lang) === claimNegated)) : undefined;
    if (rival) {
      conflicts.push({ claim: q, source: rival });
      continue;
    }
    if (aligned.length === 0) {
      // A claim that joins two facts of consecutive sentences (« 224 personnes … et 8 d'entre elles … » for
      // « Deux cent vingt-quatre personnes … » and « Huit d'entre elles … »): the value stated in the next or
      // previous sentence, when the passage states no value of that measure, is stated by the passage. Not a
      // time: a date or a duration next to a passage dates its own sentence's fact.
      // An age is the person's, not a time of the fact: it may be told a sentence away (« Mr Sullivan, 42, … »).
      // Source values that other claim values state are theirs (« 2 milliards … pour 14 000 demandeurs », then « soit 143 000 par demandeur »).
      if (comparable.every(taken) && !isTime && (durationDays(q) === undefined || q.age) && statedNextTo(q, doc, sentence, analysis.lang, 1, { text: claimText, analysis })) matched.push(q);
      // A duration that is the value of the claim's fact, as the next or previous sentence's own words say (« en limite
      // l'administration à deux mois » for « La notice en limite la durée d'administration à deux mois »), not a time.
      else if (comparable.every(taken) && durationDays(q) !== undefined && !q.age && !isRelativeTime(claimText, q) && durationStatedNextTo(q, claimContext, frame.words, claimText, analysis, doc, sentence)) matched.push(q);
      // A year the passage leaves to its article's narrative (« En juillet, l'ASN estime … » after « À partir de mars
      // 2011, … »; "since then" after "since 2003"): the year of the nearest sentence before it that writes one.
      else if (q.kind === 'year' && !view.quantities.some((s) => s.kind === 'year' || s.kind === 'date') && narrativeYear(doc, sentence) === q.value) matched.push(q);
      // So is the year of a day and month the passage writes without one (« Le 18 novembre, une nouvelle expertise … »
      // in a chronology): the narrative's, when the article's date does not place it (see datedByDocument).
      else if (q.kind === 'year' && onlyYearlessDays(view.quantities) && narrativeYear(doc, sentence) === q.value) matched.push(q);
      // A time the passage leaves unwritten, written in a sentence glued to it (its stretch: see stretchesOf).
      else if (isTime && !view.quantities.some((s) => s.kind === 'year' || s.kind === 'date') && statedNextTo(q, doc, sentence, analysis.lang, 0)) matched.push(q);
      // A day the passage names by its weekday alone, in a clause told in the past (« … a expliqué le ministre vendredi »):
      // the last such weekday on or before the article's date (see weekdaysDatedByDocument). It states the claim's day;
      // it never conflicts (the article's date may be its scraping's), and in a negated passage it does not make the
      // passage's other polarity a contradiction (an inferred day is too weak for that).
      else if (q.kind === 'date' && q.date && !isNegated(sentence.text, doc.lang) && !view.quantities.some((s) => s.kind === 'year' || s.kind === 'date') && weekdaysDatedByDocument(sentence.text, doc.lang, doc.date).some((d) => sameDate(q.date!, d))) matched.push(q);
      // A day the sentence before names by its weekday (« … ont été détruites à l'explosif ce vendredi matin. La
      // détonation a été déclenchée à 9 h 37 et … se sont effondrées »): the narrative goes on that day (see dayToldBefore).
      else if (q.kind === 'date' && q.date && !isNegated(sentence.text, doc.lang) && !view.quantities.some((s) => s.kind === 'year' || s.kind === 'date') && dayToldBefore(q, doc, sentence)) matched.push(q);
      // The day of the news: the claim's day is its article's date, and the article's title tells the claim's fact (see dayOfTheNews).
      else if (q.kind === 'date' && !view.quantities.some((s) => s.kind === 'year' || s.kind === 'date') && !isNegated(sentence.text, doc.lang) && dayOfTheNews(q, analysis, doc)) matched.push(q);
      // A year in a clause of time the claim opens with (« Lorsque l'alliance a été conclue en 2000, … », "When the
      // alliance was formed in 2000, …"): the time of that clause's own fact, told by a sentence near the passage.
      else if (q.kind === 'year' && yearOfTimeClauseNearby(q, claimText, analysis, doc, sentence)) matched.push(q);
      // A time in a clause the claim joins to the one the passage states (« … sera achevée en 2023 et le démantèlement
      // commencera vers 2025 »): stated by a sentence next to the passage that writes it with that clause's words.
      else if ((q.kind === 'year' || q.kind === 'date') && timeOfJoinedClauseNearby(q, claimText, analysis, doc, sentence)) matched.push(q);
      // A month the article places before or after its own date (« en août dernier » for « en août 2018 » in an article
      // of October 2018): its year is the article's (see monthYearByDocument).
      else if (q.kind === 'year' && month !== undefined && monthYearByDocument(sentence.text, fold(monthIn(month, doc.lang)), doc.date) === q.value) matched.push(q);
      continue;
    }
    // The claim's figure rounding a value aligned with it at the precision it writes (« 48 000 euros », « 0,048 M€ » of
    // « 48.362 euros », roundedValues.ts): no other value of the fact, so no conflict (nor a support: see disagreeingSources.ts).
    if (aligned.some((a) => roundsTo(q, a.s))) continue;
    const best = Math.max(...aligned.map((a) => a.alignment.share));
    const sources = aligned.filter((a) => a.alignment.share >= best - 1e-9).map((a) => a.s);
    // The claim's amount may convert another amount of the passage, whose conversion it does not write (conversions.ts).
    if (sources.every((s) => convertedAmountElsewhere({ ...claimSide, value: q }, { text: sentence.text, quantities: view.quantities, value: s }, (o) => (o === s ? best : align(frame, sourceWindow(sentence.text, o, doc.lang), weight).share), sameQuantity))) continue;
    // Among several times, the one told with the claim's own predicate (« rénové en 2007 » for « rénové en 2011 »: predicateValue.ts).
    // A count the passage tells with another predicate (« une dizaine de personnes qui s'étaient réfugiées » for « une
    // centaine de personnes avaient été évacuées »): another fact, no value of the claim's (predicateValue.ts).
    if (sources.every((s) => countOfAnotherPredicate(q, claimText, s, sentence.text, analysis.lang, doc.lang))) continue;
    const predicated = valueOfClaimPredicate(q, claimText, aligned.map((a) => a.s), sentence.text, analysis.lang, doc.lang);
    conflicts.push({ claim: q, source: predicated ?? closestInContext(q, claimText, sources, sentence.text, analysis.lang, doc.lang) });
  }
  // Figures stated count towards coverage too: a passage with the same figure says more of the claim.
  const figureWeight = 2;
  total += figureWeight * checkable.length;
  got += figureWeight * matched.length + figureWeight * 0.5 * conflicts.length;
  const statingClause = subjectClause(view.clauses, analysis) ?? statingPart(view.clauses, analysis.words.flatMap((w) => w.terms));
  // A passage that denies a value to state the claim's (« Ce n'est plus 5.253 tonnes … qui ont brûlé, mais près de
  // 14.000 », "not $5bn but $7bn") asserts the claim's value: its negation is on the other.
  const correction = matched.length > 0 && corrected === matched.length;
  // The claim's predicate said the other way in a clause after the one naming its subject (predicateClause.ts).
  // Or in another clause than the one naming the subject, which states none of the predicate (negatedPredicate.ts).
  const predicatePart = analysis.negated ? undefined : negatedPredicateElsewhere(view.clauses.flatMap((c) => c.parts), statingClause, analysis.words.map((w) => w.terms)) ?? negatedPredicateOnly(view.clauses.flatMap((c) => c.parts), statingClause, analysis.words.filter((w) => !w.isName).map((w) => w.terms));
  // A negation only in a relative clause that says nothing of the claim (« des missions qui "ne semblaient pas liées" »: relativeClauseNegation.ts) is not the passage's.
  // Nor one only in a clause of purpose (« pour ne pas le partager »: purposeNegation.ts).
  const predicateNegatedElsewhere = predicatePart !== undefined && !claimClauseNegation(claimText, analysis, predicatePart.terms);
  return {
    // « sans contrat », "without a contract" says a negated claim's no (« ne prévoyait pas de contrat »: negations.ts).
    // "the first time … since X" says a claim's "not … since X" (firstTimeSince.ts).
    negated: (analysis.negated && saysNoWithout(claimText, sentence.text, analysis.lang, doc.lang)) || saysNoSinceByFirstTime(claimText, analysis.negated, sentence.text, analysis.lang, doc.lang) || (correction
      ? directionFlip
      : passageFlipped(((statingClause?.negated ?? false) || predicateNegatedElsewhere) && !negationOnAnotherValue(sentence.text, doc.lang, view.quantities, analysis.quantities, new Set(analysis.words.flatMap((w) => w.terms)), analysis.words.map((w) => w.norm)) && !negationInRelativeClauseOnly(sentence.text, doc.lang, ownTerms) && !negationInPurposeClauseOnly(sentence.text, doc.lang, ownTerms), antonymFlip, refusalOnly) !== directionFlip),
    claimNegated: claimClauseNegation(claimText, analysis, statingClause?.terms),
    surface: surfaceOverlap(analysis, sentence.text),
    evidence: { doc, sentence, coverage: total > 0 ? (got / total) * (sentence.heading ? headingFactor : 1) : 0 },
    coverageBesideNames: total > 0 ? (got + missingNames) / total : 0,
    namesOutsideSentence,
    wordsInSentence,
    opposedWords,
    namesCovered: uncoveredNames.length === 0,
    uncoveredNames,
    matched,
    incidental,
    incidentalValues,
    conflicts,
    view,
  };
}

const maxWeight = 6;
const unknownWeight = 3;

/**
 * How much finding a word counts: its rarity in the corpus. A word the corpus never uses weighs as a rare one
 * in a same-language claim (the claim says something the sources do not), and little across languages (the
 * glossary may simply lack it).
 */
function found(word: ClaimWord, terms: ReadonlySet<string>): boolean {
  return word.terms.some((t) => terms.has(t)) || (word.parts.length > 1 && word.parts.every((p) => terms.has(p)));
}

/**
 * Of several source figures that measure the same thing, the one written in the most similar words around
 * it ("portera la capacité … à 6 000 MW" ↔ "passera de 2 800 à 4 800 MW": the one after "à").
 */
function closestInContext(claim: Quantity, claimText: string, sources: Quantity[], sourceText: string, claimLang: Lang, sourceLang: Lang): Quantity {
  if (sources.length === 1) return sources[0];
  const around = (text: string, q: Quantity, lang: Lang) => {
    const before = text.slice(Math.max(0, q.start - 40), q.approxStart ?? q.start).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).slice(-3);
    return new Set([...before, ...termsOf(text.slice(q.end, q.end + 40), lang).slice(0, 3)]);
  };
  const claimWords = around(claimText, claim, claimLang);
  let best = sources[0];
  let bestScore = -1;
  for (const source of sources) {
    const words = around(sourceText, source, sourceLang);
    const shared = [...claimWords].filter((w) => words.has(w)).length;
    if (shared > bestScore) {
      best = source;
      bestScore = shared;
    }
  }
  return best;
}

function wordWeight(word: ClaimWord, index: CorpusReader, crossLanguage: boolean, lang: Lang): number {
  // Rarity among the passages of the claim's language, by the claim word's own terms, when the corpus has such
  // passages: documents in another language added to the corpus do not change what a word weighs.
  const own = index.passagesIn(lang);
  const terms = own > 0 && lang === 'en' ? [word.terms[0], word.norm] : word.terms;
  const idf = Math.max(...terms.map((t) => languageIdf(index, t, lang, own)), 0);
  const base = idf === 0 ? (crossLanguage ? 0.5 : unknownWeight) : Math.min(Math.max(idf, 1), maxWeight);
  return word.isName ? base * 1.5 : base;
}

/** Above this many passages with a term, its passages in one language are estimated, not counted. */
const maxCountedFrequency = 20_000;
const languageFrequencies = new WeakMap<CorpusReader, { version: number; counts: Map<string, number> }>();

/**
 * The inverse document frequency of a term among the `own` passages of `lang` rather than all: the index's BM25
 * formula, with the term's passages in that language counted (read back from the index, cached per index version;
 * estimated in proportion above {@link maxCountedFrequency}). In a corpus of one language it is the index's own.
 */
function languageIdf(index: CorpusReader, term: string, lang: Lang, own: number): number {
  const idf = index.idf(term);
  const total = index.sentenceTotal;
  if (idf === 0 || own === 0 || own >= total) return idf;
  const ratio = Math.expm1(idf);
  const df = Math.max(1, Math.round((total + 0.5 - 0.5 * ratio) / (ratio + 1)));
  let cached = languageFrequencies.get(index);
  if (!cached || cached.version !== index.version) {
    cached = { version: index.version, counts: new Map() };
    languageFrequencies.set(index, cached);
  }
  const key = `${lang}\u0000${term}`;
  let ownDf = cached.counts.get(key);
  if (ownDf === undefined) {
    const misses = isRemote(index) ? index.misses : 0;
    ownDf = df > maxCountedFrequency ? Math.round((df * own) / total) : index.searchTerms([term], df).filter((hit) => hit.doc.lang === lang).length;
    // A database reader answers empty until it has fetched the passages: only a count read in full is kept.
    if (!isRemote(index) || index.misses === misses) cached.counts.set(key, ownDf);
  }
  return ownDf === 0 ? 0 : Math.log(1 + Math.max(0, own - ownDf + 0.5) / (ownDf + 0.5));
}

function surfaceOverlap(analysis: ClaimAnalysis, text: string): number {
  const folded = text.toLowerCase();
  const words = analysis.words;
  if (words.length < 2) return 0;
  let pairs = 0;
  for (let i = 1; i < words.length; i++) {
    if (folded.includes(words[i - 1].text.toLowerCase()) && folded.includes(words[i].text.toLowerCase())) pairs++;
  }
  return pairs / (words.length - 1);
}

/**
 * A name matched despite a spelling variant of the corpus ("Deepsek" for "Deepseek": one edit, long names only),
 * or written short or long ("Yugansk" for "Yuganskneftegas", see {@link isShortName}).
 */
function fuzzyName(norm: string, view: PassageView): boolean {
  if (norm.length < 5) return false;
  for (const other of view.names.keys()) {
    if (Math.abs(other.length - norm.length) <= 1 && damerauLevenshtein(norm, other).steps <= 1) return true;
    if (isShortName(norm, other)) return true;
  }
  return false;
}


/** Whether two quantities measure the same kind of thing (so that different values conflict). */
function sameMeasure(a: Quantity, b: Quantity, aLang: Lang = 'fr', bLang: Lang = 'fr'): boolean {
  if (a.kind === 'year' || b.kind === 'year' || a.kind === 'date' || b.kind === 'date') return a.kind === b.kind;
  if (a.kind !== b.kind) return false;
  // A rise against a share ("45% more" and "45% of all gas"): never the same measure; either unsaid, they may be.
  if (a.kind === 'percent') return !a.percentRole || !b.percentRole || a.percentRole === b.percentRole;
  if (a.kind === 'multiplier') return true;
  // An age is not a span of time (« avait 73 ans » and « pendant 10 ans »: yearMeasures.ts).
  if (ageAgainstSpan(a, b)) return false;
  if (durationDays(a) !== undefined && durationDays(b) !== undefined) return true;
  // « 8 h » and « 8 heures »: one unit written two ways (see hours.ts).
  if (sameHourUnit(a, b)) return true;
  if (a.kind === 'money') return !a.unit || !b.unit || a.unit === b.unit;
  // A count of a noun named before (« Huit d'entre elles ») may count the claim's noun: its fact (verb, subject) decides.
  if ((a.partitive && !a.unit) || (b.partitive && !b.unit)) return true;
  if (!a.unit || !b.unit) return false;
  return unitTerms(a.unit, aLang).some((t) => unitTerms(b.unit!, bLang).includes(t));
}

/**
 * The terms of a counted noun: its stem's (synonyms, translations), and for a compound of two plural nouns its first
 * noun's, the head (« sapeurs-pompiers » counts « sapeurs », « wagons-lits » « wagons »; « porte-avions », no plural
 * first, counts no « porte »).
 */
function unitTerms(unit: string, lang: Lang): string[] {
  const head = /^([\p{L}]{3,}[sx])-[\p{L}]/u.exec(unit)?.[1];
  return head ? [...termsForStem(unit, lang), ...termsForStem(stem(head, lang), lang)] : termsForStem(unit, lang);
}

/**
 * A source number equal to the claim's value whose unit the source leaves to the context ("l'enseigne en a
 * retiré 384" for "a retiré 384 boîtes"): the source states the value, so it is no conflict.
 */
function sameValueUnitUnwritten(claim: Quantity, source: Quantity): boolean {
  // A number in words stands alone as a count (« dont cinq … ont été hospitalisés »), but « un », "one" is an article too.
  if (source.kind !== 'number' || source.unit !== undefined || claim.kind === 'year' || (source.words && source.value < 2)) return false;
  return Math.abs(claim.value - source.value) <= 1e-9 * Math.max(1, Math.abs(claim.value));
}

/**
 * The same count told by the noun of the claim unit's complement (« 14 fermetures de réacteurs » and « un total de
 * 14 réacteurs », "20 million barrels of oil" and "20 million barrels"): it states the value, never a conflict.
 */
function sameCountOfComplement(claimText: string, claim: Quantity, source: Quantity, claimLang: Lang, sourceLang: Lang): boolean {
  if (claim.kind !== 'number' || source.kind !== 'number' || !claim.unit || !source.unit || !sameQuantity({ ...claim, unit: source.unit }, source)) return false;
  const complement = /^\s*(?:de|d['’]|des|du|of)\s*([\p{L}-]{3,})/iu.exec(claimText.slice(claim.end, claim.end + 40))?.[1];
  return complement !== undefined && unitTerms(stem(complement.toLowerCase(), claimLang), claimLang).some((t) => unitTerms(source.unit!, sourceLang).includes(t));
}

/**
 * The same count with its counted noun written elsewhere than right after the figure: in the claim, before it or in
 * another word of the sentence ("a majority of almost 7,000" for "a 6,932 majority", « le car en transportait 23 »
 * for « les 23 transportés »): the source's noun is one of the claim's words; in the source, as the gloss of an
 * abbreviation (« 10 DMP (grenades de désencerclement) » for « dix grenades »). It states the value (within the
 * claim's approximation), never a conflict: which noun a figure counts is not sure enough to say it is wrong.
 */
function sameCountNamedElsewhere(claim: Quantity, analysis: ClaimAnalysis, source: Quantity, sourceText: string, sourceLang: Lang): boolean {
  if (claim.kind !== 'number' || source.kind !== 'number' || claim.date || claim.age || source.age) return false;
  if (!claim.unit && source.unit) {
    const nouns = new Set(unitTerms(source.unit, sourceLang));
    const named = analysis.words.some((w) => w.terms.some((t) => nouns.has(t)));
    return named && sameQuantity({ ...claim, unit: source.unit }, source);
  }
  if (claim.unit && source.unit && /^\p{Lu}{2,}$/u.test(sourceText.slice(source.numberEnd, source.end).trim())) {
    const gloss = /^\s*\(\s*([\p{L}-]{3,})/u.exec(sourceText.slice(source.end, source.end + 40))?.[1];
    if (!gloss) return false;
    const glossTerms = unitTerms(stem(gloss.toLowerCase(), sourceLang), sourceLang);
    return unitTerms(claim.unit, analysis.lang).some((t) => glossTerms.includes(t)) && sameQuantity({ ...claim, unit: source.unit }, source);
  }
  return false;
}

/**
 * A source bound that an exact claim value keeps ("plus de 40 mètres" and "96 mètres"): no conflict, whatever
 * else the claim says.
 */
function withinSourceBound(claim: Quantity, source: Quantity): boolean {
  if (claim.approx) return false;
  if (source.approx === 'more-than' || source.approx === 'at-least') return claim.value >= source.value;
  if (source.approx === 'less-than' || source.approx === 'at-most') return claim.value <= source.value;
  return false;
}

/**
 * The terms of the noun a percentage is of ("34 % des cheminots" → the stems of "cheminots", with synonyms and,
 * for English, French equivalents and cognate stem); undefined when none is written.
 */
function percentBase(q: Quantity, text: string, lang: Lang): string[] | undefined {
  if (q.kind !== 'percent') return undefined;
  // The noun group after « des », "of": its words up to a punctuation mark, a link or a verb-like break, four at most
  // ("of Yukos's output", "of Russia's total crude oil output": the owner named before it is no part of the whole).
  const match = /^\s*(?:des|du|de|d['’]|of)\s*((?:[\p{L}'’-]+\s*){1,5})/iu.exec(text.slice(q.end, q.end + 60));
  if (!match) return undefined;
  const words = match[1]
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s$/u, ''))
    .filter((w, i, all) => !(i < all.length - 1 && /^\p{Lu}/u.test(w) && /['’]s$/u.test(match[1].split(/\s+/u)[i] ?? '')));
  const content: string[] = [];
  for (const word of words) {
    const norm = fold(word);
    if (['de', 'du', 'des', 'of', 'in', 'en', 'a', 'au', 'à', 'and', 'et', 'for', 'pour', 'that', 'qui', 'que', 'which', 'who'].includes(norm)) break;
    if (isStopWord(norm, lang) || norm.length < 3) continue;
    content.push(word.toLowerCase());
    if (content.length === 4) break;
  }
  if (content.length === 0) return undefined;
  if (lang === 'fr') return content.flatMap((w) => termsForStem(stem(w, 'fr'), 'fr'));
  return content.flatMap((w) => [...termsForStem(stem(w, 'en'), 'en'), stem(w, 'fr')]);
}

/** Percentages of different wholes ("34 % des cheminots", "57 % des Français") are not values of one fact. */
function sameBase(claim: Quantity, claimText: string, source: Quantity, sourceText: string, claimLang: Lang, sourceLang: Lang): boolean {
  const a = percentBase(claim, claimText, claimLang);
  const b = percentBase(source, sourceText, sourceLang);
  return !a || !b || a.some((t) => b.includes(t));
}

/**
 * Whether the claim and the source date their values alike: a claim year or date (other than the value compared)
 * that the source value's clause contradicts with another one makes them two facts ("en 2018" against "en 2019",
 * "publié le 5 avril" against "datée du 23 mars"). A source clause that writes no time tells its fact as of its
 * article's date (`documentDate`, ISO): it cannot state a value of a later day than that (« le bilan s'élève à 15
 * blessés » in an article of 15 August is no toll of « le 16 août »: tolls, counts and prices change by the day).
 */
function sameTime(analysis: ClaimAnalysis, claim: Quantity, sourceText: string, sourceQuantities: Quantity[], source: Quantity, documentDate?: string): boolean {
  if (claim.kind === 'year' || claim.kind === 'date') return true;
  const isTime = (q: Quantity) => q.kind === 'year' || q.kind === 'date';
  const claimTimes = analysis.quantities.filter((q) => q !== claim && isTime(q));
  if (claimTimes.length === 0) return true;
  const clause = clauseAround(sourceText, source.start, source.end);
  const sourceTimes = sourceQuantities.filter((q) => q !== source && isTime(q) && q.start >= clause.start && q.end <= clause.end);
  if (sourceTimes.length === 0) return !claimTimes.some((c) => laterDay(c, documentDate));
  return sourceTimes.some((s) => claimTimes.some((c) => sameTimeValue(c, s)));
}

/**
 * Whether a claim's day (« le 16 août », "on 16 August 2018") falls after an article's date (ISO `YYYY-MM-DD`): a
 * day without its year is taken in the article's year. False when either is not known to the day.
 */
function laterDay(time: Quantity, documentDate: string | undefined): boolean {
  const dated = documentDay(documentDate);
  const date = time.date;
  if (!dated || !date || date.day === undefined || date.month === undefined || date.until) return false;
  const { year, month, day } = dated;
  const claimYear = date.year ?? year;
  return claimYear * 10000 + date.month * 100 + date.day > year * 10000 + month * 100 + day;
}

/** Whether two time qualifiers can name the same time: equal years, the same day, or a date in that year. */
function sameTimeValue(a: Quantity, b: Quantity): boolean {
  if (a.date && b.date) return sameDate(a.date, b.date);
  const year = (q: Quantity) => (q.date ? q.date.year : q.value);
  const ya = year(a);
  const yb = year(b);
  return ya === undefined || yb === undefined || ya === yb;
}

/**
 * Whether two values are within 5 % of each other, the share under which two sources' values of one fact do not
 * disagree; times of day to the minute (hours.ts: « 18H45 » is not « 18H42 »).
 */
function roughlyEqual(a: Quantity, b: Quantity): boolean {
  return sameMinute(a, b) ?? Math.abs(a.value - b.value) <= 0.05 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** A verdict's conflict between a claim value and a source value of the same fact: the claim's figure, the source's. */
function valueConflict(pair: { claim: Quantity; source: Quantity }): NonNullable<Verdict['conflict']> {
  return {
    kind: pair.claim.kind === 'year' ? 'year' : 'quantity',
    claimStart: pair.claim.numberStart,
    claimEnd: pair.claim.numberEnd,
    sourceText: pair.source.raw,
    sourceQuantity: pair.source,
    claimQuantity: pair.claim,
  };
}

/**
 * A value conflict with the claim's other values that the same passage gives another value (see
 * {@link Conflict.others}): values of their own, not within the first one's span.
 */
function withOtherValues(conflict: Conflict, scored: Scored): Conflict {
  const claim = conflict.claimQuantity!;
  const others: Conflict[] = [];
  for (const pair of scored.conflicts) {
    const q = pair.claim;
    if (q === claim || q.numberEnd > claim.numberStart && q.numberStart < claim.numberEnd) continue;
    if (others.some((o) => o.claimQuantity === q)) continue;
    others.push(valueConflict(pair));
  }
  return others.length > 0 ? { ...conflict, others } : conflict;
}

/** Whether a passage in value conflict with the claim tells another fact (see {@link anotherValueDiffers}). */
function tellsAnotherFact(s: Scored, checkable: readonly Quantity[], claimLang: Lang): boolean {
  const tests = { sameMeasure: (a: Quantity, b: Quantity) => sameMeasure(a, b, claimLang, s.evidence.doc.lang), sameValue };
  const conflicted = s.conflicts.map((c) => c.claim);
  const pair = pickConflict(s);
  return anotherValueDiffers(checkable, pair.claim, s.matched, conflicted, { text: s.evidence.sentence.text, quantities: s.view.quantities, conflicting: pair.source }, tests);
}

/**
 * The best cited passage, of `cited`, that gives the claim's fact another value in words the alignment does not tie
 * to the claim's (see citedValueOfFact): it names the claim's names, gives no value in conflict already, says the
 * claim's fact the same way (no negation or opposite), and gives no other value of that measure.
 */
function citedValueConflict(claimText: string, analysis: ClaimAnalysis, checkable: readonly Quantity[], cited: readonly Scored[]): { scored: Scored; pair: { claim: Quantity; source: Quantity } } | undefined {
  for (const s of [...cited].sort(byCoverage)) {
    if (!s.namesCovered || s.conflicts.length > 0 || s.negated !== s.claimNegated) continue;
    const { doc, sentence } = s.evidence;
    const pair = citedValueOfFact(
      claimText, analysis.quantities, checkable, s.matched, analysis.lang, sentence.text, s.view.quantities, doc.lang,
      (q, v) => sameMeasure(q, v, analysis.lang, doc.lang) && isSpeed(claimText, q) === isSpeed(sentence.text, v),
      // (Nor the claim's other figure of a part and its whole: partAndWhole.ts.)
      (q, v) => !sameValue(q, v) && !roughlyEqual(q, v) && !withinSourceBound(q, v) && !wholeOrPartOfClaim(claimText, q, analysis.quantities, v),
    );
    if (pair) return { scored: s, pair };
  }
  return undefined;
}

/** The passage's value equal to the claim's, as written with its bound (« plus de 40 ans »); undefined when it writes none. */
function equalValueText(scored: Scored, claim: Quantity): string | undefined {
  const equal = scored.view.quantities.find((v) => sameValue(claim, v));
  return equal && scored.evidence.sentence.text.slice(equal.approxStart ?? equal.start, equal.end);
}

function pickConflict(scored: Scored): { claim: Quantity; source: Quantity } {
  return scored.conflicts.find((c) => c.claim.kind !== 'year') ?? scored.conflicts[0];
}

/**
 * Attribution conflicts: the passage states the claim but with another name in the same place
 * ("directeur général de Tunnel Euralpin" where the claim says "directeur général de Mercalp").
 * The claim's name may still appear near the passage: what counts is the sentence that states the rest.
 */
/** `cited`: the paths of the documents the claim cites (see {@link checkClaim}). */
function findAttributions(claimText: string, analysis: ClaimAnalysis, scored: Scored[], standsAlone: (norm: string) => boolean, cited: ReadonlySet<string> = new Set()): Attribution[] {
  const found: Attribution[] = [];
  for (const s of scored) {
    const attribution = attributionIn(claimText, analysis, s, standsAlone, cited);
    if (attribution) found.push(attribution);
  }
  // A name written with the claim's own linking words first (« in Houston » for "in Dallas", before "in the US").
  return found.sort((a, b) => Number(b.sourceName !== undefined) - Number(a.sourceName !== undefined) || byCoverage(a.scored, b.scored));
}

interface Attribution {
  scored: Scored;
  word: ClaimWord;
  /** The source's name for the slot, to write in place of the claim's; undefined when it cannot be written as is. */
  sourceName?: string;
  /** What the source says in the slot, as written there. */
  sourceText: string;
}

function attributionIn(claimText: string, analysis: ClaimAnalysis, s: Scored, standsAlone: (norm: string) => boolean, cited: ReadonlySet<string> = new Set()): Attribution | undefined {
  // The name in question is the one the passage and its context do not have; names found in the context (the
  // subject named a sentence back, or in the title) are the passage's own.
  // A wider place set after a town (« à Sarcelles, dans le Val-d'Oise ») goes with the town: the town is the name in question (widerPlace.ts).
  const uncovered = namePhrases(claimText, s.uncoveredNames).filter((p) => !isWiderPlaceApposition(claimText, p.start));
  const outside = namePhrases(claimText, s.namesOutsideSentence).filter((p) => !isWiderPlaceApposition(claimText, p.start));
  if (uncovered.length > 1 || (uncovered.length === 0 && outside.length === 0) || s.conflicts.length > 0) return undefined;
  // A claim with one name names its fact by that name alone: in another story's passage the same words may tell
  // another fact (« Le site a été fermé à la demande de la préfecture de … »). It is compared with the document it cites only.
  // A claim name the passage's article writes around it (uncovered by none) ties the article to the claim's story too.
  // A passage whose own sentence writes all the claim's other words, many of them, tells the claim's fact by its frame (namesOnlySupport.ts).
  const namesNeeded = cited.has(s.evidence.doc.path) || valuesTieFact(claimText, s) || (uncovered.length === 0 && outside.length > 0) || statesWholeFrame(claimText, analysis.words, (uncovered[0] ?? outside[0])?.start, (w) => s.wordsInSentence.has(w)) ? 1 : 2;
  if (analysis.words.filter((w) => w.isName).length < namesNeeded || s.coverageBesideNames < 0.75) return undefined;
  // The claim's holder (its names before the slot) written around the passage only, not in its sentence: the sentence
  // may tell another's fact, and must state as much of the claim as a contradiction needs (holderInContext.ts).
  if (s.evidence.coverage < contradictionThreshold && holderOnlyInContext(analysis.words, (uncovered[0] ?? outside[0]).start, (w) => s.wordsInSentence.has(w))) return undefined;
  // Several of the claim's names left to the passage's context (« LVMH » and « Notre-Dame » named sentences before):
  // the one whose slot the passage fills with another name is in question.
  if (uncovered.length === 0 && outside.length > 1) return firstDefined(outside, (phrase) => attributionOf(claimText, analysis, s, standsAlone, phrase));
  return attributionOf(claimText, analysis, s, standsAlone, uncovered[0] ?? outside[0]);
}

/**
 * Whether a passage that states every figure and time of the claim (attributions are sought only in such passages)
 * states one that ties it to the claim's fact: a figure, a day or a month of a year (« dépaysée 4 septembre à
 * Rennes » for « dépaysée à Marseille le 4 septembre », « ordonne en mai 2013 »), not a year alone, which many
 * facts share. The claim's one name is then compared in its slot as a claim's second name would be.
 */
function valuesTieFact(claimText: string, s: Scored): boolean {
  return s.matched.some((q) => q.kind !== 'year' || monthBefore(claimText, q) !== undefined);
}

/** How much of the rest of a claim a passage must state for another month written alone to contradict it (as for a name: {@link attributionIn}). */
const monthRestShare = 0.75;

/**
 * A month written alone in the claim ("In December, X quit …") and another in the same place of a passage that
 * states the rest of the claim (its figures, its names but the month, its polarity, {@link monthRestShare} of its
 * words besides names): see months.ts. The passage that states most of the claim first.
 */
function findMonthConflict(claimText: string, scored: readonly Scored[], checkableCount: number): { scored: Scored; claim: LoneMonth; source: LoneMonth } | undefined {
  for (const s of [...scored].sort(byCoverage)) {
    if (s.conflicts.length > 0 || s.matched.length !== checkableCount || s.negated !== s.claimNegated || s.coverageBesideNames < monthRestShare) continue;
    const pair = monthSlotConflict(claimText, s.evidence.sentence.text);
    if (!pair || s.uncoveredNames.some((w) => w.start !== pair.claim.start)) continue;
    return { scored: s, ...pair };
  }
  return undefined;
}

/** The first defined result of `f` over `items`, in order. */
function firstDefined<T, R>(items: readonly T[], f: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const result = f(item);
    if (result !== undefined) return result;
  }
  return undefined;
}

/** The attribution conflict on the claim's name phrase that starts with `first`, in passage `s` (see {@link attributionIn}). */
function attributionOf(claimText: string, analysis: ClaimAnalysis, s: Scored, standsAlone: (norm: string) => boolean, first: ClaimWord): Attribution | undefined {
  // The whole name the word belongs to (« Nicolas Sarkozy », not « Sarkozy » after a first name the passage has), and
  // the lowercase words that end it before a punctuation mark (« l'association Sortir du nucléaire, »).
  const phrase = namePhraseAround(analysis.words.find((w) => w.start === first.start) ?? first, analysis);
  // A first word the corpus writes as a name of its own (« Manchester » of "Manchester Withington") places the rest
  // of the name; a first name (« Nicolas » of « Nicolas Sarkozy ») is part of it.
  while (phrase.length > 1 && phrase[0].end <= first.start && standsAlone(phrase[0].norm)) phrase.shift();
  if (phrase.length === 0) return undefined;
  // A month is a date, not a name in a slot ("sold in July 2004" against "sold in June 2004": the date rules compare
  // them; a name fix would write "June 2004" over "July" alone, the year twice).
  if (phrase.some((w) => MONTH_WORDS.has(w.norm))) return undefined;
  // The passage names the same person by title and surname ("according to the EIU's Mr Hensel" for "according to
  // Stuart Hensel", whom the article names in full): the name before it in the slot is not another person's.
  const surname = phrase[phrase.length - 1];
  const fullName = claimText.slice(phrase[0].start, surname.end);
  if (phrase.length > 1 && surname.start > first.start && afterTitle(surname.text, s.evidence.sentence.text) && s.evidence.doc.text.includes(fullName)) return undefined;
  const start = phrase[0].start;
  const end = phrase[phrase.length - 1].end + (NAME_TAIL.exec(claimText.slice(phrase[phrase.length - 1].end))?.[0].length ?? 0);
  const word: ClaimWord = { ...phrase[0], text: claimText.slice(start, end), start, end };
  const slot = wordsBefore(claimText, start);
  if (!slot) return undefined;
  const sourceText = s.evidence.sentence.text;
  const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
  for (const [norm, original] of s.view.names) {
    if (claimNames.has(norm)) continue;
    // Across languages, the claim's place noun and its link written the other language's way (« tribunal de district américain de » for "district court in": crossLanguageSlot.ts).
    const at = inSlot(sourceText, original, slot) ?? placeSlotAcrossLanguagesAt(claimText, start, analysis.lang, analysis.words, sourceText, original, s.evidence.doc.lang);
    // A clause that names only others before the slot tells their fact (« Nora Bell picked up best actress for
    // playing … » is no fact of the claim's Dan Ivers named a sentence away).
    if (at === undefined || qualifiesPlaceNoun(sourceText, at, nameFrom(sourceText, at).length) || (othersNamedAsSubjectBefore(sourceText, at, claimNames) && !unnamedSubjectStated(analysis, start, sourceText, at, s.evidence.doc.lang)) || otherTimeSlot(claimText, start, sourceText, at)) continue;
    // A clause told of a pronoun that stands for another than the claim's holder (« Il avait été distingué par … »
    // after a sentence naming someone else) tells that one's fact (pronounHolder.ts).
    // A pronoun the sentence before does not tie to anyone named: only a passage that states clearly more of the claim than a contradiction needs.
    const pronoun = pronounSubject(sourceText, at, analysis.words.filter((w) => w.isName && w.end <= start).map((w) => w.norm), s.evidence.doc.sentences[s.evidence.sentence.index - 1]?.text);
    if (pronoun === 'other' || (pronoun === 'unresolved' && s.evidence.coverage < contradictionThreshold + contradictionMargin)) continue;
    // A name in brackets right after another (« le viaduc de Millau (Aveyron) », "Adobe (US)") is that name's aside —
    // its wider place, its acronym —, not a name in the claim's slot, unless the claim writes its own in brackets too.
    if (openedByBracket(sourceText, at) !== openedByBracket(claimText, start)) continue;
    // The whole name, never a fragment of a longer one (« des Pays » of « des Pays de la Loire »: multiWordNames.ts).
    if (insideLongerName(sourceText, at)) continue;
    // Nor the claim's holder named right after it (« la maire de Vaudrel Anna Belcour »: holderAfterName.ts).
    const sourceName = beforeHolderName(wholeNameFrom(sourceText, at, nameFrom(sourceText, at)), holderNamesOf(claimText, analysis.words, start, end));
    if (MONTH_WORDS.has(fold(sourceName.split(/\s+/)[0]))) continue;
    // A capitalised function word or a quotation's first word ("said: \"In the last …") is no name (capitalisedWord.ts).
    if (capitalisedNotName(sourceText, at, sourceName, standsAlone)) continue;
    // A name a list introduces (« … pour l'appareil, dont X », "for the gadget including X") is a member, not the slot's holder (listMember.ts).
    if (listedMember(sourceText, at)) continue;
    // A possessor is not a member of the source's list, nor is a noun of another's possessor the claim's ("X, Kerr's co-star": possessorSlot.ts).
    if (otherPossessorSlot(claimText, start, end, sourceText, at, at + sourceName.length)) continue;
    // The same title of another country (« ministre mauricien » and « ministre japonais de l'Environnement ») is another office (titleCountry.ts).
    if (titleOfOtherCountry(claimText, start, sourceText, at)) continue;
    // The claim's name and the source's, one the other's acronym ("IMF", "International Monetary Fund"): the same body (text/acronyms.ts).
    // So with the claim's name read short of its lowercase words (« le Journal du matin » for « le JDM »).
    if (acronymPair(word.text, sourceName) || spellsAcronymFrom(sourceName, claimText, start) || spellsAcronymFrom(word.text, sourceText, at)) continue;
    // The source's one-off misspelling of the claim's name (« Coaoussin » for « Caouissin »): the same person (misspeltName.ts).
    if (misspeltName(word.text, claimText, start, sourceName, sourceText, at)) continue;
    // The claim's name and the source's, one a country and the other its people or adjective ("Scotland", "the Scots"; « la France », « les Français »): the same holder (text/demonyms.ts).
    // So are a place and its compound ("UK-based" for "UK" or "British"); and a country may hold the other's town ("French", "Paris-based").
    if (samePlace(word.text, sourceName) || countryAndOtherPlace(word.text, sourceName)) continue;
    // « près de Dieppe » and « près du Havre »: the source's name is written with an article of its own, and
    // the name alone would not read right in the claim's slot; the conflict stands, with no fix to write.
    // Behind a noun of a kind of place (« la ville de Lyon », "the city of Hyderabad"), « de », "of" is the noun's: the name alone fits the claim's slot.
    const sameLink = linkBefore(claimText, start) === linkBefore(sourceText, at) || slotWithPlaceNoun(sourceText, at, slot);
    // A town placed by its wider place (« Sarcelles, dans le Val-d'Oise »): the source's town is written in its
    // stead only where the source places it in the same wider place (widerPlace.ts); else no fix.
    const claimWider = widerPlaceAfter(claimText, end);
    // The claim's name is the body of a role ("the Portugal coach") and the source's is not that role's body: no name to write (roleBody.ts).
    const otherBody = roleBodyMismatch(claimText, start, end, sourceText, at, sourceName);
    // The body the passage gives that role through a possessive ("Scotland … give their coach X"): the one to write, or the claim's own.
    const body = otherBody ? possessorBody(sourceText, roleOfBody(claimText, start, end)!, (w) => claimNames.has(fold(w))) : undefined;
    if (body !== undefined && (sameCountry(body, word.text) || fold(body) === fold(word.text))) continue;
    if (body !== undefined) return { scored: s, word, sourceName: body, sourceText: body };
    const fits = sameLink && (claimWider === undefined || claimWider === widerPlaceAfter(sourceText, at + sourceName.length)) && !otherBody;
    // Links alike but for an article (« palais de l'Élysée », « palais de Baabda »): the article goes with its name (placeArticle.ts).
    const article = sameLink ? undefined : articleOnlyDifference(claimText, start, sourceText, at, sourceName);
    if (article) {
      const wider = (claimWider === undefined || claimWider === widerPlaceAfter(sourceText, at + sourceName.length)) && !otherBody;
      return { scored: s, word: { ...word, text: claimText.slice(article.claimStart, end), start: article.claimStart }, sourceName: wider ? article.sourceName : undefined, sourceText: article.sourceName };
    }
    return { scored: s, word, sourceName: fits ? sourceName : undefined, sourceText: sameLink ? sourceName : sourceText.slice(at - linkBefore(sourceText, at).length, at) + sourceName };
  }
  return undefined;
}

/** Whether the name at `at` opens a bracket (« (Aveyron) »). */
function openedByBracket(text: string, at: number): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * Whether a claim that names nothing before its name in question (its subject a common noun: « L'enquête a été
 * dépaysée à Marseille ») has all its words before that name in the passage's clause before the source's name (« L'enquête
 * sur la mort de Steve X avait été dépaysée … à Rennes »): the clause tells the claim's fact, whoever else it names.
 */
function unnamedSubjectStated(analysis: ClaimAnalysis, claimAt: number, sourceText: string, sourceAt: number, sourceLang: Lang): boolean {
  const before = analysis.words.filter((w) => w.end <= claimAt);
  if (before.length === 0 || before.some((w) => w.isName)) return false;
  const clauseTerms = new Set(termsOf(sourceText.slice(clauseAround(sourceText, sourceAt, sourceAt).start, sourceAt), sourceLang));
  return before.every((w) => w.terms.some((t) => clauseTerms.has(t)));
}

/**
 * Where a passage writes a name in the claim's slot: the offset of an occurrence of `name` right after the slot's
 * words (see {@link wordsBefore}), or of its name phrase after the slot and a descriptor (« le groupe de luxe
 * Kering », see slotWithDescriptor); undefined when no occurrence is in the slot.
 */
function inSlot(sourceText: string, name: string, slot: string): number | undefined {
  for (let found = sourceText.indexOf(name); found >= 0; found = sourceText.indexOf(name, found + name.length)) {
    if (wordsBefore(sourceText, found) === slot) return found;
    // A day and month between the verb and the name's preposition (« dépaysée 4 septembre à Rennes » for « dépaysée à Marseille »).
    const undated = withoutDateBeforeLink(sourceText.slice(0, found));
    if (undated !== undefined && wordsBefore(undated, undated.length) === slot) return found;
    const phraseStart = namePhraseStart(sourceText, found);
    if (slotWithDescriptor(sourceText, phraseStart, slot) || slotWithPlaceNoun(sourceText, phraseStart, slot)) return phraseStart;
  }
  return undefined;
}

/** Lowercase words that end a name before a punctuation mark (« Sortir du nucléaire, », "Friends of the Earth."). */
const NAME_TAIL = /^(?:\s+(?:du|de|des|d['’]|la|le|les|l['’]|of|the|and|et|for|pour)(?:\s+|(?<=['’]))[\p{Ll}'’-]+){1,3}(?=\s*(?:[,;:.)»"”]|$))/u;

/** The linking words and articles right before a name (« du », « de la », "of the"), folded, spaces evened out. */
function linkBefore(text: string, offset: number): string {
  const match = /(?:(?:^|[\s'’])(?:de|du|des|d['’]|à|au|aux|en|le|la|les|l['’]|of|in|at|the)\s*)+$/iu.exec(text.slice(Math.max(0, offset - 30), offset));
  return match ? fold(match[0]).replace(/\s+/g, ' ').trimStart() : '';
}

/** Groups adjacent name words ("Domaine", "Lecoq") into one name phrase each ("Domaine Lecoq"). */
function namePhrases(claimText: string, words: ClaimWord[]): ClaimWord[] {
  const phrases: ClaimWord[] = [];
  for (const word of [...words].sort((a, b) => a.start - b.start)) {
    const last = phrases[phrases.length - 1];
    if (last && /^[\s'’-]*$/.test(claimText.slice(last.end, word.start))) {
      phrases[phrases.length - 1] = { ...last, text: claimText.slice(last.start, word.end), end: word.end };
    } else {
      phrases.push(word);
    }
  }
  return phrases;
}

/** The name that starts at `at`, with the capitalised words that follow it ("Tunnel Euralpin"). */
function nameFrom(text: string, at: number): string {
  // A lowercase particle between a first name and a family name is the name's (« Roland de Barbentane », "Charles van Commenee").
  // The family name is a whole word: the check that no capitalised word follows must not cut it short (« de Grenobl »).
  const match = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*))*(?:\s+(?:de|du|van|von|da|di|del|della|dos|das)\s+\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])(?![\s-]+\p{Lu}))?/u.exec(text.slice(at));
  const name = match ? match[0] : text.slice(at).split(/\s/)[0];
  // A sentence's full stop is no part of the name (« près du Havre. »); an initial's is (« J. »).
  return /\p{L}{2}\.$/u.test(name) ? name.slice(0, -1) : name;
}

const articles = new Set(['le', 'la', 'les', "l'", 'l’', 'the', 'a', 'an', 'un', 'une']);
const contractions: Record<string, string> = { du: 'de', des: 'de', "d'": 'de', 'd’': 'de', au: 'à', aux: 'à' };

/**
 * The words right before an offset that place a name: the previous word, and when it is a short linking word
 * ("de", "of"), the one before too ("présidente de"); articles and contractions are evened out, so that
 * "présidente du Domaine" and "présidente de la Société" share a slot.
 */
function wordsBefore(text: string, offset: number): string | undefined {
  const words = text
    .slice(Math.max(0, offset - 60), offset)
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .flatMap((w) => (/^[dl]['’]./.test(w) ? [w.slice(0, 2), w.slice(2)] : [w]))
    .filter(Boolean);
  while (words.length > 0 && articles.has(words[words.length - 1])) words.pop();
  const last = words.pop();
  if (!last) return undefined;
  const linking = contractions[last] ?? last;
  // A slot is told by a word of content (« préfecture de », "bankruptcy in"); a preposition alone (« avec », "with")
  // or a name (a first name) places nothing.
  const placesNothing = (word: string) => isStopWord(fold(word), 'fr') || isStopWord(fold(word), 'en');
  if (linking.length > 3 && !placesNothing(linking)) return linking;
  // A short linking word, or a longer preposition (« depuis », "since"), places the name with the content word
  // before it (« préfecture de », "winner since").
  const before = words.pop();
  return before && !placesNothing(before) ? `${before} ${linking}` : undefined;
}

const roleViews = new WeakMap<Sentence, RoleMention[]>();

/**
 * Whether a title the claim gives a name, in any construction (« Franck Riester, architecte en chef de … », "Economy
 * Minister X"), is given that name by no support (paired with the name in its sentence or next to it, or its words
 * written in the support's own sentence),
 * while a passage about the claim (or a sentence next to it) gives the same name another title that cannot stand
 * for it ({@link compatibleHeads}), and an article about the claim gives the claim's title to someone else. A title no
 * one else holds there is left to the other rules: another way of naming the same office (« garde des Sceaux »).
 */
function anotherTitleOnly(claimText: string, analysis: ClaimAnalysis, supports: readonly Scored[], scored: readonly Scored[]): boolean {
  const titles = roleMentions(claimText, analysis.lang);
  return titles.some((c) => {
    // Given by a support: paired with the name in or next to its sentence, or its words written in its own sentence.
    const given = supports.some((s) => {
      const doc = s.evidence.doc;
      if ([s.evidence.sentence, ...sentencesAround(doc, s.evidence.sentence, 1, 1)].some((sentence) => rolesOf(sentence, doc.lang).some((m) => sameName(c, m) && compatibleHeads(c, m)))) return true;
      return c.head.stems.every((t) => s.view.terms.has(t));
    });
    if (given) return false;
    return scored.some((s) => {
      if (s.evidence.doc.lang !== analysis.lang || !s.namesCovered || s.evidence.coverage < contradictionThreshold) return false;
      const doc = s.evidence.doc;
      return [s.evidence.sentence, ...sentencesAround(doc, s.evidence.sentence, 1, 1)].some((sentence) => rolesOf(sentence, doc.lang).some((m) => sameName(c, m) && !compatibleHeads(c, m) && !compatibleHeads(m, c)));
    }) &&
      // The claim's title is someone else's in an article about the claim: not another way of naming the name's own title (« garde des Sceaux » for « ministre de la Justice »).
      [...new Set(scored.map((s) => s.evidence.doc))].some((doc) => doc.lang === analysis.lang && doc.sentences.some((sentence) => rolesOf(sentence, doc.lang).some((m) => !sameName(c, m) && sameHead(c, m))));
  });
}

function rolesOf(sentence: Sentence, lang: Lang): RoleMention[] {
  let roles = roleViews.get(sentence);
  if (!roles) {
    roles = roleMentions(sentence.text, lang);
    roleViews.set(sentence, roles);
  }
  return roles;
}

interface RoleConflict {
  scored: Scored;
  /** The sentence that gives the role (the passage or a sentence next to it). */
  sentence: Sentence;
  claimStart: number;
  claimEnd: number;
  /** The source's words for the slot, to write in place of the claim's (with the space the claim's span ends with). */
  sourceText: string;
  /** The conflict stands but no fix can say which words are wrong. */
  noFix?: boolean;
}

/** Share of the claim, names aside, that a passage must state for a role next to it to be the claim's fact's. */
const roleCoverage = 0.5;
/** Share of the claim's words outside its role mention that the passage's sentence must state for its body of the role to be the claim fact's. */
const restShareForBody = 0.3;
/** The same for another name in the claim's role: the claim's name is missing, the rest must be stated better. */
const personCoverage = 0.6;

/**
 * Role conflicts (see roles.ts): a role the claim gives a name (« Philippe Schneider, procureur du tribunal »)
 * that a passage stating the rest of the claim, or a sentence next to it, gives another name (the same title
 * and body, another person), or gives that name with another title for the same body (« le président du
 * tribunal, Philippe Schneider »), or the same title of another body told in common words (« directeur général
 * de la police nationale »). None when any candidate passage or its neighbours give the claim's role to the
 * claim's name: the corpus then states it.
 */
function findRoleConflict(claimText: string, analysis: ClaimAnalysis, scored: Scored[], isName: (norm: string) => boolean): RoleConflict | undefined {
  const claimRoles = roleMentions(claimText, analysis.lang);
  // A body led without a title (« X, à la tête de Y ») is compared all the same (ledBody.ts).
  if (claimRoles.length === 0) return ledBodyConflict(claimText, analysis, scored);
  const seen = new Set<Sentence>();
  const found: { mention: RoleMention; sentence: Sentence; scored: Scored }[] = [];
  for (const s of [...scored].sort(byCoverage)) {
    const doc = s.evidence.doc;
    for (let i = s.evidence.sentence.index - 1; i <= s.evidence.sentence.index + 1; i++) {
      const sentence = doc.sentences[i];
      if (!sentence || seen.has(sentence)) continue;
      seen.add(sentence);
      for (const mention of rolesOf(sentence, doc.lang)) found.push({ mention, sentence, scored: s });
    }
  }
  // The share of the claim's words outside a role mention (what the claim says the person did) that a passage's sentence states.
  const restShare = (c: RoleMention, s: Scored) => {
    const rest = analysis.words.filter((w) => w.end <= Math.min(c.name.start, roleSpan(c).start) || w.start >= Math.max(c.name.end, roleSpan(c).end));
    return rest.length === 0 ? 0 : rest.filter((w) => s.wordsInSentence.has(w)).length / rest.length;
  };
  // The same title at another body written as a name, which the passage's article never names for it (« directrice
  // générale de Santé publique France » where the passage writes « directrice générale de l'ARS de Normandie »).
  const bodyConflict = (c: RoleMention, m: RoleMention, s: Scored, sentence: Sentence): RoleConflict | undefined => {
    const inDocument = (norm: string) => s.evidence.doc.sentences.some((x) => viewOf(x, s.evidence.doc).names.has(norm));
    if (!sameHead(c, m) || !c.complement || !m.complement || c.complement.start <= c.head.start || m.complement.start <= m.head.start || !differsIn(c, m)) return undefined;
    // A body that refers back (« de cette fondation ») names no other body (anaphoricBody.ts).
    if (isAnaphoricBody(c.complement.text) || isAnaphoricBody(m.complement.text)) return undefined;
    if (restShare(c, s) < restShareForBody || !otherBodyNamed(c, m, { claim: claimText, source: sentence.text }, isName, inDocument)) return undefined;
    // Where the corpus gives the claim's title at the claim's body to someone else (« le ministre de l'Intérieur
    // X » for a claim's « le ministre de l'Intérieur Y », Y minister of another portfolio), the name may be what
    // is wrong as well as the body: the conflict stands, with no fix.
    const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
    const heldByOther = found.some(({ mention: o }) => !sameName(c, o) && !claimNames.has(o.name.key) && sameHead(c, o) && sameComplement(c, o));
    return { scored: s, sentence, claimStart: c.complement.start, claimEnd: c.complement.end, sourceText: m.complement.text, ...(heldByOther || possessedBodyEnd(sentence.text, m) !== undefined ? { noFix: true } : {}) };
  };
  for (const c of claimRoles) {
    // One kinship in two wordings (« beau-frère », « frère de son épouse ») confirms it too (kinship.ts).
    const confirmed = found.some(({ mention: m }) => (sameName(c, m) && sameHead(c, m) && (!c.complement || !m.complement || !differsIn(c, m))) || sameKinship(c, m));
    if (confirmed) continue;
    const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
    const stating = found.filter(({ scored: s }) => s.coverageBesideNames >= roleCoverage && s.conflicts.length === 0);
    // The claim's title held by another name in the passages read: the writer may have mixed the two people up.
    const othersTitle = found.some(({ mention: o }) => !sameName(c, o) && !claimNames.has(o.name.key) && sameHead(c, o) && compatibleComplements(c, o));
    // The name's own role first: when the corpus gives the claim's name a role, a conflict is on that role, not on the name.
    for (const { mention: m, sentence, scored: s } of stating) {
      // Another role of the name counts in the passage that states the claim only: elsewhere it may be another time's.
      if (!sameName(c, m) || sentence !== s.evidence.sentence || s.evidence.coverage < contradictionThreshold) continue;
      // A kinship of another of the family (the same surname), or the same kinship in other words: no conflict (kinship.ts).
      if (kinshipNotCompared(c, m)) continue;
      // (One title written each language's way, "minister" and « ministre », or more fully, "chief prosecutor", is no other title: crossLanguageTitle.ts.)
      if (!compatibleHeads(c, m) && !sameHeadAcrossLanguages(c, analysis.lang, m, s.evidence.doc.lang) && !sameTitleWrittenMoreFully(c, analysis.lang, m, s.evidence.doc.lang) && !ministerAndSecretaryOfOnePortfolio(c, analysis.lang, m, s.evidence.doc.lang) && (sameComplement(c, m) || (c.head.rank && m.head.rank && c.head.stems.join() === m.head.stems.join()))) {
        // The title and its linking word (« procureur du » → « président du »), the body kept.
        const links = c.complement && c.complement.start > c.head.end && m.complement && m.complement.start > m.head.end;
        const claimEnd = links ? c.complement!.start + leadingLinks(c.complement!.text) : c.head.end;
        const sourceEnd = links ? m.complement!.start + leadingLinks(m.complement!.text) : m.head.end;
        // A body past a possessive (« director of the Trust's freight unit »): the whole role phrase, or no fix (rolePhrase.ts).
        const bodyEnd = possessedBodyEnd(sentence.text, m);
        if (bodyEnd === null) return { scored: s, sentence, claimStart: c.head.start, claimEnd, sourceText: sentence.text.slice(m.head.start, sourceEnd), noFix: true };
        if (bodyEnd !== undefined) return { scored: s, sentence, claimStart: roleSpan(c).start, claimEnd: roleSpan(c).end, sourceText: sentence.text.slice(roleSpan(m).start, bodyEnd) };
        return { scored: s, sentence, claimStart: c.head.start, claimEnd, sourceText: sentence.text.slice(m.head.start, sourceEnd) };
      }
      // (Not with a body that refers back, « de cette fondation », which names no other body: anaphoricBody.ts.)
      if (sameHead(c, m) && c.complement && m.complement && c.complement.start > c.head.start && m.complement.start > m.head.start && differsIn(c, m) && !isAnaphoricBody(c.complement.text) && !isAnaphoricBody(m.complement.text) && differInCommonWords(c, m, { claim: claimText, source: sentence.text }, isName)) {
        // When another name holds the claim's title (« Me Paul Roy, avocat des familles » where the corpus says
        // « Me Paul Roy, l'avocat de la gérante » and « Me Anne Sol, avocate des familles »), which of the two the
        // writer got wrong, the name or the title's body, the corpus does not say: no fix.
        // (A body past a possessive: no fix from the possessor alone, rolePhrase.ts.)
        return { scored: s, sentence, claimStart: c.complement.start, claimEnd: c.complement.end, sourceText: m.complement.text, ...(othersTitle || possessedBodyEnd(sentence.text, m) !== undefined ? { noFix: true } : {}) };
      }
      const body = bodyConflict(c, m, s, sentence);
      if (body) return body;
      // Another portfolio before the same title ("Planning Minister X" for the claim's "Economy Minister X"): portfolioConflict.ts.
      if (otherPortfolio(c, m, { claim: claimText, source: sentence.text }, isName)) return { scored: s, sentence, claimStart: c.complement!.start, claimEnd: c.complement!.end, sourceText: m.complement!.text, ...(othersTitle ? { noFix: true } : {}) };
    }
    // The same in a sentence next to the passage that states the claim (« …, selon le ministre de l'Agriculture X. »
    // before the sentence with the claim's figures): the passage states the rest of the claim.
    for (const { mention: m, sentence, scored: s } of stating) {
      if (!sameName(c, m) || sentence === s.evidence.sentence || s.evidence.coverage < contradictionThreshold || kinshipNotCompared(c, m)) continue;
      const body = bodyConflict(c, m, s, sentence);
      if (body) return body;
    }
    // Another title altogether for the name in the passage that states the claim, when the claim's title is
    // someone else's in the corpus (« Franck Riester, architecte en chef de Notre-Dame » where the passage says
    // « le ministre de la Culture Franck Riester »; "Werner Seifert is the chairman" where another is chairman):
    // the writer mixed the two people up. The whole title is fixed.
    if (othersTitle) {
      // The passage that states more of the claim with the claim's title held by someone else decides (« Le préfet de
      // Normandie Pierre-André Durand a également évoqué un risque de pollution de la Seine » for « Le préfet de
      // Normandie, Jean-Yves Lagalle, a évoqué … »): the name is wrong there, and the name check below fixes it.
      const coverageOf = (sentence: Sentence) => Math.max(0, ...scored.filter((x) => x.evidence.sentence === sentence && x.coverageBesideNames >= roleCoverage && x.conflicts.length === 0).map((x) => x.evidence.coverage));
      const holderCoverage = Math.max(0, ...found.filter(({ mention: o }) => !sameName(c, o) && !claimNames.has(o.name.key) && sameHead(c, o) && sameComplement(c, o)).map(({ sentence }) => coverageOf(sentence)));
      for (const { mention: m, sentence, scored: s } of stating) {
        if (!sameName(c, m) || sentence !== s.evidence.sentence || s.evidence.coverage < contradictionThreshold || compatibleHeads(c, m) || s.evidence.coverage < holderCoverage) continue;
        // A source title without its body (« chief executive Werner Seifert ») replaces the claim's title only, the body kept.
        const whole = m.complement !== undefined && m.complement.start > m.head.start;
        const claimSpan = whole ? roleSpan(c) : c.head;
        const sourceSpan = whole ? roleSpan(m) : m.head;
        // Which of the two the writer got wrong, the name or the title, the corpus does not say: no fix.
        return { scored: s, sentence, claimStart: claimSpan.start, claimEnd: claimSpan.end, sourceText: sentence.text.slice(sourceSpan.start, sourceSpan.end), noFix: true };
      }
    }
    if (found.some(({ mention: m }) => sameName(c, m) && sameHead(c, m) && compatibleComplements(c, m))) continue;
    // The claim's name holds the claim's title for another body in the corpus ("Rosneft chief Sergei Bogdanchikov"
    // for "Gazprom chief Sergei Bogdanchikov") while another name holds it for the claim's body: the passage that
    // states the rest of the claim (its common words, in the sentence itself) says which is wrong. When one that
    // states them at least as fully has the claim's name, the name is right (the body may be wrong: left to the
    // attribution check).
    const titledElsewhere = found.some(({ mention: m }) => sameName(c, m) && sameHead(c, m));
    const namedBy = (s: Scored) => found.some(({ mention: o, sentence }) => sameName(c, o) && sentence === s.evidence.sentence);
    // The claim's common words outside its role mention: what the claim says the person did.
    const rest = analysis.words.filter((w) => !w.isName && (w.end <= Math.min(c.name.start, roleSpan(c).start) || w.start >= Math.max(c.name.end, roleSpan(c).end)));
    const restStated = (s: Scored) => rest.filter((w) => s.wordsInSentence.has(w)).length;
    // A title the corpus gives to several people (« le ministre de l'Intérieur Gérard Collomb », « … Christophe
    // Castaner »: one after the other) names no one person in the claim's slot: which one is right, the time decides.
    const holders = new Set(found.filter(({ mention: o }) => !claimNames.has(o.name.key) && sameHead(c, o) && sameComplement(c, o)).map(({ mention: o }) => o.name.key));
    if (holders.size > 1) continue;
    for (const { mention: m, sentence, scored: s } of stating) {
      if (s.coverageBesideNames < personCoverage) continue;
      if (!sameName(c, m) && !claimNames.has(m.name.key) && sameHead(c, m) && sameComplement(c, m)) {
        if (titledElsewhere && stating.some(({ scored: o }) => restStated(o) >= restStated(s) && namedBy(o))) break;
        // "Leader" is written for a party's chairman, president or head alike ("UKIP leader X" where the source says
        // "UKIP's chairman X" and "UKIP leader Y"): it names no one office whose holder the claim would have wrong.
        if (fold(c.head.text.toLowerCase()) === 'leader') break;
        // The claim's name written with a near title (« assistant director ») in the documents read: the title is wrong, not the person (ownTitle.ts).
        const near = nearTitleConflict(claimText, c, scored);
        if (near) return near;
        // A passage that states the claim's predicate with the claim's person: the title is wrong, not the person (predicateHolder.ts).
        const byPerson = personTitleConflict(c, sentence, rest, analysis, scored, found);
        if (byPerson) return byPerson;
        return { scored: s, sentence, claimStart: c.name.start, claimEnd: c.name.end, sourceText: m.name.text };
      }
    }
  }
  // Another title for the claim's person in the passage that states the rest of the claim (otherTitle.ts).
  return otherTitleConflict(claimText, analysis, claimRoles, scored) ?? ledBodyConflict(claimText, analysis, scored);
}

/**
 * The claim's title in conflict, not its person, when a passage names the claim's person and states the claim's
 * predicate (`rest`: its words outside the role mention) at least as fully as `other`, the sentence that gives the
 * claim's title to someone else, states it (see {@link personStatingPredicate}). The fix writes the person's title in that
 * passage over the claim's whole title ("governor of the central bank" → "finance minister"); no fix when the
 * passage writes the person with no title the role reader knows (then the conflict quotes the passage).
 */
function personTitleConflict(c: RoleMention, other: Sentence, rest: readonly ClaimWord[], analysis: ClaimAnalysis, scored: readonly Scored[], found: readonly { mention: RoleMention; sentence: Sentence }[]): RoleConflict | undefined {
  const nameWords = analysis.words.filter((w) => w.isName && w.start >= c.name.start && w.end <= c.name.end);
  if (nameWords.length === 0) return undefined;
  const stated = (s: Scored) => rest.filter((w) => s.wordsInSentence.has(w)).length;
  const candidates = scored.filter((s) => s.evidence.sentence !== other && s.conflicts.length === 0 && s.negated === s.claimNegated);
  const otherStated = Math.max(0, ...scored.filter((s) => s.evidence.sentence === other).map(stated));
  const person = personStatingPredicate(candidates, otherStated, (s) => nameWords.every((w) => s.wordsInSentence.has(w)), stated, rest.length);
  if (!person) return undefined;
  const sentence = person.evidence.sentence;
  const span = roleSpan(c);
  const own = found.find(({ mention: m, sentence: x }) => x === sentence && sameName(c, m));
  // The person written without a title the role reader knows: the passage itself is what the source says.
  if (!own) return { scored: person, sentence, claimStart: span.start, claimEnd: span.end, sourceText: sentence.text, noFix: true };
  const ownSpan = roleSpan(own.mention);
  return { scored: person, sentence, claimStart: span.start, claimEnd: span.end, sourceText: sentence.text.slice(ownSpan.start, ownSpan.end) };
}

/**
 * The claim's title fixed with the near title the documents read write beside the claim's name ("Reza Moghadam,
 * assistant director of …" for the claim's "Reza Moghadam, director of …"; see {@link nearTitleOfName}): the
 * source's title replaces the claim's title noun. Undefined when no sentence writes the name so, or the claim
 * writes that title itself.
 */
function nearTitleConflict(claimText: string, c: RoleMention, scored: readonly Scored[]): RoleConflict | undefined {
  const title = claimText.slice(c.head.start, c.head.end);
  for (const doc of new Set(scored.map((x) => x.evidence.doc))) {
    const near = nearTitleOfName(claimText.slice(c.name.start, c.name.end), title, doc.sentences.map((x) => x.text));
    if (!near || claimText.toLowerCase().includes(near.text.toLowerCase())) continue;
    // The near title of another body (« président adjoint de la Chambre des métiers » for the claim's « président du
    // Syndicat des meuniers »): not the claim's title mistaken, another post; the title noun alone is no fix (ownTitle.ts).
    if (titlesOfOtherBodies(claimText.slice(c.head.end), doc.sentences[near.index].text.slice(near.end))) continue;
    const sentence = doc.sentences[near.index];
    // The same with bodies before the titles ("Kestrel deputy chief executive" for the claim's "Norland chief executive"): titleHeldByOther.ts.
    if (rolesOf(sentence, doc.lang).some((m) => sameName(c, m) && bodiesBeforeDiffer(c, m))) continue;
    const s = scored.find((x) => x.evidence.doc === doc && x.evidence.sentence === sentence) ?? scored.find((x) => x.evidence.doc === doc)!;
    return { scored: s, sentence, claimStart: c.head.start, claimEnd: c.head.end, sourceText: near.text };
  }
  return undefined;
}

/**
 * Another body led by the claim's person (ledBody.ts): the claim says the person leads a body (« X, à la tête de
 * FO pénitentiaire », "X chairs the Kestrel Trust") and the passages that state the rest of the claim give the
 * person another body to lead. The source's body replaces the claim's when both are written alike (both after
 * « de », or neither).
 */
function ledBodyConflict(claimText: string, analysis: ClaimAnalysis, scored: Scored[]): RoleConflict | undefined {
  if (ledBodies(claimText, analysis.lang).length === 0) return undefined;
  const sightings = (sentence: Sentence, doc: CorpusDocument) => [
    ...ledBodies(sentence.text, doc.lang),
    ...rolesOf(sentence, doc.lang).flatMap((m) => bodyOfTitle(m, sentence.text, doc.lang) ?? []),
  ];
  const stating: LedSighting<Scored>[] = [];
  for (const s of [...scored].sort(byCoverage)) {
    if (s.coverageBesideNames < roleCoverage || s.conflicts.length > 0 || s.evidence.coverage < contradictionThreshold) continue;
    for (const led of sightings(s.evidence.sentence, s.evidence.doc)) stating.push({ led, sentence: s, text: s.evidence.sentence.text, lang: s.evidence.doc.lang });
  }
  if (stating.length === 0) return undefined;
  const elsewhere: LedSighting<unknown>[] = [];
  for (const doc of new Set(scored.map((s) => s.evidence.doc))) for (const sentence of doc.sentences) for (const led of sightings(sentence, doc)) elsewhere.push({ led, sentence, text: sentence.text, lang: doc.lang });
  const found = findOtherLedBody({ text: claimText, lang: analysis.lang }, stating, elsewhere);
  if (!found) return undefined;
  const linked = (t: string) => /^(?:de|du|des|d['’])/iu.test(t);
  const s = found.source.sentence;
  // A title's English "of" is no part of the body a verb leads ("heads the X" for "chief executive of the Y").
  const sourceText = found.source.led.body.text.replace(/^of\s+(?=\S)/iu, '');
  return { scored: s, sentence: s.evidence.sentence, claimStart: found.claim.body.start, claimEnd: found.claim.body.end, sourceText, ...(linked(found.claim.body.text) === linked(sourceText) ? {} : { noFix: true }) };
}

/**
 * The role conflict of {@link findOtherTitle}: the passages that state the rest of the claim (its words besides
 * names, with no value against it) give the claim's person another title, and no sentence of the documents read
 * gives the person the claim's.
 */
function otherTitleConflict(claimText: string, analysis: ClaimAnalysis, claimRoles: RoleMention[], scored: Scored[]): RoleConflict | undefined {
  const stating: TitleSighting<Scored>[] = [];
  for (const s of [...scored].sort(byCoverage)) {
    if (s.coverageBesideNames < roleCoverage || s.conflicts.length > 0 || s.evidence.coverage < contradictionThreshold) continue;
    const sentence = s.evidence.sentence;
    for (const mention of rolesOf(sentence, s.evidence.doc.lang)) stating.push({ mention, sentence: s, text: sentence.text, lang: s.evidence.doc.lang });
  }
  if (stating.length === 0) return undefined;
  const elsewhere: TitleSighting<unknown>[] = [];
  for (const doc of new Set(scored.map((s) => s.evidence.doc))) {
    for (const sentence of doc.sentences) for (const mention of rolesOf(sentence, doc.lang)) elsewhere.push({ mention, sentence, text: sentence.text, lang: doc.lang });
  }
  const found = findOtherTitle({ text: claimText, lang: analysis.lang, roles: claimRoles, heldByOther: titleHolderStatingAsFully(analysis.lang, scored, roleCoverage, rolesOf) }, stating, elsewhere);
  if (!found) {
    // The claim's title held by another name in the passage, the claim's name holding it elsewhere at another body.
    const names = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
    const held = findTitleHolder({ text: claimText, lang: analysis.lang, roles: claimRoles, names }, stating, elsewhere);
    if (!held) return undefined;
    const h = held.sighting.sentence;
    return { scored: h, sentence: h.evidence.sentence, claimStart: held.claim.name.start, claimEnd: held.claim.name.end, sourceText: held.sighting.mention.name.text };
  }
  const s = found.sighting.sentence;
  return { scored: s, sentence: s.evidence.sentence, claimStart: found.claimStart, claimEnd: found.claimEnd, sourceText: found.sourceText, ...(found.fixable ? {} : { noFix: true }) };
}

/** Share of the claim's words besides names a passage must state for another holder in it to be the claim fact's. */
const holderRestShare = 0.75;

/**
 * Another holder of the claim's fact (see {@link otherSubjectIn}) in a passage that states the claim's figures
 * with none against them, the claim's polarity and {@link holderRestShare} of its other words. None when any
 * passage's own sentence writes the claim's opening name with most of the rest of the claim (the sources give the
 * fact to the claim's holder, or disagree: unsure).
 */
function findSubjectHolder(claimText: string, analysis: ClaimAnalysis, scored: Scored[], kindOf?: (name: string) => string | undefined): (OtherSubject & { scored: Scored }) | undefined {
  for (const s of [...scored].sort(byCoverage)) {
    if (s.conflicts.length > 0 || s.negated !== s.claimNegated || s.coverageBesideNames < holderRestShare || s.evidence.coverage < contradictionThreshold) continue;
    const inSentence = (w: ClaimWord) => s.wordsInSentence.has(w);
    // The subject described between commas, in the claim and in the passage, is aligned by the sentence's shape (appositiveSubject.ts).
    const found = otherSubjectIn(claimText, analysis.lang, analysis.words, s.evidence.sentence.text, s.evidence.doc.lang, inSentence) ?? otherSubjectBeforeApposition(claimText, analysis.lang, analysis.words, s.evidence.sentence.text, s.evidence.doc.lang, inSentence) ??
      // The claim's quoted words given to another speaker (quoteSpeaker.ts).
      otherSpeakerOfQuote(claimText, analysis.lang, analysis.words, s.evidence.sentence.text, s.evidence.doc.lang, inSentence);
    if (!found || holdersOfOtherKinds(claimText.slice(found.claimStart, found.claimEnd), found.sourceText, kindOf)) continue;
    const subject = analysis.words.filter((w) => w.start >= found.claimStart && w.end <= found.claimEnd);
    const rest = analysis.words.filter((w) => w.start >= found.claimEnd);
    const statesHolder = scored.some((o) => subject.every((w) => o.wordsInSentence.has(w)) && rest.filter((w) => o.wordsInSentence.has(w)).length >= rest.length / 2);
    if (statesHolder) return undefined;
    return { ...found, scored: s };
  }
  return undefined;
}

/** Between a name and its title, the verb that makes the title the claim's predicate (« est le », "is the", « était »). */
const COPULA = /^,?\s+(?:is|was|has been|had been|will be|remains|est|était|etait|sera|a été|reste|demeure)\s+(?:(?:the|a|an|le|la|l['’]|un|une)\s*)?(?:(?:new|former|current|nouveau|nouvelle|ancien|ancienne|actuel|actuelle)\s+)?$/iu;

/**
 * Whether a claim whose predicate is a title (see {@link COPULA}) has it stated: a passage among `supports`, or a
 * sentence next to one, gives the claim's name a title compatible with the claim's (see compatibleHeads). True
 * for a claim whose predicate is no title.
 */
function titleStated(claimText: string, analysis: ClaimAnalysis, supports: readonly Scored[]): boolean {
  const titles = roleMentions(claimText, analysis.lang).filter((m) => m.name.end <= m.head.start && COPULA.test(claimText.slice(m.name.end, m.head.start)));
  if (titles.length === 0) return true;
  return titles.every((c) =>
    supports.some((s) => {
      const doc = s.evidence.doc;
      const around = [s.evidence.sentence, ...sentencesAround(doc, s.evidence.sentence, 1, 1)];
      if (around.some((sentence) => rolesOf(sentence, doc.lang).some((m) => sameName(c, m) && compatibleHeads(c, m)))) return true;
      // Where the title is written in a way the role reader does not pair with the name (« Le président de
      // Lubrizol France, Frédéric Henry, »), its words with the name: the title's noun in the passage or next to it,
      // the name in the passage or in that sentence.
      const named = (sentence: Sentence) => viewOf(sentence, doc).terms.has(c.name.key) || tokenize(sentence.text).some((t) => t.norm === c.name.key);
      return around.some((sentence) => c.head.stems.every((t) => viewOf(sentence, doc).terms.has(t)) && (named(sentence) || named(s.evidence.sentence)));
    }),
  );
}

/** Whether the content words right after a claim value (its verb: « ont été hospitalisées ») are said after a source value too. */
function predicateShared(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  const after = (text: string, q: Quantity, lang: Lang) => termsOf(text.slice(q.end, q.end + 50).split(/[,;:.()]/)[0], lang).filter((term) => !/^\d/.test(term));
  const claimTerms = after(claimText, claim, claimLang);
  const sourceTerms = new Set(after(sourceText, source, sourceLang));
  return claimTerms.some((term) => sourceTerms.has(term));
}

/**
 * Whether a claim count with no noun of its own (« … et douze ont été hospitalisées ») and a source count of a noun
 * named before (« Huit d'entre elles ont été hospitalisées », "five of them were") count the same thing: every
 * content word the claim says right after its count (its verb) is said right after the source's. The two are then
 * one fact whatever the words of the claim's other clause, which its frame also reads.
 */
function sameElidedCount(claimText: string, claim: Quantity, claimLang: Lang, sourceText: string, source: Quantity, sourceLang: Lang): boolean {
  if (!source.partitive || claim.unit !== undefined || claim.kind !== 'number' || source.kind !== 'number') return false;
  const after = (text: string, q: Quantity, lang: Lang) => termsOf(text.slice(q.end, q.end + 50).split(/[,;:.()]/)[0], lang).filter((term) => !/^\d/.test(term));
  const claimTerms = after(claimText, claim, claimLang).slice(0, 3);
  const sourceTerms = new Set(after(sourceText, source, sourceLang));
  return claimTerms.length > 0 && claimTerms.every((term) => sourceTerms.has(term));
}

/** Whether neither complement's words are all in the other's (« gendarmerie nationale », « police nationale »). */
function differsIn(a: RoleMention, b: RoleMention): boolean {
  const x = a.complement?.stems ?? [];
  const y = b.complement?.stems ?? [];
  return x.some((t) => !y.includes(t)) && y.some((t) => !x.includes(t));
}

/** The length of the linking words and articles a complement starts with (« du », "of the"). */
function leadingLinks(complement: string): number {
  // Without the space after the last link word: the claim's and the source's spans end at a word.
  return /^(?:(?:de|du|des|d['’]|à|au|aux|of|for|at|the|la|le|les|l['’])(?:\s+|(?<=['’])))*/iu.exec(complement)?.[0].trimEnd().length ?? 0;
}

/** Ordinal words and their rank (last: -1). */
const ORDINAL_RANKS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: -1,
  premier: 1, premiere: 1, deuxieme: 2, seconde: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, sixieme: 6, septieme: 7, huitieme: 8,
  neuvieme: 9, dixieme: 10, dernier: -1, derniere: -1,
};

const ORDINAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${Object.keys(ORDINAL_RANKS).join('|')}|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernière)(?:-(\p{L}+)|\s+(?:(?:de|des|du|of|in)\s+)?([\p{L}'’-]+))`,
  'giu',
);

interface Ordinal {
  start: number;
  end: number;
  text: string;
  rank: number;
  /** What is ranked: the stem of the word the ordinal qualifies ("oscar", "adjoint", "largest"). */
  key: string;
  /** A superlative with no ordinal ("the largest"): first, as written without the ordinal word. */
  implicit?: boolean;
}

/**
 * Superlatives that rank first when no ordinal is written before them ("the largest", "Britain's biggest"). Not
 * "best" or "worst": they name award categories ("the best actress Oscar", "her second best actress award").
 */
const SUPERLATIVE = /(?<=(?:\bthe|['’]s|\bits|\btheir)\s+)(largest|biggest|greatest|highest|lowest|oldest|youngest|smallest|richest|poorest|busiest|longest|fastest|strongest|deadliest)(?![\p{L}-])/giu;

/** The superlatives of an English text with no ordinal before them: rank 1 of what they qualify (see {@link Ordinal.implicit}). */
function implicitFirsts(text: string, lang: Lang): Ordinal[] {
  if (lang !== 'en') return [];
  return [...text.matchAll(SUPERLATIVE)].map((m) => ({ start: m.index, end: m.index + m[1].length, text: m[1], rank: 1, key: stem(m[1].toLowerCase(), lang), implicit: true }));
}

/** The ordinals of a text with what each ranks (« deuxième adjointe », "second-largest", "his first Oscar"). */
function ordinalsOf(text: string, lang: Lang): Ordinal[] {
  const found: Ordinal[] = [];
  for (const match of text.matchAll(ORDINAL)) {
    const word = match[1];
    // « Premier ministre », « Premier League »: a capitalised ordinal is part of a title or a name.
    if (word[0] !== word[0].toLowerCase() && match.index > 0 && !/[.!?]\s*$/.test(text.slice(0, match.index))) continue;
    const ranked = match[2] ?? match[3];
    found.push({ start: match.index, end: match.index + word.length, text: word, rank: ORDINAL_RANKS[fold(word)], key: stem(ranked.toLowerCase(), lang) });
  }
  // And ranks written as a number ("world number two", « numéro un »: rankNumbers.ts).
  found.push(...numberRanksOf(text, lang));
  return found;
}

/**
 * An ordinal conflict: the passage that states the claim (its names found, ≥ {@link supportThreshold} of it)
 * ranks the same thing otherwise ("his second Oscar for best director" where the claim says "first"), and
 * nowhere with the claim's rank. The fix writes the source's ordinal word. No `source` when the passage's only other
 * ranks are other holders' of a list whose figure for the claim's holder is not the claim's rank: the claim is unsure.
 */
function findOrdinalConflict(claimText: string, analysis: ClaimAnalysis, scored: Scored[]): { scored: Scored; claim: Ordinal; source?: Ordinal } | undefined {
  const claimOrdinals = [...ordinalsOf(claimText, analysis.lang), ...implicitFirsts(claimText, analysis.lang)];
  if (claimOrdinals.length === 0) return undefined;
  // A rank changes with time (« le premier anniversaire » in 2019, « le deuxième » in 2020): a passage that does not
  // state the claim's own date or year may tell another time's.
  const times = analysis.quantities.filter((q) => q.kind === 'year' || q.kind === 'date');
  const stating = scored.filter((s) => s.namesCovered && s.evidence.coverage >= supportThreshold && s.conflicts.length === 0).sort(byCoverage);
  const statingItsTime = stating.filter((s) => times.every((t) => s.matched.includes(t)));
  for (const c of claimOrdinals) {
    // « le premier bilan » and « le dernier bilan » are two tolls of two times, not two ranks (see casualties.ts).
    if (isTollRank(c.key)) continue;
    // « une première explosion …, suivie d'une seconde »: the claim orders its own events (sequenceOrdinals.ts).
    if (ordersOwnEvents(claimText, c.start, c.rank, ORDINAL_RANKS)) continue;
    const sameKey = (o: Ordinal) => o.key === c.key;
    if (stating.some((s) => [...ordinalsOf(s.evidence.sentence.text, s.evidence.doc.lang), ...implicitFirsts(s.evidence.sentence.text, s.evidence.doc.lang)].some((o) => sameKey(o) && o.rank === c.rank))) continue;
    for (const s of statingItsTime) {
      if (s.evidence.doc.lang !== analysis.lang) continue;
      const sourceText = s.evidence.sentence.text;
      const ranks = ordinalsOf(sourceText, s.evidence.doc.lang).filter((o) => sameKey(o) && o.rank !== c.rank && comparableRanks(c.rank, o.rank) && !namesSomeoneElse(sourceText, o.start, analysis));
      // A rank a list gives another holder is no fix; the claim's holder's own figure in the list ("at seven") states its rank, or leaves it unsure (listedHolder.ts).
      const ownValues = (o: Ordinal) => ownListedValues({ text: claimText, quantities: analysis.quantities, at: c.start }, { text: sourceText, quantities: s.view.quantities, start: o.start, end: o.end, kind: 'number' });
      const other = ranks.find((o) => ownValues(o) === undefined);
      if (!other && ranks.some((o) => !ownValues(o)!.some((v) => v.value === c.rank))) return { scored: s, claim: c };
      // "the largest" where the source says "the second-largest": the source's ordinal joined to the claim's superlative.
      // A fix never writes a word the claim already uses for another slot (sequenceOrdinals.ts).
      if (other && !writesWordElsewhere(claimText, c.start, other.text)) return { scored: s, claim: c, source: { ...other, text: c.implicit ? `${other.text.toLowerCase()}-${c.text}` : matchCaseOf(other.text, c.text) } };
    }
  }
  return undefined;
}

/** A word written with the case of another (« Second » where the claim wrote « Third »). */
function matchCaseOf(word: string, like: string): string {
  return like[0] !== like[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word[0].toLowerCase() + word.slice(1);
}

/**
 * Whether the clause of a source sentence before `offset` names someone the claim does not, and none of the
 * claim's names: then what follows is about them ("Winslet said she was ecstatic about the fourth Oscar
 * nomination" is no rank of Staunton's).
 */
function namesSomeoneElse(text: string, offset: number, analysis: ClaimAnalysis): boolean {
  const clause = clauseAround(text, offset, offset);
  const claimNames = new Set(analysis.words.filter((w) => w.isName).map((w) => w.norm));
  const names = tokenize(text.slice(clause.start, offset)).filter((t) => t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase() && !isFunctionWord(t.norm)).map((t) => t.norm);
  return names.some((n) => !claimNames.has(n)) && !names.some((n) => claimNames.has(n));
}

/** Whether two quantities state the same value; durations in different units are compared in days (« cinq mois » is not « cinq ans »). */
function sameValue(claim: Quantity, source: Quantity): boolean {
  const a = durationDays(claim);
  const b = durationDays(source);
  if (a === undefined || b === undefined || claim.unit === source.unit) return sameQuantity(claim, source);
  // A month or a year has no one length: durations whose spans of days meet are one (« 90 jours », « trois mois »: durationRanges.ts).
  return sameQuantity({ ...claim, value: a }, { ...source, value: b }) || compareDurations(claim, source) === 'same';
}

/** The claim's name words as written (for {@link valueOfSameHolder}). */
function claimNameTexts(analysis: ClaimAnalysis): string[] {
  return analysis.words.filter((w) => w.isName).map((w) => w.text);
}

/** Share of the frame that aligns two fronted times (« En 2014, … » and « En 2016, … »): their frame is the whole clause. */
const frontedShare = 0.45;

/**
 * A time written first and set off by a comma (« En 2014, le Conseil d'État a… », "In 2003, …") dates the whole
 * clause that follows: no word near it governs it. When the claim and the source both front their time, the
 * alignment of the clause's words decides, without an anchor.
 */
function frontedTimes(claimText: string, claim: Quantity, sourceText: string, source: Quantity, alignment: Alignment): Alignment {
  if (alignment.anchored || (claim.kind !== 'year' && claim.kind !== 'date') || claim.kind !== source.kind) return alignment;
  return isFronted(claimText, claim) && isFronted(sourceText, source) && alignment.share >= frontedShare ? { ...alignment, anchored: true } : alignment;
}


const documentTerms = new WeakMap<CorpusDocument, Set<string>>();

/** The terms of every sentence of a document (cached). */
function termsOfDocument(doc: CorpusDocument): Set<string> {
  let terms = documentTerms.get(doc);
  if (!terms) {
    terms = new Set(doc.sentences.flatMap((s) => [...viewOf(s, doc).terms]));
    documentTerms.set(doc, terms);
  }
  return terms;
}

/** « Selon X », « d'après X », "according to X": the words of the name that follows, up to the next comma. */
const ATTRIBUTION = /(?:^|[\s,;(«"])(?:selon|d['’]après|according to|cité par|quoted by)\s+([^,;:.()]{1,60})/giu;

const epithetCache = new WeakMap<ClaimAnalysis, Set<ClaimWord>>();

/** The claim's name words inside its opening epithet subject (epithetSubject.ts), read once per claim. */
function epithetWords(claimText: string, analysis: ClaimAnalysis): Set<ClaimWord> {
  let words = epithetCache.get(analysis);
  if (!words) {
    const spans = epithetNameSpans(claimText, analysis.lang);
    words = new Set(analysis.words.filter((w) => w.isName && spans.some(([start, end]) => w.start >= start && w.end <= end)));
    epithetCache.set(analysis, words);
  }
  return words;
}

const attributedCache = new WeakMap<ClaimAnalysis, Set<ClaimWord>>();

/** The claim's name words that say whom the claim reports (see {@link ATTRIBUTION}). */
function attributedWords(claimText: string, analysis: ClaimAnalysis): Set<ClaimWord> {
  let words = attributedCache.get(analysis);
  if (!words) {
    words = new Set();
    for (const match of claimText.matchAll(ATTRIBUTION)) {
      const from = match.index + match[0].length - match[1].length;
      const to = match.index + match[0].length;
      for (const w of analysis.words) if (w.isName && w.start >= from && w.end <= to) words.add(w);
    }
    attributedCache.set(analysis, words);
  }
  return words;
}

/**
 * Whether a claim name word missing near the passage belongs to a name the passage writes short: another word
 * of the same name phrase is in the passage or next to it ("United" for "Manchester United", "Mr Glazer" for
 * "Malcolm Glazer") and the article writes the whole name elsewhere (the short form refers back to it).
 */
function shortFormOf(word: ClaimWord, analysis: ClaimAnalysis, view: PassageView, context: ReadonlySet<string>, doc: CorpusDocument): boolean {
  const phrase = namePhraseAround(word, analysis);
  if (phrase.length < 2 || !phrase.some((w) => w !== word && (found(w, view.terms) || found(w, context)))) return false;
  return found(word, termsOfDocument(doc));
}

/** Between two names, the few words that place one by the other ("Arese, near Milan", « Millas, près de Perpignan », "Erewash in Derbyshire"). */
const PLACED_BESIDE = /^[\s,(]*(?:(?:near|outside|in|at|close to|north of|south of|east of|west of|près de|près d['’]|à|en|dans|non loin de|au nord de|au sud de|à l['’]est de|à l['’]ouest de)\s*)?$/iu;

/**
 * Whether a claim name missing near the passage places another name of the claim that the passage or its context has,
 * as the article places it: the claim writes the two names a few placing words apart ("ending engine production at
 * Arese, near Milan"), and some sentence of the article writes them so too ("the plant at Arese near Milan"). The
 * passage speaks of the first name ("the Arese plant", "the facility"); the second only says where it is.
 */
function placedBesideInArticle(word: ClaimWord, analysis: ClaimAnalysis, claimText: string, view: PassageView, context: ReadonlySet<string>, doc: CorpusDocument): boolean {
  const names = analysis.words.filter((w) => w.isName);
  const at = names.indexOf(word);
  const placed = names[at - 1];
  if (!placed || placed.end >= word.start || !PLACED_BESIDE.test(claimText.slice(placed.end, word.start)) || /^\s*$/.test(claimText.slice(placed.end, word.start))) return false;
  if (!found(placed, view.terms) && !found(placed, context)) return false;
  return doc.sentences.some((sentence) => {
    const tokens = tokenize(sentence.text).filter((t) => t.kind === 'word');
    return tokens.some((t, i) => t.norm === placed.norm && tokens.slice(i + 1, i + 4).some((u) => u.norm === word.norm && PLACED_BESIDE.test(sentence.text.slice(t.end, u.start))));
  });
}

/** The name that opens the claim, within its first four words (« Paul Jacquet a affirmé… »): who the claim is about; empty when none. */
function subjectOf(analysis: ClaimAnalysis): ClaimWord[] {
  const first = analysis.words[0];
  const opening = analysis.words.find((w) => w.isName);
  if (!first || !opening || analysis.words.indexOf(opening) > 3) return [];
  return namePhraseAround(opening, analysis);
}

/** Whether a passage's sentence has some words of a name but not the others (those only a sentence away, if at all). */
function partlyNamed(name: readonly ClaimWord[], s: Scored): boolean {
  const outside = name.filter((w) => s.namesOutsideSentence.includes(w));
  return outside.length > 0 && outside.length < name.length;
}

/**
 * Whether a claim name word is a first name the article leaves out: the name's last word is in the passage after a
 * title (« M. Sarkozy », "Mr Khodorkovsky") and the article never writes the word (« Nicolas Sarkozy »).
 */
function firstNameOf(word: ClaimWord, analysis: ClaimAnalysis, passage: string, doc: CorpusDocument): boolean {
  const phrase = namePhraseAround(word, analysis);
  const last = phrase[phrase.length - 1];
  if (phrase.length < 2 || word === last) return false;
  if (!afterTitle(last.text, passage)) return false;
  let terms = documentTerms.get(doc);
  if (!terms) {
    terms = new Set(doc.sentences.flatMap((s) => [...viewOf(s, doc).terms]));
    documentTerms.set(doc, terms);
  }
  return !found(word, terms);
}

/**
 * Another month of the claim's year for the claim's fact: the claim dates its fact by a month and a year ("collapsed
 * in June 2002"), the passage states the same fact in the same year with another month ("saw the firm collapse in
 * July 2002"): the two dates, of month precision (see {@link monthOfYear}), conflict. As for any time, only in a
 * passage that states the claim's other figures, with the same polarity, aligned words, the same fact and subject.
 */
function monthConflict(
  claimText: string,
  q: Quantity,
  analysis: ClaimAnalysis,
  doc: CorpusDocument,
  sentence: Sentence,
  view: PassageView,
  weight: (word: ClaimWord) => number,
): { claim: Quantity; source: Quantity } | undefined {
  const claimDate = monthOfYear(claimText, q);
  if (!claimDate) return undefined;
  const others = analysis.quantities.filter((o) => o !== q && isCheckable(o) && o.kind !== 'date' && o.kind !== 'year');
  if (!others.every((o) => view.quantities.some((s) => sameQuantity(o, s) || sameValueUnitUnwritten(o, s)))) return undefined;
  const claimNegated = isNegated(polarityText(claimText, q.start, q.end), analysis.lang);
  const frame = claimFrame(claimText, q, analysis);
  const claimContext = valueContext(claimText, q, analysis.quantities, analysis.lang);
  for (const s of view.quantities) {
    if (s.kind !== 'year' || s.value !== q.value) continue;
    const sourceDate = monthOfYear(sentence.text, s);
    if (!sourceDate || sourceDate.date!.month === claimDate.date!.month) continue;
    if (isNegated(polarityText(sentence.text, s.start, s.end), doc.lang) !== claimNegated) continue;
    const window = sourceWindow(sentence.text, s, doc.lang);
    if (!isAligned(frontedTimes(claimText, q, sentence.text, s, align(frame, window, weight)))) continue;
    if (!sameFact(claimContext, frame.words, valueContext(sentence.text, s, view.quantities, doc.lang), { window })) continue;
    if (!sameSubject(claimText, q, analysis, sentence.text, s, view.quantities) || !subjectFound(claimText, q, analysis, sentence.text, antecedentsOf(doc, sentence), doc.lang)) continue;
    return { claim: claimDate, source: sourceDate };
  }
  return undefined;
}

const monthsCache = new WeakMap<ClaimAnalysis, Map<number, number>>();

/** The claim words that are the month of a month and year the claim writes ("June 2002"): start offset → year. */
function monthsOfYears(claimText: string, analysis: ClaimAnalysis): Map<number, number> {
  let months = monthsCache.get(analysis);
  if (!months) {
    months = new Map();
    for (const q of analysis.quantities) {
      if (q.kind !== 'year' || !monthBefore(claimText, q)) continue;
      const word = analysis.words.filter((w) => w.end <= q.start && MONTH_WORDS.has(w.norm)).pop();
      if (word) months.set(word.start, q.value);
    }
    monthsCache.set(analysis, months);
  }
  return months;
}

/** The folded month name written right before a year ("July 2004", « mai 2008 »), if any. */
function monthBefore(text: string, q: Quantity): string | undefined {
  const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, q.start - 16), q.start))?.[1];
  return word !== undefined && MONTH_WORDS.has(fold(word)) ? fold(word) : undefined;
}

/** Whether a passage writes a surname after a title (« M. Sarkozy », "Mr Khodorkovsky", "the EIU's Mr Hensel"). */
/** Whether a passage names the claim's subject (`name`, two words or more) by its last word alone, after a title (« M. Leclerc »). */
function surnameAfterTitle(name: readonly ClaimWord[], s: Scored): boolean {
  const last = name[name.length - 1];
  return name.length >= 2 && !s.namesOutsideSentence.includes(last) && name.slice(0, -1).every((w) => s.namesOutsideSentence.includes(w)) && afterTitle(last.text, s.evidence.sentence.text);
}

function afterTitle(surname: string, passage: string): boolean {
  return new RegExp(`(?:^|[\\s(«"“])(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Me|Pr)\\.?\\s+${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(passage);
}

/** Link words skipped in the initials of a name (« Autorité de sûreté nucléaire » → ASN). */
const INITIAL_LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'of', 'the', 'and', 'et', 'for', 'pour']);

/**
 * Whether a claim name is written in the passage by its initials: the name word and the words after it (link
 * words aside, up to a punctuation mark, five at most) start with the letters of a word the passage writes in
 * capitals (« Journal officiel » for « JO », « Autorité de sûreté nucléaire » for « ASN »).
 */
function initialsIn(word: ClaimWord, claimText: string, names: ReadonlyMap<string, string>): boolean {
  const rest = claimText.slice(word.start);
  const words = (/^[^,;:.()«»"]*/u.exec(rest)?.[0] ?? '').split(/[\s'’]+/u).filter((w) => w && !INITIAL_LINKS.has(w.toLowerCase()));
  for (let n = 2; n <= Math.min(5, words.length); n++) {
    const initials = words.slice(0, n).map((w) => w[0].toUpperCase()).join('');
    const original = names.get(fold(initials));
    if (original && original === initials) return true;
  }
  return false;
}

/**
 * Whether a claim name written in capitals (« RD », « IGPN ») is spelled out in the passage or the sentences around
 * it: a run of words of three letters or more, link words aside, whose initials are its letters (« route
 * départementale », « Inspection générale de la police nationale »). Two letters say little: the word after the run
 * must then be the one after the name in the claim (« RD 62 » and « route départementale 62 »).
 */
function spelledOutNear(word: ClaimWord, claimText: string, doc: CorpusDocument, sentence: Sentence): boolean {
  const letters = word.text;
  if (!/^\p{Lu}{2,5}$/u.test(letters)) return false;
  const next = /^\s+([\p{L}\p{N}]+)/u.exec(claimText.slice(word.end))?.[1];
  if (letters.length === 2 && !next) return false;
  return [sentence, ...sentencesAround(doc, sentence, 2, 1)].some((other) => {
    const words = tokenize(other.text).filter((t) => t.kind === 'word' || t.kind === 'number');
    const texts = words.map((w) => w.text);
    for (let i = 0; i < words.length; i++) {
      // Link words may give letters too (« JDD », « Journal du Dimanche »: acronyms.ts).
      if (spellsAcronymAt(letters, texts, i)) return true;
      let k = i;
      let matched = 0;
      while (k < words.length && matched < letters.length) {
        const w = words[k];
        if (matched > 0 && INITIAL_LINKS.has(w.norm)) {
          k++;
          continue;
        }
        if (w.kind !== 'word' || w.text.length < 3 || fold(w.text[0]) !== fold(letters[matched])) break;
        matched++;
        k++;
      }
      if (matched === letters.length && (letters.length > 2 || words[k]?.text === next)) return true;
    }
    return false;
  });
}

/** The claim's name words adjacent to `word` (its name phrase: "Manchester United"). */
function namePhraseAround(word: ClaimWord, analysis: ClaimAnalysis): ClaimWord[] {
  const names = analysis.words.filter((w) => w.isName);
  const at = names.indexOf(word);
  let first = at;
  let last = at;
  while (first > 0 && names[first].start - names[first - 1].end <= 1) first--;
  while (last + 1 < names.length && names[last + 1].start - names[last].end <= 1) last++;
  return names.slice(first, last + 1);
}

/** Sentences before a passage in which the year it leaves unwritten is sought. */
const NARRATIVE_REACH = 6;

/** The last year written in the nearest of the {@link NARRATIVE_REACH} sentences before a passage that writes one. */
/** Whether the times a passage writes are days and months without a year, and there is at least one. */
function onlyYearlessDays(quantities: readonly Quantity[]): boolean {
  const times = quantities.filter((s) => s.kind === 'year' || s.kind === 'date');
  return times.length > 0 && times.every((s) => s.kind === 'date' && s.date !== undefined && s.date.year === undefined && s.date.day !== undefined);
}

function narrativeYear(doc: CorpusDocument, sentence: Sentence): number | undefined {
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - NARRATIVE_REACH); i--) {
    const times = viewOf(doc.sentences[i], doc).quantities.filter((q) => q.kind === 'year' || (q.kind === 'date' && q.date?.year !== undefined));
    const last = times[times.length - 1];
    if (last) return last.kind === 'year' ? last.value : last.date!.year;
  }
  return undefined;
}

/** Whether a sentence up to `reach` stretches before or after a passage (see {@link stretchesOf}) states a claim value (same measure, same value). */
function statedNextTo(q: Quantity, doc: CorpusDocument, sentence: Sentence, claimLang: Lang, reach = 1, claim?: { text: string; analysis: ClaimAnalysis }): boolean {
  for (const other of sentencesAround(doc, sentence, reach, reach)) {
    if (!hasFigureOf(q, other, doc, claimLang)) continue;
    const quantities = viewOf(other, doc).quantities;
    // Not a value the neighbouring sentence gives another holder ("DaimlerChrysler (30%)" for the French government's).
    const held = (s: Quantity) => claim !== undefined && heldByAnother(claim.text, q, claim.analysis, other.text, s, quantities);
    // Nor one its list pairs with another holder (holderValues.ts), or binds to another item by its words (itemHolders.ts).
    const pairedWithAnother = (s: Quantity) =>
      claim !== undefined && (valueOfAnotherHolder(claim.text, other.text, s, quantities) !== undefined || valueOfAnotherItem({ text: claim.text, lang: claimLang, quantities: claim.analysis.quantities, value: q }, { text: other.text, lang: doc.lang, quantities, value: s }) !== undefined);
    // Nor a value of the sentence that names the claim's other holder, not this value's (possessiveHolder.ts).
    if (claim !== undefined && figureOfClaimsOtherHolder(claim.analysis.words.filter((w) => w.isName), claim.analysis.quantities, q, other.text)) continue;
    if (quantities.some((s) => sameMeasure(q, s, claimLang, doc.lang) && sameValue(q, s) && !held(s) && !pairedWithAnother(s))) return true;
  }
  return false;
}

/**
 * Whether a passage may write a figure of the claim's measure and value (`sameMeasure` and `sameValue`, as the
 * callers then check on its quantities). For a figure that is no time, read on the passage's figures before dates
 * (a date is the same measure as a date or a year only, and every other value of the passage is one of those
 * figures): false means none of its quantities is such a figure, and its dates (chrono) need not be read. For a
 * time, true (the callers read the dates).
 */
function hasFigureOf(q: Quantity, passage: Sentence, doc: CorpusDocument, claimLang: Lang): boolean {
  if (q.kind === 'year' || q.kind === 'date') return true;
  return viewOf(passage, doc).numbers.some((s) => sameMeasure(q, s, claimLang, doc.lang) && sameValue(q, s));
}

/**
 * Whether the sentence before or after a passage (see {@link sentencesAround}) states a claim's duration as the value
 * of the claim's fact: the same duration, its governing word or measured noun the claim's (see alignment.ts sameFact),
 * held by no other subject, and no time relative to another event (« deux mois après »).
 */
function durationStatedNextTo(q: Quantity, claimContext: ReturnType<typeof valueContext>, frameWords: Parameters<typeof sameFact>[1], claimText: string, analysis: ClaimAnalysis, doc: CorpusDocument, sentence: Sentence): boolean {
  for (const other of sentencesAround(doc, sentence, 1, 1)) {
    if (!hasFigureOf(q, other, doc, analysis.lang)) continue;
    const quantities = viewOf(other, doc).quantities;
    for (const s of quantities) {
      if (!sameMeasure(q, s, analysis.lang, doc.lang) || !sameValue(q, s) || isRelativeTime(other.text, s) || heldByAnother(claimText, q, analysis, other.text, s, quantities)) continue;
      const context = valueContext(other.text, s, quantities, doc.lang);
      if ((context.governor || context.measure) && sameFact(claimContext, frameWords, context, { stating: true, window: sourceWindow(other.text, s, doc.lang) })) return true;
    }
  }
  return false;
}

/** The conjunction that opens a clause of time (« Lorsque … », « Quand … », "When …", "After …"). */
const TIME_CLAUSE_OPENER = /^\s*(?:when|once|after|lorsque|lorsqu['’]|quand|dès que|dès qu['’]|après que|après qu['’]|au moment où)(?=[\s\p{L}])\s*/iu;

/**
 * Whether a claim year sits in a clause of time that opens the claim and ends at a comma ("When the alliance was
 * formed in 2000, GM swapped …"), and a sentence of the passage's article, up to three before it or one after,
 * writes that year with at least half of the clause's other content words ("The Fiat-GM alliance came about in
 * 2000"): the year is the time of the clause's own fact, which that sentence tells, not of the passage's.
 */
/**
 * Where a claim joins two facts in one sentence, the second a clause of its own after « et », "and" or a comma,
 * opened by a determiner or a subject pronoun (« … et le démantèlement commencera vers 2025 », « …, le second le
 * 30 juin »): the span of the joined clause that holds `q`, when `q` is in it.
 */
function joinedClauseOf(claimText: string, q: Quantity): { start: number; end: number } | undefined {
  const joins = [...claimText.matchAll(JOINED_CLAUSE)].map((m) => m.index + m[0].length);
  const start = joins.filter((j) => j <= (q.approxStart ?? q.start)).pop();
  if (start === undefined) return undefined;
  const end = joins.find((j) => j > q.end) ?? claimText.length;
  return { start, end };
}

/** « et », "and" or a comma before a determiner or a subject pronoun: where a joined clause starts. */
const JOINED_CLAUSE = /(?:,\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)(?=(?:le|la|les|l['’]|un|une|des|il|elle|ils|elles|the|it|he|she|they)\s)/giu;

/**
 * Whether a time of a joined clause of the claim (see {@link joinedClauseOf}) is stated by a sentence next to the
 * passage (one before or after): that sentence writes the same year or day, and at least half the clause's content
 * words (none of the claim's names needed: the passage states them).
 */
function timeOfJoinedClauseNearby(q: Quantity, claimText: string, analysis: ClaimAnalysis, doc: CorpusDocument, sentence: Sentence): boolean {
  const clause = joinedClauseOf(claimText, q);
  if (!clause || clause.start === 0) return false;
  const words = analysis.words.filter((w) => !w.isName && w.start >= clause.start && w.end <= clause.end && !(w.start >= q.start && w.end <= q.end) && !MONTH_WORDS.has(w.norm));
  if (words.length === 0) return false;
  return sentencesAround(doc, sentence, 1, 1).some((other) => {
    const view = viewOf(other, doc);
    const same = view.quantities.some((s) => (q.kind === 'year' ? s.kind === 'year' && s.value === q.value : s.kind === 'date' && s.date !== undefined && q.date !== undefined && sameDate(q.date, s.date)));
    return same && words.filter((w) => found(w, view.terms)).length * 2 >= words.length;
  });
}

/**
 * Whether a claim's day (day, month and year written) is the day of its article's news: the article is dated that
 * day and its title states at least half of the claim's content words, months and weekdays aside (« Castaner
 * annonce la mutation d'un commissaire » dated 13 September for « Le vendredi 13 septembre 2019, Christophe Castaner
 * a annoncé la mutation du commissaire … »). A passage of that article that writes no time of its own then tells
 * the fact of that day. (A claim's day that is not the article's, or whose fact the title does not tell, is not
 * stated so: a recap article tells older facts without their day.)
 */
/**
 * Whether the sentence right before a passage names the claim's day by its weekday alone, in a clause told in the
 * past (see weekdaysDatedByDocument), while the passage names no weekday of its own and tells no earlier time (no
 * pluperfect: « avait », "had"): the passage goes on with that day's events.
 */
function dayToldBefore(q: Quantity, doc: CorpusDocument, sentence: Sentence): boolean {
  if (!q.date || EARLIER_TIME.test(sentence.text) || weekdaysDatedByDocument(sentence.text, doc.lang, doc.date).length > 0) return false;
  const before = sentencesAround(doc, sentence, 1, 0).filter((s) => s.index < sentence.index).pop();
  return before !== undefined && weekdaysDatedByDocument(before.text, doc.lang, doc.date).some((d) => sameDate(q.date!, d));
}

/** A pluperfect or a word of a time before (« avait », « s'était », « la veille », "had", "the day before"): an earlier fact than the narrative's day. */
const EARLIER_TIME = /(?<![\p{L}])(?:avait|avaient|[sn]['’]était|[sn]['’]étaient|veille|had|earlier|previous|the day before)(?![\p{L}])/iu;

function dayOfTheNews(q: Quantity, analysis: ClaimAnalysis, doc: CorpusDocument): boolean {
  const day = documentDay(doc.date);
  if (!day || !q.date || q.date.year === undefined || q.date.day === undefined || !sameDate(q.date, day)) return false;
  const words = analysis.words.filter((w) => !MONTH_WORDS.has(w.norm) && !WEEKDAY_WORDS.has(w.norm) && !(w.start >= q.start && w.end <= q.end));
  if (words.length === 0) return false;
  const title = new Set(titleTermsOf(doc));
  return words.filter((w) => found(w, title)).length * 2 >= words.length;
}

/** Weekdays, folded, French and English: a date's, not a word of its fact. */
const WEEKDAY_WORDS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function yearOfTimeClauseNearby(q: Quantity, claimText: string, analysis: ClaimAnalysis, doc: CorpusDocument, sentence: Sentence): boolean {
  const opener = TIME_CLAUSE_OPENER.exec(claimText);
  const comma = claimText.indexOf(',', q.end);
  if (!opener || comma < 0 || /[,;]/.test(claimText.slice(0, q.start))) return false;
  const words = analysis.words.filter((w) => !w.isName && w.start >= opener[0].length && w.end <= comma);
  if (words.length === 0) return false;
  return sentencesAround(doc, sentence, 3, 1).some((other) => {
    const view = viewOf(other, doc);
    return view.quantities.some((s) => s.kind === 'year' && s.value === q.value) && words.filter((w) => found(w, view.terms)).length * 2 >= words.length;
  });
}

/** Words right before a figure that say which way it changed ("up 3.75p", "down 5%", « en hausse de 3 % », « en baisse de »). */
const DIRECTION_BEFORE = /(?:^|[\s(,])(up|down|higher|lower|en hausse de|en baisse de|en progression de|en recul de|hausse de|baisse de)\s+(?:by\s+|d['’]environ\s+|de\s+)?$/iu;

/** Which way a figure changed, when a direction word is written right before it; undefined otherwise. */
function directionOf(text: string, q: Quantity): 'up' | 'down' | undefined {
  const match = DIRECTION_BEFORE.exec(text.slice(Math.max(0, (q.approxStart ?? q.start) - 30), q.approxStart ?? q.start));
  if (!match) return undefined;
  const word = fold(match[1]);
  return /^(?:up|higher|en hausse de|en progression de|hausse de)$/.test(word) ? 'up' : 'down';
}

/** The span of a role mention's title and body (« ministre de la Culture », "chief executive of the exchange"). */
function roleSpan(m: RoleMention): { start: number; end: number } {
  return { start: Math.min(m.head.start, m.complement?.start ?? m.head.start), end: Math.max(m.head.end, m.complement?.end ?? m.head.end) };
}

/** Whether one role's body words are all among the other's (or the claim names no body). */
function compatibleComplements(claim: RoleMention, other: RoleMention): boolean {
  const x = claim.complement?.stems ?? [];
  const y = other.complement?.stems ?? [];
  if (x.length === 0) return true;
  if (y.length === 0) return false;
  return x.every((t) => y.includes(t)) || y.every((t) => x.includes(t));
}

/** Clause breaks: punctuation, a dash set off by spaces (an aside: "Mr K - who has been in jail - pleaded not guilty"), a contrast. */
const CLAUSE_SPLIT = /[,;:()«»"“”]|\s[-–—]\s|\s(?:mais|but|alors que|tandis que|while|whereas)\s/;
/**
 * Where a subordinate part of a clause starts: a negation stops there ("the papers were not drawn up till weeks after
 * Yukos made its bankruptcy application": the application is not negated), and a condition is a part of its own
 * (« L'usine et ses emplois est condamnée si elle ne relance pas la production »: the jobs are not negated). The
 * word ends there: « sixième », "whenever" and « quantité » start no part.
 */
const SUBORDINATE_SPLIT =
  /\s(?:after|before|until|till|when|because|since|although|though|unless|if|après que|après qu['’]|avant que|avant qu['’]|parce que|parce qu['’]|lorsque|lorsqu['’]|quand|puisque|puisqu['’]|bien que|bien qu['’]|si|s['’](?=ils?\s)|à moins que|à moins qu['’])(?:\s|(?<=['’]))/;

interface ClauseView {
  terms: Set<string>;
  negated: boolean;
  /** The clause's main and subordinate parts (one when it has none), each with its terms and negation. */
  parts: { terms: Set<string>; negated: boolean }[];
}

/** Forms of « être », "to be", folded: a negated copula denies its complement (« ce n'est pas l'échec »). */
const COPULAS = /^(?:est|sont|etait|etaient|sera|seront|serait|is|are|was|were|be)$/;
const NEGATION_WORDS = /^(?:pas|jamais|plus|rien|aucun|aucune|nullement|guere|ni|not|never|no|neither|nor)$/;

/**
 * Whether a passage's negations may bear on the claim: false when each negation the passage writes is a negated
 * copula whose complement (the first content word after it) is no word of the claim (« mais ce n'est pas l'échec du
 * président a pour sa part défendu … », scraped without its quotation marks, denies an « échec », not the claim's
 * « a défendu »). Other negations are left to the clause reading (true).
 */
/**
 * Whether a passage's polarity keeps it from supporting the claim: its clause that states the claim is negated (or
 * says the opposite word) where the claim's is not, and its negation bears on a word of the claim (see
 * {@link negationBearsOnClaim}). A passage that says « n'a pas signé » states no « a signé », whatever share of the
 * claim its words cover. (A positive passage may still state a negated claim in other words: « a souhaité que la
 * grève s'arrête » for « ne pas poursuivre la grève ».)
 */
function negationBlocksSupport(s: Scored, analysis: ClaimAnalysis): boolean {
  return s.negated && !s.claimNegated && negationBearsOnClaim(s.evidence.sentence.text, s.evidence.doc.lang, analysis);
}

function negationBearsOnClaim(passage: string, lang: Lang, analysis: ClaimAnalysis): boolean {
  const tokens = tokenize(passage).filter((t) => t.kind === 'word' || t.kind === 'elision');
  const claimTerms = new Set(analysis.words.flatMap((w) => w.terms));
  let negations = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let verb: number | undefined;
    if (lang === 'fr' && (t.norm === 'ne' || /^n['’]$/.test(t.text))) verb = i + 1;
    else if (lang === 'en' && (t.norm === 'not' || t.norm === "n't") && i > 0) verb = i - 1;
    // A contraction carries its verb ("don't", "isn't": negations.ts).
    else if (lang === 'en' && contractedNegationVerb(t.norm)) verb = i;
    if (verb === undefined || !tokens[verb]) continue;
    negations++;
    if (!COPULAS.test(verb === i ? contractedNegationVerb(t.norm) ?? tokens[verb].norm : tokens[verb].norm)) return true;
    let word = Math.max(verb, i) + 1;
    while (word < tokens.length && (NEGATION_WORDS.test(tokens[word].norm) || isStopWord(tokens[word].norm, lang) || tokens[word].kind === 'elision')) word++;
    if (!tokens[word] || termsOf(tokens[word].text, lang).some((term) => claimTerms.has(term))) return true;
  }
  return negations === 0;
}

/**
 * Whether a passage writes the word a negated claim denies: the first content word after the claim's negation
 * (« maintenue » in « n'a pas été maintenue », "maintained" in "was not maintained", "idea" in "had no idea"), auxiliaries and copulas
 * skipped. An English claim's word is looked for in a French passage by its glossary terms ("did not cancel" is
 * denied by « a annulé », not by a sentence that only places the claim's subject); a word the glossary does not
 * translate is not stated there. True when the claim has no such word, and for a French claim against an English
 * passage (nothing to compare).
 */
export function negatedWordStated(claim: string, lang: Lang, passage: string, passageLang: Lang): boolean {
  if (lang === 'fr' && passageLang !== 'fr') return true;
  const denied = deniedTerms(claim, lang, passageLang);
  if (!denied) return true;
  const passageTerms = new Set(tokenize(passage).flatMap((t) => (t.kind === 'word' ? termsOf(t.text, passageLang) : [])));
  return denied.some((term) => passageTerms.has(term));
}

/**
 * The terms, in `passageLang`, of the word a negated claim denies (see {@link negatedWordStated}); undefined when
 * the claim has no such word.
 */
function deniedTerms(claim: string, lang: Lang, passageLang: Lang): string[] | undefined {
  const tokens = tokenize(claim).filter((t) => t.kind === 'word' || t.kind === 'elision');
  // "had no idea": the negative determiner denies the noun after it, as "not" denies the verb (negations.ts).
  const determiner = lang === 'en' ? negativeDeterminerEnAt(withoutTitleNegations(claim)) : undefined;
  const at = tokens.findIndex((t, i) => (lang === 'fr' ? NEGATION_WORDS.test(t.norm) && tokens.slice(Math.max(0, i - 3), i).some((b) => b.norm === 'ne' || /^n['’]$/.test(b.text)) : t.norm === "n't" || isEnglishNegationToken(t.norm) || t.start === determiner));
  if (at < 0) return undefined;
  let word = at + 1;
  while (word < tokens.length && (NEGATION_WORDS.test(tokens[word].norm) || isStopWord(tokens[word].norm, lang) || COPULAS.test(tokens[word].norm) || tokens[word].kind === 'elision')) word++;
  if (!tokens[word]) return undefined;
  return lang === passageLang ? termsOf(tokens[word].text, lang) : termsForWord(tokens[word].lower, tokens[word].norm, lang);
}

/**
 * Whether a passage of the other polarity than a negated claim writes the word the claim denies only as an
 * expectation or a plan (expectedFact.ts): it neither states nor denies the claim's fact. Not when the claim
 * denies an expectation itself ("will not attend" against "will attend").
 */
function deniedWordOnlyExpected(claim: string, lang: Lang, passage: string, passageLang: Lang): boolean {
  const denied = deniedTerms(claim, lang, passageLang);
  const own = deniedTerms(claim, lang, lang);
  return denied !== undefined && own !== undefined && !onlyExpected(claim, lang, new Set(own)) && onlyExpected(passage, passageLang, new Set(denied));
}

/** A place written right after a value (« 147 km/h à Cambrai », "12% in Leeds"): its name. */
const PLACE_AFTER = /^[^\s,;.]*\s+(?:à|au|aux|en|in|at)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?(\p{Lu}[\p{L}'’-]+)/u;

/**
 * Whether a source value is tied to another place than the claim's: both are followed by a place (« 157 km/h à
 * Cambrai » and « 134 km/h à Roissy »), and the two names differ. A sentence that lists values place by place gives
 * each place its own value: the claim's is compared only with its place's.
 */
function tiedToAnotherPlace(claim: string, q: Quantity, passage: string, s: Quantity): boolean {
  const mine = PLACE_AFTER.exec(claim.slice(q.end, q.end + 50))?.[1];
  const theirs = mine && PLACE_AFTER.exec(passage.slice(s.end, s.end + 50))?.[1];
  return Boolean(mine && theirs && fold(mine) !== fold(theirs));
}

/** A quotation opened on the negation (« n'est "pas tenue" »): its marks are no clause limit there. */
const QUOTED_NEGATION = /((?:^|[\s'’])(?:ne|n['’])\s*\S*)\s+["«“‘]\s*(pas|jamais|plus|rien|aucun|aucune|nullement|guère)\b/giu;

/** The clauses of a text, with their parts (see {@link SUBORDINATE_SPLIT}). */
function clausesOf(text: string, lang: Lang): ClauseView[] {
  // « ne prévoyant alors, par exemple, ni … »: the aside's commas do not part the verb from its negation (negations.ts).
  // « n'était plus, jeudi, qu'une ruine »: the restriction's « plus » is blanked before the commas part it (restrictionFr.ts).
  // "Make Love, Not Spam": a name's negation is blanked before the comma parts it from the name (polarity.ts).
  return withNegationAsidesJoined(withInlineQuotesJoined(lang === 'fr' ? withoutRestrictivePlusFr(withoutTitleNegations(text)) : withoutTitleNegations(text)), lang)
    .replace(QUOTED_NEGATION, '$1 $2')
    .split(CLAUSE_SPLIT)
    .filter((clause) => clause.trim() !== '')
    .map((clause) => ({
      terms: new Set(termsOf(clause, lang)),
      negated: isNegated(clause, lang),
      parts: clause
        .split(SUBORDINATE_SPLIT)
        .filter((part) => part.trim() !== '')
        .map((part) => ({ terms: new Set(termsOf(part, lang)), negated: isNegated(part, lang) })),
    }));
}

/** Of several clauses (or parts), the one that shares the most of `terms`; the first on a tie. */
function mostShared<T extends { terms: ReadonlySet<string> }>(clauses: readonly T[], terms: Iterable<string>): T | undefined {
  let best: T | undefined;
  let bestOverlap = -1;
  const wanted = [...terms];
  for (const clause of clauses) {
    const overlap = wanted.filter((t) => clause.terms.has(t)).length;
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = clause;
    }
  }
  return best;
}

/** The part of a text's clause that states most of `terms`: the clause first, then its main or subordinate part. */
function statingPart(clauses: readonly ClauseView[], terms: readonly string[]): { terms: Set<string>; negated: boolean } | undefined {
  const clause = mostShared(clauses, terms);
  return clause && (mostShared(clause.parts, terms) ?? clause);
}
/**
 * The part of the one clause of a passage that holds the claim's subject head (its first content word, not a name:
 * « Les analyses de sang … ont révélé » → « analyses ») with at least one more of the claim's terms, when one clause
 * only does: the passage states the claim's predicate there (« Quant aux 33 employés …, les analyses de sang
 * réalisées une semaine après "n'ont rien montré d'anormal" »), however many of the claim's other words a fronted
 * topic shares. Undefined otherwise.
 */
function subjectClause(clauses: readonly ClauseView[], analysis: ClaimAnalysis): { terms: Set<string>; negated: boolean } | undefined {
  const head = analysis.words[0];
  if (!head || head.isName || analysis.negated) return undefined;
  const terms = analysis.words.flatMap((w) => w.terms);
  const holding = clauses.filter((c) => head.terms.some((t) => c.terms.has(t)) && terms.filter((t) => c.terms.has(t)).length >= 2);
  if (holding.length !== 1) return undefined;
  return mostShared(holding[0].parts, terms) ?? holding[0];
}

const claimClauses = new WeakMap<ClaimAnalysis, ClauseView[]>();

/**
 * The negation of the claim's clause that shares the most terms with a passage's stating clause; the whole
 * claim's when the claim has one clause or the passage gives no clause.
 */
function claimClauseNegation(claimText: string, analysis: ClaimAnalysis, stating: ReadonlySet<string> | undefined): boolean {
  let clauses = claimClauses.get(analysis);
  if (!clauses) {
    clauses = clausesOf(claimText, analysis.lang);
    claimClauses.set(analysis, clauses);
  }
  if (!stating || (clauses.length < 2 && (clauses[0]?.parts.length ?? 0) < 2)) return analysis.negated;
  return statingPart(clauses, [...stating])?.negated ?? analysis.negated;
}

/** « ne … plus X … mais Y », "not X but Y", « non pas X mais Y »: a negation, then « mais » / "but" / "rather" before the value. */
const CORRECTION_BEFORE = {
  fr: /(?:^|[\s'’])(?:ne\s|n['’]|non\s)[^;]*?\s(?:mais|plutôt)\s+(?:bien\s+|plutôt\s+)?(?:(?:près|plus|moins)\s+(?:de|d['’])\s*|environ\s+|quelque\s+)?$/iu,
  en: /\b(?:not|no longer|n't)\b[^;]*?\s(?:but|rather)\s+(?:(?:nearly|almost|about|around|more than|less than|some)\s+)?$/iu,
};

/**
 * Whether a value is the correction a sentence gives of a value it denies: a negation, then « mais » / "but" right
 * before the value (« Ce n'est plus 5.253 tonnes … qui ont brûlé, mais près de 14.000 »: 14.000 is asserted).
 */
function correctedValue(text: string, q: Quantity, lang: Lang): boolean {
  return CORRECTION_BEFORE[lang].test(text.slice(Math.max(0, (q.approxStart ?? q.start) - 200), q.approxStart ?? q.start));
}

/** Whether a duration places a fact relative to another time: « trois mois après », « il y a deux jours », "two years ago", « depuis cinq ans ». */
function isRelativeTime(text: string, q: Quantity): boolean {
  if (durationDays(q) === undefined) return false;
  const before = text.slice(Math.max(0, (q.approxStart ?? q.start) - 12), q.approxStart ?? q.start);
  const after = text.slice(q.end, q.end + 14);
  return /(?:il y a|depuis|voici|after|for the past|over the past|in the past)\s*$/iu.test(before) || /^\s*(?:après|plus tard|auparavant|plus tôt|avant|ago|later|after|before|earlier)\b/iu.test(after);
}
