/**
 * More words of opposite meaning, read by lexicon.ts with its own lists (same format: two words a line, each standing
 * for its inflections through the stemmer). Kept apart only to keep changes to the shared lists small.
 *
 * Only pairs that say the two ways of one predicate of one subject: a verdict (« condamné » / « relaxé »), a
 * change (raise / lower), a ruling (upheld / overturned), a judgement (possible / impossible). Never converses that
 * tell one fact from two sides (beat / lose to, buy / sell, hire / join): a passage that writes the other side of a
 * true claim would contradict it. An opposite word counts only where the passage does not write the claim's own word
 * (checkClaim.ts), and only in a passage that states the claim's names and figures.
 */

/** French pairs. */
export const moreFrenchAntonyms = `
confirmer démentir
confirmé démenti
confirmer infirmer
confirmé infirmé
reconnaître nier
reconnu nié
adopter rejeter
adopté rejeté
valider invalider
validé invalidé
favorable défavorable
possible impossible
suffisant insuffisant
légal illégal
coupable innocent
condamné relaxé
condamné acquitté
renforcer affaiblir
renforcé affaibli
durcir assouplir
durci assoupli
accélérer ralentir
accéléré ralenti
augmenter réduire
augmenté réduit
augmentation réduction
bénéfice perte
excédent déficit
réussir échouer
réussi échoué
hausse recul
progression recul
`;

/** English pairs. */
export const moreEnglishAntonyms = `
raise lower
raised lowered
increase reduce
increased reduced
grow shrink
grew shrank
strengthen weaken
strengthened weakened
likely unlikely
possible impossible
able unable
lift impose
lifted imposed
uphold overturn
upheld overturned
convict acquit
profit loss
surplus deficit
accelerate slow
accelerated slowed
`;

/**
 * English words of change the glossary (lexicon.ts, `englishToFrench`) lacks, with the French words of their
 * direction: the participles and other forms that the English stemmer keeps apart ("risen" from "rise", "fallen"
 * from "fall") and the press's other verbs of a fall ("slipped", "tumbled", "plunged").
 */
export const moreEnglishDirections = `
risen rising rises grown growing climbing jumping soaring surging increasing increases rocketed: augmenter croître hausser grimper bondir hausse
fallen falling falls drops dropping declines declining decreased slipped slid tumbled plunged plummeted sank dipped slumped: chuter baisser reculer baisse
`;
