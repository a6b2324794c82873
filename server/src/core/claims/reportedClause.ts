import type { Quantity } from '../text/quantities';

/**
 * A verb that reports what someone said or conceded, in English, with what may stand between it and the reported
 * clause: an optional "that", after at most three words ("said on Tuesday that", "told reporters that"). The
 * verbs are those of the press's reported speech; "denied", "doubted" are not among them (they turn the clause
 * round), nor "estimated" (it measures: "an estimated 300 people"), nor forms that are nouns too ("states",
 * "claims", "reports", "notes"), nor "recalled" (a product recalled).
 */
const REPORTING_EN =
  /\b(?:said|says|admitted|admits|acknowledged|acknowledges|conceded|concedes|confirmed|confirms|announced|announces|stated|explained|explains|added|claimed|claims|alleged|alleges|maintained|maintains|reported|revealed|reveals|warned|warns|told|tells|insisted|insists|argued|argues|noted|stressed|stresses|believes|believed)(?:(?:\s+[\p{L}'’-]+){0,3}?\s+that)?\s+/giu;

/**
 * A French verb of reported speech and its « que »: « a reconnu que », « affirme qu' », « ont indiqué jeudi que »
 * (at most three words between the verb and « que »). French always writes « que », so a verb without it is not taken.
 */
const REPORTING_FR =
  /(?:^|[\s'’])(?:dit|dire|déclaré|déclare|affirmé|affirme|reconnu|reconnaît|reconnait|admis|admet|annoncé|annonce|expliqué|explique|précisé|précise|indiqué|indique|assuré|assure|souligné|souligne|confirmé|confirme|révélé|révèle|ajouté|ajoute|rappelé|rappelle|estimé|estime|avoué|avoue|prévenu|prévient|averti|avertit)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:que\s+|qu['’]\s*)/giu;

/**
 * Who a fact is according to, written before it and set off by a comma: "According to the transport ministry, …",
 * « Selon le préfet, … », « D'après l'AFP, … ». The source it names reports the fact; it governs none of its values.
 */
const SOURCE_BEFORE = /(?:^|[,;]\s*)(?:according to|selon|d['’]après)\s+[^,;:.!?]{1,80},\s*/giu;

/**
 * Where the reported content that holds a claim value starts: right after the last verb of reported speech (and its
 * "that", « que ») written before the value in its clause (`clauseStart`), as in "Leclerc admitted that 984 tins had
 * been sold" or "the mayor said more than 640 jobs would go". The reporting verb and whoever speaks belong to the
 * report, not to the fact whose value the claim gives: a source states the fact in its own words, often with
 * another verb of saying or none (« 984 boîtes n'avaient pas été retirées »). So does the fact after who it is
 * according to (see {@link SOURCE_BEFORE}). `undefined` when no such verb or phrase precedes the value in its clause.
 */
export function reportedContentStart(text: string, quantity: Quantity, clauseStart: number): number | undefined {
  const before = text.slice(clauseStart, quantity.approxStart ?? quantity.start);
  let start: number | undefined;
  for (const pattern of [REPORTING_EN, REPORTING_FR, SOURCE_BEFORE]) {
    for (const match of before.matchAll(pattern)) start = Math.max(start ?? 0, clauseStart + match.index + match[0].length);
  }
  return start;
}

/**
 * A verb by which a name reports a fact, then the start of the clause it reports, as the words between a name and a
 * claim's predicate may read (« Le Courrier révèle que [la sexagénaire a porté plainte] », "the Herald reported
 * that [the mayor resigned]", « X a indiqué jeudi qu'[il] »): French with its « que », English with "that" or
 * without it (see {@link REPORTING_EN}), and the verbs of the press that are nouns too only before "that"
 * ("reports that", "writes that"). Verbs of saying only: a verb that turns the clause round ("denied") is not one.
 */
const REPORTS_CLAUSE_FR =
  /(?:^|[\s'’])(?:rapport\p{L}*|révél\p{L}*|révèl\p{L}*|dévoil\p{L}*|écri\p{L}*|racont\p{L}*|relat(?:e|ent|é|ée|ait|aient)|signal\p{L}*|indiqu\p{L}*|affirm\p{L}*|annonc\p{L}*|déclar\p{L}*|précis\p{L}*|assur\p{L}*|confirm\p{L}*|expliqu\p{L}*|explicit\p{L}*|soulign\p{L}*|ajout\p{L}*|dit|dis|disent|dire|estim\p{L}*|croit|croient)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:que|qu['’])(?:\s|(?<=['’]))/iu;
const REPORTS_CLAUSE_EN = /\b(?:reports|reporting|writes|wrote|writing|claims|notes|states|says|said|reported|revealed|reveals|announced|announces|disclosed|discloses|told|tells|confirmed|confirms|stated)\b(?:\s+[\p{L}'’-]+){0,3}?\s+that\b/iu;

/**
 * Whether `between` — the words between a name and what a claim says its holder did — holds a verb of reporting and
 * the « que », "that" that opens the reported clause: the name there is who reports the fact (a newspaper, a
 * spokesman), not who holds it; the reported clause has a subject of its own. English reporting without "that"
 * ("the Herald said the mayor resigned") counts when {@link REPORTING_EN} reads it.
 */
export function reportsClause(between: string): boolean {
  if (REPORTS_CLAUSE_FR.test(between) || REPORTS_CLAUSE_EN.test(between)) return true;
  REPORTING_EN.lastIndex = 0;
  return REPORTING_EN.test(between);
}

