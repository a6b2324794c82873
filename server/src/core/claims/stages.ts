/**
 * Stages of one case or contest: the same fact told at two stages is two facts (« condamné à trois ans en première
 * instance », « à deux ans en appel »; "won 3-1 in the semi-final", "lost 2-0 in the final"; "last year", "this
 * year"). A passage that places its value at another stage than the one the claim names tells another fact: its
 * value neither contradicts the claim's nor fixes it.
 */

/** Each group lists the stages of one kind, each stage a pattern of its words in French and English. */
const STAGE_GROUPS: readonly (readonly RegExp[])[] = [
  // Instances of a trial.
  [
    /(?<![\p{L}])(?:en\s+premi[èe]re\s+instance|at\s+(?:the\s+)?first\s+(?:instance|trial)|(?:au|lors\s+du|during\s+the|at\s+the)\s+premier\s+procès)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:en\s+appel|en\s+seconde\s+instance|en\s+deuxième\s+instance|(?:devant\s+la|par\s+la)\s+cour\s+d['’]appel|(?:au|lors\s+du)\s+procès\s+en\s+appel|on\s+appeal|at\s+(?:the\s+)?appeal|(?:by|before)\s+the\s+appeals?\s+court|the\s+court\s+of\s+appeal)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:en\s+cassation|(?:devant|par)\s+la\s+cour\s+de\s+cassation|(?:by|before)\s+the\s+supreme\s+court)(?![\p{L}])/iu,
  ],
  // Rounds of a competition.
  [
    /(?<![\p{L}-])(?:en|in\s+the|at\s+the|de\s+la|lors\s+de\s+la)\s+finale?(?![\p{L}-])/iu,
    /(?<![\p{L}-])(?:en|in\s+the|at\s+the|de\s+la|lors\s+de\s+la)\s+(?:demi-finale|semi-finals?|semifinals?)(?![\p{L}-])/iu,
    /(?<![\p{L}-])(?:en|in\s+the|at\s+the|de\s+la|lors\s+de\s+la)\s+(?:quarts?\s+de\s+finale|quarter-finals?|quarterfinals?)(?![\p{L}-])/iu,
  ],
  // Years told from the article's own.
  [
    /(?<![\p{L}])(?:last\s+year|l['’]an\s+(?:dernier|passé)|l['’]année\s+(?:dernière|passée))(?![\p{L}])/iu,
    /(?<![\p{L}])(?:this\s+year|cette\s+année)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:next\s+year|l['’]an\s+prochain|l['’]année\s+prochaine)(?![\p{L}])/iu,
  ],
];

/** The stage a text names in each group (its index in the group), or undefined when it names none or several. */
function stagesOf(text: string): (number | undefined)[] {
  return STAGE_GROUPS.map((group) => {
    const named = group.flatMap((stage, i) => (stage.test(text) ? [i] : []));
    return named.length === 1 ? named[0] : undefined;
  });
}

/**
 * Whether a source sentence places its fact at another stage of a case or contest than the claim: both name one
 * stage of the same kind (a trial's instance, a competition's round, a year told from now), and the two differ.
 * False when either names none of a kind, or several.
 */
export function atAnotherStage(claimText: string, sourceText: string): boolean {
  const claim = stagesOf(claimText);
  const source = stagesOf(sourceText);
  return claim.some((c, i) => c !== undefined && source[i] !== undefined && source[i] !== c);
}
